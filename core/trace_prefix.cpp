#include "core/trace_prefix.h"

namespace hl {

Trace tracePrefix(const Trace& trace, size_t events) {
    if (events >= trace.events.size()) return trace;
    Trace out;
    out.events.assign(trace.events.begin(), trace.events.begin() + static_cast<std::ptrdiff_t>(events));
    // Segment ids follow the send order, so the segments sent so far are a prefix as well.
    for (const SegmentRecord& rec : trace.segments) {
        if (rec.sendEvent == kNoEvent || rec.sendEvent >= events) break;
        SegmentRecord r = rec;
        for (SegmentCopy& c : r.copies)
            if (c.endEvent == kNoEvent || c.endEvent >= events) {
                c.endEvent = kNoEvent;
                c.lost = false; // whether it arrives is the question
                c.cause = DropCause::Fault;
            }
        out.segments.push_back(std::move(r));
    }
    for (const TcbRecord& t : trace.tcb)
        if (t.afterEvent < events) out.tcb.push_back(t);
    // The run goes on until the step that is held back: segments on their way are drawn up to it.
    out.end = trace.events[events].t;
    // Held back, not cut by the lesson's time limit: nothing may say "the run stops here".
    out.truncated = false;
    return out;
}

} // namespace hl
