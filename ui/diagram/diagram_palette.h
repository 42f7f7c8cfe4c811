#pragma once
// Colours and sizes shared by the diagram, the state boxes and the state-machine view, so that a
// state has the same colour everywhere. State colours come from Paul Tol's colour-blind-safe
// "light" scheme (plus two pale additions); a colour is never the only cue: every coloured state
// is drawn with its written name beside it.
#include "core/host.h"
#include "core/tcp_state.h"
#include "ui/diagram/theme.h"

#include <QColor>
#include <QFont>

namespace hl::ui {

QColor stateColor(TcpState s, Theme t);     // band / box fill
QColor stateTextColor(TcpState s, Theme t); // readable text on stateColor (contrast-checked)
// The part of a band the cursor has not reached: the fill mixed into the background, and the
// state name on it (faint in light and dark; in high contrast still a full 7:1 text).
QColor stateFutureColor(TcpState s, Theme t);
QColor stateFutureTextColor(TcpState s, Theme t);
QColor backgroundColor(Theme t);           // diagram background
QColor textColor(Theme t);                 // ordinary text and lines
QColor mutedTextColor(Theme t);            // rulers, secondary text
QColor hostAccentColor(HostId h, Theme t); // client blue, server vermilion (Okabe-Ito)
QColor lossColor(Theme t);                 // the ✕ of a lost segment
QColor injectedColor(Theme t);             // crafted segments
QColor timerColor(Theme t);                // timer brackets
QColor cursorColor(Theme t);               // the "now" line, the focus frame, the selection halo
QColor ghostColor(Theme t);                // Compare's unperturbed run behind the ladder
QColor neutralFillColor(Theme t);          // a chart area for "everything else"
// A text written in a line's colour (a segment's tags): that colour in light and dark; in high
// contrast every text is white or yellow, so it is yellow.
QColor accentTextColor(const QColor& line, Theme t);

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
    qreal cursorWidth = 1.5; // the "now" line
    qreal focusWidth = 3.0;  // the diagram's keyboard focus frame
    bool presentation = false;

    QFont font(int pixelSize, bool bold = false) const;
    static DiagramStyle normal();
    static DiagramStyle presentationMode();
    // The same sizes with the theme's line widths: high contrast draws every line thicker.
    DiagramStyle forTheme(Theme t) const;
};

// What every diagram item needs to draw itself: sizes and the theme.
struct DiagramTheme {
    DiagramStyle style;
    Theme kind = Theme::Light;
};

} // namespace hl::ui
