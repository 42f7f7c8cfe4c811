#include "ui/window/window_theme.h"

#include "ui/diagram/diagram_palette.h"
#include "ui/window/high_contrast_style.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace hl::ui {

// The diagram's accent colours, so an endpoint has one colour everywhere.
QColor hostColor(HostId host, Theme theme) { return hostAccentColor(host, theme); }

double minTextContrast(Theme theme) { return theme == Theme::HighContrast ? 7.0 : 4.5; }

QColor hostTextColor(HostId host, Theme theme) {
    // White on the light theme's vermilion reads at only 3.9: each colour gets the better of the two.
    const QColor fill = hostColor(host, theme);
    const QColor black = theme == Theme::HighContrast ? QColor(Qt::black) : QColor(0x10, 0x10, 0x10), white(Qt::white);
    return contrastRatio(fill, black) >= contrastRatio(fill, white) ? black : white;
}

QColor hostStateTextColor(HostId host, Theme theme) {
    QColor c = hostColor(host, theme);
    const QColor base = windowBaseColor(theme);
    for (int i = 0; i < 20 && contrastRatio(c, base) < minTextContrast(theme); ++i)
        c = theme == Theme::Light ? c.darker(108) : c.lighter(108);
    return c;
}

QColor windowBaseColor(Theme theme) {
    switch (theme) {
    case Theme::Light: return Qt::white;
    case Theme::Dark: return QColor(0x1E, 0x1E, 0x21);
    case Theme::HighContrast: return backgroundColor(theme); // black, as the diagram
    }
    return Qt::white;
}

QString hostBadge(HostId host) {
    //: One-letter badge for the client endpoint, shown next to its colour.
    if (host == HostId::Client) return QCoreApplication::translate("hl::ui::Theme", "C");
    //: One-letter badge for the server endpoint, shown next to its colour.
    return QCoreApplication::translate("hl::ui::Theme", "S");
}

QPalette windowPalette(Theme theme) {
    if (theme == Theme::Light)
        return std::unique_ptr<QStyle>(QStyleFactory::create(QStringLiteral("Fusion")))->standardPalette();
    QPalette p;
    const bool hc = theme == Theme::HighContrast;
    // High contrast: black and white, yellow for what is selected or has the focus (Fusion draws
    // focus frames in the highlight colour), cyan links; every text at 7:1 or more.
    const QColor window = hc ? Qt::black : QColor(0x2B, 0x2B, 0x2E), base = windowBaseColor(theme);
    const QColor text = textColor(theme), disabled = hc ? QColor(0x90, 0x90, 0x90) : QColor(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, hc ? QColor(0x1C, 0x1C, 0x1C) : window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, hc ? QColor(0x1C, 0x1C, 0x1C) : window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, hc ? cursorColor(theme) : QColor(Qt::white));
    p.setColor(QPalette::Highlight, hc ? cursorColor(theme) : QColor(0x3D, 0x7E, 0xC6));
    p.setColor(QPalette::HighlightedText, hc ? QColor(Qt::black) : QColor(Qt::white));
    p.setColor(QPalette::Link, hc ? QColor(0x00, 0xFF, 0xFF) : QColor(0x7F, 0xB8, 0xF0));
    p.setColor(QPalette::PlaceholderText, hc ? mutedTextColor(theme) : QColor(0x90, 0x90, 0x90));
    if (hc) {
        // Fusion draws bevels and frames from these: white edges on black.
        p.setColor(QPalette::Light, Qt::white);
        p.setColor(QPalette::Midlight, QColor(0xC0, 0xC0, 0xC0));
        p.setColor(QPalette::Mid, QColor(0xA0, 0xA0, 0xA0));
        p.setColor(QPalette::Dark, QColor(0xC0, 0xC0, 0xC0));
        p.setColor(QPalette::Shadow, Qt::white);
    }
    for (QPalette::ColorRole r : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, r, disabled);
    return p;
}

void applyTheme(QApplication& /*app*/, Theme theme) { // QApplication's setters are static
    // High contrast: Fusion with white edges and solid yellow focus frames (high_contrast_style.h).
    if (theme == Theme::HighContrast)
        QApplication::setStyle(new HighContrastStyle);
    else
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(windowPalette(theme));
}

} // namespace hl::ui
