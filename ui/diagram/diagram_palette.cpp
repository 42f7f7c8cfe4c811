#include "ui/diagram/diagram_palette.h"

#include <QGuiApplication>
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

QColor stateColor(TcpState s, bool dark) {
    const QColor c = lightFill(s);
    if (!dark) return c;
    // Same hue, a little darker: less glare on a dark background; the checks in
    // diagram_palette_test (contrast, colour-blind separation) hold for both themes.
    return c.darker(125);
}

QColor stateTextColor(TcpState s, bool dark) {
    const QColor fill = stateColor(s, dark);
    const QColor black(0x11, 0x11, 0x11), white(0xF4, 0xF4, 0xF4);
    return contrastRatio(fill, black) >= contrastRatio(fill, white) ? black : white;
}

QColor backgroundColor(bool dark) { return dark ? QColor(0x1E, 0x20, 0x24) : QColor(0xFF, 0xFF, 0xFF); }
QColor textColor(bool dark) { return dark ? QColor(0xE8, 0xE8, 0xE8) : QColor(0x20, 0x20, 0x20); }
QColor mutedTextColor(bool dark) { return dark ? QColor(0x9A, 0x9A, 0x9A) : QColor(0x70, 0x70, 0x70); }

QColor hostAccentColor(HostId h, bool dark) {
    // Okabe-Ito blue and vermilion: distinguishable under every common colour-vision deficiency.
    if (h == HostId::Client) return dark ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
    return dark ? QColor(0xF0, 0x8A, 0x4B) : QColor(0xD5, 0x5E, 0x00);
}

QColor lossColor(bool dark) { return dark ? QColor(0xFF, 0x55, 0x55) : QColor(0xC0, 0x10, 0x10); }
QColor injectedColor(bool dark) { return dark ? QColor(0xDD, 0x88, 0xCC) : QColor(0xAA, 0x33, 0x77); }
QColor timerColor(bool dark) { return dark ? QColor(0xC8, 0xC8, 0xC8) : QColor(0x55, 0x55, 0x55); }
QColor cursorColor(bool dark) { return dark ? QColor(0xFF, 0xD7, 0x00) : QColor(0x33, 0x22, 0x88); }

QFont DiagramStyle::font(int pixelSize, bool bold) const {
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

DiagramStyle DiagramStyle::normal() { return DiagramStyle{}; }

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
