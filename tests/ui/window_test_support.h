#pragma once
// Helpers for the window tests: a MainWindow on a hand-built trace, and key presses that go
// through the shortcut map as a real key press does.
#include "ui/charts/charts_panel.h"
#include "ui/session/session_controller.h"
#include "ui/window/main_window.h"

#include "window_trace_builder.h"

#include <QApplication>
#include <QKeyEvent>

#include <memory>

#include <gtest/gtest.h>

// Exported by Qt Gui; Qt Test's keyClick uses it to let shortcuts see a key first.
Q_GUI_EXPORT bool qt_sendShortcutOverrideEvent(QObject* o, ulong timestamp, int k, Qt::KeyboardModifiers mods,
                                               const QString& text, bool autorep, ushort count);

namespace hl::uitest {

inline std::unique_ptr<ui::MainWindow> makeWindow(Trace (*make)() = handshakeAndCloseTrace) {
    ui::MainWindow::Options options;
    options.useSettings = false;
    options.simulate = [make](const Scenario&) { return make(); };
    auto w = std::make_unique<ui::MainWindow>(options);
    Scenario lesson;
    lesson.id = "hand-built";
    lesson.title.en = "Hand-built handshake";
    w->session()->loadScenario(lesson, QStringLiteral("hand-built"));
    w->resize(1600, 1000);
    return w;
}

// A MainWindow running the real simulation on a built-in lesson.
inline std::unique_ptr<ui::MainWindow> lessonWindow(const char* lesson = "handshake-and-close") {
    ui::MainWindow::Options options;
    options.useSettings = false; // the real hl::simulate
    auto w = std::make_unique<ui::MainWindow>(options);
    EXPECT_TRUE(w->openLesson(QString::fromLatin1(lesson)).isEmpty());
    w->resize(1600, 1000);
    return w;
}

// Builds the panels a window builds only when their dock first shows (the lesson list, the
// glossary), for tests that look at every panel whether shown or not.
inline void buildLazyPanels(ui::MainWindow& w) {
    w.lessonPicker();
    w.glossary();
    // The charts out of sight, built as they would be when shown.
    w.charts()->seqChart();
    w.charts()->stateTimeline();
    w.charts()->rtoChart();
}

// Shows the window and makes it the active one, as a user's click would.
inline void activate(QWidget& w) {
    w.show();
    QApplication::setActiveWindow(&w);
    w.activateWindow();
    for (int i = 0; i < 5; ++i) QApplication::processEvents();
}

// Press and release a key on the focus widget (or the window): shortcuts first, like Qt Test.
inline void pressKey(QWidget& window, int key, Qt::KeyboardModifiers mods = Qt::NoModifier) {
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    const QString text = key == Qt::Key_Space ? QStringLiteral(" ") : QString();
    if (qt_sendShortcutOverrideEvent(target, 0, key, mods, text, false, 1)) return;
    QKeyEvent press(QEvent::KeyPress, key, mods, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, mods, text);
    QApplication::sendEvent(target, &release);
}

} // namespace hl::uitest
