#pragma once
// Hand-built traces for view tests: events are appended in the order given (the caller keeps
// them in time order), segments are numbered 1, 2, ... like the simulation does.
#include "core/trace.h"

namespace hl::test {

class SyntheticTrace {
public:
    Trace trace;

    void call(SimTime t, HostId h, UserCall c) {
        TraceEvent e = base(t, EventType::Call, h, 1);
        e.call = c;
        push(e);
    }
    void state(SimTime t, HostId h, uint32_t conn, TcpState from, TcpState to) {
        TraceEvent e = base(t, EventType::State, h, conn);
        e.from = from;
        e.to = to;
        push(e);
    }
    // Returns the new segment's id.
    uint64_t send(SimTime t, HostId from, Flags flags, uint32_t seq, uint32_t ack, uint32_t len = 0,
                  bool retransmission = false, TcpState senderState = TcpState::Closed) {
        SegmentRecord r;
        r.seg.id = trace.segments.size() + 1;
        r.seg.srcPort = from == HostId::Client ? 50000 : 80;
        r.seg.dstPort = from == HostId::Client ? 80 : 50000;
        r.seg.flags = flags;
        r.seg.seq = SeqNum(seq);
        r.seg.ack = SeqNum(flags.has(Flag::ACK) ? ack : 0);
        r.seg.window = 65535;
        r.seg.len = len;
        r.from = from;
        r.to = peerOf(from);
        r.conn = 1;
        r.sentAt = t;
        r.retransmission = retransmission;
        r.senderState = senderState;
        r.sendEvent = static_cast<uint32_t>(trace.events.size());
        trace.segments.push_back(r);
        TraceEvent e = base(t, EventType::Send, from, 1);
        e.segId = r.seg.id;
        e.retransmission = retransmission;
        push(e);
        return r.seg.id;
    }
    uint64_t inject(SimTime t, HostId to, HostId pretendFrom, Flags flags, uint32_t seq, uint32_t ack) {
        SegmentRecord r;
        r.seg.id = trace.segments.size() + 1;
        r.seg.flags = flags;
        r.seg.seq = SeqNum(seq);
        r.seg.ack = SeqNum(ack);
        r.from = pretendFrom;
        r.to = to;
        r.sentAt = t;
        r.injected = true;
        r.sendEvent = static_cast<uint32_t>(trace.events.size());
        trace.segments.push_back(r);
        TraceEvent e = base(t, EventType::Inject, to, 0);
        e.segId = r.seg.id;
        push(e);
        return r.seg.id;
    }
    // Copies are numbered in the order they end. (An injected segment has no copies and no
    // Deliver: it reaches its host at its Inject event, as in the real trace.)
    void deliver(SimTime t, uint64_t segId) {
        TraceEvent e = base(t, EventType::Deliver, trace.segments[segId - 1].to, 1);
        e.segId = segId;
        e.copy = recordCopy(segId, t, false);
        push(e);
    }
    void drop(SimTime t, uint64_t segId, DropCause cause = DropCause::Fault) {
        TraceEvent e = base(t, EventType::Drop, trace.segments[segId - 1].from, 0);
        e.segId = segId;
        e.dropCause = cause;
        e.copy = recordCopy(segId, t, true, cause);
        push(e);
    }
    void timer(SimTime t, HostId h, uint32_t conn, TimerKind k, TimerOp op, SimTime due = {}) {
        TraceEvent e = base(t, EventType::Timer, h, conn);
        e.timer = k;
        e.op = op;
        e.due = due;
        push(e);
    }
    size_t size() const { return trace.events.size(); }

private:
    uint32_t recordCopy(uint64_t segId, SimTime t, bool lost, DropCause cause = DropCause::Fault) {
        SegmentRecord& r = trace.segments[segId - 1];
        r.copies.push_back({t, lost, cause, static_cast<uint32_t>(trace.events.size()), SimDuration{}});
        return static_cast<uint32_t>(r.copies.size() - 1);
    }

    static TraceEvent base(SimTime t, EventType type, HostId h, uint32_t conn) {
        TraceEvent e;
        e.t = t;
        e.type = type;
        e.host = h;
        e.conn = conn;
        return e;
    }
    void push(const TraceEvent& e) {
        trace.events.push_back(e);
        trace.end = e.t;
    }
};

// A teaching run with 100 ms latency: the first SYN is lost (dropped half-way at 50 ms) and
// retransmitted when the 1 s retransmission timer fires, then a 3-way handshake, 10 bytes of
// data, the 4-way close and a 10 s TIME_WAIT (2·MSL with MSL = 5 s).
struct HandshakeTrace {
    SyntheticTrace b;
    uint64_t lostSyn = 0, retransmittedSyn = 0, synAck = 0, ack = 0, data = 0, dataAck = 0;
    uint64_t clientFin = 0, serverAck = 0, serverFin = 0, lastAck = 0;
    size_t afterLostSynSent = 0; // cursor just after the first SYN left
    size_t afterRetransmitSent = 0;

    HandshakeTrace() {
        using enum TcpState;
        const HostId C = HostId::Client, S = HostId::Server;
        const auto ms = [](int64_t v) { return SimTime::fromMs(v); };
        b.call(ms(0), S, UserCall::Listen);
        b.state(ms(0), S, 1, Closed, Listen);
        b.call(ms(0), C, UserCall::Connect);
        b.state(ms(0), C, 1, Closed, SynSent);
        lostSyn = b.send(ms(0), C, Flag::SYN, 100, 0);
        b.timer(ms(0), C, 1, TimerKind::Retransmit, TimerOp::Set, ms(1000));
        afterLostSynSent = b.size();
        b.drop(ms(50), lostSyn);
        b.timer(ms(1000), C, 1, TimerKind::Retransmit, TimerOp::Fire);
        retransmittedSyn = b.send(ms(1000), C, Flag::SYN, 100, 0, 0, true);
        b.timer(ms(1000), C, 1, TimerKind::Retransmit, TimerOp::Set, ms(3000));
        afterRetransmitSent = b.size();
        b.deliver(ms(1100), retransmittedSyn);
        b.state(ms(1100), S, 2, Listen, SynReceived);
        synAck = b.send(ms(1100), S, Flag::SYN | Flag::ACK, 300, 101);
        b.timer(ms(1100), S, 2, TimerKind::Retransmit, TimerOp::Set, ms(2100));
        b.deliver(ms(1200), synAck);
        b.state(ms(1200), C, 1, SynSent, Established);
        b.timer(ms(1200), C, 1, TimerKind::Retransmit, TimerOp::Cancel);
        ack = b.send(ms(1200), C, Flag::ACK, 101, 301);
        b.deliver(ms(1300), ack);
        b.state(ms(1300), S, 2, SynReceived, Established);
        b.timer(ms(1300), S, 2, TimerKind::Retransmit, TimerOp::Cancel);
        b.call(ms(1300), C, UserCall::Send);
        data = b.send(ms(1300), C, Flag::ACK | Flag::PSH, 101, 301, 10);
        b.timer(ms(1300), C, 1, TimerKind::Retransmit, TimerOp::Set, ms(2300));
        b.deliver(ms(1400), data);
        dataAck = b.send(ms(1400), S, Flag::ACK, 301, 111);
        b.deliver(ms(1500), dataAck);
        b.timer(ms(1500), C, 1, TimerKind::Retransmit, TimerOp::Cancel);
        b.call(ms(2000), C, UserCall::Close);
        b.state(ms(2000), C, 1, Established, FinWait1);
        clientFin = b.send(ms(2000), C, Flag::FIN | Flag::ACK, 111, 301);
        b.timer(ms(2000), C, 1, TimerKind::Retransmit, TimerOp::Set, ms(3000));
        b.deliver(ms(2100), clientFin);
        b.state(ms(2100), S, 2, Established, CloseWait);
        serverAck = b.send(ms(2100), S, Flag::ACK, 301, 112);
        b.deliver(ms(2200), serverAck);
        b.state(ms(2200), C, 1, FinWait1, FinWait2);
        b.timer(ms(2200), C, 1, TimerKind::Retransmit, TimerOp::Cancel);
        b.call(ms(2300), S, UserCall::Close);
        b.state(ms(2300), S, 2, CloseWait, LastAck);
        serverFin = b.send(ms(2300), S, Flag::FIN | Flag::ACK, 301, 112);
        b.timer(ms(2300), S, 2, TimerKind::Retransmit, TimerOp::Set, ms(3300));
        b.deliver(ms(2400), serverFin);
        b.state(ms(2400), C, 1, FinWait2, TimeWait);
        lastAck = b.send(ms(2400), C, Flag::ACK, 112, 302);
        b.timer(ms(2400), C, 1, TimerKind::TimeWait, TimerOp::Set, ms(12400));
        b.deliver(ms(2500), lastAck);
        b.state(ms(2500), S, 2, LastAck, Closed);
        b.timer(ms(12400), C, 1, TimerKind::TimeWait, TimerOp::Fire);
        b.state(ms(12400), C, 1, TimeWait, Closed);
    }
    const Trace& trace() const { return b.trace; }
};

} // namespace hl::test

namespace hl::test {

// A bulk transfer of `count` segments for speed measurements: a handshake, then the client sends
// in bursts of 10 segments 1 ms apart, the server acknowledges each burst, the retransmission
// timer is re-armed per burst; every 7th segment is lost and retransmitted, every 11th duplicated.
inline Trace bulkTrace(size_t count) {
    using enum TcpState;
    SyntheticTrace b;
    const HostId C = HostId::Client, S = HostId::Server;
    const auto ms = [](int64_t v) { return SimTime::fromMs(v); };
    b.state(ms(0), S, 1, Closed, Listen);
    b.state(ms(0), C, 1, Closed, SynSent);
    const uint64_t syn = b.send(ms(0), C, Flag::SYN, 100, 0);
    b.deliver(ms(100), syn);
    b.state(ms(100), S, 2, Listen, SynReceived);
    const uint64_t synAck = b.send(ms(100), S, Flag::SYN | Flag::ACK, 300, 101);
    b.deliver(ms(200), synAck);
    b.state(ms(200), C, 1, SynSent, Established);
    const uint64_t ack = b.send(ms(200), C, Flag::ACK, 101, 301);
    b.deliver(ms(300), ack);
    b.state(ms(300), S, 2, SynReceived, Established);
    uint32_t seq = 101;
    int64_t t = 300;
    size_t sent = 3;
    while (sent < count) {
        b.timer(ms(t), C, 1, TimerKind::Retransmit, TimerOp::Set, ms(t + 1000));
        std::vector<uint64_t> burst;
        for (int i = 0; i < 10 && sent < count; ++i, ++sent) {
            const bool retrans = sent % 7 == 0;
            burst.push_back(b.send(ms(t + i), C, Flag::ACK, seq, 301, 1000, retrans));
            seq += 1000;
        }
        // Arrivals 100 ms later, in order; some lost half-way, some duplicated.
        for (size_t i = 0; i < burst.size(); ++i) {
            if (burst[i] % 7 == 3) b.drop(ms(t + static_cast<int64_t>(i) + 50), burst[i]);
        }
        for (size_t i = 0; i < burst.size(); ++i) {
            if (burst[i] % 7 == 3) continue;
            b.deliver(ms(t + 100 + static_cast<int64_t>(i)), burst[i]);
            if (burst[i] % 11 == 0) b.deliver(ms(t + 100 + static_cast<int64_t>(i)), burst[i]);
        }
        if (sent < count) {
            const uint64_t a = b.send(ms(t + 110), S, Flag::ACK, 301, seq);
            ++sent;
            b.deliver(ms(t + 210), a);
        }
        b.timer(ms(t + 210), C, 1, TimerKind::Retransmit, TimerOp::Cancel);
        t += 220;
    }
    return b.trace;
}

} // namespace hl::test
