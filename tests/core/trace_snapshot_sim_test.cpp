// snapshotAt() and stepEnds() on a simulated 4-way close (docs/tcp-rules.md worked example): what the
// views see at several cursors.
#include "sim_test_support.h"

namespace hl {
namespace {

using namespace hl::test;
constexpr HostId C = HostId::Client;
constexpr HostId S = HostId::Server;

Trace fourWay() {
    Scenario sc = handshakeLesson();
    sc.actions.push_back(actionAt(10000, C, ActionKind::Close));
    sc.actions.push_back(actionAt(11000, S, ActionKind::Close));
    return simulate(sc);
}

// The cursor after the last step that happens at or before `ms`.
size_t cursorAt(const Trace& t, int64_t msTime) {
    size_t cursor = 0;
    for (size_t end : stepEnds(t))
        if (t.events[end - 1].t <= ms(msTime)) cursor = end;
    return cursor;
}

TEST(SnapshotSim, StepEndsSplitTheTraceAtRootEvents) {
    const Trace t = fourWay();
    const auto ends = stepEnds(t);
    ASSERT_FALSE(ends.empty());
    EXPECT_EQ(ends.back(), t.events.size());
    size_t start = 0;
    for (size_t end : ends) {
        ASSERT_LT(start, end);
        EXPECT_EQ(t.events[start].cause, kNoEvent); // each step starts with its root
        for (size_t i = start + 1; i < end; ++i) EXPECT_EQ(t.events[i].cause, start);
        start = end;
    }
}

TEST(SnapshotSim, MidHandshake) {
    const Trace t = fourWay();
    // At 0.1 s the server has answered: SYN_RECEIVED, its SYN,ACK on the wire, its RTO armed.
    const Snapshot s = snapshotAt(t, cursorAt(t, 100));
    EXPECT_EQ(s.t, ms(100));
    ASSERT_NE(s.primary(C), nullptr);
    ASSERT_NE(s.primary(S), nullptr);
    EXPECT_EQ(s.primary(C)->state, TcpState::SynSent);
    EXPECT_EQ(s.primary(S)->state, TcpState::SynReceived);
    EXPECT_FALSE(s.primary(S)->listener);
    ASSERT_EQ(s.inFlight.size(), 1u);
    EXPECT_EQ(s.inFlight[0].segId, 2u);
    EXPECT_EQ(s.inFlight[0].sentAt, ms(100));
    EXPECT_EQ(s.inFlight[0].endsAt, ms(200));
    ASSERT_EQ(s.primary(S)->timers.size(), 1u);
    EXPECT_EQ(s.primary(S)->timers[0].kind, TimerKind::Retransmit);
    EXPECT_EQ(s.primary(S)->timers[0].due, ms(1100)); // RFC 6298 (2.1): RTO 1 s
    // RFC 9293 §3.10.7.2: the SYN set IRS = 100 and RCV.NXT = 101; ISS = 300 was sent.
    EXPECT_EQ(s.primary(S)->tcb.irs, SeqNum(100));
    EXPECT_EQ(s.primary(S)->tcb.rcvNxt, SeqNum(101));
    EXPECT_EQ(s.primary(S)->tcb.sndNxt, SeqNum(301));
    EXPECT_EQ(s.primary(S)->tcb.sndUna, SeqNum(300));
}

TEST(SnapshotSim, AfterTheClientsFin) {
    const Trace t = fourWay();
    const Snapshot s = snapshotAt(t, cursorAt(t, 10000));
    const ConnSnapshot* c = s.primary(C);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->state, TcpState::FinWait1);
    EXPECT_EQ(c->previous, TcpState::Established);
    EXPECT_EQ(c->tcb.sndNxt, SeqNum(102)); // the FIN took one sequence number
    EXPECT_EQ(c->tcb.sndUna, SeqNum(101));
    ASSERT_EQ(s.inFlight.size(), 1u);
    EXPECT_EQ(t.segment(s.inFlight[0].segId)->seg.flags, Flag::FIN | Flag::ACK);
    EXPECT_FALSE(s.inFlight[0].lost);
    EXPECT_EQ(s.primary(S)->state, TcpState::Established);
}

TEST(SnapshotSim, InTimeWait) {
    const Trace t = fourWay();
    const Snapshot s = snapshotAt(t, cursorAt(t, 15000));
    const ConnSnapshot* c = s.primary(C);
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->state, TcpState::TimeWait);
    EXPECT_TRUE(c->exists);
    ASSERT_EQ(c->timers.size(), 1u);
    EXPECT_EQ(c->timers[0].kind, TimerKind::TimeWait);
    EXPECT_EQ(c->timers[0].armedAt, ms(11100));
    EXPECT_EQ(c->timers[0].due, ms(21100)); // 2·MSL, teach MSL 5 s
    // The server's connection is gone, its listener is still there.
    const ConnSnapshot* server = s.primary(S);
    ASSERT_NE(server, nullptr);
    EXPECT_EQ(server->state, TcpState::Closed);
    EXPECT_FALSE(server->exists);
    EXPECT_EQ(server->previous, TcpState::LastAck);
    bool listenerAlive = false;
    for (const ConnSnapshot& cs : s.conns) listenerAlive |= cs.host == S && cs.listener && cs.exists;
    EXPECT_TRUE(listenerAlive);
    EXPECT_TRUE(s.inFlight.empty());
}

TEST(SnapshotSim, AtTheEnd) {
    const Trace t = fourWay();
    const Snapshot s = snapshotAt(t, t.events.size());
    EXPECT_EQ(s.t, ms(21100));
    EXPECT_EQ(s.primary(C)->state, TcpState::Closed);
    EXPECT_EQ(s.primary(C)->previous, TcpState::TimeWait);
    EXPECT_TRUE(s.primary(C)->timers.empty());
}

} // namespace
} // namespace hl
