// Timers as values (RFC 9293 §3.10.8): retransmission (RFC 6298), TIME-WAIT 2 MSL, and the
// orphaned FIN-WAIT-2 timer (a Linux policy). onTimer() is called when a due time is reached.
#include "core/endpoint.h"

#include <algorithm>

namespace hl {

void Endpoint::armRetransmit(Outputs& out) {
    SimTime due = now_ + rtt_.rto();
    // RFC 1122 §4.2.3.5 R2 for a SYN as a time limit: the timer never runs past the deadline.
    if (!retxQueue_.empty() && retxQueue_.front().syn && opts_.synGiveUpAfter)
        due = std::min(due, firstSynAt_ + *opts_.synGiveUpAfter);
    armTimer(TimerKind::Retransmit, due, out);
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
    case TimerKind::Retransmit:
        onRetransmitTimeout(out);
        break;
    case TimerKind::TimeWait:
        // §3.10.8: when the time-wait timeout expires, delete the TCB.
        enterClosed(Reason::TimeWaitExpired, NotifyEvent::Closed, out);
        break;
    case TimerKind::FinWait2:
        enterClosed(Reason::FinWait2Expired, NotifyEvent::Closed, out); // no segment (Linux)
        break;
    }
    syncVars();
}

void Endpoint::onRetransmitTimeout(Outputs& out) {
    if (retxQueue_.empty()) { // nothing outstanding: a stale expiry
        note(Reason::AckDuplicateIgnored, out);
        return;
    }
    const SentSeg front = retxQueue_.front();
    const bool synSide = front.syn;
    const int limit = synSide ? (state_ == TcpState::SynSent ? opts_.synRetries : opts_.synackRetries)
                              : opts_.dataRetries;
    const bool pastDeadline = synSide && opts_.synGiveUpAfter && now_ >= firstSynAt_ + *opts_.synGiveUpAfter;
    // RFC 1122 §4.2.3.5: the timer of the last allowed retransmission expired: give up.
    if (tcb_.retries >= limit || pastDeadline) {
        giveUp(front, out);
        return;
    }
    tcb_.retries += 1;
    rtt_.backoff();  // RFC 6298 §5.5
    rttSeq_.reset(); // Karn: no sample from a retransmitted segment
    if (synSide) synRetransmitted_ = true;
    Reason why = Reason::RetransmitData;
    if (synSide)
        why = state_ == TcpState::SynSent ? Reason::RetransmitSyn : Reason::RetransmitSynAck;
    else if (front.fin && front.len == 0)
        why = Reason::RetransmitFin;
    retransmitFront(why, out);
    armRetransmit(out); // RFC 6298 §5.6
    syncVars();
}

void Endpoint::retransmitFront(Reason why, Outputs& out) {
    // RFC 6298 §5.4: the earliest unacknowledged segment, with the same SEQ as before.
    const SentSeg& f = retxQueue_.front();
    Flags flags;
    if (f.syn)
        flags = state_ == TcpState::SynSent ? Flags(Flag::SYN) : (Flag::SYN | Flag::ACK);
    else
        flags = f.fin ? (Flag::FIN | Flag::ACK) : Flags(Flag::ACK);
    transmit(makeSegment(flags, f.seq, f.len), why, true, out);
}

void Endpoint::giveUp(const SentSeg& front, Outputs& out) {
    Reason why = Reason::GiveUpData;
    if (front.syn)
        why = state_ == TcpState::SynSent ? Reason::GiveUpSyn : Reason::GiveUpSynAck;
    else if (front.fin && front.len == 0)
        why = Reason::GiveUpFin;
    // A passive connection still in SYN-RECEIVED that its app never used just goes away; one
    // the app already queued data on (or closed) tells it the timeout.
    const bool silent = state_ == TcpState::SynReceived && openKind_ == OpenKind::Passive && !appUsed_;
    enterClosed(why, silent ? std::nullopt : std::optional<NotifyEvent>(NotifyEvent::Timeout), out);
}

} // namespace hl
