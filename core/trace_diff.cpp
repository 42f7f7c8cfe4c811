#include "core/trace_diff.h"

#include <algorithm>

namespace hl {

size_t commonPrefix(const Trace& a, const Trace& b) {
    const size_t n = std::min(a.events.size(), b.events.size());
    size_t i = 0;
    while (i < n && a.events[i] == b.events[i]) ++i;
    // An event with the same fields can still be about a different segment (same id, other
    // flags or numbers after an earlier change): compare the segments the prefix refers to.
    for (size_t k = 0; k < i; ++k) {
        const uint64_t id = a.events[k].segId;
        if (id == 0) continue;
        const SegmentRecord* sa = a.segment(id);
        const SegmentRecord* sb = b.segment(id);
        if (!sa || !sb || sa->seg != sb->seg) return k;
    }
    return i;
}

} // namespace hl
