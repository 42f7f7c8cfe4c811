#pragma once
// The one place where simulated time becomes a vertical pixel position in the sequence diagram.
// A piecewise-linear map through the distinct event times ("knots"): ordinary gaps are drawn to
// scale (but never closer than a line of text), idle gaps longer than a threshold get a fixed
// small height and are reported as breaks, so a 240 s TIME_WAIT does not need scrolling. A gap
// with a segment in flight is never folded: its arrow must show how long it took (a long flight is
// only drawn at a gentler scale past twice the break threshold).
#include "core/sim_time.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace hl::ui {

class TimeAxis {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::TimeAxis)
public:
    struct Params {
        double pxPerUs = 96.0 / 100000.0; // scale of ordinary gaps
        double minGapPx = 18.0;           // distinct times at least this far apart
        int64_t breakAfterUs = 500000;    // gaps longer than this are compressed
        double breakPx = 56.0;            // height of a compressed gap
        double top = 0.0;                 // y of the first knot
    };
    struct Break {
        SimTime from, to;
        double y0 = 0, y1 = 0;
    };
    struct Tick {
        SimTime t;
        double y = 0;
    };
    // A stretch that must not be folded (a segment on the wire from `from` to `to`).
    struct Span {
        SimTime from, to;
    };
    // Extra pixels below the knot at `at` (parallel arrows of one instant, room for labels).
    struct Room {
        SimTime at;
        double px = 0;
    };

    TimeAxis() = default;
    // `times` need not be sorted or distinct; nor need `held` or `room`.
    TimeAxis(std::vector<SimTime> times, const Params& params, const std::vector<Span>& held = {},
             const std::vector<Room>& room = {});

    // Strictly increasing in t across knots; linear outside them at the base scale.
    double y(SimTime t) const;
    // Inverse of y() (the first time mapping to y inside a knot interval).
    SimTime timeAt(double y) const;
    double top() const { return knots_.empty() ? params_.top : knots_.front().y; }
    double bottom() const { return knots_.empty() ? params_.top : knots_.back().y; }
    const std::vector<Break>& breaks() const { return breaks_; }
    // The index of the knot at exactly t (kNoKnot if none) and that knot's y, equal to y(t). An
    // index holds for any axis built from the same instants with other room: the diagram's layout
    // passes look each arrow's ends up once instead of once a pass.
    static constexpr size_t kNoKnot = static_cast<size_t>(-1);
    size_t knotAt(SimTime t) const;
    size_t knotCount() const { return knots_.size(); }
    double knotY(size_t i) const { return knots_[i].y; }
    const Params& params() const { return params_; }
    // Ruler ticks at a regular "nice" step (1, 2, 5 × 10^k µs), at least minSpacingPx apart,
    // none inside a break.
    std::vector<Tick> ticks(double minSpacingPx) const;

    // "250 ms", "1.25 s", "40 µs": for rulers, breaks and countdowns.
    static QString formatTime(SimTime t);

private:
    struct Knot {
        int64_t us = 0;
        double y = 0;
    };
    std::vector<Knot> knots_;
    std::vector<Break> breaks_;
    Params params_;
};

} // namespace hl::ui
