#include "core/trace_diff.h"

#include <algorithm>
#include <tuple>

namespace hl {

namespace {
bool sameSegment(const Segment& a, const Segment& b) {
    return std::tie(a.id, a.srcPort, a.dstPort, a.flags, a.seq, a.ack, a.window, a.len) ==
           std::tie(b.id, b.srcPort, b.dstPort, b.flags, b.seq, b.ack, b.window, b.len);
}
} // namespace

bool sameEvent(const TraceEvent& a, const TraceEvent& b) {
    const auto key = [](const TraceEvent& e) {
        return std::tie(e.t, e.type, e.host, e.conn, e.reason, e.cause, e.call, e.bytes, e.from, e.to, e.segId,
                        e.retransmission, e.dropCause, e.timer, e.op, e.due, e.copy, e.notify);
    };
    return key(a) == key(b);
}

size_t commonPrefix(const Trace& a, const Trace& b) {
    const size_t n = std::min(a.events.size(), b.events.size());
    size_t i = 0;
    while (i < n && sameEvent(a.events[i], b.events[i])) ++i;
    // An event with the same fields can still be about a different segment (same id, other
    // flags or numbers after an earlier change): compare the segments the prefix refers to.
    for (size_t k = 0; k < i; ++k) {
        const uint64_t id = a.events[k].segId;
        if (id == 0) continue;
        const SegmentRecord* sa = a.segment(id);
        const SegmentRecord* sb = b.segment(id);
        if (!sa || !sb || !sameSegment(sa->seg, sb->seg)) return k;
    }
    return i;
}

} // namespace hl
