// Faults, injections and the trace records end to end through simulate(): each effect as the
// lesson file states it (docs/lesson-format.md), seen in the trace's events and segment records.
#include "sim_test_support.h"

#include "core/trace_jsonl.h"

#include <algorithm>
#include <map>

namespace hl {
namespace {

using namespace hl::test;
constexpr HostId C = HostId::Client;
constexpr HostId S = HostId::Server;

TEST(SimulationFault, DelayedSynAckArrivesLater) {
    Scenario sc = handshakeLesson();
    Fault f;
    f.match.from = S;
    f.match.flags = Flag::SYN | Flag::ACK;
    f.delay = ms(400);
    sc.faults = {f};
    const Trace t = simulate(sc);
    // SYN,ACK sent at 0.1 s + 0.1 s latency + 0.4 s delay.
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Established), 600000);
    EXPECT_EQ(enteredAtUs(t, S, TcpState::Established), 700000);
}

TEST(SimulationFault, DuplicatedFinArrivesTwice) {
    Scenario sc = handshakeLesson();
    sc.actions.push_back(actionAt(10000, C, ActionKind::Close));
    Fault f;
    f.match.from = C;
    f.match.flags = Flag::FIN | Flag::ACK;
    f.duplicateAfter = ms(50);
    sc.faults = {f};
    const Trace t = simulate(sc);
    const auto c = sentBy(t, C);
    ASSERT_GE(c.size(), 3u);
    const uint64_t fin = c[2]->seg.id;
    ASSERT_EQ(c[2]->copies.size(), 2u);
    std::vector<std::pair<int64_t, uint32_t>> deliveries;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::Deliver && e.segId == fin) deliveries.push_back({e.t.ms(), e.copy});
    EXPECT_EQ(deliveries, (std::vector<std::pair<int64_t, uint32_t>>{{10100, 0}, {10150, 1}}));
    // The copy is an old duplicate by then: RFC 9293 §3.10.7.4 processes a FIN once, so the app
    // hears EOF once and the server stays in CLOSE_WAIT.
    EXPECT_EQ(notifiesOf(t, S, NotifyEvent::Eof).size(), 1u);
    EXPECT_EQ(enteredAtUs(t, S, TcpState::CloseWait), 10100000);
    EXPECT_EQ(enteredAtUs(t, S, TcpState::CloseWait, 2), -1);
}

TEST(SimulationFault, SegmentIdDropWithUserCause) {
    Scenario sc = handshakeLesson();
    Fault f;
    f.match.segmentId = 3; // the client's handshake ACK
    f.drop = true;
    f.fromUser = true;
    sc.faults = {f};
    const Trace t = simulate(sc);
    const size_t drop = findEvent(t, EventType::Drop, C);
    ASSERT_NE(drop, std::string::npos);
    EXPECT_EQ(t.events[drop].segId, 3u);
    EXPECT_EQ(t.events[drop].dropCause, DropCause::User);
    EXPECT_EQ(t.events[drop].t, ms(250));
    EXPECT_EQ(t.events[drop].reason, Reason::ChannelFault);
    EXPECT_NE(traceToJsonl(t).find(R"({"t_us":250000,"type":"drop","seg_id":3,"cause":"user"})"), std::string::npos);
    // The server never got the ACK: still not ESTABLISHED at 0.3 s.
    EXPECT_NE(enteredAtUs(t, S, TcpState::Established), 300000);
}

TEST(SimulationFault, RandomLossIsReportedAsLoss) {
    Scenario sc = handshakeLesson();
    sc.loss = 1.0; // everything is lost
    sc.until = SimTime::fromSeconds(30);
    const Trace t = simulate(sc);
    ASSERT_FALSE(t.segments.empty());
    for (const SegmentRecord& r : t.segments) {
        ASSERT_EQ(r.copies.size(), 1u);
        EXPECT_TRUE(r.copies[0].lost);
        EXPECT_EQ(r.copies[0].cause, DropCause::Loss);
    }
    // RFC 1122 §4.2.3.5 via the teach profile: 3 SYN retries (0, 1, 3, 7 s), give up at 15 s.
    EXPECT_EQ(sentBy(t, C).size(), 4u);
    EXPECT_EQ(enteredAtUs(t, C, TcpState::Closed), 15000000);
    EXPECT_EQ(notifiesOf(t, C, NotifyEvent::Timeout).size(), 1u);
}

TEST(SimulationInject, ArrivesAsIfFromThePeer) {
    Scenario sc = workedExample();
    sc.actions = {actionAt(0, S, ActionKind::Listen)};
    Action inj;
    inj.at = ms(50);
    inj.kind = ActionKind::Inject;
    inj.host = S;
    inj.segment.flags = Flags(Flag::SYN);
    inj.segment.seq = 90;
    sc.actions.push_back(inj);
    const Trace t = simulate(sc);
    const size_t i = findEvent(t, EventType::Inject, S);
    ASSERT_NE(i, std::string::npos);
    EXPECT_EQ(t.events[i].cause, kNoEvent);
    const SegmentRecord* r = t.segment(t.events[i].segId);
    ASSERT_NE(r, nullptr);
    EXPECT_TRUE(r->injected);
    EXPECT_EQ(r->from, C);
    EXPECT_EQ(r->to, S);
    EXPECT_EQ(r->sendEvent, i);
    EXPECT_EQ(r->seg.srcPort, 50000); // the client's port
    EXPECT_EQ(r->seg.dstPort, 80);
    EXPECT_EQ(r->seg.window, 65535u);
    EXPECT_TRUE(r->copies.empty()); // never in flight
    // RFC 9293 §3.10.7.2: the server answers the SYN with SYN,ACK ack=91 at once.
    EXPECT_EQ(enteredAtUs(t, S, TcpState::SynReceived), 50000);
    const auto s = sentBy(t, S);
    ASSERT_FALSE(s.empty());
    EXPECT_EQ(s[0]->seg.ack.value(), 91u);
    EXPECT_EQ(s[0]->sentAt, ms(50));
    EXPECT_EQ(t.events[s[0]->sendEvent].cause, i);
    EXPECT_NE(
        traceToJsonl(t).find(
            R"({"t_us":50000,"type":"inject","host":"server","seg":{"id":1,"src_port":50000,"dst_port":80,"flags":["SYN"],"seq":90,"ack":0,"len":0,"win":65535}})"),
        std::string::npos);
}

TEST(SimulationInject, GivenSourcePortIsKept) {
    Scenario sc = workedExample();
    sc.actions = {actionAt(0, S, ActionKind::Listen)};
    Action inj;
    inj.at = ms(50);
    inj.kind = ActionKind::Inject;
    inj.host = S;
    inj.segment.flags = Flags(Flag::ACK);
    inj.segment.seq = 5;
    inj.segment.ack = 1234;
    inj.segment.srcPort = 40000;
    inj.segment.window = 100;
    sc.actions.push_back(inj);
    const Trace t = simulate(sc);
    ASSERT_FALSE(t.segments.empty());
    EXPECT_EQ(t.segments[0].seg.srcPort, 40000);
    EXPECT_EQ(t.segments[0].seg.window, 100u);
    // RFC 9293 §3.10.7.2: an ACK at LISTEN gets <SEQ=SEG.ACK><CTL=RST>, sent to port 40000.
    const auto s = sentBy(t, S);
    ASSERT_EQ(s.size(), 1u);
    EXPECT_TRUE(s[0]->seg.flags.has(Flag::RST));
    EXPECT_EQ(s[0]->seg.seq.value(), 1234u);
    EXPECT_EQ(s[0]->seg.dstPort, 40000);
}

TEST(SimulationRecords, CallsNameTheirConnectionAndSegmentsTheirSender) {
    Scenario sc = handshakeLesson();
    sc.actions.push_back(actionAt(5000, C, ActionKind::Send, 10));
    const Trace t = simulate(sc);
    for (const TraceEvent& e : t.events) {
        if (e.type != EventType::Call) continue;
        EXPECT_EQ(e.conn, 1u) << "call " << static_cast<int>(e.call);
        if (e.call == UserCall::Send) {
            EXPECT_EQ(e.bytes, 10u);
        }
    }
    for (size_t i = 0; i < t.segments.size(); ++i) {
        const SegmentRecord& r = t.segments[i];
        EXPECT_EQ(r.seg.id, i + 1); // ids 1, 2, 3 ... in send order
        ASSERT_NE(r.sendEvent, kNoEvent);
        EXPECT_EQ(t.events[r.sendEvent].type, EventType::Send);
        EXPECT_EQ(t.events[r.sendEvent].segId, r.seg.id);
        EXPECT_EQ(t.events[r.sendEvent].t, r.sentAt);
        EXPECT_EQ(r.to, peerOf(r.from));
        ASSERT_EQ(r.copies.size(), 1u);
        EXPECT_EQ(t.events[r.copies[0].endEvent].type, EventType::Deliver);
        EXPECT_EQ(t.events[r.copies[0].endEvent].t, r.sentAt + ms(100));
    }
    EXPECT_EQ(t.segments[1].senderState, TcpState::SynReceived); // the SYN,ACK
    EXPECT_EQ(t.segments[2].senderState, TcpState::Established); // the client's ACK
}

TEST(SimulationRecords, TcbRecordsFollowTheVariables) {
    const Trace t = simulate(handshakeLesson());
    // After the SYN,ACK arrives the client has SND.NXT = ISS+1 = 101 and RCV.NXT = IRS+1 = 301.
    const size_t est = findEvent(t, EventType::Deliver, C);
    ASSERT_NE(est, std::string::npos);
    const TcbRecord* rec = nullptr;
    for (const TcbRecord& r : t.tcb)
        if (r.host == C && r.conn == 1 && r.afterEvent >= est && !rec) rec = &r;
    ASSERT_NE(rec, nullptr);
    EXPECT_EQ(rec->vars.iss, SeqNum(100));
    EXPECT_EQ(rec->vars.irs, SeqNum(300));
    EXPECT_EQ(rec->vars.sndNxt, SeqNum(101));
    EXPECT_EQ(rec->vars.sndUna, SeqNum(101));
    EXPECT_EQ(rec->vars.rcvNxt, SeqNum(301));
    // A record is written only when the variables changed, and its index ends its step.
    const auto ends = stepEnds(t);
    std::map<std::pair<HostId, uint32_t>, TcbVars> last;
    for (const TcbRecord& r : t.tcb) {
        EXPECT_NE(std::find(ends.begin(), ends.end(), size_t{r.afterEvent} + 1), ends.end());
        auto [it, fresh] = last.try_emplace({r.host, r.conn}, r.vars);
        if (!fresh) {
            EXPECT_NE(it->second, r.vars) << "record after event " << r.afterEvent << " repeats";
        }
        it->second = r.vars;
    }
    SimOptions off;
    off.recordTcb = false;
    EXPECT_TRUE(simulate(handshakeLesson(), off).tcb.empty());
}

} // namespace
} // namespace hl
