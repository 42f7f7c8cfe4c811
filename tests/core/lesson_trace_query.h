#pragma once
// Small read-only queries over a Trace for the lesson tests: which segments a host sent, when it
// entered a state, what it told its application. Times are in milliseconds (the lessons use whole
// milliseconds), so expectations read like the worked examples of docs/tcp-rules.md.
#include "core/builtin_lessons.h"
#include "core/simulation.h"
#include "core/trace.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

namespace hl::lessontest {

inline double ms(SimTime t) { return static_cast<double>(t.us()) / 1000.0; }

// One segment as a test states it. Flags exclude PSH (a data segment may or may not carry it).
struct Seg {
    double tMs = 0;
    std::string flags;
    uint32_t seq = 0;
    uint32_t ack = 0;
    uint32_t len = 0;
    bool retransmission = false;
    bool operator==(const Seg&) const = default;
};

inline void PrintTo(const Seg& s, std::ostream* os) {
    *os << "{" << s.tMs << " ms " << s.flags << " seq=" << s.seq << " ack=" << s.ack << " len=" << s.len
        << (s.retransmission ? " rtx" : "") << "}";
}

inline Seg toSeg(const SegmentRecord& r) {
    const Flags f = r.seg.flags.without(Flag::PSH);
    return Seg{ms(r.sentAt), flagsToString(f), r.seg.seq.value(), f.has(Flag::ACK) ? r.seg.ack.value() : 0u,
               r.seg.len,    r.retransmission};
}

// Every segment `host` put on the wire (injected ones excluded), in send order.
inline std::vector<Seg> sentBy(const Trace& t, HostId host) {
    std::vector<Seg> out;
    for (const SegmentRecord& r : t.segments)
        if (!r.injected && r.from == host) out.push_back(toSeg(r));
    return out;
}

// Those among them with exactly these flags ("FIN,ACK", "ACK", ...; PSH ignored).
inline std::vector<Seg> sentBy(const Trace& t, HostId host, const std::string& flags) {
    std::vector<Seg> out;
    for (const Seg& s : sentBy(t, host))
        if (s.flags == flags) out.push_back(s);
    return out;
}

// Pure ACKs (flag ACK only, no data) sent by `host`.
inline std::vector<Seg> pureAcksBy(const Trace& t, HostId host) {
    std::vector<Seg> out;
    for (const Seg& s : sentBy(t, host, "ACK"))
        if (s.len == 0) out.push_back(s);
    return out;
}

// Times (ms) at which any connection of `host` entered `state`.
inline std::vector<double> entered(const Trace& t, HostId host, TcpState state) {
    std::vector<double> out;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::State && e.host == host && e.to == state) out.push_back(ms(e.t));
    return out;
}

// Times (ms) at which any connection of `host` left `state`.
inline std::vector<double> left(const Trace& t, HostId host, TcpState state) {
    std::vector<double> out;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::State && e.host == host && e.from == state) out.push_back(ms(e.t));
    return out;
}

// Data segments (len > 0) sent by `host`.
inline std::vector<Seg> dataBy(const Trace& t, HostId host) {
    std::vector<Seg> out;
    for (const Seg& s : sentBy(t, host))
        if (s.len > 0) out.push_back(s);
    return out;
}

// Send times (ms) of a list of segments.
inline std::vector<double> times(const std::vector<Seg>& segs) {
    std::vector<double> out;
    for (const Seg& s : segs) out.push_back(s.tMs);
    return out;
}

// Times (ms) at which `host` told its application `what`.
inline std::vector<double> notified(const Trace& t, HostId host, NotifyEvent what) {
    std::vector<double> out;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::Notify && e.host == host && e.notify == what) out.push_back(ms(e.t));
    return out;
}

// Bytes delivered to `host`'s application, in total.
inline uint64_t bytesDelivered(const Trace& t, HostId host) {
    uint64_t n = 0;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::Notify && e.host == host && e.notify == NotifyEvent::Data) n += e.bytes;
    return n;
}

// (set time, due time) of every arming of `kind` on `host`, in ms.
inline std::vector<std::pair<double, double>> timerSets(const Trace& t, HostId host, TimerKind kind) {
    std::vector<std::pair<double, double>> out;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::Timer && e.host == host && e.timer == kind && e.op == TimerOp::Set)
            out.emplace_back(ms(e.t), ms(e.due));
    return out;
}

// Number of state changes of `host`, all connections.
inline size_t stateChanges(const Trace& t, HostId host) {
    size_t n = 0;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::State && e.host == host) ++n;
    return n;
}

// The built-in lesson `id`, simulated. Fails the test (and returns an empty trace) if it is missing.
inline Trace runLesson(const std::string& id) {
    const Scenario* s = findBuiltinLesson(id);
    if (!s) {
        ADD_FAILURE() << "no built-in lesson " << id;
        return {};
    }
    return simulate(*s);
}

} // namespace hl::lessontest
