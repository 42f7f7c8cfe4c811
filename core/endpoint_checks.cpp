// RFC 9293 §3.10.7.4: the checks for SYN-RECEIVED and the synchronized states, in RFC order.
// Each returns false when the segment is finished with (dropped, answered, or the TCB is gone).
#include "core/endpoint.h"

namespace hl {

// §3.4 Table 6: is any of the segment inside the receive window?
bool Endpoint::segmentAcceptable(const Segment& seg) const {
    const uint32_t len = seg.segLen();
    const uint32_t wnd = receiveWindow();
    const SeqNum nxt = tcb_.rcvNxt;
    if (len == 0) {
        if (seg.flags.has(Flag::RST)) return wnd == 0 ? seg.seq == nxt : seqInRange(nxt, seg.seq, nxt + wnd);
        // A pure ACK from a peer that filled our window sits exactly at its right edge
        // (SEG.SEQ = RCV.NXT + RCV.WND). Table 6 read strictly would drop it and both sides
        // would trade empty ACKs for ever; like Linux tcp_sequence(), take the edge inclusively.
        return nxt <= seg.seq && seg.seq <= nxt + wnd;
    }
    if (wnd == 0) return false;
    return seqInRange(nxt, seg.seq, nxt + wnd) || seqInRange(nxt, seg.seq + (len - 1), nxt + wnd);
}

// TIME-WAIT, before the sequence check: what real stacks do with a SYN and a repeated FIN.
bool Endpoint::checkTimeWaitSpecials(const Segment& seg, Outputs& out) {
    const bool syn = seg.flags.has(Flag::SYN);
    const bool rst = seg.flags.has(Flag::RST);
    if (opts_.timeWaitReopen && reopenPossible_ && syn && !rst && !seg.flags.has(Flag::ACK) && seg.seq > tcb_.rcvNxt) {
        // RFC 9293 §3.10.7.4 / RFC 6191 (Linux, BSD): a new SYN above the old sequence space
        // may reopen the connection; this TCB ends and the listener takes the SYN.
        reopenRequested_ = true;
        enterClosed(Reason::SynTimeWaitReopen, NotifyEvent::Closed, out);
        return false;
    }
    if (seg.flags.has(Flag::FIN) && !rst && !syn && finReceived_ && seg.seq + seg.len + 1 == tcb_.rcvNxt) {
        // §3.10.7.4 eighth check, TIME-WAIT: the peer resent its FIN (our last ACK was lost):
        // acknowledge it and restart the 2 MSL timeout.
        sendAck(Reason::FinTimeWaitRestart, out);
        armTimer(TimerKind::TimeWait, now_ + opts_.msl * 2, out);
        return false;
    }
    return true;
}

bool Endpoint::checkSequence(Segment& seg, Outputs& out) {
    if (segmentAcceptable(seg)) return true;
    if (receiveWindow() == 0 && seg.seq == tcb_.rcvNxt && seg.flags.has(Flag::ACK) && !seg.flags.has(Flag::RST) &&
        !seg.flags.has(Flag::SYN)) {
        // §3.10.7.4: "If the RCV.WND is zero, no segments will be acceptable, but special
        // allowance should be made to accept valid ACKs": use the ACK, drop the text, and say
        // again that the window is closed.
        seg.len = 0;
        seg.flags = seg.flags.without(Flag::FIN);
        ackOwed_ = true;
        ackReason_ = Reason::SeqUnacceptableAck;
        return true;
    }
    // Not acceptable: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> unless it is a RST (never answered).
    if (seg.flags.has(Flag::RST)) {
        note(Reason::SeqUnacceptableRstDrop, out);
        return false;
    }
    const bool repeatedFin = seg.flags.has(Flag::FIN) && finReceived_ && seg.seq + seg.len + 1 == tcb_.rcvNxt;
    sendInvalidAck(seg, repeatedFin ? Reason::FinRepeated : Reason::SeqUnacceptableAck, out);
    return false;
}

// Linux net/ipv4/tcp_input.c __tcp_oow_rate_limited(): one such ACK per invalidAckRateLimit.
bool Endpoint::oowRateLimited() {
    if (opts_.invalidAckRateLimit <= SimDuration()) return false;
    if (lastInvalidAck_ && now_ - *lastInvalidAck_ < opts_.invalidAckRateLimit) return true;
    lastInvalidAck_ = now_;
    return false;
}

// tcp_oow_rate_limited(): "Data packets without SYNs are not likely part of an ACK loop", so only
// a segment without data (or with a SYN) can be held back.
void Endpoint::sendInvalidAck(const Segment& in, Reason why, Outputs& out) {
    const bool carriesData = in.len > 0 || in.flags.has(Flag::FIN);
    if (!(carriesData && !in.flags.has(Flag::SYN)) && oowRateLimited()) {
        note(Reason::AckRateLimited, out);
        return;
    }
    sendAck(why, out);
}

// Linux tcp_send_challenge_ack(): the per-connection interval first, then RFC 5961 §7's count
// per second.
void Endpoint::sendChallengeAck(Reason why, Outputs& out) {
    if (oowRateLimited()) {
        note(Reason::AckRateLimited, out);
        return;
    }
    if (opts_.challengeAckLimit > 0) {
        if (now_ - challengeSecond_ >= 1_s) {
            challengeSecond_ = now_;
            challengeAcks_ = 0;
        }
        if (challengeAcks_ >= static_cast<uint32_t>(opts_.challengeAckLimit)) {
            note(Reason::ChallengeAckThrottled, out);
            return;
        }
        ++challengeAcks_;
    }
    sendAck(why, out);
}

bool Endpoint::checkRst(const Segment& seg, Outputs& out) {
    if (!seg.flags.has(Flag::RST)) return true;
    if (state_ == TcpState::TimeWait && opts_.rfc1337) { // RFC 1337 fix F1
        note(Reason::RstTimeWaitIgnored, out);
        return false;
    }
    if (opts_.rfc5961 && seg.seq != tcb_.rcvNxt) {
        // RFC 5961 §3.2: in the window but not exactly RCV.NXT: challenge ACK.
        sendChallengeAck(Reason::RstChallengeAck, out);
        return false;
    }
    switch (state_) {
    case TcpState::SynReceived:
        if (openKind_ == OpenKind::Passive) {
            setState(TcpState::Listen, Reason::RstSynReceivedToListen, out); // back to the listener
            if (appUsed_) notify(NotifyEvent::Reset, Reason::RstSynReceivedToListen, out);
        } else {
            enterClosed(Reason::RstSynReceivedRefused, NotifyEvent::Refused, out);
        }
        break;
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait: enterClosed(Reason::RstReset, NotifyEvent::Reset, out); break;
    case TcpState::Closing:
    case TcpState::LastAck: enterClosed(Reason::RstClosingStates, NotifyEvent::Reset, out); break;
    case TcpState::TimeWait:
        enterClosed(Reason::RstClosingStates, NotifyEvent::Closed, out); // TIME-WAIT assassination
        break;
    default: break;
    }
    return false;
}

bool Endpoint::checkSyn(const Segment& seg, Outputs& out) {
    if (!seg.flags.has(Flag::SYN)) return true;
    if (opts_.rfc5961) { // RFC 5961 §4: a SYN in a synchronized state gets a challenge ACK
        sendChallengeAck(Reason::SynChallengeAck, out);
        return false;
    }
    // RFC 793: a SYN in the window is an error: reset the connection.
    sendRst(tcb_.sndNxt, Reason::SynLegacyReset, out);
    if (state_ == TcpState::SynReceived && openKind_ == OpenKind::Passive)
        setState(TcpState::Listen, Reason::SynLegacyReset, out);
    else
        enterClosed(Reason::SynLegacyReset, NotifyEvent::Reset, out);
    return false;
}

bool Endpoint::ackSynReceived(const Segment& seg, Outputs& out) {
    if (!(tcb_.sndUna < seg.ack && seg.ack <= tcb_.sndNxt)) {
        sendRst(seg.ack, Reason::AckSynReceivedBadRst, out); // <SEQ=SEG.ACK><CTL=RST>
        return false;
    }
    handleAckAdvance(seg.ack, out);
    tcb_.sndWnd = seg.window; // SND.WND <- SEG.WND, SND.WL1 <- SEG.SEQ, SND.WL2 <- SEG.ACK
    sndWl1_ = seg.seq;
    sndWl2_ = seg.ack;
    enterEstablished(simultaneousSynAck_ ? Reason::SynAckSimultaneousEstablished : Reason::AckSynReceivedEstablished, out);
    if (pendingClose_ != PendingClose::None) afterEstablished(Reason::UserSendData, out);
    return true; // and continue with the text and the FIN
}

bool Endpoint::checkAck(const Segment& seg, Outputs& out) {
    if (!seg.flags.has(Flag::ACK)) {
        note(Reason::AckMissingDrop, out);
        return false;
    }
    if (state_ == TcpState::SynReceived) return ackSynReceived(seg, out);
    if (seg.ack > tcb_.sndNxt) { // acknowledges something not yet sent: ACK, drop
        sendInvalidAck(seg, Reason::AckTooNew, out);
        return false;
    }
    ackNote_ = handleAckAdvance(seg.ack, out) ? Reason::AckAdvances : Reason::AckDuplicateIgnored;
    updateWindow(seg);
    return ackOfFinByState(out);
}

bool Endpoint::ackOfFinByState(Outputs& out) {
    if (!ourFinAcked()) return true;
    switch (state_) {
    case TcpState::FinWait1:
        // A FIN in this same segment takes us straight to TIME-WAIT (eighth check).
        if (!finInOrder_) setState(TcpState::FinWait2, Reason::AckOfFinFinWait2, out);
        return true;
    case TcpState::Closing: setState(TcpState::TimeWait, Reason::AckOfFinTimeWait, out); return true;
    case TcpState::LastAck: enterClosed(Reason::AckOfFinClosed, NotifyEvent::Closed, out); return false;
    default: return true;
    }
}

// Eighth check: the FIN, reached only in sequence (RCV.NXT advances over it).
void Endpoint::processFin(Outputs& out) {
    tcb_.rcvNxt += 1;
    const bool first = !finReceived_;
    finReceived_ = true;
    Reason why = Reason::FinRepeated;
    switch (state_) {
    case TcpState::SynReceived:
    case TcpState::Established:
        why = Reason::FinCloseWait;
        pingpong_ = state_ == TcpState::Established; // Linux tcp_fin(): inet_csk_enter_pingpong_mode
        setState(TcpState::CloseWait, why, out);
        break;
    case TcpState::FinWait1:
        why = ourFinAcked() ? Reason::FinTimeWait : Reason::FinClosing;
        setState(ourFinAcked() ? TcpState::TimeWait : TcpState::Closing, why, out);
        break;
    case TcpState::FinWait2:
        why = Reason::FinTimeWait;
        setState(TcpState::TimeWait, why, out);
        break;
    default: break;
    }
    if (first) notify(NotifyEvent::Eof, why, out); // EOF is told once
    ackOwed_ = true;
    ackReason_ = why;
    if (opts_.appClosesOnEof && state_ == TcpState::CloseWait) {
        // The app closes as soon as it sees EOF: our FIN carries the ACK (one FIN,ACK).
        if (tcb_.unread > 0)
            resetAndClose(Reason::UserCloseUnreadData, NotifyEvent::Closed, out);
        else
            closeSendingSide(PendingClose::Close, Reason::AppClosesOnEof, out);
    }
}

} // namespace hl
