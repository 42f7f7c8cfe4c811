// The linux profile's rules (issue 19), each against the kernel source that governs it, with the
// numbers worked out from the rule. tests/core/kernel_truth_test.cpp checks the same rules against
// real recordings; here each rule is isolated.
#include "core/builtin_lessons.h"
#include "core/retransmit_timer.h"
#include "core/simulation.h"
#include "tests/core/lesson_trace_query.h"

#include <gtest/gtest.h>

namespace hl {
namespace {

using lessontest::Seg;
using lessontest::sentBy;
using lessontest::times;

Scenario linuxLesson(std::vector<Action> actions, std::vector<Fault> faults = {}) {
    Scenario s;
    s.id = "linux-rule";
    s.title.en = "linux rule";
    s.profile = Profile::Linux;
    s.client.isn = 100;
    s.server.isn = 300;
    s.actions = std::move(actions);
    s.faults = std::move(faults);
    s.until = SimTime::fromSeconds(1000);
    return s;
}

Action act(int64_t atMs, HostId host, ActionKind kind, uint32_t bytes = 0) {
    Action a;
    a.at = SimTime::fromMs(atMs);
    a.host = host;
    a.kind = kind;
    a.bytes = bytes;
    return a;
}

Fault drop(HostId from, std::optional<Flags> flags, std::optional<bool> hasData = {}, std::optional<uint32_t> nth = {}) {
    Fault f;
    f.match.from = from;
    f.match.flags = flags;
    f.match.hasData = hasData;
    f.match.nth = nth;
    f.drop = true;
    return f;
}

std::vector<Reason> sendReasons(const Trace& t, HostId host) {
    std::vector<Reason> out;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::Send && e.host == host) out.push_back(e.reason);
    return out;
}

std::optional<double> closedAtMs(const Trace& t, HostId host, Reason why) {
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::State && e.host == host && e.to == TcpState::Closed && e.reason == why)
            return lessontest::ms(e.t);
    return std::nullopt;
}

const HostId C = HostId::Client;
const HostId S = HostId::Server;

// tcp_input.c tcp_rtt_estimator(): rttvar_us = max(mdev, tcp_rto_min); RTO = SRTT + rttvar_us.
TEST(LinuxProfile, RtoFloorIsOnTheVarianceTerm) {
    RetransmitTimer linux(1_s, 200_ms, 120_s, true), rfc(1_s, 200_ms, 120_s, false);
    for (int i = 0; i < 20; ++i) {
        linux.sample(100_ms);
        rfc.sample(100_ms);
    }
    // A steady 100 ms: RTTVAR has shrunk to almost nothing. RFC 6298 §2.4 floors the whole RTO
    // at 200 ms; Linux adds the 200 ms to SRTT.
    EXPECT_EQ(rfc.rto(), 200_ms);
    EXPECT_EQ(linux.rto(), 300_ms);
    EXPECT_EQ(linux.rfcRto(), 200_ms);
}

// tcp_timer.c: with tcp_syn_retries = 2 the budget is (2^3 - 1) x 1 s = 7 s; the first
// tcp_syn_linear_timeouts = 4 retransmissions keep the 1 s RTO, the fifth doubles it to 2 s, and
// the timer that fires at 7 s finds the budget spent (as recorded: SYNs 0..5 s, ETIMEDOUT ~7 s).
TEST(LinuxProfile, SynRetriesAreLinearThenATimeBudget) {
    Scenario s = linuxLesson({act(0, C, ActionKind::Connect)}, {drop(C, Flags(Flag::SYN))});
    s.client.options.synRetries = 2;
    const Trace t = simulate(s);
    EXPECT_EQ(times(sentBy(t, C, "SYN")), (std::vector<double>{0, 1000, 2000, 3000, 4000, 5000}));
    EXPECT_EQ(closedAtMs(t, C, Reason::GiveUpSynTime), 7000.0);
    const std::vector<Reason> why = sendReasons(t, C);
    ASSERT_EQ(why.size(), 6u);
    for (size_t i = 1; i <= 4; ++i) EXPECT_EQ(why[i], Reason::RetransmitSynLinear) << i;
    EXPECT_EQ(why[5], Reason::RetransmitSyn); // the fifth backs off
}

// The default tcp_syn_retries = 6: budget 127 s. SYNs at 0..5, then 7, 11, 19, 35, 67 (doubling
// from 2 s); the timer at 67 + 64 = 131 s finds 131 >= 127.
TEST(LinuxProfile, DefaultSynRetriesGiveUpAfter131Seconds) {
    const Trace t = simulate(linuxLesson({act(0, C, ActionKind::Connect)}, {drop(C, Flags(Flag::SYN))}));
    EXPECT_EQ(times(sentBy(t, C, "SYN")),
              (std::vector<double>{0, 1000, 2000, 3000, 4000, 5000, 7000, 11000, 19000, 35000, 67000}));
    EXPECT_EQ(closedAtMs(t, C, Reason::GiveUpSynTime), 131000.0);
}

// tcp_output.c tcp_schedule_loss_probe(): one segment in flight, SRTT 200 ms (100 ms each way),
// RTTVAR 100 ms: PTO = 2 x 200 + 200 = 600 ms, RTO = 200 + 400 = 600 ms, so the probe goes at
// +600 ms; tcp_send_loss_probe() neither backs off nor counts a retry, and the RTO then runs from
// the probe: the first timeout retransmission at +1200 ms, the next after a doubled 1.2 s.
TEST(LinuxProfile, TailLossProbeBeforeTheFirstTimeout) {
    const Trace t = simulate(
        linuxLesson({act(0, S, ActionKind::Listen), act(0, C, ActionKind::Connect), act(1000, C, ActionKind::Send, 100)},
                    {drop(C, std::nullopt, true)}));
    const std::vector<Seg> data = lessontest::dataBy(t, C);
    ASSERT_GE(data.size(), 4u);
    EXPECT_EQ(data[0].tMs, 1000);
    EXPECT_EQ(data[1].tMs, 1600);
    EXPECT_EQ(data[2].tMs, 2200);
    EXPECT_EQ(data[3].tMs, 3400);
    std::vector<Reason> why;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::Send && e.host == C && t.segment(e.segId)->seg.len > 0) why.push_back(e.reason);
    EXPECT_EQ(why[1], Reason::TailLossProbe);
    EXPECT_EQ(why[2], Reason::RetransmitData);
}

// tcp_timer.c retransmits_timed_out(): tcp_retries2 = 15 is a budget of
// (2^10 - 1) x 200 ms + (15 - 9) x 120 s = 924.6 s from the first transmission (the doubling from
// TCP_RTO_MIN stops at TCP_RTO_MAX after ilog2(120 s / 200 ms) = 9 steps).
TEST(LinuxProfile, DataRetriesAreATimeBudget) {
    const Trace t = simulate(
        linuxLesson({act(0, S, ActionKind::Listen), act(0, C, ActionKind::Connect), act(1000, C, ActionKind::Send, 100)},
                    {drop(C, std::nullopt, true)}));
    const std::optional<double> gaveUp = closedAtMs(t, C, Reason::GiveUpDataTime);
    ASSERT_TRUE(gaveUp);
    EXPECT_GE(*gaveUp - 1000, 924600);
    const std::vector<Seg> data = lessontest::dataBy(t, C);
    EXPECT_LT(data.back().tMs - 1000, 924600);    // the last retransmission was still within it
    EXPECT_EQ(*gaveUp - data.back().tMs, 120000); // one capped RTO later
}

// tcp_output.c tcp_send_active_reset(): TCPHDR_ACK | TCPHDR_RST, seq SND.NXT, ack RCV.NXT.
TEST(LinuxProfile, AbortSendsRstAck) {
    Scenario s = linuxLesson({act(0, S, ActionKind::Listen), act(0, C, ActionKind::Connect),
                              act(500, S, ActionKind::Send, 10), act(1000, C, ActionKind::Abort)});
    const Trace t = simulate(s);
    const std::vector<Seg> rst = sentBy(t, C, "ACK,RST");
    ASSERT_EQ(rst.size(), 1u);
    EXPECT_EQ(rst[0].seq, 101u);  // SND.NXT
    EXPECT_EQ(rst[0].ack, 311u);  // RCV.NXT: the server's ISN + 1 + 10 bytes
    s.profile = Profile::Rfc9293; // RFC 9293 §3.10.5: <SEQ=SND.NXT><CTL=RST>
    EXPECT_EQ(sentBy(simulate(s), C, "RST").size(), 1u);
}

// tcp_input.c: data at the start is ACKed at once (quick-ACK mode); tcp_fin() in ESTABLISHED
// enters pingpong mode, so the ACK of the FIN waits TCP_ATO_MIN = 40 ms (the ATO exists once
// data arrived); without data the ATO is 0 and the ACK goes at once.
TEST(LinuxProfile, DelayedAckOfAFinAfterData) {
    const Trace t = simulate(linuxLesson({act(0, S, ActionKind::Listen), act(0, C, ActionKind::Connect),
                                          act(1000, C, ActionKind::Send, 100), act(2000, C, ActionKind::Close)}));
    const std::vector<Seg> acks = lessontest::pureAcksBy(t, S);
    ASSERT_EQ(acks.size(), 2u);
    EXPECT_EQ(acks[0].tMs, 1100); // the data: at once
    EXPECT_EQ(acks[1].tMs, 2140); // the FIN arrived at 2100
    EXPECT_EQ(sendReasons(t, S).back(), Reason::AckDelayed);
    const Trace noData = simulate(
        linuxLesson({act(0, S, ActionKind::Listen), act(0, C, ActionKind::Connect), act(2000, C, ActionKind::Close)}));
    EXPECT_EQ(times(lessontest::pureAcksBy(noData, S)), (std::vector<double>{2100}));
}

// The built-in lesson "Your machine vs the RFC" with the profile switched to linux, as its summary
// tells the student: the data is probed after 600 ms instead of 3 s, and the ACK of the FIN waits.
TEST(LinuxProfile, YourMachineVsTheRfcWithTheLinuxProfile) {
    const Scenario* lesson = findBuiltinLesson("your-machine-vs-the-rfc");
    ASSERT_NE(lesson, nullptr);
    SimOptions linux;
    linux.profileOverride = Profile::Linux;
    const Trace t = simulate(*lesson, linux);
    // The resent SYN (1.0 s) is answered at 1.2 s: a 200 ms timestamp sample, RTO 600 ms.
    bool sampled = false;
    for (const TraceEvent& e : t.events)
        sampled = sampled || (e.type == EventType::Note && e.reason == Reason::RttSampleTimestamps);
    EXPECT_TRUE(sampled);
    EXPECT_EQ(times(lessontest::dataBy(t, C)), (std::vector<double>{1500, 2100}));
    const Trace rfc = simulate(*lesson);
    EXPECT_EQ(times(lessontest::dataBy(rfc, C)), (std::vector<double>{1500, 4500})); // RFC 6298 §5.7
    // The client's FIN (5.0 s) arrives at 5.1 s; the server ACKs it at 5.14 s.
    EXPECT_EQ(lessontest::pureAcksBy(t, S).back().tMs, 5140);
}

} // namespace
} // namespace hl
