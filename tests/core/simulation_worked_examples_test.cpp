// The worked examples of docs/tcp-rules.md, end to end through simulate(), with the document's times
// and numbers (teach profile, one-way delay 100 ms, client ISS 100, server ISS 300). The expected
// values are the document's, each tagged with the RFC rule that produces it.
#include "sim_test_support.h"

#include "core/trace_jsonl.h"

namespace hl {
namespace {

using namespace hl::test;
constexpr HostId C = HostId::Client;
constexpr HostId S = HostId::Server;
const Flags SYN = Flag::SYN;
const Flags ACK = Flag::ACK;
const Flags SYNACK = Flag::SYN | Flag::ACK;
const Flags FINACK = Flag::FIN | Flag::ACK;
const Flags RSTACK = Flag::RST | Flag::ACK;

Scenario fourWayClose() {
    Scenario s = handshakeLesson();
    s.actions.push_back(actionAt(10000, C, ActionKind::Close));
    s.actions.push_back(actionAt(11000, S, ActionKind::Close));
    return s;
}

bool hasLine(const std::string& jsonl, const std::string& line) { return jsonl.find(line + "\n") != std::string::npos; }

TEST(WorkedExample, NormalThreeWayHandshake) {
    const Trace t = simulate(handshakeLesson());
    const auto c = sentBy(t, C);
    const auto s = sentBy(t, S);
    ASSERT_EQ(c.size(), 2u);
    ASSERT_EQ(s.size(), 1u);
    // RFC 9293 §3.10.1 OPEN (active): send <SEQ=ISS><CTL=SYN>, enter SYN_SENT.
    expectSegment(c[0], 0, SYN, 100, 0);
    EXPECT_EQ(c[0]->senderState, TcpState::SynSent);
    EXPECT_EQ(enteredAtUs(t, C, TcpState::SynSent), 0);
    // §3.10.7.2 LISTEN: a SYN -> <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>, SYN_RECEIVED.
    EXPECT_EQ(enteredAtUs(t, S, TcpState::SynReceived), 100000);
    expectSegment(s[0], 100, SYNACK, 300, 101);
    // §3.10.7.3 SYN_SENT: SYN with an acceptable ACK -> ESTABLISHED, send <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Established), 200000);
    expectSegment(c[1], 200, ACK, 101, 301);
    ASSERT_EQ(notifiesOf(t, C, NotifyEvent::Connected).size(), 1u);
    EXPECT_EQ(notifiesOf(t, C, NotifyEvent::Connected)[0]->t, ms(200));
    // §3.10.7.4 SYN_RECEIVED: an acceptable ACK -> ESTABLISHED.
    EXPECT_EQ(enteredAtUs(t, S, TcpState::Established), 300000);
    // Nothing is left to do: the run ends with the last arrival, no timer fires.
    EXPECT_FALSE(t.truncated);
    EXPECT_EQ(t.end, ms(300));
    EXPECT_EQ(countEvents(t, EventType::Drop, C), 0);
    for (const TraceEvent& e : t.events) EXPECT_FALSE(e.type == EventType::Timer && e.op == TimerOp::Fire);
}

TEST(WorkedExample, NormalHandshakeInJsonl) {
    const std::string j = traceToJsonl(simulate(handshakeLesson()));
    EXPECT_EQ(j.rfind(R"({"t_us":0,"type":"call","host":"server","call":"listen"})"
                      "\n",
                      0),
              0u); // first line
    EXPECT_TRUE(hasLine(j, R"({"t_us":0,"type":"call","host":"client","call":"connect"})"));
    EXPECT_TRUE(hasLine(
        j, R"({"t_us":0,"type":"state","host":"client","conn":1,"from":"CLOSED","to":"SYN_SENT","reason":"user.connect"})"));
    EXPECT_NE(
        j.find(R"({"t_us":0,"type":"send","host":"client","conn":1,"seg":{"id":1,"src_port":50000,"dst_port":80,"flags":["SYN"],"seq":100,"ack":0,"len":0,"win":65535},"retransmission":false,"reason":")"),
        std::string::npos);
    // RFC 6298 (2.1): the initial RTO is 1 s.
    EXPECT_TRUE(hasLine(
        j, R"({"t_us":0,"type":"timer","host":"client","conn":1,"timer":"retransmit","op":"set","due_us":1000000})"));
    EXPECT_TRUE(hasLine(j, R"({"t_us":100000,"type":"deliver","host":"server","seg_id":1})"));
    EXPECT_TRUE(hasLine(j, R"({"t_us":200000,"type":"notify","host":"client","conn":1,"event":"connected"})"));
}

TEST(WorkedExample, LostSynIsResentAfterOneSecondAndDataStartsWithRto3s) {
    Scenario sc = handshakeLesson();
    FaultMatch firstSyn;
    firstSyn.from = C;
    firstSyn.flags = SYN;
    firstSyn.nth = 1;
    FaultMatch firstData;
    firstData.from = C;
    firstData.hasData = true;
    firstData.nth = 1;
    sc.faults = {dropFault(firstSyn), dropFault(firstData)};
    sc.actions.push_back(actionAt(2000, C, ActionKind::Send, 10));
    const Trace t = simulate(sc);

    // The first SYN is lost half-way (50 ms), lesson fault.
    const size_t drop = findEvent(t, EventType::Drop, C);
    ASSERT_NE(drop, std::string::npos);
    EXPECT_EQ(t.events[drop].segId, 1u);
    EXPECT_EQ(t.events[drop].t, ms(50));
    EXPECT_EQ(t.events[drop].dropCause, DropCause::Fault);

    const auto c = sentBy(t, C);
    const auto s = sentBy(t, S);
    ASSERT_GE(c.size(), 5u);
    ASSERT_GE(s.size(), 1u);
    // RFC 6298 §5.4: on expiry resend the oldest unacknowledged segment; the SYN keeps its ISS.
    expectSegment(c[1], 1000, SYN, 100, 0);
    EXPECT_TRUE(c[1]->retransmission);
    expectSegment(s[0], 1100, SYNACK, 300, 101);
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Established), 1200000);
    EXPECT_EQ(enteredAtUs(t, S, TcpState::Established), 1300000);
    expectSegment(c[2], 1200, ACK, 101, 301);
    // RFC 6298 §5.7: a SYN was retransmitted, so data starts with RTO 3 s: the lost data
    // segment sent at 2.0 s is resent at 5.0 s (Karn: no RTT sample from the resent SYN).
    expectSegment(c[3], 2000, ACK, 101, 301, 10);
    EXPECT_FALSE(c[3]->retransmission);
    expectSegment(c[4], 5000, ACK, 101, 301, 10);
    EXPECT_TRUE(c[4]->retransmission);
}

TEST(WorkedExample, SynToAClosedPortIsRefused) {
    Scenario sc = workedExample();
    sc.actions = {actionAt(0, C, ActionKind::Connect)}; // nobody listens
    const Trace t = simulate(sc);
    const auto s = sentBy(t, S);
    ASSERT_EQ(s.size(), 1u);
    // RFC 9293 §3.10.7.1: no ACK on the SYN -> <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    expectSegment(s[0], 100, RSTACK, 0, 101);
    EXPECT_EQ(s[0]->conn, 0u); // a host-level reply: no connection
    // §3.10.7.3: a RST with an acceptable ACK in SYN_SENT -> "connection refused", CLOSED.
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Closed), 200000);
    const auto refused = notifiesOf(t, C, NotifyEvent::Refused);
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_EQ(refused[0]->t, ms(200));
    // No retransmission: the client sent its one SYN and no timer ever fired.
    EXPECT_EQ(sentBy(t, C).size(), 1u);
    for (const TraceEvent& e : t.events) EXPECT_FALSE(e.type == EventType::Timer && e.op == TimerOp::Fire);
}

TEST(WorkedExample, FourWayCloseClientFirst) {
    const Trace t = simulate(fourWayClose());
    const auto c = sentBy(t, C);
    const auto s = sentBy(t, S);
    ASSERT_EQ(c.size(), 4u);
    ASSERT_EQ(s.size(), 3u);
    // RFC 9293 §3.10.4 CLOSE in ESTABLISHED: send FIN, FIN_WAIT_1.
    expectSegment(c[2], 10000, FINACK, 101, 301);
    EXPECT_EQ(enteredAtUs(t, C, TcpState::FinWait1), 10000000);
    // §3.10.7.4 FIN in ESTABLISHED -> CLOSE_WAIT, ACK it.
    EXPECT_EQ(enteredAtUs(t, S, TcpState::CloseWait), 10100000);
    expectSegment(s[1], 10100, ACK, 301, 102);
    ASSERT_EQ(notifiesOf(t, S, NotifyEvent::Eof).size(), 1u);
    // ACK of our FIN in FIN_WAIT_1 -> FIN_WAIT_2.
    EXPECT_EQ(enteredAtUs(t, C, TcpState::FinWait2), 10200000);
    // §3.10.4 CLOSE in CLOSE_WAIT: send FIN, LAST_ACK.
    expectSegment(s[2], 11000, FINACK, 301, 102);
    EXPECT_EQ(enteredAtUs(t, S, TcpState::LastAck), 11000000);
    // FIN in FIN_WAIT_2 -> TIME_WAIT, ACK it, start the 2MSL timer (teach: MSL 5 s).
    EXPECT_EQ(enteredAtUs(t, C, TcpState::TimeWait), 11100000);
    expectSegment(c[3], 11100, ACK, 102, 302);
    // ACK of our FIN in LAST_ACK -> CLOSED.
    EXPECT_EQ(enteredAtUs(t, S, TcpState::Closed), 11200000);
    // §3.10.8: the TIME_WAIT timeout deletes the TCB 2MSL later.
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Closed), 21100000);
    EXPECT_EQ(t.end, ms(21100));
}

TEST(WorkedExample, SimultaneousCloseGoesThroughClosing) {
    Scenario sc = handshakeLesson();
    sc.actions.push_back(actionAt(10000, C, ActionKind::Close));
    sc.actions.push_back(actionAt(10000, S, ActionKind::Close));
    const Trace t = simulate(sc);
    const auto c = sentBy(t, C);
    const auto s = sentBy(t, S);
    ASSERT_EQ(c.size(), 4u);
    ASSERT_EQ(s.size(), 3u);
    expectSegment(c[2], 10000, FINACK, 101, 301);
    expectSegment(s[1], 10000, FINACK, 301, 101);
    // RFC 9293 §3.10.7.4: a FIN in FIN_WAIT_1 whose own FIN is not yet ACKed -> CLOSING.
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Closing), 10100000);
    EXPECT_EQ(enteredAtUs(t, S, TcpState::Closing), 10100000);
    expectSegment(c[3], 10100, ACK, 102, 302);
    expectSegment(s[2], 10100, ACK, 302, 102);
    // The ACK of our FIN in CLOSING -> TIME_WAIT.
    EXPECT_EQ(enteredAtUs(t, C, TcpState::TimeWait), 10200000);
    EXPECT_EQ(enteredAtUs(t, S, TcpState::TimeWait), 10200000);
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Closed), 20200000);
    EXPECT_EQ(enteredAtUs(t, S, TcpState::Closed), 20200000);
}

TEST(WorkedExample, LostLastAckRestartsTimeWait) {
    Scenario sc = fourWayClose();
    FaultMatch secondPureAck; // the handshake ACK is the first, the final ACK the second
    secondPureAck.from = C;
    secondPureAck.flags = ACK;
    secondPureAck.nth = 2;
    sc.faults = {dropFault(secondPureAck)};
    const Trace t = simulate(sc);
    const auto c = sentBy(t, C);
    const auto s = sentBy(t, S);
    ASSERT_EQ(c.size(), 5u);
    ASSERT_EQ(s.size(), 4u);
    expectSegment(c[3], 11100, ACK, 102, 302);
    ASSERT_EQ(c[3]->copies.size(), 1u);
    EXPECT_TRUE(c[3]->copies[0].lost);
    EXPECT_EQ(c[3]->copies[0].endsAt, ms(11150));
    // RFC 6298 §5.4: S's RTO (1 s: the floor) resends its FIN at 12.0.
    expectSegment(s[3], 12000, FINACK, 301, 102);
    EXPECT_TRUE(s[3]->retransmission);
    // RFC 9293 §3.10.7.4 TIME_WAIT: a retransmitted FIN is ACKed and 2MSL restarts.
    expectSegment(c[4], 12100, ACK, 102, 302);
    EXPECT_EQ(c[4]->senderState, TcpState::TimeWait);
    EXPECT_EQ(enteredAtUs(t, S, TcpState::Closed), 12200000);
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Closed), 22100000); // not 21.1 s
    // The first TIME_WAIT expiry (21.1 s) is stale and must not fire.
    for (const TraceEvent& e : t.events)
        EXPECT_FALSE(e.type == EventType::Timer && e.op == TimerOp::Fire && e.t == ms(21100));
}

} // namespace
} // namespace hl
