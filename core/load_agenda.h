#pragma once
// The load simulation's agenda. The latency of each direction is fixed, so the segments of one
// direction arrive in the order they were sent: each direction is a plain FIFO. Timers go into a
// binary heap of small PODs; a re-armed or cancelled timer is left there and skipped when it
// comes up (its arming number is no longer the live one). The order at equal times is that of
// simulate() (event_queue.h): segment arrivals in send order, then timers in arming order, then
// the next connect.
#include "core/endpoint_output.h"
#include "core/host.h"
#include "core/ring_queue.h"
#include "core/segment.h"
#include "core/sim_time.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace hl {

struct LoadArrival {
    SimTime at;
    Segment seg; // seg.id: send order, from 1
};

struct LoadTimer {
    SimTime at;
    uint64_t arming = 0; // global arming number: the order among timers due at the same time
    uint32_t slot = 0;
    HostId side = HostId::Client;
    TimerKind kind = TimerKind::Retransmit;
    // std::push_heap builds a max-heap: "less" means "later".
    bool operator<(const LoadTimer& o) const {
        if (at != o.at) return at > o.at;
        return arming > o.arming;
    }
};

enum class LoadEventKind : uint8_t { None, Arrival, Timer, Connect };

class LoadAgenda {
public:
    void pushArrival(HostId to, const LoadArrival& a) { fifo_[static_cast<size_t>(to)].push(a); }
    void pushTimer(const LoadTimer& t) {
        timers_.push_back(t);
        std::push_heap(timers_.begin(), timers_.end());
    }

    // What comes next, given the time of the next connect (SimTime::max() when none is left).
    // For an Arrival, `to` says which side's FIFO holds it.
    LoadEventKind next(SimTime nextConnect, SimTime& at, HostId& to) const {
        LoadEventKind kind = LoadEventKind::None;
        at = SimTime::max();
        uint64_t bestId = 0;
        for (HostId side : {HostId::Client, HostId::Server}) {
            const auto& q = fifo_[static_cast<size_t>(side)];
            if (q.empty()) continue;
            const LoadArrival& a = q.front();
            if (kind == LoadEventKind::None || a.at < at || (a.at == at && a.seg.id < bestId)) {
                kind = LoadEventKind::Arrival;
                at = a.at;
                bestId = a.seg.id;
                to = side;
            }
        }
        if (!timers_.empty() && (kind == LoadEventKind::None || timers_.front().at < at)) {
            kind = LoadEventKind::Timer;
            at = timers_.front().at;
        }
        if (nextConnect != SimTime::max() && (kind == LoadEventKind::None || nextConnect < at)) {
            kind = LoadEventKind::Connect;
            at = nextConnect;
        }
        return kind;
    }
    LoadArrival popArrival(HostId to) {
        auto& q = fifo_[static_cast<size_t>(to)];
        LoadArrival a = q.front();
        q.pop();
        return a;
    }
    LoadTimer popTimer() {
        std::pop_heap(timers_.begin(), timers_.end());
        LoadTimer t = timers_.back();
        timers_.pop_back();
        return t;
    }

private:
    std::array<RingQueue<LoadArrival>, 2> fifo_; // indexed by the receiving side
    std::vector<LoadTimer> timers_;              // a heap
};

} // namespace hl
