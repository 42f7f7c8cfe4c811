// snapshotAt() and stepEnds() on a hand-built trace: the opening of a normal handshake with a
// lost first SYN, written out event by event the way the simulation records it.
#include "core/trace.h"

#include <gtest/gtest.h>

namespace hl {
namespace {

class HandBuilt : public ::testing::Test {
protected:
    uint32_t add(int64_t ms, EventType type, HostId host, uint32_t conn, uint32_t cause) {
        TraceEvent e;
        e.t = SimTime::fromMs(ms);
        e.type = type;
        e.host = host;
        e.conn = conn;
        e.cause = cause;
        trace.events.push_back(e);
        return static_cast<uint32_t>(trace.events.size() - 1);
    }
    uint32_t state(int64_t ms, HostId h, uint32_t conn, TcpState from, TcpState to, Reason r, uint32_t cause) {
        const uint32_t i = add(ms, EventType::State, h, conn, cause);
        trace.events[i].from = from;
        trace.events[i].to = to;
        trace.events[i].reason = r;
        return i;
    }
    uint32_t timer(int64_t ms, HostId h, uint32_t conn, TimerOp op, int64_t dueMs, uint32_t cause) {
        const uint32_t i = add(ms, EventType::Timer, h, conn, cause);
        trace.events[i].timer = TimerKind::Retransmit;
        trace.events[i].op = op;
        trace.events[i].due = SimTime::fromMs(dueMs);
        return i;
    }
    uint32_t send(int64_t ms, HostId h, uint32_t conn, uint32_t cause, std::vector<SegmentCopy> copies) {
        const uint32_t i = add(ms, EventType::Send, h, conn, cause);
        SegmentRecord r;
        r.seg.id = trace.segments.size() + 1;
        r.from = h;
        r.to = peerOf(h);
        r.conn = conn;
        r.sentAt = SimTime::fromMs(ms);
        r.sendEvent = i;
        r.copies = std::move(copies);
        trace.segments.push_back(r);
        trace.events[i].segId = r.seg.id;
        return i;
    }
    uint32_t end(int64_t ms, EventType type, HostId h, uint64_t segId, uint32_t copy) {
        const uint32_t i = add(ms, type, h, 0, kNoEvent);
        trace.events[i].segId = segId;
        trace.events[i].copy = copy;
        trace.segments[segId - 1].copies[copy].endEvent = i;
        return i;
    }

    void SetUp() override {
        using S = TcpState;
        const HostId C = HostId::Client, Sv = HostId::Server;
        // 0 ms: server listens (conn 1 is its listener).
        add(0, EventType::Call, Sv, 0, kNoEvent);                     // 0
        state(0, Sv, 1, S::Closed, S::Listen, Reason::UserListen, 0); // 1
        // 0 ms: client connects; SYN #1 will be lost at 50 ms.
        add(0, EventType::Call, C, 0, kNoEvent);                                         // 2
        state(0, C, 1, S::Closed, S::SynSent, Reason::UserConnect, 2);                   // 3
        send(0, C, 1, 2, {{SimTime::fromMs(50), true, DropCause::Fault, kNoEvent, {}}}); // 4
        timer(0, C, 1, TimerOp::Set, 1000, 2);                                           // 5
        tcb(5, C, 1, 100, 101);
        end(50, EventType::Drop, C, 1, 0); // 6
        // 1000 ms: the RTO fires; SYN #2 resent, will arrive at 1100 ms; the timer re-armed.
        timer(1000, C, 1, TimerOp::Fire, 1000, kNoEvent);                                      // 7
        send(1000, C, 1, 7, {{SimTime::fromMs(1100), false, DropCause::Fault, kNoEvent, {}}}); // 8
        timer(1000, C, 1, TimerOp::Set, 3000, 7);                                              // 9
        tcb(9, C, 1, 100, 101, 1);
        end(1100, EventType::Deliver, Sv, 2, 0);                              // 10
        state(1100, Sv, 2, S::Listen, S::SynReceived, Reason::ListenSyn, 10); // 11
    }

    void tcb(uint32_t after, HostId h, uint32_t conn, uint32_t iss, uint32_t sndNxt, int retries = 0) {
        TcbRecord r;
        r.afterEvent = after;
        r.host = h;
        r.conn = conn;
        r.vars.iss = SeqNum(iss);
        r.vars.sndUna = SeqNum(iss);
        r.vars.sndNxt = SeqNum(sndNxt);
        r.vars.retries = retries;
        trace.tcb.push_back(r);
    }

    Trace trace;
};

TEST_F(HandBuilt, CursorZeroIsTheEmptyStart) {
    Snapshot s = snapshotAt(trace, 0);
    EXPECT_EQ(s.cursor, 0u);
    EXPECT_EQ(s.t, SimTime{});
    EXPECT_TRUE(s.conns.empty());
    EXPECT_TRUE(s.inFlight.empty());
    EXPECT_EQ(s.primary(HostId::Client), nullptr);
}

TEST_F(HandBuilt, AfterConnectTheSynIsInFlightAndWillBeLost) {
    Snapshot s = snapshotAt(trace, 6);
    const ConnSnapshot* c = s.find(HostId::Client, 1);
    ASSERT_NE(c, nullptr);
    EXPECT_TRUE(c->exists);
    EXPECT_FALSE(c->listener);
    EXPECT_EQ(c->state, TcpState::SynSent);
    EXPECT_EQ(c->previous, TcpState::Closed);
    EXPECT_EQ(c->lastReason, Reason::UserConnect);
    EXPECT_EQ(c->lastChangeEvent, 3u);
    ASSERT_EQ(c->timers.size(), 1u);
    EXPECT_EQ(c->timers[0].kind, TimerKind::Retransmit);
    EXPECT_EQ(c->timers[0].armedAt, SimTime{});
    EXPECT_EQ(c->timers[0].due, SimTime::fromMs(1000));
    EXPECT_EQ(c->tcb.iss, SeqNum(100));
    ASSERT_EQ(s.inFlight.size(), 1u);
    EXPECT_EQ(s.inFlight[0].segId, 1u);
    EXPECT_EQ(s.inFlight[0].copy, 0u);
    EXPECT_EQ(s.inFlight[0].sentAt, SimTime{});
    EXPECT_EQ(s.inFlight[0].endsAt, SimTime::fromMs(50));
    EXPECT_TRUE(s.inFlight[0].lost);
}

TEST_F(HandBuilt, TcbVarsAppearOnlyOnceTheirStepIsComplete) {
    // The record written after event 5 is not visible at cursor 5 (events 0..4 applied).
    EXPECT_EQ(snapshotAt(trace, 5).find(HostId::Client, 1)->tcb.iss, SeqNum(0));
    EXPECT_EQ(snapshotAt(trace, 6).find(HostId::Client, 1)->tcb.iss, SeqNum(100));
    EXPECT_EQ(snapshotAt(trace, 9).find(HostId::Client, 1)->tcb.retries, 0);
    EXPECT_EQ(snapshotAt(trace, 10).find(HostId::Client, 1)->tcb.retries, 1);
}

TEST_F(HandBuilt, AfterTheDropNothingIsInFlight) {
    Snapshot s = snapshotAt(trace, 7);
    EXPECT_EQ(s.t, SimTime::fromMs(50));
    EXPECT_TRUE(s.inFlight.empty());
}

TEST_F(HandBuilt, TimerFiredThenRearmedShowsTheNewDue) {
    Snapshot fired = snapshotAt(trace, 8); // the Fire applied, the new Set not yet
    EXPECT_TRUE(fired.find(HostId::Client, 1)->timers.empty());
    Snapshot rearmed = snapshotAt(trace, 10);
    const auto& timers = rearmed.find(HostId::Client, 1)->timers;
    ASSERT_EQ(timers.size(), 1u);
    EXPECT_EQ(timers[0].armedAt, SimTime::fromMs(1000));
    EXPECT_EQ(timers[0].due, SimTime::fromMs(3000));
    ASSERT_EQ(rearmed.inFlight.size(), 1u);
    EXPECT_EQ(rearmed.inFlight[0].segId, 2u);
    EXPECT_FALSE(rearmed.inFlight[0].lost);
}

TEST_F(HandBuilt, ListenerAndPrimaryConnection) {
    Snapshot s = snapshotAt(trace, trace.events.size());
    const ConnSnapshot* listener = s.find(HostId::Server, 1);
    ASSERT_NE(listener, nullptr);
    EXPECT_TRUE(listener->listener);
    EXPECT_EQ(listener->state, TcpState::Listen);
    const ConnSnapshot* child = s.find(HostId::Server, 2);
    ASSERT_NE(child, nullptr);
    EXPECT_FALSE(child->listener);
    EXPECT_EQ(child->previous, TcpState::Listen);
    EXPECT_EQ(child->state, TcpState::SynReceived);
    // The view shows the newest non-listener connection, else the listener.
    EXPECT_EQ(s.primary(HostId::Server), child);
    // Before the SYN arrived the server had only its listener.
    const Snapshot early = snapshotAt(trace, 10);
    ASSERT_NE(early.primary(HostId::Server), nullptr);
    EXPECT_EQ(early.primary(HostId::Server)->conn, 1u);
    EXPECT_EQ(s.primary(HostId::Client)->conn, 1u);
    // Connections are listed host (client first) then id.
    ASSERT_EQ(s.conns.size(), 3u);
    EXPECT_EQ(s.conns[0].host, HostId::Client);
    EXPECT_EQ(s.conns[1].conn, 1u);
    EXPECT_EQ(s.conns[2].conn, 2u);
}

TEST_F(HandBuilt, ClosedConnectionNoLongerExistsAndLosesItsTimers) {
    const uint32_t call = add(1200, EventType::Call, HostId::Client, 1, kNoEvent);
    state(1200, HostId::Client, 1, TcpState::SynSent, TcpState::Closed, Reason::UserCloseSynSent, call);
    Snapshot s = snapshotAt(trace, trace.events.size());
    const ConnSnapshot* c = s.find(HostId::Client, 1);
    ASSERT_NE(c, nullptr);
    EXPECT_FALSE(c->exists);
    EXPECT_EQ(c->state, TcpState::Closed);
    EXPECT_EQ(c->previous, TcpState::SynSent);
    EXPECT_TRUE(c->timers.empty());
}

TEST_F(HandBuilt, ChildResetBackToListenIsHandedToTheListener) {
    // RFC 9293 §3.10.7.4: a RST in SYN_RECEIVED of a passive open returns to LISTEN; the host
    // deletes the child and its listener carries on.
    timer(1100, HostId::Server, 2, TimerOp::Set, 2100, 10);
    const uint32_t rst = add(1200, EventType::Deliver, HostId::Server, 0, kNoEvent);
    state(1200, HostId::Server, 2, TcpState::SynReceived, TcpState::Listen, Reason::RstSynReceivedToListen, rst);
    EXPECT_EQ(snapshotAt(trace, rst).find(HostId::Server, 2)->timers.size(), 1u);
    Snapshot s = snapshotAt(trace, trace.events.size());
    const ConnSnapshot* child = s.find(HostId::Server, 2);
    ASSERT_NE(child, nullptr);
    EXPECT_EQ(child->state, TcpState::Listen);
    EXPECT_EQ(child->previous, TcpState::SynReceived);
    EXPECT_FALSE(child->exists);
    EXPECT_FALSE(child->listener);
    EXPECT_TRUE(child->timers.empty());
    EXPECT_TRUE(s.find(HostId::Server, 1)->exists);
}

TEST_F(HandBuilt, CursorBeyondTheEndIsClamped) {
    Snapshot s = snapshotAt(trace, 1000);
    EXPECT_EQ(s.cursor, trace.events.size());
    EXPECT_EQ(s.t, SimTime::fromMs(1100));
}

TEST_F(HandBuilt, StepEndsFollowTheRootEvents) {
    // Roots: 0 (listen), 2 (connect), 6 (drop), 7 (fire), 10 (deliver).
    EXPECT_EQ(stepEnds(trace), (std::vector<size_t>{2, 6, 7, 10, 12}));
    EXPECT_TRUE(stepEnds(Trace{}).empty());
}

TEST(TraceInFlight, DuplicateCopiesAreListedSeparately) {
    Trace t;
    TraceEvent send;
    send.type = EventType::Send;
    send.segId = 1;
    t.events.push_back(send);
    SegmentRecord r;
    r.seg.id = 1;
    r.sendEvent = 0;
    r.copies = {{SimTime::fromMs(100), false, DropCause::Fault, kNoEvent, {}},
                {SimTime::fromMs(150), false, DropCause::Fault, kNoEvent, {}}};
    t.segments.push_back(r);
    TraceEvent first;
    first.t = SimTime::fromMs(100);
    first.type = EventType::Deliver;
    first.segId = 1;
    t.events.push_back(first);
    t.segments[0].copies[0].endEvent = 1;

    Snapshot before = snapshotAt(t, 1);
    ASSERT_EQ(before.inFlight.size(), 2u);
    EXPECT_EQ(before.inFlight[1].copy, 1u);
    EXPECT_EQ(before.inFlight[1].endsAt, SimTime::fromMs(150));
    Snapshot after = snapshotAt(t, 2);
    ASSERT_EQ(after.inFlight.size(), 1u); // the duplicate, never delivered in this trace
    EXPECT_EQ(after.inFlight[0].copy, 1u);
}

} // namespace
} // namespace hl
