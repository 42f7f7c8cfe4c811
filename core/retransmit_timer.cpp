#include "core/retransmit_timer.h"

#include <algorithm>

namespace hl {

RetransmitTimer::RetransmitTimer(SimDuration initial, SimDuration min, SimDuration max, bool minOnVariance)
    : initial_(initial), min_(min), max_(max), rto_(clamp(initial)), minOnVariance_(minOnVariance) {}

SimDuration RetransmitTimer::clamp(SimDuration v) const {
    // RFC 6298 §2.4 (floor) and §2.5 (cap); a cap below the floor wins.
    return std::min(std::max(v, min_), max_);
}

void RetransmitTimer::sample(SimDuration r) {
    if (!valid_) {
        // RFC 6298 §2.2: first measurement.
        srtt_ = r;
        rttvar_ = r / 2;
        valid_ = true;
    } else {
        // RFC 6298 §2.3, alpha = 1/8, beta = 1/4; RTTVAR first, with the old SRTT.
        const int64_t diff = srtt_.us() > r.us() ? srtt_.us() - r.us() : r.us() - srtt_.us();
        rttvar_ = SimDuration::fromUs((3 * rttvar_.us() + diff) / 4);
        srtt_ = SimDuration::fromUs((7 * srtt_.us() + r.us()) / 8);
    }
    if (minOnVariance_) {
        // Linux tcp_input.c tcp_rtt_estimator() keeps rttvar_us >= tcp_rto_min, and
        // tcp_set_rto() makes RTO = SRTT + rttvar_us: the floor is on the variance term, so a
        // steady 100 ms RTT gives 300 ms, never less than one SRTT above the floor.
        rto_ = std::min(srtt_ + std::max(SimDuration::fromUs(4 * rttvar_.us()), min_), max_);
        return;
    }
    rto_ = rfcRto();
}

SimDuration RetransmitTimer::rfcRto() const {
    // RTO = SRTT + max(G, K*RTTVAR), K = 4; the clock granularity G is 1 us here.
    return clamp(srtt_ + SimDuration::fromUs(std::max<int64_t>(1, 4 * rttvar_.us())));
}

void RetransmitTimer::backoff() { rto_ = clamp(rto_ * 2); }

void RetransmitTimer::restartAfterSynLoss() {
    if (valid_) return;
    rto_ = initial_ < 3_s ? clamp(3_s) : clamp(initial_);
}

} // namespace hl
