#include "core/capture_lesson.h"

#include "core/channel.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace hl {

Scenario lessonFromCapture(const InferredConnection& c, const std::string& id, Profile profile) {
    const Trace& trace = c.trace;
    Scenario s;
    s.id = id;
    s.title = LocalizedText{id, id};
    s.profile = profile;
    s.client.port = c.clientPort;
    s.server.port = c.serverPort;
    // Each way a segment crosses both legs, client to tap and tap to server; on a loopback
    // capture the two delays are the two directions' latencies.
    const SimDuration oneWay = c.clientDelay + c.serverDelay;
    s.latency = c.vantage == Vantage::Loopback ? Latency{c.clientDelay, c.serverDelay} : Latency{oneWay, oneWay};
    s.until = trace.end + 5_s;

    const auto action = [&](SimTime at, ActionKind kind, HostId host, uint32_t bytes = 0) {
        Action a;
        a.at = at;
        a.kind = kind;
        a.host = host;
        a.bytes = bytes;
        s.actions.push_back(a);
    };
    // The listener, from the inferred LISTEN.
    for (const TraceEvent& e : trace.events)
        if (e.type == EventType::State && e.to == TcpState::Listen && e.from == TcpState::Closed)
            action(e.t, ActionKind::Listen, e.host);

    // Per sender and kind of segment (flags, data or not): how many were sent, for the faults' nth.
    std::map<std::tuple<HostId, uint8_t, bool>, uint32_t> counts;
    std::map<std::tuple<HostId, uint32_t>, uint32_t> firstNth; // (sender, seq) -> nth of its first copy
    for (const SegmentRecord& rec : trace.segments) {
        const Segment& g = rec.seg;
        const Flags f = g.flags;
        const auto key = std::make_tuple(rec.from, faultFlags(f).bits(), g.len > 0);
        const uint32_t nth = ++counts[key];
        if (rec.retransmission) {
            // The first copy must have been lost (or its answer was): drop it in the lesson.
            const auto first = firstNth.find({rec.from, g.seq.value()});
            if (first != firstNth.end()) {
                Fault fault;
                fault.drop = true;
                fault.match.from = rec.from;
                fault.match.flags = faultFlags(f);
                fault.match.hasData = g.len > 0;
                fault.match.nth = first->second;
                if (std::find(s.faults.begin(), s.faults.end(), fault) == s.faults.end()) s.faults.push_back(fault);
                firstNth.erase(first);
            }
            continue;
        }
        firstNth[{rec.from, g.seq.value()}] = nth;
        if (f.has(Flag::SYN) && !f.has(Flag::ACK)) {
            (rec.from == HostId::Client ? s.client : s.server).isn = g.seq.value();
            action(rec.sentAt, ActionKind::Connect, rec.from);
            continue;
        }
        if (f.has(Flag::SYN)) (rec.from == HostId::Client ? s.client : s.server).isn = g.seq.value();
        if (f.has(Flag::RST)) {
            if (rec.senderState != TcpState::Closed && rec.senderState != TcpState::Listen)
                action(rec.sentAt, ActionKind::Abort, rec.from);
            continue;
        }
        if (g.len > 0) action(rec.sentAt, ActionKind::Send, rec.from, g.len);
        if (f.has(Flag::FIN)) action(rec.sentAt, ActionKind::Close, rec.from);
    }
    return s;
}

} // namespace hl
