// Segment arrival, RFC 9293 §3.10.7: one handler per state. The synchronized states (and
// SYN-RECEIVED) share the §3.10.7.4 checks, which live in endpoint_checks.cpp.
#include "core/endpoint.h"

namespace hl {

namespace {
// Did this call leave at least one output that explains itself with a Reason?
bool hasReasonedOutput(const Outputs& out, size_t from) {
    for (size_t i = from; i < out.size(); ++i) {
        const auto& o = out[i];
        if (std::holds_alternative<OutState>(o) || std::holds_alternative<OutSend>(o) ||
            std::holds_alternative<OutNotify>(o) || std::holds_alternative<OutNote>(o))
            return true;
    }
    return false;
}
} // namespace

void Endpoint::onSegment(SimTime now, const Segment& seg, Outputs& out) {
    now_ = now;
    const size_t start = out.size();
    ackNote_ = Reason::None;
    ackOwed_ = false;
    simultaneousSynAck_ = false;
    finInOrder_ = false;
    switch (state_) {
    case TcpState::Closed:
        note(Reason::ClosedConnectionDrop, out); // a deleted TCB; the host answers for it
        break;
    case TcpState::Listen: arriveListen(seg, out); break;
    case TcpState::SynSent: arriveSynSent(seg, out); break;
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait: arriveSynchronized(seg, out); break;
    }
    // Every step must be explainable: a segment that only moved SND.UNA, or was a duplicate
    // ACK, says so.
    if (!hasReasonedOutput(out, start)) note(ackNote_ != Reason::None ? ackNote_ : Reason::AckDuplicateIgnored, out);
    syncVars();
}

// §3.10.7.2 LISTEN (the listener itself; a SYN becomes a new connection in the Host).
void Endpoint::arriveListen(const Segment& seg, Outputs& out) {
    if (seg.flags.has(Flag::RST)) { // first: an incoming RST is ignored
        note(Reason::ListenIgnoreRst, out);
        return;
    }
    if (seg.flags.has(Flag::ACK)) { // second: any ACK is bad here: <SEQ=SEG.ACK><CTL=RST>
        Segment rst = makeSegment(Flag::RST, seg.ack, 0);
        rst.dstPort = seg.srcPort; // a listener has no remote port of its own
        transmit(rst, Reason::ListenRstForAck, false, out);
        return;
    }
    // third (SYN) is handled by the Host through acceptSyn(); fourth: anything else is dropped.
    note(Reason::ListenDropOther, out);
}

// §3.10.7.3 SYN-SENT.
void Endpoint::arriveSynSent(const Segment& seg, Outputs& out) {
    const bool hasAck = seg.flags.has(Flag::ACK);
    const bool rst = seg.flags.has(Flag::RST);
    // First: an ACK that does not acknowledge our SYN (SEG.ACK =< ISS or > SND.NXT).
    if (hasAck && (seg.ack <= tcb_.iss || seg.ack > tcb_.sndNxt)) {
        if (rst) {
            note(Reason::SynSentBadAckDropRst, out);
        } else {
            sendRst(seg.ack, Reason::SynSentBadAckRst, out); // <SEQ=SEG.ACK><CTL=RST>
        }
        return;
    }
    const bool ackOk = hasAck && tcb_.sndUna < seg.ack && seg.ack <= tcb_.sndNxt;
    // Second: a RST counts only with an acceptable ACK ("connection reset/refused").
    if (rst) {
        if (ackOk)
            enterClosed(Reason::SynSentRstRefused, NotifyEvent::Refused, out);
        else
            note(Reason::SynSentRstNoAckDrop, out);
        return;
    }
    // Fourth: the SYN.
    if (!seg.flags.has(Flag::SYN)) {
        note(Reason::SynSentDropOther, out); // fifth: neither SYN nor RST
        return;
    }
    tcb_.irs = seg.seq;
    tcb_.rcvNxt = seg.seq + 1;
    if (ackOk) {
        // Our SYN is acknowledged: ESTABLISHED, send <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
        handleAckAdvance(seg.ack, out);
        tcb_.sndWnd = seg.window;
        sndWl1_ = seg.seq;
        sndWl2_ = seg.ack;
        enterEstablished(Reason::SynSentSynAck, out);
        sendAck(Reason::SynSentSynAck, out);
        if (seg.len > 0 || seg.flags.has(Flag::FIN)) { // text in the SYN,ACK: sixth step on
            Segment rest = seg;
            rest.flags = seg.flags.without(Flag::SYN);
            rest.seq = seg.seq + 1;
            processText(rest, out);
        }
        if (state_ != TcpState::Closed) afterEstablished(Reason::UserSendData, out);
        return;
    }
    // Simultaneous open: SYN-RECEIVED, <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> (same ISS).
    tcb_.sndWnd = seg.window;
    sndWl1_ = seg.seq;
    setState(TcpState::SynReceived, Reason::SynSentSimultaneousOpen, out);
    rttSeq_.reset(); // our SYN's sequence number goes out a second time (Karn)
    transmit(makeSegment(Flag::SYN | Flag::ACK, tcb_.iss, 0), Reason::SynSentSimultaneousOpen, false, out);
}

// SYN-RECEIVED and the synchronized states: §3.10.7.4, checks in RFC order.
void Endpoint::arriveSynchronized(const Segment& in, Outputs& out) {
    Segment seg = in;
    if (state_ == TcpState::SynReceived && seg.flags.has(Flag::SYN) && !seg.flags.has(Flag::RST) && seg.seq == tcb_.irs) {
        if (!seg.flags.has(Flag::ACK)) { // the peer's SYN again (duplicate or retransmission)
            if (opts_.dupSynReply == DupSynReply::SynAck) {
                timeRetransmission(retxQueue_.empty() ? SentSeg{tcb_.iss, 0, true, false, now_} : retxQueue_.front());
                transmit(makeSegment(Flag::SYN | Flag::ACK, tcb_.iss, 0), Reason::SynDuplicateSynAck, true, out);
            } else {
                sendAck(Reason::SynDuplicateAck, out); // what the sequence check would do
            }
            return;
        }
        // Simultaneous open (RFC 9293 §3.5 Figure 7): the peer's SYN,ACK repeats the SYN we
        // already have; what is new is its ACK of our SYN.
        seg.flags = seg.flags.without(Flag::SYN);
        seg.seq = seg.seq + 1;
        simultaneousSynAck_ = true;
    }
    if (state_ == TcpState::TimeWait && !checkTimeWaitSpecials(seg, out)) return;
    if (!checkSequence(seg, out)) return; // first
    if (!checkRst(seg, out)) return;      // second (third, security, is not modelled)
    if (!checkSyn(seg, out)) return;      // fourth
    finInOrder_ = seg.flags.has(Flag::FIN) && seg.seq <= tcb_.rcvNxt && seg.seq + seg.len <= tcb_.rcvNxt + receiveWindow();
    const bool go = checkAck(seg, out); // fifth
    simultaneousSynAck_ = false;
    if (!go) return;
    processText(seg, out); // seventh (sixth, URG, is not modelled), eighth: FIN
    if (state_ == TcpState::Closed || state_ == TcpState::Listen) return;
    sendPending(Reason::AckAdvances, out); // data the ACK made room for, and an owed ACK
}

} // namespace hl
