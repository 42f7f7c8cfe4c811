#pragma once
// Colours and sizes shared by the diagram, the state boxes and the state-machine view, so that a
// state has the same colour everywhere. State colours come from Paul Tol's colour-blind-safe
// "light" scheme (plus two pale additions); a colour is never the only cue: every coloured state
// is drawn with its written name beside it.
#include "core/host.h"
#include "core/tcp_state.h"

#include <QColor>
#include <QFont>

namespace hl::ui {

QColor stateColor(TcpState s, bool dark);     // band / box fill
QColor stateTextColor(TcpState s, bool dark); // readable text on stateColor (contrast-checked)
QColor backgroundColor(bool dark);            // diagram background
QColor textColor(bool dark);                  // ordinary text and lines
QColor mutedTextColor(bool dark);             // rulers, secondary text
QColor hostAccentColor(HostId h, bool dark);  // client blue, server vermilion (Okabe-Ito)
QColor lossColor(bool dark);                  // the ✕ of a lost segment
QColor injectedColor(bool dark);              // crafted segments
QColor timerColor(bool dark);                 // timer brackets
QColor cursorColor(bool dark);                // the "now" line

// WCAG relative contrast ratio of two colours (1..21); used to pick text colours and in tests.
double contrastRatio(const QColor& a, const QColor& b);

// Sizes in logical pixels, for normal and presentation (projector) mode.
struct DiagramStyle {
    int labelPx = 13;      // segment labels
    int tagPx = 11;        // "↻ retransmission", "copy" tags
    int headerPx = 17;     // lane headers
    int bandPx = 12;       // state names in bands
    int rulerPx = 11;      // time ruler
    qreal lineWidth = 1.6; // arrows
    qreal lifelineWidth = 2.0;
    qreal arrowHead = 10.0; // arrowhead length
    qreal lossMark = 9.0;   // half-size of the ✕
    qreal flightPx = 96.0;  // vertical pixels of a typical one-way trip
    qreal breakPx = 56.0;   // height of a compressed idle stretch
    qreal minLaneGap = 360.0;
    qreal timerColumn = 14.0;
    bool presentation = false;

    QFont font(int pixelSize, bool bold = false) const;
    static DiagramStyle normal();
    static DiagramStyle presentationMode();
};

// What every diagram item needs to draw itself: sizes and the theme.
struct DiagramTheme {
    DiagramStyle style;
    bool dark = false;
};

} // namespace hl::ui
