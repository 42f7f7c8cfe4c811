#pragma once
// The steps of a trace (core/trace.h stepEnds) and the questions the player, the timeline and the
// views ask about them. Step 0 is the start (nothing has happened); step k (1..count()) means the
// first k steps have happened.
#include "core/trace.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace hl {

class StepIndex {
public:
    StepIndex() = default;
    // Keeps a reference: the trace must outlive the index (and not change under it).
    explicit StepIndex(const Trace& trace) : trace_(&trace), ends_(stepEnds(trace)) {}

    const std::vector<size_t>& ends() const { return ends_; }
    size_t count() const { return ends_.size(); }
    // Events applied at a step (what snapshotAt and the diagram take); a step past the end is the end.
    size_t eventsAtStep(size_t step) const;
    // First event of a step (1-based step); equals eventsAtStep(step - 1).
    size_t firstEventOfStep(size_t step) const { return step == 0 ? 0 : eventsAtStep(step - 1); }
    // The time of a step's last event; 0 at the start.
    SimTime timeAtStep(size_t step) const;
    // The step (1-based) whose events include event `index`; 0 if there is no such event.
    size_t stepOfEvent(size_t index) const;
    // The segment a step is about: the one that arrived or was lost, else the first one sent;
    // 0 if none.
    uint64_t segmentOfStep(size_t step) const;

private:
    const Trace* trace_ = nullptr;
    std::vector<size_t> ends_;
};

} // namespace hl
