#include "ui/window/window_theme.h"

#include "ui/diagram/diagram_palette.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace hl::ui {

// The diagram's accent colours, so an endpoint has one colour everywhere.
QColor hostColor(HostId host, bool dark) { return hostAccentColor(host, dark); }

QColor hostTextColor(HostId, bool dark) { return dark ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white); }

QString hostBadge(HostId host) {
    //: One-letter badge for the client endpoint, shown next to its colour.
    if (host == HostId::Client) return QCoreApplication::translate("hl::ui::Theme", "C");
    //: One-letter badge for the server endpoint, shown next to its colour.
    return QCoreApplication::translate("hl::ui::Theme", "S");
}

void applyTheme(QApplication& /*app*/, bool dark) { // QApplication's setters are static
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (!dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2B, 0x2B, 0x2E), base(0x1E, 0x1E, 0x21), text(0xE8, 0xE8, 0xE8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7E, 0xC6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7F, 0xB8, 0xF0));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

} // namespace hl::ui
