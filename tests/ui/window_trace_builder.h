#pragma once
// Hand-built traces for the window tests: they follow docs/tcp-rules.md's worked examples (teach
// profile, one-way delay 100 ms, client ISS 100, server ISS 300) so that the views can be
// tested without depending on the simulation.
#include "core/trace.h"

#include <cstdint>

namespace hl::uitest {

class TraceBuilder {
public:
    uint32_t call(SimTime t, HostId h, uint32_t conn, UserCall c, Reason r) {
        TraceEvent e = base(t, EventType::Call, h, conn, r, kNoEvent);
        e.call = c;
        return push(e);
    }
    uint32_t state(SimTime t, HostId h, uint32_t conn, TcpState from, TcpState to, Reason r, uint32_t cause) {
        TraceEvent e = base(t, EventType::State, h, conn, r, cause);
        e.from = from;
        e.to = to;
        return push(e);
    }
    // Sends a segment; returns its id.
    uint64_t send(SimTime t, HostId h, uint32_t conn, Flags f, uint32_t seq, uint32_t ack, TcpState senderState,
                  uint32_t cause, Reason r = Reason::None, bool retransmission = false) {
        SegmentRecord rec;
        rec.seg.id = trace_.segments.size() + 1;
        rec.seg.srcPort = h == HostId::Client ? 50000 : 80;
        rec.seg.dstPort = h == HostId::Client ? 80 : 50000;
        rec.seg.flags = f;
        rec.seg.seq = SeqNum(seq);
        rec.seg.ack = SeqNum(ack);
        rec.seg.window = 65535;
        rec.from = h;
        rec.to = peerOf(h);
        rec.conn = conn;
        rec.sentAt = t;
        rec.retransmission = retransmission;
        rec.senderState = senderState;
        TraceEvent e = base(t, EventType::Send, h, conn, r, cause);
        e.segId = rec.seg.id;
        e.retransmission = retransmission;
        rec.sendEvent = push(e);
        trace_.segments.push_back(rec);
        return rec.seg.id;
    }
    uint32_t deliver(SimTime t, uint64_t segId) {
        const SegmentRecord& rec = trace_.segments[segId - 1];
        TraceEvent e = base(t, EventType::Deliver, rec.to, 0, Reason::ChannelDelivered, kNoEvent);
        e.segId = segId;
        return push(e);
    }
    uint32_t drop(SimTime t, uint64_t segId) {
        const SegmentRecord& rec = trace_.segments[segId - 1];
        TraceEvent e = base(t, EventType::Drop, rec.from, rec.conn, Reason::ChannelFault, kNoEvent);
        e.segId = segId;
        e.dropCause = DropCause::Fault;
        return push(e);
    }
    uint32_t timer(SimTime t, HostId h, uint32_t conn, TimerKind k, TimerOp op, SimTime due, uint32_t cause,
                   Reason r = Reason::None) {
        TraceEvent e = base(t, EventType::Timer, h, conn, r, cause);
        e.timer = k;
        e.op = op;
        e.due = due;
        return push(e);
    }
    uint32_t notify(SimTime t, HostId h, uint32_t conn, NotifyEvent n, uint32_t cause) {
        TraceEvent e = base(t, EventType::Notify, h, conn, Reason::None, cause);
        e.notify = n;
        return push(e);
    }
    // TCB values after the last event pushed so far.
    void tcb(HostId h, uint32_t conn, uint32_t iss, uint32_t irs, uint32_t sndUna, uint32_t sndNxt, uint32_t rcvNxt) {
        TcbRecord r;
        r.afterEvent = static_cast<uint32_t>(trace_.events.size() - 1);
        r.host = h;
        r.conn = conn;
        r.vars.iss = SeqNum(iss);
        r.vars.irs = SeqNum(irs);
        r.vars.sndUna = SeqNum(sndUna);
        r.vars.sndNxt = SeqNum(sndNxt);
        r.vars.sndWnd = 65535;
        r.vars.rcvNxt = SeqNum(rcvNxt);
        r.vars.rcvWnd = 65535;
        r.vars.rto = 1_s;
        trace_.tcb.push_back(r);
    }
    Trace take() {
        trace_.end = trace_.events.empty() ? SimTime() : trace_.events.back().t;
        return std::move(trace_);
    }

private:
    static TraceEvent base(SimTime t, EventType type, HostId h, uint32_t conn, Reason r, uint32_t cause) {
        TraceEvent e;
        e.t = t;
        e.type = type;
        e.host = h;
        e.conn = conn;
        e.reason = r;
        e.cause = cause;
        return e;
    }
    uint32_t push(const TraceEvent& e) {
        trace_.events.push_back(e);
        return static_cast<uint32_t>(trace_.events.size() - 1);
    }
    Trace trace_;
};

// docs/tcp-rules.md "Normal 3-way" followed by "4-way close, client first" (shifted to t = 1 s / 2 s).
// Steps (root events): 1 listen, 2 connect, 3 SYN arrives, 4 SYN,ACK arrives, 5 ACK arrives,
// 6 client close, 7 FIN arrives, 8 ACK arrives, 9 server close, 10 FIN arrives, 11 last ACK
// arrives, 12 TIME_WAIT expires.
inline Trace handshakeAndCloseTrace() {
    using H = HostId;
    using S = TcpState;
    TraceBuilder b;
    const SimTime t0;
    uint32_t c = b.call(t0, H::Server, 1, UserCall::Listen, Reason::UserListen);
    b.state(t0, H::Server, 1, S::Closed, S::Listen, Reason::UserListen, c);

    c = b.call(t0, H::Client, 1, UserCall::Connect, Reason::UserConnect);
    b.state(t0, H::Client, 1, S::Closed, S::SynSent, Reason::UserConnect, c);
    const uint64_t syn = b.send(t0, H::Client, 1, Flag::SYN, 100, 0, S::SynSent, c, Reason::UserConnect);
    b.timer(t0, H::Client, 1, TimerKind::Retransmit, TimerOp::Set, 1_s, c);
    b.tcb(H::Client, 1, 100, 0, 100, 101, 0);

    uint32_t d = b.deliver(100_ms, syn);
    b.state(100_ms, H::Server, 2, S::Listen, S::SynReceived, Reason::ListenSyn, d);
    const uint64_t synAck = b.send(100_ms, H::Server, 2, Flag::SYN | Flag::ACK, 300, 101, S::SynReceived, d,
                                   Reason::ListenSyn);
    b.timer(100_ms, H::Server, 2, TimerKind::Retransmit, TimerOp::Set, 1100_ms, d);
    b.tcb(H::Server, 2, 300, 100, 300, 301, 101);

    d = b.deliver(200_ms, synAck);
    b.state(200_ms, H::Client, 1, S::SynSent, S::Established, Reason::SynSentSynAck, d);
    const uint64_t ack = b.send(200_ms, H::Client, 1, Flag::ACK, 101, 301, S::Established, d, Reason::SendAck);
    b.timer(200_ms, H::Client, 1, TimerKind::Retransmit, TimerOp::Cancel, SimTime(), d);
    b.notify(200_ms, H::Client, 1, NotifyEvent::Connected, d);
    b.tcb(H::Client, 1, 100, 300, 101, 101, 301);

    d = b.deliver(300_ms, ack);
    b.state(300_ms, H::Server, 2, S::SynReceived, S::Established, Reason::AckSynReceivedEstablished, d);
    b.timer(300_ms, H::Server, 2, TimerKind::Retransmit, TimerOp::Cancel, SimTime(), d);
    b.notify(300_ms, H::Server, 2, NotifyEvent::Connected, d);
    b.tcb(H::Server, 2, 300, 100, 301, 301, 101);

    c = b.call(1_s, H::Client, 1, UserCall::Close, Reason::UserClose);
    b.state(1_s, H::Client, 1, S::Established, S::FinWait1, Reason::UserClose, c);
    const uint64_t fin1 = b.send(1_s, H::Client, 1, Flag::FIN | Flag::ACK, 101, 301, S::FinWait1, c, Reason::UserClose);
    b.timer(1_s, H::Client, 1, TimerKind::Retransmit, TimerOp::Set, 2_s, c);
    b.tcb(H::Client, 1, 100, 300, 101, 102, 301);

    d = b.deliver(1100_ms, fin1);
    b.state(1100_ms, H::Server, 2, S::Established, S::CloseWait, Reason::FinCloseWait, d);
    const uint64_t ackFin1 = b.send(1100_ms, H::Server, 2, Flag::ACK, 301, 102, S::CloseWait, d, Reason::SendAck);
    b.notify(1100_ms, H::Server, 2, NotifyEvent::Eof, d);
    b.tcb(H::Server, 2, 300, 100, 301, 301, 102);

    d = b.deliver(1200_ms, ackFin1);
    b.state(1200_ms, H::Client, 1, S::FinWait1, S::FinWait2, Reason::AckOfFinFinWait2, d);
    b.timer(1200_ms, H::Client, 1, TimerKind::Retransmit, TimerOp::Cancel, SimTime(), d);
    b.tcb(H::Client, 1, 100, 300, 102, 102, 301);

    c = b.call(2_s, H::Server, 2, UserCall::Close, Reason::UserCloseInCloseWait);
    b.state(2_s, H::Server, 2, S::CloseWait, S::LastAck, Reason::UserCloseInCloseWait, c);
    const uint64_t fin2 = b.send(2_s, H::Server, 2, Flag::FIN | Flag::ACK, 301, 102, S::LastAck, c,
                                 Reason::UserCloseInCloseWait);
    b.timer(2_s, H::Server, 2, TimerKind::Retransmit, TimerOp::Set, 3_s, c);
    b.tcb(H::Server, 2, 300, 100, 301, 302, 102);

    d = b.deliver(2100_ms, fin2);
    b.state(2100_ms, H::Client, 1, S::FinWait2, S::TimeWait, Reason::FinTimeWait, d);
    const uint64_t lastAck = b.send(2100_ms, H::Client, 1, Flag::ACK, 102, 302, S::TimeWait, d, Reason::SendAck);
    b.timer(2100_ms, H::Client, 1, TimerKind::TimeWait, TimerOp::Set, 12100_ms, d);
    b.tcb(H::Client, 1, 100, 300, 102, 102, 302);

    d = b.deliver(2200_ms, lastAck);
    b.state(2200_ms, H::Server, 2, S::LastAck, S::Closed, Reason::AckOfFinClosed, d);
    b.timer(2200_ms, H::Server, 2, TimerKind::Retransmit, TimerOp::Cancel, SimTime(), d);
    b.tcb(H::Server, 2, 300, 100, 302, 302, 102);

    const uint32_t f = b.timer(12100_ms, H::Client, 1, TimerKind::TimeWait, TimerOp::Fire, 12100_ms, kNoEvent,
                               Reason::TimeWaitExpired);
    b.state(12100_ms, H::Client, 1, S::TimeWait, S::Closed, Reason::TimeWaitExpired, f);
    return b.take();
}

// docs/tcp-rules.md "Lost SYN": the first SYN is dropped, the RTO resends it at 1 s.
// Steps: 1 listen, 2 connect, 3 SYN lost, 4 RTO fires (resend), 5 SYN arrives, 6 SYN,ACK arrives,
// 7 ACK arrives.
inline Trace lostSynTrace() {
    using H = HostId;
    using S = TcpState;
    TraceBuilder b;
    const SimTime t0;
    uint32_t c = b.call(t0, H::Server, 1, UserCall::Listen, Reason::UserListen);
    b.state(t0, H::Server, 1, S::Closed, S::Listen, Reason::UserListen, c);
    c = b.call(t0, H::Client, 1, UserCall::Connect, Reason::UserConnect);
    b.state(t0, H::Client, 1, S::Closed, S::SynSent, Reason::UserConnect, c);
    const uint64_t syn = b.send(t0, H::Client, 1, Flag::SYN, 100, 0, S::SynSent, c, Reason::UserConnect);
    b.timer(t0, H::Client, 1, TimerKind::Retransmit, TimerOp::Set, 1_s, c);
    b.tcb(H::Client, 1, 100, 0, 100, 101, 0);
    b.drop(50_ms, syn);
    const uint32_t f = b.timer(1_s, H::Client, 1, TimerKind::Retransmit, TimerOp::Fire, 1_s, kNoEvent,
                               Reason::RetransmitSyn);
    const uint64_t syn2 = b.send(1_s, H::Client, 1, Flag::SYN, 100, 0, S::SynSent, f, Reason::RetransmitSyn,
                                 /*retransmission=*/true);
    b.timer(1_s, H::Client, 1, TimerKind::Retransmit, TimerOp::Set, 3_s, f, Reason::RtoBackoff);
    uint32_t d = b.deliver(1100_ms, syn2);
    b.state(1100_ms, H::Server, 2, S::Listen, S::SynReceived, Reason::ListenSyn, d);
    const uint64_t synAck = b.send(1100_ms, H::Server, 2, Flag::SYN | Flag::ACK, 300, 101, S::SynReceived, d,
                                   Reason::ListenSyn);
    b.tcb(H::Server, 2, 300, 100, 300, 301, 101);
    d = b.deliver(1200_ms, synAck);
    b.state(1200_ms, H::Client, 1, S::SynSent, S::Established, Reason::SynSentSynAck, d);
    const uint64_t ack = b.send(1200_ms, H::Client, 1, Flag::ACK, 101, 301, S::Established, d, Reason::SendAck);
    b.timer(1200_ms, H::Client, 1, TimerKind::Retransmit, TimerOp::Cancel, SimTime(), d);
    b.tcb(H::Client, 1, 100, 300, 101, 101, 301);
    d = b.deliver(1300_ms, ack);
    b.state(1300_ms, H::Server, 2, S::SynReceived, S::Established, Reason::AckSynReceivedEstablished, d);
    b.tcb(H::Server, 2, 300, 100, 301, 301, 101);
    return b.take();
}

} // namespace hl::uitest
