// The simulation's tie-break (docs/trace-format.md): at equal times segment arrivals first (in send
// order), then timer expiries (in arming order), then user actions (in file order); expiries of
// timers that were re-armed or cancelled are ignored; `until` stops the run.
#include "sim_test_support.h"

namespace hl {
namespace {

using namespace hl::test;
constexpr HostId C = HostId::Client;
constexpr HostId S = HostId::Server;

size_t findCall(const Trace& t, HostId h, UserCall call) {
    for (size_t i = 0; i < t.events.size(); ++i)
        if (t.events[i].type == EventType::Call && t.events[i].host == h && t.events[i].call == call) return i;
    return std::string::npos;
}

TEST(SimulationOrder, UserActionsAtEqualTimesRunInFileOrder) {
    Scenario a = workedExample();
    a.actions = {actionAt(0, C, ActionKind::Connect), actionAt(0, S, ActionKind::Listen)};
    const Trace ta = simulate(a);
    EXPECT_LT(findCall(ta, C, UserCall::Connect), findCall(ta, S, UserCall::Listen));
    Scenario b = workedExample();
    b.actions = {actionAt(0, S, ActionKind::Listen), actionAt(0, C, ActionKind::Connect)};
    const Trace tb = simulate(b);
    EXPECT_LT(findCall(tb, S, UserCall::Listen), findCall(tb, C, UserCall::Connect));
}

TEST(SimulationOrder, ArrivalBeforeUserActionAtTheSameTime) {
    // The SYN reaches the server at 100 ms, the very instant the server calls listen(). The
    // arrival is handled first, so it finds no listener: RFC 9293 §3.10.7.1 -> RST,ACK.
    Scenario sc = workedExample();
    sc.actions = {actionAt(0, C, ActionKind::Connect), actionAt(100, S, ActionKind::Listen)};
    const Trace t = simulate(sc);
    const size_t deliver = findEvent(t, EventType::Deliver, S);
    const size_t listen = findCall(t, S, UserCall::Listen);
    ASSERT_NE(deliver, std::string::npos);
    ASSERT_NE(listen, std::string::npos);
    EXPECT_EQ(t.events[deliver].t, t.events[listen].t);
    EXPECT_LT(deliver, listen);
    const auto s = sentBy(t, S);
    ASSERT_FALSE(s.empty());
    EXPECT_TRUE(s[0]->seg.flags.has(Flag::RST));
    EXPECT_EQ(notifiesOf(t, C, NotifyEvent::Refused).size(), 1u);
}

TEST(SimulationOrder, TimerBeforeUserActionAtTheSameTime) {
    // The SYN is lost; the RTO expires at 1.0 s, when the app also calls close(). The expiry
    // runs first, so the SYN is resent before the close deletes the connection.
    Scenario sc = handshakeLesson();
    FaultMatch syn;
    syn.flags = Flags(Flag::SYN);
    syn.nth = 1;
    sc.faults = {dropFault(syn)};
    sc.actions.push_back(actionAt(1000, C, ActionKind::Close));
    const Trace t = simulate(sc);
    size_t fire = std::string::npos;
    for (size_t i = 0; i < t.events.size(); ++i)
        if (t.events[i].type == EventType::Timer && t.events[i].op == TimerOp::Fire) {
            fire = i;
            break;
        }
    const size_t close = findCall(t, C, UserCall::Close);
    ASSERT_NE(fire, std::string::npos);
    ASSERT_NE(close, std::string::npos);
    EXPECT_EQ(t.events[fire].t, ms(1000));
    EXPECT_EQ(t.events[close].t, ms(1000));
    EXPECT_LT(fire, close);
    const auto c = sentBy(t, C);
    ASSERT_GE(c.size(), 2u);
    EXPECT_TRUE(c[1]->retransmission);
    EXPECT_EQ(c[1]->sentAt, ms(1000));
    // RFC 9293 §3.10.4: close in SYN_SENT deletes the TCB.
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Closed), 1000000);
}

TEST(SimulationOrder, ArrivalBeforeTimerAndTheStaleExpiryIsIgnored) {
    // The SYN is held 800 ms, so the SYN,ACK reaches the client at exactly 1.0 s, when its RTO
    // is due. The arrival goes first: the client is ESTABLISHED, the timer stopped, and the
    // expiry at 1.0 s is stale: no Fire, no retransmitted SYN.
    Scenario sc = handshakeLesson();
    Fault hold;
    hold.match.flags = Flags(Flag::SYN);
    hold.delay = ms(800);
    sc.faults = {hold};
    const Trace t = simulate(sc);
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Established), 1000000);
    for (const TraceEvent& e : t.events) EXPECT_FALSE(e.type == EventType::Timer && e.op == TimerOp::Fire);
    EXPECT_EQ(sentBy(t, C).size(), 2u); // SYN and ACK only
}

TEST(SimulationOrder, ArrivalsAtEqualTimesInSendOrder) {
    // Both close at 10.0 s: the client's FIN (listed first, so sent first) reaches the server at
    // 10.1 s, the server's FIN reaches the client at 10.1 s; the lower segment id goes first.
    Scenario sc = handshakeLesson();
    sc.actions.push_back(actionAt(10000, C, ActionKind::Close));
    sc.actions.push_back(actionAt(10000, S, ActionKind::Close));
    const Trace t = simulate(sc);
    std::vector<uint64_t> delivered;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::Deliver && e.t == ms(10100)) delivered.push_back(e.segId);
    ASSERT_EQ(delivered.size(), 2u);
    EXPECT_LT(delivered[0], delivered[1]);
    EXPECT_EQ(t.segment(delivered[0])->from, C);
}

TEST(SimulationOrder, TimersAtEqualTimesInArmingOrder) {
    // Simultaneous close: both TIME_WAIT timers are due at 20.2 s; they fire in the order set.
    Scenario sc = handshakeLesson();
    sc.actions.push_back(actionAt(10000, C, ActionKind::Close));
    sc.actions.push_back(actionAt(10000, S, ActionKind::Close));
    const Trace t = simulate(sc);
    std::vector<HostId> setOrder, fireOrder;
    for (const TraceEvent& e : t.events) {
        if (e.type != EventType::Timer || e.timer != TimerKind::TimeWait) continue;
        if (e.op == TimerOp::Set) setOrder.push_back(e.host);
        if (e.op == TimerOp::Fire) fireOrder.push_back(e.host);
    }
    ASSERT_EQ(fireOrder.size(), 2u);
    ASSERT_EQ(setOrder.size(), 2u);
    EXPECT_EQ(fireOrder, setOrder);
}

TEST(SimulationOrder, UntilStopsTheRun) {
    // TIME_WAIT would end at 21.1 s; stopping at 15 s leaves it pending.
    Scenario sc = handshakeLesson();
    sc.actions.push_back(actionAt(10000, C, ActionKind::Close));
    sc.actions.push_back(actionAt(11000, S, ActionKind::Close));
    sc.actions.push_back(actionAt(16000, C, ActionKind::Connect)); // after `until`: never called
    sc.until = SimTime::fromSeconds(15);
    const Trace t = simulate(sc);
    EXPECT_TRUE(t.truncated);
    EXPECT_LE(t.end, sc.until);
    for (const TraceEvent& e : t.events) EXPECT_LE(e.t, sc.until);
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Closed), -1);
    EXPECT_EQ(countEvents(t, EventType::Call, C), 2); // connect and close
    // An event exactly at `until` is still processed.
    sc.until = ms(11000);
    const Trace atUntil = simulate(sc);
    EXPECT_EQ(enteredAtUs(atUntil, S, TcpState::LastAck), 11000000);
}

TEST(SimulationOrder, EveryEventIsCausedByAnEarlierRootAtTheSameTime) {
    Scenario sc = handshakeLesson();
    sc.actions.push_back(actionAt(10000, C, ActionKind::Close));
    sc.actions.push_back(actionAt(11000, S, ActionKind::Close));
    const Trace t = simulate(sc);
    for (size_t i = 0; i < t.events.size(); ++i) {
        const TraceEvent& e = t.events[i];
        if (i > 0) {
            EXPECT_GE(e.t, t.events[i - 1].t) << i;
        }
        const bool root = e.type == EventType::Call || e.type == EventType::Inject || e.type == EventType::Deliver ||
                          e.type == EventType::Drop || (e.type == EventType::Timer && e.op == TimerOp::Fire);
        if (root) {
            EXPECT_EQ(e.cause, kNoEvent) << i;
            continue;
        }
        ASSERT_LT(e.cause, i) << i;
        EXPECT_EQ(t.events[e.cause].cause, kNoEvent) << i; // the cause is a root
        EXPECT_EQ(t.events[e.cause].t, e.t) << i;
    }
}

} // namespace
} // namespace hl
