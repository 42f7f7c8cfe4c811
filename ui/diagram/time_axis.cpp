#include "ui/diagram/time_axis.h"

#include <algorithm>
#include <cmath>

namespace hl::ui {

TimeAxis::TimeAxis(std::vector<SimTime> times, const Params& params, const std::vector<Span>& held,
                   const std::vector<Room>& room)
    : params_(params) {
    // The layout builds an axis per pass from the same sorted instants: sort only what needs it.
    const auto sortUnique = [&times] {
        if (!std::is_sorted(times.begin(), times.end())) std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());
    };
    sortUnique();
    const size_t known = times.size();
    for (const Room& r : room)
        if (!std::binary_search(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(known), r.at))
            times.push_back(r.at);
    if (times.size() > known) sortUnique();
    // Per knot: extra room below it, and whether the gap after it has a segment in flight.
    std::vector<double> extra(times.size(), 0.0);
    std::vector<int> heldFrom(times.size() + 1, 0); // difference array over gap indices
    const auto index = [&](SimTime t) {
        return static_cast<size_t>(std::lower_bound(times.begin(), times.end(), t) - times.begin());
    };
    for (const Room& r : room) extra[index(r.at)] += r.px;
    for (const Span& s : held) {
        if (s.to <= s.from) continue;
        // Gaps i (from times[i] to times[i+1]) with times[i] < s.to and times[i+1] > s.from.
        size_t first = index(s.from);
        if (first == times.size() || times[first] > s.from) first = first == 0 ? 0 : first - 1;
        const size_t last = index(s.to); // gaps before this knot
        if (first < last) {
            ++heldFrom[first];
            --heldFrom[last];
        }
    }
    const double longFlightUs = 2.0 * static_cast<double>(params_.breakAfterUs);
    knots_.reserve(times.size());
    int inFlight = 0; // segments on the wire across the gap after the current knot
    for (size_t i = 0; i < times.size(); ++i) {
        const SimTime t = times[i];
        if (knots_.empty()) {
            knots_.push_back({t.us(), params_.top});
            inFlight += heldFrom[i];
            continue;
        }
        const Knot& prev = knots_.back();
        const int64_t gap = t.us() - prev.us;
        const double room = extra[i - 1];
        double y = 0;
        if (gap > params_.breakAfterUs && inFlight == 0) {
            // Half the room on each side of the fold: what is drawn at either end keeps clear of it.
            breaks_.push_back({SimTime::fromUs(prev.us), t, prev.y + room / 2, prev.y + room / 2 + params_.breakPx});
            y = prev.y + params_.breakPx + room;
        } else {
            // A long flight: to scale up to twice the break threshold, a quarter scale beyond.
            const auto g = static_cast<double>(gap);
            const double scaled = g <= longFlightUs ? g : longFlightUs + (g - longFlightUs) * 0.25;
            y = prev.y + room + std::max(params_.minGapPx, scaled * params_.pxPerUs);
        }
        knots_.push_back({t.us(), y});
        inFlight += heldFrom[i];
    }
}

double TimeAxis::y(SimTime t) const {
    const int64_t us = t.us();
    if (knots_.empty()) return params_.top + static_cast<double>(us) * params_.pxPerUs;
    if (us <= knots_.front().us)
        return knots_.front().y - static_cast<double>(knots_.front().us - us) * params_.pxPerUs;
    if (us >= knots_.back().us) return knots_.back().y + static_cast<double>(us - knots_.back().us) * params_.pxPerUs;
    const auto hi = std::upper_bound(knots_.begin(), knots_.end(), us, [](int64_t v, const Knot& k) { return v < k.us; });
    const auto lo = hi - 1;
    const double f = static_cast<double>(us - lo->us) / static_cast<double>(hi->us - lo->us);
    return lo->y + f * (hi->y - lo->y);
}

size_t TimeAxis::knotAt(SimTime t) const {
    const auto it = std::lower_bound(knots_.begin(), knots_.end(), t.us(),
                                     [](const Knot& k, int64_t v) { return k.us < v; });
    return it != knots_.end() && it->us == t.us() ? static_cast<size_t>(it - knots_.begin()) : kNoKnot;
}

SimTime TimeAxis::timeAt(double y) const {
    if (knots_.empty()) return SimTime::fromUs(std::llround((y - params_.top) / params_.pxPerUs));
    if (y <= knots_.front().y)
        return SimTime::fromUs(knots_.front().us - std::llround((knots_.front().y - y) / params_.pxPerUs));
    if (y >= knots_.back().y)
        return SimTime::fromUs(knots_.back().us + std::llround((y - knots_.back().y) / params_.pxPerUs));
    const auto hi = std::upper_bound(knots_.begin(), knots_.end(), y, [](double v, const Knot& k) { return v < k.y; });
    const auto lo = hi - 1;
    const double f = (y - lo->y) / (hi->y - lo->y);
    return SimTime::fromUs(lo->us + std::llround(f * static_cast<double>(hi->us - lo->us)));
}

std::vector<TimeAxis::Tick> TimeAxis::ticks(double minSpacingPx) const {
    std::vector<Tick> out;
    if (knots_.size() < 2) return out;
    // A regular step from the base scale; stretched gaps only spread these further apart.
    const double wantUs = minSpacingPx / params_.pxPerUs;
    int64_t step = 1;
    for (int64_t decade = 1; step < wantUs; decade *= 10) {
        for (const int64_t m : {1, 2, 5}) {
            step = m * decade;
            if (step >= wantUs) break;
        }
    }
    size_t b = 0; // next break to skip
    double lastY = -1e300;
    for (size_t i = 0; i + 1 < knots_.size(); ++i) {
        const Knot& lo = knots_[i];
        const Knot& hi = knots_[i + 1];
        while (b < breaks_.size() && breaks_[b].from.us() < lo.us) ++b;
        if (b < breaks_.size() && breaks_[b].from.us() == lo.us) {
            // A break: only its two ends may carry ticks, never its inside.
            continue;
        }
        int64_t first = (lo.us + step - 1) / step * step;
        if (lo.us < 0) first = lo.us / step * step;
        for (int64_t t = first; t <= hi.us; t += step) {
            const double yy = y(SimTime::fromUs(t));
            if (yy - lastY < minSpacingPx) continue;
            out.push_back({SimTime::fromUs(t), yy});
            lastY = yy;
        }
    }
    return out;
}

QString TimeAxis::formatTime(SimTime t) {
    const int64_t us = t.us();
    const int64_t a = us < 0 ? -us : us;
    if (us == 0) return tr("%1 ms").arg(0);
    if (a < 1000) return tr("%1 µs").arg(us);
    if (a < 1000000) {
        if (us % 1000 == 0) return tr("%1 ms").arg(us / 1000);
        return tr("%1 ms").arg(QString::number(static_cast<double>(us) / 1000.0, 'f', 1));
    }
    // Up to three decimals, trailing zeros trimmed: "1.25 s", "10 s".
    QString s = QString::number(static_cast<double>(us) / 1e6, 'f', 3);
    while (s.endsWith(QLatin1Char('0'))) s.chop(1);
    if (s.endsWith(QLatin1Char('.'))) s.chop(1);
    return tr("%1 s").arg(s);
}

} // namespace hl::ui
