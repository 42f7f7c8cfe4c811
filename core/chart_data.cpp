#include "core/chart_data.h"

#include "core/diagram_model.h"

#include <map>
#include <set>
#include <utility>

namespace hl {

namespace {

SegmentMark markOf(const SegmentRecord& r) {
    const bool lost = !r.copies.empty() && r.copies.front().lost;
    if (lost) return SegmentMark::Lost;
    if (r.retransmission) return SegmentMark::Retransmission;
    if (r.copies.size() > 1) return SegmentMark::Duplicated;
    return SegmentMark::Normal;
}

// The initial send sequence number of each of the sender's connections: its TCB's ISS (the
// numbers the segment inspector shows), from the connection's first TCB record.
std::map<uint32_t, SeqNum> issByConnection(const Trace& trace, HostId sender) {
    std::map<uint32_t, SeqNum> iss;
    for (const TcbRecord& r : trace.tcb)
        if (r.host == sender) iss.emplace(r.conn, r.vars.iss);
    return iss;
}

// Without a TCB (a host-level reply, a trace without records): its first SYN (RFC 9293 §3.4: the
// ISN is the SYN's sequence number), else the first segment it sent, so that the numbers start
// near zero anyway.
bool firstIsn(const Trace& trace, HostId sender, uint32_t* isn) {
    const SegmentRecord* first = nullptr;
    for (const SegmentRecord& r : trace.segments) {
        if (r.injected || r.from != sender) continue;
        if (r.seg.flags.has(Flag::SYN)) {
            *isn = r.seg.seq.value();
            return true;
        }
        if (!first) first = &r;
    }
    if (!first) return false;
    *isn = first->seg.seq.value();
    return true;
}

} // namespace

SeqDirection buildSeqDirection(const Trace& trace, HostId sender) {
    SeqDirection d;
    d.sender = sender;
    d.hasIsn = firstIsn(trace, sender, &d.isn);
    if (!d.hasIsn) return d;
    // Each segment is placed relative to its own connection's ISS; a peer's ACK relative to the
    // ISS of the sender's connection on the same port pair that sent last before it.
    const std::map<uint32_t, SeqNum> iss = issByConnection(trace, sender);
    std::map<std::pair<uint16_t, uint16_t>, uint32_t> connOfPorts; // (sender port, peer port)
    const auto issOf = [&](uint32_t conn) {
        const auto it = iss.find(conn);
        return it != iss.end() ? it->second : SeqNum(d.isn);
    };
    for (const SegmentRecord& r : trace.segments) {
        if (r.injected) continue;
        if (r.from == sender) {
            connOfPorts[{r.seg.srcPort, r.seg.dstPort}] = r.conn;
            d.segments.push_back({r.sentAt, static_cast<int64_t>(r.seg.seq - issOf(r.conn)), r.seg.segLen(), markOf(r),
                                  r.seg.id, r.sendEvent});
        } else if (r.seg.flags.has(Flag::ACK)) {
            // RFC 9293 §3.4: SEG.ACK is the next sequence number the peer expects from the sender.
            const auto it = connOfPorts.find({r.seg.dstPort, r.seg.srcPort});
            const SeqNum base = it != connOfPorts.end() ? issOf(it->second) : SeqNum(d.isn);
            d.acks.push_back({r.sentAt, static_cast<int64_t>(r.seg.ack - base), r.seg.id, r.sendEvent});
        }
    }
    return d;
}

std::vector<StateSpan> buildStateSpans(const Trace& trace) { return buildStateSpans(trace, buildDiagramModel(trace)); }

std::vector<StateSpan> buildStateSpans(const Trace& trace, const DiagramModel& model) {
    std::vector<StateSpan> spans;
    spans.reserve(model.bands.size());
    for (const DiagramBand& b : model.bands) {
        // The diagram adds a short tail after the last event; a chart stops at the trace's end.
        const SimTime to = std::min(b.to, std::max(trace.end, b.from));
        spans.push_back({b.host, b.state, b.from, to, b.event});
    }
    return spans;
}

RtoSeries buildRtoSeries(const Trace& trace) { return buildRtoSeries(trace, buildDiagramModel(trace)); }

RtoSeries buildRtoSeries(const Trace& trace, const DiagramModel& model) {
    RtoSeries s;
    using Key = std::pair<HostId, uint32_t>;
    std::map<Key, size_t> lastOf; // per connection: the index of its latest attempt
    for (const DiagramTimer& t : model.timers) {
        if (t.kind != TimerKind::Retransmit) continue;
        const Key key{t.host, t.conn};
        RtoAttempt a;
        a.host = t.host;
        a.conn = t.conn;
        a.armedAt = t.from;
        a.rto = t.due - t.from;
        a.endedAt = t.to;
        a.fired = t.end == TimerEnd::Fired;
        a.event = t.setEvent;
        // RFC 6298 §5.5: an expiry backs the timer off; the arming after it is the next attempt.
        // After a cancellation (everything acknowledged) a new run starts at attempt 1.
        const auto prev = lastOf.find(key);
        const bool continues = prev != lastOf.end() && s.attempts[prev->second].fired;
        a.attempt = continues ? s.attempts[prev->second].attempt + 1 : 1;
        lastOf[key] = s.attempts.size();
        s.attempts.push_back(a);
    }
    std::set<Key> gaveUp;
    for (size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent& e = trace.events[i];
        if (!isGiveUp(e.reason)) continue;
        const Key key{e.host, e.conn};
        if (!gaveUp.insert(key).second) continue; // one give-up per connection (its state change and notice share it)
        RtoGiveUp g{e.host, e.conn, e.t, SimDuration(), e.reason, static_cast<uint32_t>(i)};
        for (const RtoAttempt& a : s.attempts)
            if (a.host == e.host && a.conn == e.conn && a.armedAt <= e.t) g.lastRto = a.rto;
        s.giveUps.push_back(g);
    }
    return s;
}

TimeUnit timeUnitFor(SimTime span) {
    TimeUnit u;
    // Up to 3 s the steps of a handshake (100 ms trips) read best in milliseconds.
    if (span > SimTime::fromSeconds(3)) {
        u.seconds = true;
        u.perUs = 1e-6;
    }
    return u;
}

} // namespace hl
