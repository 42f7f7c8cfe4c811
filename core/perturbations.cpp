#include "core/perturbations.h"

#include <algorithm>

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
    s.faults.clear();
    for (size_t i = 0; i < lesson.faults.size(); ++i)
        if (lessonFaultIsOn(p, i)) s.faults.push_back(lesson.faults[i]);
    s.faults.insert(s.faults.end(), p.faults.begin(), p.faults.end());
    // Appended after the lesson's actions: at an equal time the simulation runs actions in
    // file order, so an injection at the cursor comes after everything that already happened.
    s.actions.insert(s.actions.end(), p.injections.begin(), p.injections.end());
    return s;
}

std::vector<PerturbationItem> listPerturbations(const Scenario& lesson, const Perturbations& p) {
    using K = PerturbationItem::Kind;
    std::vector<PerturbationItem> items;
    for (size_t i : p.lessonFaultsOff)
        if (i < lesson.faults.size()) items.push_back({K::LessonFaultOff, i});
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
    case K::LessonFaultOff: p = withLessonFault(std::move(p), item.index, true); break;
    }
    if (p.settings && *p.settings == base) p.settings.reset();
    return p;
}

Perturbations withLessonFault(Perturbations p, size_t index, bool on) {
    auto& off = p.lessonFaultsOff;
    const auto at = std::lower_bound(off.begin(), off.end(), index);
    const bool isOff = at != off.end() && *at == index;
    if (on && isOff) off.erase(at);
    if (!on && !isOff) off.insert(at, index);
    return p;
}

bool lessonFaultIsOn(const Perturbations& p, size_t index) {
    return !std::binary_search(p.lessonFaultsOff.begin(), p.lessonFaultsOff.end(), index);
}

} // namespace hl
