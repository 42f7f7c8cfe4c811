#include "core/perturbations.h"

#include "core/channel.h"

namespace hl {

LessonSettings LessonSettings::of(const Scenario& s) { return {s.profile, s.seed, s.loss, s.latency}; }

void LessonSettings::applyTo(Scenario& s) const {
    s.profile = profile;
    s.seed = seed;
    s.loss = loss;
    s.latency = latency;
}

Scenario applyPerturbations(const Scenario& lesson, const Perturbations& p) {
    Scenario s = lesson;
    if (p.settings) p.settings->applyTo(s);
    s.faults.insert(s.faults.end(), p.faults.begin(), p.faults.end());
    // Appended after the lesson's actions: at an equal time the simulation runs actions in
    // file order, so an injection at the cursor comes after everything that already happened.
    s.actions.insert(s.actions.end(), p.injections.begin(), p.injections.end());
    return s;
}

std::vector<PerturbationItem> listPerturbations(const Scenario& lesson, const Perturbations& p) {
    using K = PerturbationItem::Kind;
    std::vector<PerturbationItem> items;
    for (size_t i = 0; i < p.faults.size(); ++i) items.push_back({K::Fault, i});
    for (size_t i = 0; i < p.injections.size(); ++i) items.push_back({K::Injection, i});
    if (p.settings) {
        const LessonSettings base = LessonSettings::of(lesson);
        const LessonSettings& s = *p.settings;
        // Loss and seed are one line: the seed only matters with loss (and for the ISNs).
        if (s.loss != base.loss || s.seed != base.seed) items.push_back({K::Loss, 0});
        if (s.latency.c2s != base.latency.c2s) items.push_back({K::LatencyC2S, 0});
        if (s.latency.s2c != base.latency.s2c) items.push_back({K::LatencyS2C, 0});
        if (s.profile != base.profile) items.push_back({K::Profile, 0});
    }
    return items;
}

Perturbations withoutItem(const Scenario& lesson, Perturbations p, const PerturbationItem& item) {
    using K = PerturbationItem::Kind;
    const LessonSettings base = LessonSettings::of(lesson);
    switch (item.kind) {
    case K::Fault:
        if (item.index < p.faults.size()) p.faults.erase(p.faults.begin() + static_cast<ptrdiff_t>(item.index));
        break;
    case K::Injection:
        if (item.index < p.injections.size())
            p.injections.erase(p.injections.begin() + static_cast<ptrdiff_t>(item.index));
        break;
    case K::Loss:
        if (p.settings) {
            p.settings->loss = base.loss;
            p.settings->seed = base.seed;
        }
        break;
    case K::LatencyC2S:
        if (p.settings) p.settings->latency.c2s = base.latency.c2s;
        break;
    case K::LatencyS2C:
        if (p.settings) p.settings->latency.s2c = base.latency.s2c;
        break;
    case K::Profile:
        if (p.settings) p.settings->profile = base.profile;
        break;
    }
    if (p.settings && *p.settings == base) p.settings.reset();
    return p;
}

// Why {from, flags, nth} and not the segment id: ids are handed out in send order across both
// hosts, so any earlier change that adds or removes a segment (a retransmission after a drop)
// shifts every later id, and "segment 7" would silently hit another segment. "The 2nd FIN from
// the client" keeps naming the same segment in the user's words, reads well in the list, and
// still means something in a saved lesson. The channel counts every transmission that matches
// from+flags (retransmissions included), exactly as counted here, and a replay is identical up
// to this segment's send, so the new fault hits exactly the arrow the user chose.
std::optional<FaultMatch> positionalMatch(const Trace& trace, uint64_t segId) {
    const SegmentRecord* target = trace.segment(segId);
    if (!target || target->injected) return std::nullopt;
    const Flags flags = faultFlags(target->seg.flags);
    uint32_t nth = 0;
    for (uint64_t id = 1; id <= segId; ++id) {
        const SegmentRecord& r = trace.segments[id - 1];
        if (!r.injected && r.from == target->from && faultFlags(r.seg.flags) == flags) ++nth;
    }
    FaultMatch m;
    m.from = target->from;
    m.flags = flags;
    m.nth = nth;
    return m;
}

} // namespace hl
