#pragma once
// What is on screen against what should be: the window's backing store (on the offscreen
// platform QScreen::grabWindow reads it) compared with a fresh render of the same widget. A
// difference is a left-over: pixels no repaint has replaced since the content changed.
#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>
#include <QThread>
#include <QWidget>
#include <QWindow>

namespace hl::uitest {

inline QImage onScreen(QWidget& widget) {
    QWidget* top = widget.window();
    const QPoint at = widget.mapTo(top, QPoint(0, 0));
    return top->screen()
        ->grabWindow(top->winId(), at.x(), at.y(), widget.width(), widget.height())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

// Call when nothing is playing: a running animation (a scroll) is let finish first, until two
// grabs in a row agree, so that a frame still on its way is not taken for a left-over.
inline bool screenMatchesFreshRender(QWidget& widget) {
    QImage shown;
    for (int i = 0; i < 50; ++i) {
        QApplication::processEvents();
        QThread::msleep(10);
        QApplication::processEvents();
        QImage now = onScreen(widget);
        if (now == shown) break;
        shown = std::move(now);
    }
    const QImage fresh = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (shown.size() != fresh.size()) return false;
    if (shown != fresh && qEnvironmentVariableIsSet("HL_SCREEN_DUMP")) {
        shown.save(QStringLiteral("/tmp/hl_screen_shown.png"));
        fresh.save(QStringLiteral("/tmp/hl_screen_fresh.png"));
    }
    return shown == fresh;
}

} // namespace hl::uitest
