#pragma once
// The user's changes to a lesson, as plain data: what SessionController adds to the lesson
// before it simulates, and what one undo step swaps back. Kept as a value so that undo/redo
// restores exactly the inputs (and so, by determinism, exactly the trace).
#include "core/channel.h" // positionalMatch, with the counting it must agree with
#include "core/scenario.h"
#include "core/trace.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace hl {

// The lesson settings the user may change (the Lesson settings panel).
struct LessonSettings {
    Profile profile = Profile::Teach;
    uint64_t seed = 1;
    double loss = 0.0; // 0..1
    Latency latency;
    bool operator==(const LessonSettings&) const = default;

    static LessonSettings of(const Scenario& s);
    void applyTo(Scenario& s) const;
};

struct Perturbations {
    std::vector<Fault> faults;              // each fromUser = true
    std::vector<Action> injections;         // each kind = Inject
    std::optional<LessonSettings> settings; // absent: the lesson's own
    // The lesson's own faults switched off (indices into Scenario::faults, ascending): "what if
    // that ACK had arrived" without editing the file (issue 14). Saved lessons leave them out.
    std::vector<size_t> lessonFaultsOff;
    bool operator==(const Perturbations&) const = default;
};

// The lesson with the perturbations added: what is simulated and what "Save lesson as" writes.
Scenario applyPerturbations(const Scenario& lesson, const Perturbations& p);

// One change to the lesson. Settings show as one line per setting that differs from the lesson,
// so that each can be removed on its own; a lesson fault switched off is one (removing it
// switches the fault back on).
struct PerturbationItem {
    enum class Kind { Fault, Injection, Loss, LatencyC2S, LatencyS2C, Profile, LessonFaultOff };
    Kind kind = Kind::Fault;
    size_t index = 0; // Fault / Injection: position in its vector; LessonFaultOff: in the lesson's
    bool operator==(const PerturbationItem&) const = default;
};

std::vector<PerturbationItem> listPerturbations(const Scenario& lesson, const Perturbations& p);
// `p` without `item` (a removed setting goes back to the lesson's value).
Perturbations withoutItem(const Scenario& lesson, Perturbations p, const PerturbationItem& item);
// `p` with the lesson's fault `index` switched on or off.
Perturbations withLessonFault(Perturbations p, size_t index, bool on);
bool lessonFaultIsOn(const Perturbations& p, size_t index);

} // namespace hl
