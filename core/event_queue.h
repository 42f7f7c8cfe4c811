#pragma once
// The simulation's agenda. Ordered by (time, class, order): at equal times segment arrivals come
// first in send order, then timer expiries in arming order, then user actions in file order
// (docs/trace-format.md). The order is total, so the run never depends on the heap's internals.
#include "core/endpoint_output.h"
#include "core/host.h"
#include "core/sim_time.h"

#include <cstdint>
#include <queue>
#include <vector>

namespace hl {

enum class AgendaClass : uint8_t { Segment = 0, Timer = 1, Action = 2 };

struct AgendaItem {
    SimTime t;
    AgendaClass cls = AgendaClass::Action;
    uint64_t order = 0; // Segment: segment id; Timer: arming number; Action: index in the file
    uint32_t copy = 0;  // Segment: which copy (arrival or loss of copy 0 comes first)
    // Timer payload
    HostId host = HostId::Client;
    uint32_t conn = 0;
    TimerKind timer = TimerKind::Retransmit;

    bool operator>(const AgendaItem& o) const {
        if (t != o.t) return t > o.t;
        if (cls != o.cls) return static_cast<int>(cls) > static_cast<int>(o.cls);
        if (order != o.order) return order > o.order;
        return copy > o.copy;
    }
};

class EventQueue {
public:
    void push(const AgendaItem& item) { heap_.push(item); }
    bool empty() const { return heap_.empty(); }
    const AgendaItem& top() const { return heap_.top(); }
    AgendaItem pop() {
        AgendaItem item = heap_.top();
        heap_.pop();
        return item;
    }

private:
    std::priority_queue<AgendaItem, std::vector<AgendaItem>, std::greater<>> heap_;
};

} // namespace hl
