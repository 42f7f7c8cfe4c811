#include "ui/diagram/diagram_palette.h"

#include <QGuiApplication>
#include <algorithm>
#include <cmath>

namespace hl::ui {

namespace {

// Light-theme fills. Neighbours in a normal run (CLOSED→SYN_SENT→ESTABLISHED→FIN_WAIT_1→
// FIN_WAIT_2→TIME_WAIT, CLOSED→LISTEN→SYN_RECEIVED→ESTABLISHED→CLOSE_WAIT→LAST_ACK) differ in
// lightness as well as hue, so they stay apart for deuteranopes and protanopes.
QColor lightFill(TcpState s) {
    switch (s) {
    case TcpState::Closed: return QColor(0xDD, 0xDD, 0xDD);      // pale grey
    case TcpState::Listen: return QColor(0x99, 0xDD, 0xFF);      // light cyan
    case TcpState::SynSent: return QColor(0xEE, 0xDD, 0x88);     // light yellow
    case TcpState::SynReceived: return QColor(0xEE, 0x88, 0x66); // orange
    case TcpState::Established: return QColor(0x44, 0xBB, 0x99); // mint
    case TcpState::FinWait1: return QColor(0x77, 0xAA, 0xDD);    // light blue
    case TcpState::FinWait2: return QColor(0xBB, 0xCC, 0x33);    // pear
    case TcpState::CloseWait: return QColor(0xFF, 0xAA, 0xBB);   // pink
    case TcpState::Closing: return QColor(0xAA, 0xAA, 0x00);     // olive
    case TcpState::LastAck: return QColor(0xCC, 0x99, 0xDD);     // lilac
    case TcpState::TimeWait: return QColor(0xB8, 0xB0, 0x8C);    // sand grey
    }
    return QColor(0xDD, 0xDD, 0xDD);
}

double linear(double c) {
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor stateColor(TcpState s, Theme t) {
    const QColor c = lightFill(s);
    // Dark: same hue, a little darker, for less glare on a dark background. High contrast keeps the
    // light fills: on black they stand out, and black text on each reads at 7:1 or more (WCAG AAA).
    // The checks in diagram_palette_test (contrast, colour-blind separation) hold for every theme.
    return t == Theme::Dark ? c.darker(125) : c;
}

QColor stateTextColor(TcpState s, Theme t) {
    const QColor fill = stateColor(s, t);
    if (t == Theme::HighContrast) return Qt::black;
    const QColor black(0x11, 0x11, 0x11), white(0xF4, 0xF4, 0xF4);
    return contrastRatio(fill, black) >= contrastRatio(fill, white) ? black : white;
}

QColor stateFutureColor(TcpState s, Theme t) {
    constexpr double kFaint = 0.28; // the fill's share; the rest is the background
    const QColor fill = stateColor(s, t), bg = backgroundColor(t);
    const auto mix = [&](int a, int b) { return static_cast<int>(a * kFaint + b * (1 - kFaint)); };
    return QColor(mix(fill.red(), bg.red()), mix(fill.green(), bg.green()), mix(fill.blue(), bg.blue()));
}

QColor stateFutureTextColor(TcpState s, Theme t) {
    if (t == Theme::HighContrast) return textColor(t); // white on the darkened fill
    QColor c = stateTextColor(s, t);
    c.setAlphaF(0.45);
    return c;
}

QColor backgroundColor(Theme t) {
    switch (t) {
    case Theme::Light: return QColor(0xFF, 0xFF, 0xFF);
    case Theme::Dark: return QColor(0x1E, 0x20, 0x24);
    case Theme::HighContrast: return QColor(0x00, 0x00, 0x00);
    }
    return Qt::white;
}

QColor textColor(Theme t) {
    switch (t) {
    case Theme::Light: return QColor(0x20, 0x20, 0x20);
    case Theme::Dark: return QColor(0xE8, 0xE8, 0xE8);
    case Theme::HighContrast: return QColor(0xFF, 0xFF, 0xFF);
    }
    return Qt::black;
}

QColor mutedTextColor(Theme t) {
    switch (t) {
    case Theme::Light: return QColor(0x70, 0x70, 0x70);
    case Theme::Dark: return QColor(0x9A, 0x9A, 0x9A);
    case Theme::HighContrast: return QColor(0xD0, 0xD0, 0xD0); // 13:1 on black: secondary, still AAA
    }
    return Qt::gray;
}

QColor hostAccentColor(HostId h, Theme t) {
    // Okabe-Ito blue and vermilion: distinguishable under every common colour-vision deficiency.
    // High contrast: pure cyan and a saturated orange, the same blue/orange split at full strength.
    const bool client = h == HostId::Client;
    switch (t) {
    case Theme::Light: return client ? QColor(0x00, 0x72, 0xB2) : QColor(0xD5, 0x5E, 0x00);
    case Theme::Dark: return client ? QColor(0x56, 0xB4, 0xE9) : QColor(0xF0, 0x8A, 0x4B);
    case Theme::HighContrast: return client ? QColor(0x00, 0xFF, 0xFF) : QColor(0xFF, 0x99, 0x00);
    }
    return Qt::black;
}

QColor lossColor(Theme t) {
    switch (t) {
    case Theme::Light: return QColor(0xC0, 0x10, 0x10);
    case Theme::Dark: return QColor(0xFF, 0x55, 0x55);
    case Theme::HighContrast: return QColor(0xFF, 0x00, 0x00);
    }
    return Qt::red;
}

QColor injectedColor(Theme t) {
    switch (t) {
    case Theme::Light: return QColor(0xAA, 0x33, 0x77);
    case Theme::Dark: return QColor(0xDD, 0x88, 0xCC);
    case Theme::HighContrast: return QColor(0xFF, 0x00, 0xFF);
    }
    return Qt::magenta;
}

QColor timerColor(Theme t) {
    switch (t) {
    case Theme::Light: return QColor(0x55, 0x55, 0x55);
    case Theme::Dark: return QColor(0xC8, 0xC8, 0xC8);
    case Theme::HighContrast: return QColor(0xFF, 0xFF, 0xFF);
    }
    return Qt::gray;
}

QColor cursorColor(Theme t) {
    switch (t) {
    case Theme::Light: return QColor(0x33, 0x22, 0x88);
    case Theme::Dark: return QColor(0xFF, 0xD7, 0x00);
    case Theme::HighContrast: return QColor(0xFF, 0xFF, 0x00);
    }
    return Qt::blue;
}

QColor ghostColor(Theme t) {
    switch (t) {
    case Theme::Light: return QColor(90, 90, 90, 95);
    case Theme::Dark: return QColor(200, 200, 200, 110);
    case Theme::HighContrast: return QColor(0xC0, 0xC0, 0xC0); // opaque: faint lines vanish on black
    }
    return Qt::gray;
}

QColor neutralFillColor(Theme t) {
    switch (t) {
    case Theme::Light: return QColor(0xE4, 0xE4, 0xE4);
    case Theme::Dark: return QColor(0x5A, 0x5A, 0x5A);
    case Theme::HighContrast: return QColor(0x80, 0x80, 0x80);
    }
    return Qt::gray;
}

QColor accentTextColor(const QColor& line, Theme t) { return t == Theme::HighContrast ? cursorColor(t) : line; }

QFont DiagramStyle::font(int pixelSize, bool bold) const {
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

DiagramStyle DiagramStyle::normal() { return DiagramStyle{}; }

DiagramStyle DiagramStyle::forTheme(Theme t) const {
    if (t != Theme::HighContrast) return *this;
    // High contrast: arrows of at least 2 px (about 3 on a projector), a 3 px cursor.
    DiagramStyle s = *this;
    s.lineWidth = std::max(lineWidth * 1.4, 2.4);
    s.lifelineWidth = std::max(lifelineWidth * 1.4, 3.0);
    s.cursorWidth = std::max(cursorWidth * 2, 3.0);
    s.focusWidth = std::max(focusWidth, 4.0);
    return s;
}

DiagramStyle DiagramStyle::presentationMode() {
    // Issue 15: every text of the ladder at about the caption's size (~24 px at 1080p), so that the
    // back row reads labels, state bands, the time axis and the timers, not only the caption.
    DiagramStyle s;
    s.labelPx = 24;
    s.tagPx = 20;
    s.headerPx = 28;
    s.bandPx = 22;
    s.rulerPx = 20;
    s.lineWidth = 3.0;
    s.lifelineWidth = 3.5;
    s.arrowHead = 16.0;
    s.lossMark = 14.0;
    s.flightPx = 140.0;
    s.breakPx = 84.0;
    s.minLaneGap = 560.0;
    s.timerColumn = 20.0;
    s.presentation = true;
    return s;
}

} // namespace hl::ui
