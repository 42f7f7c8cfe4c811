#pragma once
// Helpers for the simulation tests: the worked-example setting of docs/tcp-rules.md (teach profile,
// one-way delay 100 ms, client ISS 100 on port 50000, server ISS 300 on port 80) and small
// queries over a trace. Inline: included by several test files.
#include "core/simulation.h"
#include "core/trace.h"
#include "tests/action_at.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hl::test {

inline Scenario workedExample() {
    Scenario s;
    s.id = "test";
    s.profile = Profile::Teach;
    s.seed = 7;
    s.latency = Latency{100_ms, 100_ms};
    s.until = SimTime::fromSeconds(60);
    s.client = HostConfig{50000, 100u, {}};
    s.server = HostConfig{80, 300u, {}};
    return s;
}

// listen at 0 on the server, connect at 0 on the client.
inline Scenario handshakeLesson() {
    Scenario s = workedExample();
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect)};
    return s;
}

inline Fault dropFault(FaultMatch m) {
    Fault f;
    f.match = m;
    f.drop = true;
    return f;
}

inline SimTime ms(int64_t v) { return SimTime::fromMs(v); }

// The segments `from` sent (not injected), in send order.
inline std::vector<const SegmentRecord*> sentBy(const Trace& t, HostId from) {
    std::vector<const SegmentRecord*> out;
    for (const SegmentRecord& r : t.segments)
        if (r.from == from && !r.injected) out.push_back(&r);
    return out;
}

// The State events of a host, in trace order.
inline std::vector<const TraceEvent*> statesOf(const Trace& t, HostId h) {
    std::vector<const TraceEvent*> out;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::State && e.host == h) out.push_back(&e);
    return out;
}

// The first time host `h` entered state `to` (any connection); -1 if never.
inline int64_t enteredAtUs(const Trace& t, HostId h, TcpState to, int nth = 1) {
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::State && e.host == h && e.to == to && --nth == 0) return e.t.us();
    return -1;
}

inline int countEvents(const Trace& t, EventType type, HostId h) {
    int n = 0;
    for (const TraceEvent& e : t.events)
        if (e.type == type && e.host == h) ++n;
    return n;
}

inline std::vector<const TraceEvent*> notifiesOf(const Trace& t, HostId h, NotifyEvent what) {
    std::vector<const TraceEvent*> out;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::Notify && e.host == h && e.notify == what) out.push_back(&e);
    return out;
}

// Asserts one segment's header, time and origin.
inline void expectSegment(const SegmentRecord* r, int64_t sentMs, Flags flags, uint32_t seq, uint32_t ack,
                          uint32_t len = 0) {
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->sentAt, SimTime::fromMs(sentMs)) << "segment " << r->seg.id;
    EXPECT_EQ(flagsToString(r->seg.flags.without(Flag::PSH)), flagsToString(flags)) << "segment " << r->seg.id;
    EXPECT_EQ(r->seg.seq.value(), seq) << "segment " << r->seg.id;
    if (flags.has(Flag::ACK)) {
        EXPECT_EQ(r->seg.ack.value(), ack) << "segment " << r->seg.id;
    }
    EXPECT_EQ(r->seg.len, len) << "segment " << r->seg.id;
}

// Index of the first event of `type` at host `h` from `start` on; npos if none.
inline size_t findEvent(const Trace& t, EventType type, HostId h, size_t start = 0) {
    for (size_t i = start; i < t.events.size(); ++i)
        if (t.events[i].type == type && t.events[i].host == h) return i;
    return std::string::npos;
}

} // namespace hl::test
