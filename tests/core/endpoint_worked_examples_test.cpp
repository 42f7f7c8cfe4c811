// docs/tcp-rules.md "Worked examples" (teach profile, one-way delay 100 ms, client ISS 100, server
// ISS 300), run on two hosts joined by a wire. Every expected number is the document's.
#include "endpoint_test_util.h"

namespace hl::test {
namespace {

using S = TcpState;
using Seg = std::tuple<int64_t, HostId, std::string, uint32_t, uint32_t>;
constexpr HostId C = HostId::Client;
constexpr HostId Sv = HostId::Server;
// Expected segment with its flags in canonical order ("RST,ACK" is stored as "ACK,RST").
Seg sg(int64_t t, HostId h, const char* flags, uint32_t seq, uint32_t ack) {
    return {t, h, flagsToString(parseFlags(flags)), seq, ack};
}
std::vector<Seg> from(const Wire& w, size_t first) {
    const auto all = w.segs();
    return {all.begin() + static_cast<std::ptrdiff_t>(std::min(first, all.size())), all.end()};
}

TEST(WorkedExamples, Normal3Way) {
    Wire w;
    listenAt(w, ms(0));
    connectAt(w, ms(0));
    w.runUntil(ms(5000));
    EXPECT_EQ(w.segs(),
              (std::vector<Seg>{sg(0, C, "SYN", 100, 0), sg(100, Sv, "SYN,ACK", 300, 101), sg(200, C, "ACK", 101, 301)}));
    EXPECT_EQ(w.whenState(Sv, S::SynReceived), ms(100));
    EXPECT_EQ(w.whenState(C, S::Established), ms(200));
    EXPECT_EQ(w.whenState(Sv, S::Established), ms(300));
}

TEST(WorkedExamples, LostSyn) {
    Wire w;
    bool first = true;
    w.dropIf([&](HostId from, const Segment& s, SimTime) {
        if (from == C && s.flags == Flags(Flag::SYN) && first) {
            first = false;
            return true;
        }
        return false;
    });
    listenAt(w, ms(0));
    connectAt(w, ms(0));
    sendAt(w, ms(2000), C, 10);
    w.runUntil(ms(1999));
    EXPECT_EQ(w.segs(), (std::vector<Seg>{sg(0, C, "SYN", 100, 0), sg(1000, C, "SYN", 100, 0),
                                          sg(1100, Sv, "SYN,ACK", 300, 101), sg(1200, C, "ACK", 101, 301)}));
    EXPECT_TRUE(w.sends[1].retransmission);
    EXPECT_EQ(w.whenState(C, S::Established), ms(1200));
    EXPECT_EQ(w.whenState(Sv, S::Established), ms(1300));
    // "Data after this starts with RTO 3 s" (RFC 6298 §5.7).
    w.runUntil(ms(2000));
    EXPECT_EQ(w.client().timerDue(1, TimerKind::Retransmit), ms(5000));
}

TEST(WorkedExamples, SynToClosedPort) {
    Wire w;
    connectAt(w, ms(0));
    w.runUntil(ms(20000));
    EXPECT_EQ(w.segs(), (std::vector<Seg>{sg(0, C, "SYN", 100, 0), sg(100, Sv, "RST,ACK", 0, 101)}));
    EXPECT_EQ(w.whenState(C, S::Closed), ms(200));
    ASSERT_EQ(w.notifications.size(), 1u);
    EXPECT_EQ(std::get<3>(w.notifications[0]), NotifyEvent::Refused);
}

Wire establishedPair() {
    Wire w;
    listenAt(w, ms(0));
    connectAt(w, ms(0));
    return w;
}

TEST(WorkedExamples, FourWayCloseClientFirst) {
    Wire w = establishedPair();
    closeAt(w, ms(10000), C);
    closeAt(w, ms(11000), Sv);
    w.runUntil(ms(30000));
    const std::vector<Seg> tail = from(w, 3);
    EXPECT_EQ(tail, (std::vector<Seg>{sg(10000, C, "FIN,ACK", 101, 301), sg(10100, Sv, "ACK", 301, 102),
                                      sg(11000, Sv, "FIN,ACK", 301, 102), sg(11100, C, "ACK", 102, 302)}));
    EXPECT_EQ(w.whenState(C, S::FinWait1), ms(10000));
    EXPECT_EQ(w.whenState(Sv, S::CloseWait), ms(10100));
    EXPECT_EQ(w.whenState(C, S::FinWait2), ms(10200));
    EXPECT_EQ(w.whenState(Sv, S::LastAck), ms(11000));
    EXPECT_EQ(w.whenState(C, S::TimeWait), ms(11100));
    EXPECT_EQ(w.whenState(Sv, S::Closed), ms(11200));
    EXPECT_EQ(w.whenState(C, S::Closed), ms(21100));
}

TEST(WorkedExamples, SimultaneousClose) {
    Wire w = establishedPair();
    closeAt(w, ms(10000), C);
    closeAt(w, ms(10000), Sv);
    w.runUntil(ms(30000));
    EXPECT_EQ(w.whenState(C, S::Closing), ms(10100));
    EXPECT_EQ(w.whenState(Sv, S::Closing), ms(10100));
    EXPECT_EQ(w.whenState(C, S::TimeWait), ms(10200));
    EXPECT_EQ(w.whenState(Sv, S::TimeWait), ms(10200));
    EXPECT_EQ(w.whenState(C, S::Closed), ms(20200));
    EXPECT_EQ(w.whenState(Sv, S::Closed), ms(20200));
}

TEST(WorkedExamples, LostLastAck) {
    Wire w = establishedPair();
    w.dropIf([](HostId from, const Segment& s, SimTime t) {
        return from == C && s.flags == Flags(Flag::ACK) && t == ms(11100);
    });
    closeAt(w, ms(10000), C);
    closeAt(w, ms(11000), Sv);
    w.runUntil(ms(30000));
    const std::vector<Seg> tail = from(w, 7);
    EXPECT_EQ(tail, (std::vector<Seg>{sg(12000, Sv, "FIN,ACK", 301, 102), sg(12100, C, "ACK", 102, 302)}));
    EXPECT_TRUE(w.sends[7].retransmission);
    EXPECT_EQ(w.whenState(Sv, S::Closed), ms(12200));
    EXPECT_EQ(w.whenState(C, S::Closed), ms(22100)); // 2MSL restarted at 12.1
}

TEST(WorkedExamples, SimultaneousOpen) {
    // RFC 9293 §3.5 Figure 7: both send SYN; each answers SYN,ACK with its own ISS; both ESTABLISHED.
    Wire w;
    connectAt(w, ms(0));
    w.at(ms(0), Sv, [](Host& h, SimTime now, HostOutputs& o) { h.connect(now, kClientPort, o); });
    w.runUntil(ms(5000));
    EXPECT_EQ(w.segs(), (std::vector<Seg>{sg(0, C, "SYN", 100, 0), sg(0, Sv, "SYN", 300, 0),
                                          sg(100, Sv, "SYN,ACK", 300, 101), sg(100, C, "SYN,ACK", 100, 301)}));
    EXPECT_EQ(w.whenState(C, S::SynReceived), ms(100));
    EXPECT_EQ(w.whenState(C, S::Established), ms(200));
    EXPECT_EQ(w.whenState(Sv, S::Established), ms(200));
}

} // namespace
} // namespace hl::test
