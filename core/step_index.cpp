#include "core/step_index.h"

#include <algorithm>

namespace hl {

size_t StepIndex::eventsAtStep(size_t step) const {
    if (step == 0 || ends_.empty()) return 0;
    return ends_[std::min(step, ends_.size()) - 1];
}

SimTime StepIndex::timeAtStep(size_t step) const {
    const size_t n = eventsAtStep(step);
    return n == 0 ? SimTime() : trace_->events[n - 1].t;
}

size_t StepIndex::stepOfEvent(size_t index) const {
    if (!trace_ || index >= trace_->events.size()) return 0;
    // The first step whose end lies beyond the event.
    const auto it = std::upper_bound(ends_.begin(), ends_.end(), index);
    return static_cast<size_t>(it - ends_.begin()) + 1;
}

uint64_t StepIndex::segmentOfStep(size_t step) const {
    if (step == 0 || step > ends_.size()) return 0;
    const size_t first = firstEventOfStep(step);
    const TraceEvent& root = trace_->events[first];
    if (root.type == EventType::Deliver || root.type == EventType::Drop || root.type == EventType::Inject)
        return root.segId;
    for (size_t i = first; i < ends_[step - 1]; ++i)
        if (trace_->events[i].type == EventType::Send) return trace_->events[i].segId;
    return 0;
}

} // namespace hl
