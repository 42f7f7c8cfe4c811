// Sending (RFC 9293 §3.8.6 window, §3.10.2) and receiving in sequence (§3.10.7.4 seventh check,
// SHLD-31: segments beyond RCV.NXT are held and processed in order).
#include "core/endpoint.h"

#include "core/work_budget.h"

#include <algorithm>

namespace hl {

void Endpoint::queueSend(uint32_t bytes) { tcb_.sendQueued += bytes; }

bool Endpoint::sendNewData(Reason why, Outputs& out) {
    bool sent = false;
    while (tcb_.sendQueued > 0) {
        // §3.8.6: usable window = SND.UNA + SND.WND - SND.NXT.
        const int64_t inFlight = tcb_.sndNxt - tcb_.sndUna;
        const int64_t usable = static_cast<int64_t>(tcb_.sndWnd) - inFlight;
        if (usable <= 0 || retxQueue_.size() >= kMaxQueuedSegments) break; // the rest waits for ACKs
        const auto queued = static_cast<int64_t>(std::min<uint64_t>(tcb_.sendQueued, opts_.mss));
        const auto len = static_cast<uint32_t>(std::min<int64_t>(queued, usable));
        const Segment seg = makeSegment(Flag::ACK, tcb_.sndNxt, len);
        retxQueue_.push_back(SentSeg{tcb_.sndNxt, len, false, false, now_});
        if (!rttSeq_) { // RFC 6298: time one segment at a time
            rttSeq_ = tcb_.sndNxt + len;
            rttStart_ = now_;
        }
        tcb_.sndNxt += len;
        tcb_.sendQueued -= len;
        transmit(seg, why, false, out);
        if (!timerDue(TimerKind::Retransmit)) armRetransmit(out); // RFC 6298 §5.1
        sent = true;
    }
    syncVars();
    return sent;
}

void Endpoint::sendPending(Reason why, Outputs& out) {
    const bool dataAllowed = state_ == TcpState::Established || state_ == TcpState::CloseWait ||
                             state_ == TcpState::FinWait1 || state_ == TcpState::Closing || state_ == TcpState::LastAck;
    if (dataAllowed) sendNewData(why, out);
    const bool finAllowed = state_ == TcpState::FinWait1 || state_ == TcpState::Closing || state_ == TcpState::LastAck;
    if (finQueued_ && !finSent_ && tcb_.sendQueued == 0 && finAllowed) {
        // §3.10.4: the FIN goes after all preceding data; it takes one sequence number.
        finSeq_ = tcb_.sndNxt;
        finSent_ = true;
        const Segment seg = makeSegment(Flag::FIN | Flag::ACK, finSeq_, 0);
        retxQueue_.push_back(SentSeg{finSeq_, 0, false, true, now_});
        if (!rttSeq_) {
            rttSeq_ = finSeq_ + 1;
            rttStart_ = now_;
        }
        tcb_.sndNxt += 1;
        transmit(seg, why, false, out);
        if (!timerDue(TimerKind::Retransmit)) armRetransmit(out);
    }
    if (ackOwed_) owedAckOut(out);
    syncVars();
}

bool Endpoint::delayThisAck() const {
    if (opts_.delayedAckMs == SimDuration{}) return false; // RFC 9293: every ACK at once
    // Linux tcp_fin(): a FIN in ESTABLISHED enters pingpong mode, so its ACK waits for the ATO in
    // the hope that our FIN can carry it; the ATO is 0 until data arrived (tcp_event_data_recv).
    if (ackReason_ == Reason::FinCloseWait) return pingpong_ && dataReceived_;
    // tcp_input.c __tcp_ack_snd_check(): in quick-ACK mode (the start) data is ACKed at once.
    if (ackReason_ == Reason::DataAccepted) return pingpong_ || quickAcksLeft_ == 0;
    return false; // out of order, unacceptable, state changes: at once
}

void Endpoint::owedAckOut(Outputs& out) {
    if (!delayThisAck()) {
        if (ackReason_ == Reason::DataAccepted && quickAcksLeft_ > 0) --quickAcksLeft_;
        sendAck(ackReason_, out);
    } else if (timerDue(TimerKind::DelayedAck)) {
        sendAck(ackReason_, out); // RFC 1122 §4.2.3.2: at least every second segment is ACKed
    } else {
        armTimer(TimerKind::DelayedAck, now_ + opts_.delayedAckMs, out); // tcp_send_delayed_ack()
    }
}

bool Endpoint::handleAckAdvance(SeqNum ack, Outputs& out) {
    if (!(tcb_.sndUna < ack && ack <= tcb_.sndNxt)) return false;
    tcb_.sndUna = ack;
    probeSent_ = false; // a new tail may be probed again (RFC 8985 §7.3)
    // RFC 6298 §2 with Karn: only a segment never retransmitted gives a sample (rttSeq_ is
    // cleared on every retransmission, unless timestamps tell the transmissions apart).
    if (rttSeq_ && *rttSeq_ <= ack) {
        takeRttSample(now_ - rttStart_, out);
        rttSeq_.reset();
    }
    while (!retxQueue_.empty() && retxQueue_.front().end() <= ack) retxQueue_.pop_front();
    if (!retxQueue_.empty() && retxQueue_.front().seq < ack) { // partly acknowledged
        SentSeg& f = retxQueue_.front();
        if (f.syn) {
            f.syn = false;
            f.seq = f.seq + 1;
        }
        const auto cut = static_cast<uint32_t>(ack - f.seq);
        f.len -= std::min(cut, f.len);
        f.seq = ack;
    }
    tcb_.retries = 0;
    if (retxQueue_.empty())
        cancelTimer(TimerKind::Retransmit, out); // RFC 6298 §5.2
    else
        armRetransmit(out); // RFC 6298 §5.3: restart with the current RTO
    syncVars();
    return true;
}

void Endpoint::updateWindow(const Segment& seg) {
    // §3.10.7.4 fifth check: update SND.WND only from a segment newer than the last update.
    if (!(tcb_.sndUna <= seg.ack && seg.ack <= tcb_.sndNxt)) return;
    if (sndWl1_ < seg.seq || (sndWl1_ == seg.seq && sndWl2_ <= seg.ack)) {
        tcb_.sndWnd = seg.window;
        sndWl1_ = seg.seq;
        sndWl2_ = seg.ack;
    }
}

void Endpoint::processText(const Segment& seg, Outputs& out) {
    SeqNum seq = seg.seq;
    uint32_t len = seg.len;
    bool fin = seg.flags.has(Flag::FIN);
    if (len == 0 && !fin) return;
    // Cut what was already received (the sequence check let it through because part is new).
    if (seq < tcb_.rcvNxt) {
        const auto old = static_cast<uint32_t>(tcb_.rcvNxt - seq);
        if (old > len) return; // only an old FIN: nothing new (caught by the sequence check)
        len -= old;
        seq = tcb_.rcvNxt;
    }
    // Cut what lies beyond the receive window; a FIN beyond it is not taken either.
    const SeqNum wndEnd = tcb_.rcvNxt + receiveWindow();
    if (seq + len > wndEnd) {
        len = static_cast<uint32_t>(std::max<int32_t>(0, wndEnd - seq));
        fin = false;
    }
    if (len == 0 && !fin) return;
    switch (state_) {
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2: break;
    default:
        // CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT: a FIN was already received; ignore the text.
        note(Reason::DataIgnoredAfterFin, out);
        return;
    }
    if (appClosed_ && len > 0 && (state_ == TcpState::FinWait1 || state_ == TcpState::FinWait2)) {
        // RFC 1122 §4.2.2.13: new data after CLOSE is lost; a RST tells the peer so.
        resetAndClose(Reason::DataAfterCloseReset, NotifyEvent::Closed, out);
        return;
    }
    if (seq == tcb_.rcvNxt) {
        acceptInOrder(seq, len, fin, out);
        pullHeld(out);
    } else {
        holdOutOfOrder(seq, len, fin);
        ackOwed_ = true; // a duplicate ACK says what we still expect
        ackReason_ = Reason::SeqOutOfOrderHeld;
    }
}

void Endpoint::acceptInOrder(SeqNum seq, uint32_t len, bool fin, Outputs& out) {
    (void)seq;
    if (len > 0) {
        dataReceived_ = true;
        tcb_.rcvNxt += len;
        ackOwed_ = true;
        ackReason_ = Reason::DataAccepted;
        if (opts_.appReads)
            notify(NotifyEvent::Data, Reason::DataAccepted, out, len);
        else
            tcb_.unread += len; // stays in the buffer: the window shrinks
        syncVars();
    }
    if (fin) processFin(out);
}

void Endpoint::holdOutOfOrder(SeqNum seq, uint32_t len, bool fin) {
    held_.push_back(HeldSeg{seq, len, fin});
    std::stable_sort(held_.begin(), held_.end(), [](const HeldSeg& a, const HeldSeg& b) { return a.seq < b.seq; });
}

void Endpoint::pullHeld(Outputs& out) {
    while (!held_.empty() && state_ != TcpState::Closed) {
        HeldSeg h = held_.front();
        if (tcb_.rcvNxt < h.seq) break; // still a gap
        held_.erase(held_.begin());
        if (finReceived_) continue;
        const auto old = static_cast<uint32_t>(tcb_.rcvNxt - h.seq);
        if (old > h.len) continue; // wholly received already
        acceptInOrder(tcb_.rcvNxt, h.len - old, h.fin, out);
    }
}

} // namespace hl
