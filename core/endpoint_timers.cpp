// Timers as values (RFC 9293 §3.10.8): retransmission (RFC 6298), TIME-WAIT 2 MSL, and the
// orphaned FIN-WAIT-2 timer (a Linux policy). onTimer() is called when a due time is reached.
#include "core/endpoint.h"

#include <algorithm>

namespace hl {

void Endpoint::armRetransmit(Outputs& out) {
    SimTime due = now_ + rtt_.rto();
    probePending_ = false;
    if (!retxQueue_.empty() && retxQueue_.front().syn) {
        // RFC 1122 §4.2.3.5 R2 for a SYN as a time limit: the timer never runs past the deadline.
        if (opts_.synGiveUpAfter) due = std::min(due, firstSynAt_ + *opts_.synGiveUpAfter);
    } else if (opts_.tailLossProbe && !retxQueue_.empty() && tcb_.retries == 0 && !probeSent_) {
        // RFC 8985 §7.2 (Linux tcp_output.c tcp_schedule_loss_probe): before the first RTO, a
        // probe is due after the PTO, but never later than the RTO itself.
        due = std::min(due, now_ + lossProbeTimeout());
        probePending_ = true;
    }
    armTimer(TimerKind::Retransmit, due, out);
}

SimDuration Endpoint::lossProbeTimeout() const {
    if (!rtt_.valid()) return opts_.rtoInitial; // no SRTT yet: TCP_TIMEOUT_INIT
    // PTO = 2·SRTT, plus the worst-case delayed ACK when one segment is all that is in flight
    // (Linux adds tcp_rto_min there; with more in flight, two jiffies, below this model's scale).
    const SimDuration pto = rtt_.srtt() * 2;
    return retxQueue_.size() == 1 ? pto + opts_.rtoMin : pto;
}

void Endpoint::sendLossProbe(Outputs& out) {
    // RFC 8985 §7.3: send new data if there is any, else the last segment again; no back-off,
    // no retry counted (Linux tcp_send_loss_probe); then the RTO runs from now (tcp_rearm_rto).
    probePending_ = false;
    probeSent_ = true;
    if (!(tcb_.sendQueued > 0 && sendNewData(Reason::TailLossProbe, out)))
        retransmit(retxQueue_.back(), Reason::TailLossProbe, out);
    armTimer(TimerKind::Retransmit, now_ + rtt_.rto(), out);
    syncVars();
}

void Endpoint::takeRttSample(SimDuration r, Outputs& out) {
    rtt_.sample(r);
    if (rttFromRetransmission_) note(Reason::RttSampleTimestamps, out); // RFC 7323 §4.1
    rttFromRetransmission_ = false;
    if (opts_.rtoMinOnVariance && !rtoFloorTold_ && rtt_.rto() != rtt_.rfcRto()) {
        rtoFloorTold_ = true; // said once: from here on the RTO differs from RFC 6298's
        note(Reason::RtoVarianceFloor, out);
    }
}

void Endpoint::timeRetransmission(const SentSeg& seg) {
    if (!opts_.rttTimestamps) {
        rttSeq_.reset(); // Karn: no sample from a retransmitted segment
        return;
    }
    // RFC 7323 §4.1: the echoed timestamp tells which transmission an ACK answers, so the
    // retransmission is timed (Linux tcp_ack_update_rtt uses the echo, not the send time).
    rttSeq_ = seg.end();
    rttStart_ = now_;
    rttFromRetransmission_ = true;
}

bool Endpoint::retryBudgetSpent(const SentSeg& front) const {
    // Linux tcp_timer.c retransmits_timed_out() and tcp_model_timeout(): n retries mean the time
    // n doubling timeouts from a base would take, (2^(n+1) - 1) x base, with each doubling stopped
    // at rto_max; measured from the segment's first transmission, checked when the timer fires and
    // only after one timeout retransmission. The base is the initial RTO for a SYN (tcp_write_timeout)
    // and TCP_RTO_MIN for data.
    if (tcb_.retries == 0) return false;
    const bool syn = front.syn;
    const SimDuration base = syn ? opts_.rtoInitial : opts_.rtoMin;
    const int n = syn ? opts_.synRetries : opts_.dataRetries;
    if (base <= SimDuration{}) return true;
    int thresh = 0; // ilog2(rto_max / base)
    while (thresh < 62 && base.us() << (thresh + 1) <= opts_.rtoMax.us()) ++thresh;
    int64_t budget = 0;
    if (n <= thresh)
        budget = ((int64_t{2} << n) - 1) * base.us();
    else
        budget = ((int64_t{2} << thresh) - 1) * base.us() + (n - thresh) * opts_.rtoMax.us();
    return (now_ - front.firstSentAt).us() >= budget;
}

void Endpoint::enterEstablished(Reason why, Outputs& out) {
    setState(TcpState::Established, why, out);
    if (synRetransmitted_ && !rtt_.valid()) {
        rtt_.restartAfterSynLoss(); // RFC 6298 §5.7: data starts with RTO 3 s
        note(Reason::RtoAfterSynLoss, out);
        syncVars();
    }
}

void Endpoint::afterEstablished(Reason why, Outputs& out) {
    if (pendingClose_ != PendingClose::None)
        closeSendingSide(pendingClose_, Reason::UserCloseQueued, out); // data first, then FIN
    else
        sendPending(why, out);
}

void Endpoint::onTimer(SimTime now, TimerKind kind, Outputs& out) {
    now_ = now;
    timers_[static_cast<size_t>(kind)].reset(); // it fired
    switch (kind) {
    case TimerKind::Retransmit: onRetransmitTimeout(out); break;
    case TimerKind::TimeWait:
        // §3.10.8: when the time-wait timeout expires, delete the TCB.
        enterClosed(Reason::TimeWaitExpired, NotifyEvent::Closed, out);
        break;
    case TimerKind::FinWait2:
        enterClosed(Reason::FinWait2Expired, NotifyEvent::Closed, out); // no segment (Linux)
        break;
    case TimerKind::DelayedAck:
        sendAck(Reason::AckDelayed, out); // the ACK still owed (anything with an ACK cancels it)
        break;
    }
    syncVars();
}

void Endpoint::onRetransmitTimeout(Outputs& out) {
    if (retxQueue_.empty()) { // nothing outstanding: a stale expiry
        note(Reason::AckDuplicateIgnored, out);
        return;
    }
    if (probePending_) {
        sendLossProbe(out);
        return;
    }
    const SentSeg front = retxQueue_.front();
    const bool synSide = front.syn;
    const bool synSent = synSide && state_ == TcpState::SynSent;
    const int limit = synSide ? (synSent ? opts_.synRetries : opts_.synackRetries) : opts_.dataRetries;
    const bool pastDeadline = synSide && opts_.synGiveUpAfter && now_ >= firstSynAt_ + *opts_.synGiveUpAfter;
    // Linux counts a SYN,ACK's retries (request sockets) but turns the others into time.
    const bool budget = opts_.retriesAsTime && (synSent || !synSide);
    // RFC 1122 §4.2.3.5: the timer of the last allowed retransmission expired: give up.
    if ((budget ? retryBudgetSpent(front) : tcb_.retries >= limit) || pastDeadline) {
        giveUp(front, budget, out);
        return;
    }
    tcb_.retries += 1;
    // Linux tcp_timer.c tcp_retransmit_timer(): in SYN_SENT the first tcp_syn_linear_timeouts
    // retransmissions keep the RTO (out_reset_timer: total_rto <= the sysctl).
    const bool linear = synSent && tcb_.retries <= opts_.synLinearTimeouts;
    if (!linear) rtt_.backoff(); // RFC 6298 §5.5
    if (synSide) synRetransmitted_ = true;
    Reason why = Reason::RetransmitData;
    if (synSide)
        why = synSent ? (linear ? Reason::RetransmitSynLinear : Reason::RetransmitSyn) : Reason::RetransmitSynAck;
    else if (front.fin && front.len == 0)
        why = Reason::RetransmitFin;
    retransmit(front, why, out); // RFC 6298 §5.4: the earliest unacknowledged segment
    armRetransmit(out);          // RFC 6298 §5.6
    syncVars();
}

void Endpoint::retransmit(const SentSeg& f, Reason why, Outputs& out) {
    // The same SEQ as before; a SYN is resent as SYN (SYN_SENT) or SYN,ACK.
    Flags flags;
    if (f.syn)
        flags = state_ == TcpState::SynSent ? Flags(Flag::SYN) : (Flag::SYN | Flag::ACK);
    else
        flags = f.fin ? (Flag::FIN | Flag::ACK) : Flags(Flag::ACK);
    timeRetransmission(f);
    transmit(makeSegment(flags, f.seq, f.len), why, true, out);
}

void Endpoint::giveUp(const SentSeg& front, bool budget, Outputs& out) {
    Reason why = budget ? Reason::GiveUpDataTime : Reason::GiveUpData;
    if (front.syn)
        why = state_ == TcpState::SynSent ? (budget ? Reason::GiveUpSynTime : Reason::GiveUpSyn) : Reason::GiveUpSynAck;
    else if (front.fin && front.len == 0 && !budget)
        why = Reason::GiveUpFin;
    // A passive connection still in SYN-RECEIVED that its app never used just goes away; one
    // the app already queued data on (or closed) tells it the timeout.
    const bool silent = state_ == TcpState::SynReceived && openKind_ == OpenKind::Passive && !appUsed_;
    enterClosed(why, silent ? std::nullopt : std::optional<NotifyEvent>(NotifyEvent::Timeout), out);
}

} // namespace hl
