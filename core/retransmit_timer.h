#pragma once
// The RFC 6298 retransmission-timeout estimator as a value: samples in, RTO out. It never arms
// anything itself; the endpoint asks it for the current RTO when it arms its timer.
#include "core/sim_time.h"

namespace hl {

class RetransmitTimer {
public:
    // minOnVariance: the floor applies to the variance term, not to the whole RTO (Linux).
    RetransmitTimer(SimDuration initial, SimDuration min, SimDuration max, bool minOnVariance = false);

    // RFC 6298 §2.2/§2.3: one RTT measurement R from a segment that was not retransmitted.
    void sample(SimDuration r);
    // RFC 6298 §5.5: double the RTO (capped at the maximum) after a retransmission timeout.
    void backoff();
    // RFC 6298 §5.7: a SYN had to be retransmitted and no sample exists: data starts with 3 s
    // (only when the initial RTO is below 3 s, as the RFC says).
    void restartAfterSynLoss();

    SimDuration rto() const { return rto_; }
    // What RFC 6298 §2.3-2.4 alone would give for the current SRTT and RTTVAR (for the narration
    // that says where Linux differs).
    SimDuration rfcRto() const;
    SimDuration srtt() const { return srtt_; }
    SimDuration rttvar() const { return rttvar_; }
    bool valid() const { return valid_; }

private:
    SimDuration clamp(SimDuration v) const;

    SimDuration initial_, min_, max_;
    SimDuration rto_, srtt_, rttvar_;
    bool valid_ = false;
    bool minOnVariance_ = false;
};

} // namespace hl
