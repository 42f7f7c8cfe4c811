// What each built-in lesson is about, asserted on its simulated trace. Every expected value is
// computed here from the rules (docs/tcp-rules.md, RFC 9293, RFC 6298), never copied from a run:
// teach profile, one-way latency 100 ms, client ISS 100, server ISS 300 (a pinned ISN steps by
// 64000 for each further connection of the same host), RTO 1 s after a 200 ms RTT sample
// (SRTT 200 + 4 * RTTVAR 100 = 600 ms, floored at 1 s), doubling on each expiry, MSL 5 s.
#include "lesson_trace_query.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hl {
namespace {

using namespace lessontest;
constexpr HostId C = HostId::Client;
constexpr HostId S = HostId::Server;
using St = TcpState;

// --- handshake -------------------------------------------------------------------------------

TEST(LessonFacts, HandshakeAndClose) {
    const Trace t = runLesson("handshake-and-close");
    // §3.10.7.3: SYN,ACK at 0.1 arrives 0.2; §3.10.7.4: the ACK arrives at the server at 0.3.
    EXPECT_EQ(entered(t, C, St::Established), (std::vector<double>{200}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{300}));
    // 100 bytes out (SND.NXT 201), 200 bytes back (RCV.NXT 501): the FINs carry those numbers.
    EXPECT_EQ(sentBy(t, C, "ACK,FIN"), (std::vector<Seg>{{3000, "ACK,FIN", 201, 501}}));
    EXPECT_EQ(sentBy(t, S, "ACK,FIN"), (std::vector<Seg>{{4000, "ACK,FIN", 501, 202}}));
    // Server FIN at 4.0 arrives 4.1: TIME_WAIT for 2 * MSL = 10 s.
    EXPECT_EQ(entered(t, C, St::TimeWait), (std::vector<double>{4100}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{14100}));
    EXPECT_EQ(entered(t, S, St::Closed), (std::vector<double>{4200}));
}

TEST(LessonFacts, SimultaneousOpen) {
    const Trace t = runLesson("simultaneous-open");
    // §3.10.7.3 step 4, SYN without ACK in SYN_SENT: SYN_RECEIVED, <SEQ=ISS><ACK=RCV.NXT><SYN,ACK>.
    EXPECT_EQ(entered(t, C, St::SynReceived), (std::vector<double>{100}));
    EXPECT_EQ(entered(t, S, St::SynReceived), (std::vector<double>{100}));
    EXPECT_EQ(sentBy(t, C, "SYN,ACK"), (std::vector<Seg>{{100, "SYN,ACK", 100, 301}}));
    EXPECT_EQ(sentBy(t, S, "SYN,ACK"), (std::vector<Seg>{{100, "SYN,ACK", 300, 101}}));
    // RFC 9293 Figure 7: the crossing SYN,ACKs carry acceptable ACKs: both ESTABLISHED at 0.2.
    EXPECT_EQ(entered(t, C, St::Established), (std::vector<double>{200}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{200}));
}

TEST(LessonFacts, SynToClosedPort) {
    const Trace t = runLesson("syn-to-closed-port");
    // §3.10.7.1: no connection, SYN without ACK -> <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    EXPECT_EQ(sentBy(t, S), (std::vector<Seg>{{100, "ACK,RST", 0, 101}}));
    // §3.10.7.3 step 2: RST with acceptable ACK -> "connection refused", CLOSED; no retransmission.
    EXPECT_EQ(notified(t, C, NotifyEvent::Refused), (std::vector<double>{200}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{200}));
    EXPECT_EQ(sentBy(t, C).size(), 1u);
}

TEST(LessonFacts, DuplicateSyn) {
    const Trace t = runLesson("duplicate-syn");
    // The copy arrives at 0.2 in SYN_RECEIVED; SEQ 100 < RCV.NXT 101 fails the sequence check:
    // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> (teach: dup_syn_reply "ack"), no second connection.
    EXPECT_EQ(pureAcksBy(t, S), (std::vector<Seg>{{200, "ACK", 301, 101}}));
    EXPECT_EQ(sentBy(t, S, "SYN,ACK").size(), 1u);
    EXPECT_EQ(entered(t, S, St::SynReceived), (std::vector<double>{100}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{300}));
}

TEST(LessonFacts, DuplicateSynAck) {
    const Trace t = runLesson("duplicate-syn-ack");
    // The copy arrives at 0.3 in ESTABLISHED: SEQ 300 < RCV.NXT 301 -> ACK <101, 301> (§3.10.7.4).
    EXPECT_EQ(pureAcksBy(t, C), (std::vector<Seg>{{200, "ACK", 101, 301}, {300, "ACK", 101, 301}}));
    // The server takes that ACK as a duplicate: nothing changes and nothing is sent.
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{300}));
    EXPECT_EQ(sentBy(t, S).size(), 1u);
}

TEST(LessonFacts, OldDuplicateSyn) {
    const Trace t = runLesson("old-duplicate-syn");
    // RFC 9293 Figure 8. The old SYN (90) arrives at 0.05; SYN,ACK <300, 91>.
    // The second server connection's ISS is 300 + 64000 (pinned ISNs step per connection).
    EXPECT_EQ(sentBy(t, S, "SYN,ACK"), (std::vector<Seg>{{50, "SYN,ACK", 300, 91}, {300, "SYN,ACK", 64300, 101}}));
    // §3.10.7.3 step 1: SEG.ACK 91 <= ISS 100 -> <SEQ=SEG.ACK><CTL=RST>.
    EXPECT_EQ(sentBy(t, C, "RST"), (std::vector<Seg>{{150, "RST", 91, 0}}));
    // The RST (SEQ = RCV.NXT 91) arrives at 0.25: the passive connection is given up.
    EXPECT_EQ(left(t, S, St::SynReceived), (std::vector<double>{250, 500}));
    EXPECT_EQ(entered(t, C, St::Established), (std::vector<double>{400}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{500}));
}

TEST(LessonFacts, StrayAckAtListen) {
    const Trace t = runLesson("stray-ack-at-listen");
    // §3.10.7.2: anything with ACK at LISTEN -> <SEQ=SEG.ACK><CTL=RST>, stay in LISTEN.
    EXPECT_EQ(sentBy(t, S, "RST"), (std::vector<Seg>{{500, "RST", 2000, 0}}));
    // §3.10.7.1: the client host has no connection and drops the RST: it sends nothing back.
    EXPECT_EQ(entered(t, C, St::SynSent), (std::vector<double>{1000}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{1300}));
}

TEST(LessonFacts, SynSentOddSegments) {
    const Trace t = runLesson("syn-sent-odd-segments");
    // §3.10.7.3 step 1: only the plain ACK with SEG.ACK 999 > SND.NXT 101 earns a RST
    // (the RST,ACK with a bad ACK is dropped, a RST without ACK is dropped, the FIN is dropped).
    EXPECT_EQ(sentBy(t, C, "RST"), (std::vector<Seg>{{400, "RST", 999, 0}}));
    EXPECT_TRUE(entered(t, C, St::Closed).empty());
    EXPECT_EQ(sentBy(t, C, "SYN"), (std::vector<Seg>{{0, "SYN", 100, 0}, {1000, "SYN", 100, 0, 0, true}}));
    EXPECT_EQ(entered(t, C, St::Established), (std::vector<double>{1200}));
}

TEST(LessonFacts, RstInSynReceived) {
    const Trace t = runLesson("rst-in-syn-received");
    // §3.10.7.4 SYN_RECEIVED, RST with SEQ = RCV.NXT 101 at 0.5, passive open: back to LISTEN.
    EXPECT_EQ(left(t, S, St::SynReceived).front(), 500);
    // The client's SYN retransmission (1.0) reaches the listener at 1.1: a fresh connection.
    EXPECT_EQ(entered(t, S, St::SynReceived), (std::vector<double>{100, 1100}));
    EXPECT_EQ(entered(t, C, St::Established), (std::vector<double>{1200}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{1300}));
}

TEST(LessonFacts, UnacceptableAckInSynReceived) {
    const Trace t = runLesson("unacceptable-ack-in-syn-received");
    // §3.10.7.4 SYN_RECEIVED: unacceptable ACK -> <SEQ=SEG.ACK><CTL=RST>, state kept.
    EXPECT_EQ(sentBy(t, S, "RST"), (std::vector<Seg>{{200, "RST", 100000, 0}}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{300}));
    // RFC 5961: SEQ 100000 is outside the client's window [301, 65836): dropped silently.
    EXPECT_TRUE(notified(t, C, NotifyEvent::Reset).empty());
    EXPECT_EQ(pureAcksBy(t, C), (std::vector<Seg>{{200, "ACK", 101, 301}}));
}

// --- loss in the handshake --------------------------------------------------------------------

TEST(LessonFacts, LostSyn) {
    const Trace t = runLesson("lost-syn");
    // RFC 6298 §5.4: resend the same SYN (same ISS) when the 1 s RTO expires.
    EXPECT_EQ(sentBy(t, C, "SYN"), (std::vector<Seg>{{0, "SYN", 100, 0}, {1000, "SYN", 100, 0, 0, true}}));
    EXPECT_EQ(entered(t, C, St::Established), (std::vector<double>{1200}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{1300}));
    // RFC 6298 §5.7: a SYN was retransmitted, so data starts with RTO 3 s: set at 2.0, due 5.0.
    const auto sets = timerSets(t, C, TimerKind::Retransmit);
    EXPECT_NE(std::find(sets.begin(), sets.end(), std::make_pair(2000.0, 5000.0)), sets.end());
}

TEST(LessonFacts, SynNeverAnswered) {
    const Trace t = runLesson("syn-never-answered");
    // RTO 1, 2, 4, 8 s: SYNs at 0, 1, 3, 7 s; the timer of the third retry expires at 15 s.
    EXPECT_EQ(times(sentBy(t, C)), (std::vector<double>{0, 1000, 3000, 7000}));
    EXPECT_EQ(notified(t, C, NotifyEvent::Timeout), (std::vector<double>{15000}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{15000}));
}

TEST(LessonFacts, LostSynAck) {
    const Trace t = runLesson("lost-syn-ack");
    // At 1.1 the client's retransmitted SYN arrives first (arrivals before timers): the server
    // in SYN_RECEIVED answers with an ACK; then its own RTO (armed at 0.1) resends the SYN,ACK.
    EXPECT_EQ(
        sentBy(t, S),
        (std::vector<Seg>{{100, "SYN,ACK", 300, 101}, {1100, "ACK", 301, 101}, {1100, "SYN,ACK", 300, 101, 0, true}}));
    EXPECT_EQ(entered(t, C, St::Established), (std::vector<double>{1200}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{1300}));
}

TEST(LessonFacts, LostFinalAckData) {
    const Trace t = runLesson("lost-final-ack-data");
    // §3.10.7.4: the data segment's ACK 301 is acceptable in SYN_RECEIVED -> ESTABLISHED, and
    // processing continues with its data.
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{600}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Data), (std::vector<double>{600}));
    EXPECT_EQ(pureAcksBy(t, S), (std::vector<Seg>{{600, "ACK", 301, 201}}));
    EXPECT_EQ(sentBy(t, S, "SYN,ACK").size(), 1u); // its RTO (due 1.1) was cancelled
}

TEST(LessonFacts, LostFinalAckSynAckResent) {
    const Trace t = runLesson("lost-final-ack-synack-resent");
    EXPECT_EQ(sentBy(t, S, "SYN,ACK"),
              (std::vector<Seg>{{100, "SYN,ACK", 300, 101}, {1100, "SYN,ACK", 300, 101, 0, true}}));
    // SEQ 300 < RCV.NXT 301 in ESTABLISHED: unacceptable, answered by <101, 301>.
    EXPECT_EQ(pureAcksBy(t, C), (std::vector<Seg>{{200, "ACK", 101, 301}, {1200, "ACK", 101, 301}}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{1300}));
}

TEST(LessonFacts, LostFinalAckGiveUp) {
    const Trace t = runLesson("lost-final-ack-give-up");
    // SYN,ACK retries (3) at RTO 1, 2, 4 s after 0.1; the third retry's timer expires at 15.1.
    EXPECT_EQ(times(sentBy(t, S, "SYN,ACK")), (std::vector<double>{100, 1100, 3100, 7100}));
    EXPECT_EQ(left(t, S, St::SynReceived), (std::vector<double>{15100}));
    // §3.10.7.2: the data's ACK reaches the listener -> <SEQ=SEG.ACK=301><CTL=RST>, which is
    // exactly the client's RCV.NXT: reset.
    EXPECT_EQ(sentBy(t, S, "RST"), (std::vector<Seg>{{16100, "RST", 301, 0}}));
    EXPECT_EQ(notified(t, C, NotifyEvent::Reset), (std::vector<double>{16200}));
}

// --- closing ----------------------------------------------------------------------------------

TEST(LessonFacts, CloseClientFirst) {
    const Trace t = runLesson("close-client-first");
    // docs/tcp-rules.md worked example "4-way close, client first".
    EXPECT_EQ(sentBy(t, C, "ACK,FIN"), (std::vector<Seg>{{10000, "ACK,FIN", 101, 301}}));
    EXPECT_EQ(entered(t, S, St::CloseWait), (std::vector<double>{10100}));
    EXPECT_EQ(entered(t, C, St::FinWait2), (std::vector<double>{10200}));
    EXPECT_EQ(entered(t, S, St::LastAck), (std::vector<double>{11000}));
    EXPECT_EQ(entered(t, C, St::TimeWait), (std::vector<double>{11100}));
    EXPECT_EQ(entered(t, S, St::Closed), (std::vector<double>{11200}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{21100}));
}

TEST(LessonFacts, CloseServerFirst) {
    const Trace t = runLesson("close-server-first");
    EXPECT_EQ(sentBy(t, S, "ACK,FIN"), (std::vector<Seg>{{10000, "ACK,FIN", 301, 101}}));
    EXPECT_EQ(sentBy(t, C, "ACK,FIN"), (std::vector<Seg>{{11000, "ACK,FIN", 101, 302}}));
    EXPECT_EQ(entered(t, C, St::LastAck), (std::vector<double>{11000}));
    EXPECT_EQ(entered(t, S, St::TimeWait), (std::vector<double>{11100}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{11200}));
    EXPECT_EQ(entered(t, S, St::Closed), (std::vector<double>{21100}));
}

TEST(LessonFacts, CloseFinAckCombined) {
    const Trace t = runLesson("close-fin-ack-combined");
    // app_closes_on_eof: the ACK of the client's FIN and the server's FIN in one segment.
    EXPECT_EQ(sentBy(t, S, "ACK,FIN"), (std::vector<Seg>{{10100, "ACK,FIN", 301, 102}}));
    EXPECT_TRUE(pureAcksBy(t, S).empty());
    // §3.10.7.4 FIN in FIN_WAIT_1 with our FIN acknowledged by the same segment: TIME_WAIT.
    EXPECT_TRUE(entered(t, C, St::FinWait2).empty());
    EXPECT_EQ(entered(t, C, St::TimeWait), (std::vector<double>{10200}));
    EXPECT_EQ(entered(t, S, St::Closed), (std::vector<double>{10300}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{20200}));
}

TEST(LessonFacts, SimultaneousClose) {
    const Trace t = runLesson("simultaneous-close");
    // docs/tcp-rules.md worked example "Simultaneous close".
    for (HostId h : {C, S}) {
        EXPECT_EQ(entered(t, h, St::Closing), (std::vector<double>{10100}));
        EXPECT_EQ(entered(t, h, St::TimeWait), (std::vector<double>{10200}));
        EXPECT_EQ(entered(t, h, St::Closed), (std::vector<double>{20200}));
    }
    EXPECT_EQ(sentBy(t, S, "ACK,FIN"), (std::vector<Seg>{{10000, "ACK,FIN", 301, 101}}));
    EXPECT_EQ(pureAcksBy(t, S), (std::vector<Seg>{{10100, "ACK", 302, 102}}));
}

TEST(LessonFacts, DuplicateFin) {
    const Trace t = runLesson("duplicate-fin");
    // The copy (SEQ 101 < RCV.NXT 102) fails the sequence check in CLOSE_WAIT: only an ACK.
    EXPECT_EQ(pureAcksBy(t, S), (std::vector<Seg>{{10100, "ACK", 301, 102}, {10400, "ACK", 301, 102}}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Eof), (std::vector<double>{10100})); // once
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{21100}));
}

TEST(LessonFacts, FinOvertakesData) {
    const Trace t = runLesson("fin-overtakes-data");
    // The FIN (SEQ 201) arrives at 10.15 beyond RCV.NXT 101: held (SHLD-31), duplicate ACK.
    EXPECT_EQ(pureAcksBy(t, S).front(), (Seg{10150, "ACK", 301, 101}));
    // The data arrives at 10.6: delivered, then the held FIN: CLOSE_WAIT, ACK 202.
    EXPECT_EQ(entered(t, S, St::CloseWait), (std::vector<double>{10600}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Data), (std::vector<double>{10600}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Eof), (std::vector<double>{10600}));
    EXPECT_EQ(pureAcksBy(t, S).back(), (Seg{10600, "ACK", 301, 202}));
    EXPECT_EQ(entered(t, C, St::FinWait2), (std::vector<double>{10700}));
}

TEST(LessonFacts, HalfClose) {
    const Trace t = runLesson("half-close");
    // CLOSE_WAIT may still send (§3.10.2): 3000 bytes as three MSS-sized segments, ACK 102.
    EXPECT_EQ(
        dataBy(t, S),
        (std::vector<Seg>{{3000, "ACK", 301, 102, 1000}, {3000, "ACK", 1301, 102, 1000}, {3000, "ACK", 2301, 102, 1000}}));
    EXPECT_EQ(bytesDelivered(t, C), 3000u);
    EXPECT_EQ(sentBy(t, S, "ACK,FIN"), (std::vector<Seg>{{5000, "ACK,FIN", 3301, 102}}));
    EXPECT_EQ(entered(t, C, St::TimeWait), (std::vector<double>{5100}));
}

TEST(LessonFacts, CloseWaitStuck) {
    const Trace t = runLesson("close-wait-stuck");
    // The orphan FIN_WAIT_2 timer (20 s in this lesson) runs from 2.2.
    EXPECT_EQ(timerSets(t, C, TimerKind::FinWait2), (std::vector<std::pair<double, double>>{{2200, 22200}}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{22200}));
    // §3.10.7.1: data for a forgotten connection -> <SEQ=SEG.ACK=102><CTL=RST>; exact -> reset.
    EXPECT_EQ(sentBy(t, C, "RST"), (std::vector<Seg>{{23100, "RST", 102, 0}}));
    EXPECT_EQ(left(t, S, St::CloseWait), (std::vector<double>{23200}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Reset), (std::vector<double>{23200}));
}

TEST(LessonFacts, CloseWithUnreadData) {
    const Trace t = runLesson("close-with-unread-data");
    // RFC 2525 §2.17: close with unread data sends a RST at SND.NXT (301), never a FIN.
    std::vector<Seg> resets;
    for (const Seg& s : sentBy(t, S)) {
        EXPECT_EQ(s.flags.find("FIN"), std::string::npos);
        if (s.flags.find("RST") != std::string::npos) resets.push_back(s);
    }
    ASSERT_EQ(resets.size(), 1u);
    EXPECT_EQ(resets[0].tMs, 2000);
    EXPECT_EQ(resets[0].seq, 301u);
    EXPECT_EQ(notified(t, C, NotifyEvent::Reset), (std::vector<double>{2100}));
}

// --- loss while closing -----------------------------------------------------------------------

TEST(LessonFacts, LostFin) {
    const Trace t = runLesson("lost-fin");
    EXPECT_EQ(sentBy(t, C, "ACK,FIN"),
              (std::vector<Seg>{{10000, "ACK,FIN", 101, 301}, {11000, "ACK,FIN", 101, 301, 0, true}}));
    EXPECT_EQ(entered(t, S, St::CloseWait), (std::vector<double>{11100}));
    EXPECT_EQ(entered(t, C, St::FinWait2), (std::vector<double>{11200}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{23100}));
}

TEST(LessonFacts, LostAckOfFin) {
    const Trace t = runLesson("lost-ack-of-fin");
    EXPECT_EQ(entered(t, S, St::CloseWait), (std::vector<double>{10100}));
    EXPECT_EQ(pureAcksBy(t, S), (std::vector<Seg>{{10100, "ACK", 301, 102}, {11100, "ACK", 301, 102}}));
    EXPECT_EQ(entered(t, C, St::FinWait2), (std::vector<double>{11200}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Eof), (std::vector<double>{10100}));
}

TEST(LessonFacts, LostLastAck) {
    const Trace t = runLesson("lost-last-ack");
    // docs/tcp-rules.md worked example "Lost last ACK": the server's RTO (1 s) resends its FIN at 12.0.
    EXPECT_EQ(sentBy(t, S, "ACK,FIN"),
              (std::vector<Seg>{{11000, "ACK,FIN", 301, 102}, {12000, "ACK,FIN", 301, 102, 0, true}}));
    // TIME_WAIT acknowledges the retransmitted FIN and restarts 2 MSL: CLOSED at 22.1, not 21.1.
    EXPECT_EQ(timerSets(t, C, TimerKind::TimeWait),
              (std::vector<std::pair<double, double>>{{11100, 21100}, {12100, 22100}}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{22100}));
    EXPECT_EQ(entered(t, S, St::Closed), (std::vector<double>{12200}));
}

TEST(LessonFacts, FinRetriesExhausted) {
    const Trace t = runLesson("fin-retries-exhausted");
    // 5 retries, RTO 1, 2, 4, 8, 16, 32 s: FINs at 2, 3, 5, 9, 17, 33; give up at 65.
    EXPECT_EQ(times(sentBy(t, C, "ACK,FIN")), (std::vector<double>{2000, 3000, 5000, 9000, 17000, 33000}));
    EXPECT_EQ(notified(t, C, NotifyEvent::Timeout), (std::vector<double>{65000}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{65000}));
    EXPECT_TRUE(entered(t, S, St::CloseWait).empty());
}

// --- TIME_WAIT --------------------------------------------------------------------------------

TEST(LessonFacts, TimeWaitOldData) {
    const Trace t = runLesson("time-wait-old-data");
    // TIME_WAIT cut to 2 * 500 ms, entered at 3.6 (server FIN at 3.5).
    EXPECT_EQ(timerSets(t, C, TimerKind::TimeWait), (std::vector<std::pair<double, double>>{{3600, 4600}}));
    // Only the retransmitted copy (1 s RTO: 2.0, arrives 2.1) reaches an application.
    EXPECT_EQ(notified(t, C, NotifyEvent::Data), (std::vector<double>{2100}));
    // The old copy arrives at 6.1 in the new connection, outside its window (random ISNs):
    // answered with <SEQ=SND.NXT><ACK=RCV.NXT> of the new connection, which the server ignores.
    const auto syns = sentBy(t, C, "SYN");
    const auto synAcks = sentBy(t, S, "SYN,ACK");
    ASSERT_EQ(syns.size(), 2u);
    ASSERT_EQ(synAcks.size(), 2u);
    EXPECT_EQ(pureAcksBy(t, C).back(), (Seg{6100, "ACK", syns[1].seq + 1, synAcks[1].seq + 1}));
    EXPECT_EQ(entered(t, C, St::Established), (std::vector<double>{200, 5200}));
    EXPECT_LE(sentBy(t, S).back().tMs, 5100);
}

TEST(LessonFacts, TimeWaitAssassination) {
    const Trace t = runLesson("time-wait-assassination");
    // The old segment (SEQ 250) fails the sequence check in TIME_WAIT: ACK <102, 302>.
    EXPECT_EQ(pureAcksBy(t, C).back(), (Seg{5000, "ACK", 102, 302}));
    // §3.10.7.2: the server's listener answers <SEQ=SEG.ACK=302><CTL=RST> = the client's RCV.NXT.
    EXPECT_EQ(sentBy(t, S, "RST"), (std::vector<Seg>{{5100, "RST", 302, 0}}));
    // teach: a RST ends TIME_WAIT (no RFC 1337 protection): CLOSED at 5.2 instead of 13.1.
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{5200}));
}

TEST(LessonFacts, TimeWaitRfc1337) {
    const Trace t = runLesson("time-wait-rfc1337");
    EXPECT_EQ(sentBy(t, S, "RST"), (std::vector<Seg>{{5100, "RST", 302, 0}}));
    // RFC 1337: the RST is ignored; TIME_WAIT runs its full 2 * MSL from 3.1.
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{13100}));
}

TEST(LessonFacts, SynInTimeWait) {
    const Trace t = runLesson("syn-in-time-wait");
    EXPECT_EQ(entered(t, S, St::TimeWait), (std::vector<double>{2600}));
    // The client's second connection: ISS 100 + 64000.
    EXPECT_EQ(sentBy(t, C, "SYN"),
              (std::vector<Seg>{{0, "SYN", 100, 0}, {3000, "SYN", 64100, 0}, {4000, "SYN", 64100, 0, 0, true}}));
    // TIME_WAIT does not reopen (teach): ACK of the old connection <302, 102> (RFC 5961 §4).
    EXPECT_EQ(pureAcksBy(t, S).back(), (Seg{3100, "ACK", 302, 102}));
    // §3.10.7.3 step 1: SEG.ACK 102 <= ISS 64100 -> <SEQ=102><CTL=RST>; exact in TIME_WAIT.
    EXPECT_EQ(sentBy(t, C, "RST"), (std::vector<Seg>{{3200, "RST", 102, 0}}));
    EXPECT_EQ(left(t, S, St::TimeWait), (std::vector<double>{3300}));
    EXPECT_EQ(entered(t, C, St::Established), (std::vector<double>{200, 4200}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{300, 4300}));
}

// --- resets -----------------------------------------------------------------------------------

TEST(LessonFacts, UserAbort) {
    const Trace t = runLesson("user-abort");
    // §3.10.5: abort in ESTABLISHED -> <SEQ=SND.NXT=201><CTL=RST>, CLOSED at once.
    EXPECT_EQ(sentBy(t, C, "RST"), (std::vector<Seg>{{2000, "RST", 201, 0}}));
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{2000}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Reset), (std::vector<double>{2100}));
    EXPECT_TRUE(entered(t, C, St::TimeWait).empty());
}

TEST(LessonFacts, RstExact) {
    const Trace t = runLesson("rst-exact");
    // RFC 5961 §3.2: SEQ = RCV.NXT 301 -> reset.
    EXPECT_EQ(notified(t, C, NotifyEvent::Reset), (std::vector<double>{2000}));
    // §3.10.7.1 for the server's data at 3.0: <SEQ=SEG.ACK=101><CTL=RST>, exact for the server.
    EXPECT_EQ(sentBy(t, C, "RST"), (std::vector<Seg>{{3100, "RST", 101, 0}}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Reset), (std::vector<double>{3200}));
}

TEST(LessonFacts, RstInWindow) {
    const Trace t = runLesson("rst-in-window");
    // RFC 5961 §3.2: in window, not exact -> challenge ACK <SND.NXT 101, RCV.NXT 301>.
    EXPECT_EQ(pureAcksBy(t, C),
              (std::vector<Seg>{{200, "ACK", 101, 301}, {2000, "ACK", 101, 301}, {3100, "ACK", 101, 401}}));
    EXPECT_TRUE(entered(t, C, St::Closed).empty());
    EXPECT_EQ(bytesDelivered(t, C), 100u);
}

TEST(LessonFacts, RstInWindowLegacy) {
    const Trace t = runLesson("rst-in-window-legacy");
    // RFC 793 (rfc5961 off): any RST inside the window resets the connection.
    EXPECT_EQ(notified(t, C, NotifyEvent::Reset), (std::vector<double>{2000}));
    EXPECT_EQ(sentBy(t, C, "RST"), (std::vector<Seg>{{3100, "RST", 101, 0}}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Reset), (std::vector<double>{3200}));
}

TEST(LessonFacts, RstOutOfWindow) {
    const Trace t = runLesson("rst-out-of-window");
    // RFC 5961 §3.2: outside the window -> dropped silently: no segment at 2.0.
    EXPECT_EQ(pureAcksBy(t, C), (std::vector<Seg>{{200, "ACK", 101, 301}, {3100, "ACK", 101, 401}}));
    EXPECT_TRUE(entered(t, C, St::Closed).empty());
}

TEST(LessonFacts, SynInEstablished) {
    const Trace t = runLesson("syn-in-established");
    // RFC 5961 §4: challenge ACK <SND.NXT 301, RCV.NXT 101>, connection kept.
    EXPECT_EQ(pureAcksBy(t, S), (std::vector<Seg>{{2000, "ACK", 301, 101}}));
    EXPECT_TRUE(entered(t, S, St::Closed).empty());
    // The client sees a duplicate ACK: no answer.
    EXPECT_EQ(sentBy(t, C).size(), 2u);
}

TEST(LessonFacts, SynInEstablishedLegacy) {
    const Trace t = runLesson("syn-in-established-legacy");
    // RFC 793 §3.9 (rfc5961 off): a SYN in the window is an error: RST at SND.NXT, CLOSED, "reset".
    EXPECT_EQ(sentBy(t, S, "RST"), (std::vector<Seg>{{2000, "RST", 301, 0}}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Reset), (std::vector<double>{2000}));
    // SEQ 301 is the client's RCV.NXT: the client is reset as well.
    EXPECT_EQ(notified(t, C, NotifyEvent::Reset), (std::vector<double>{2100}));
}

TEST(LessonFacts, HalfOpenSurvivorSends) {
    const Trace t = runLesson("half-open-survivor-sends");
    EXPECT_EQ(entered(t, C, St::Closed), (std::vector<double>{2000})); // reboot: no segment
    EXPECT_EQ(sentBy(t, C, "RST"), (std::vector<Seg>{{3100, "RST", 101, 0}}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Reset), (std::vector<double>{3200}));
}

TEST(LessonFacts, HalfOpenReconnect) {
    const Trace t = runLesson("half-open-reconnect");
    // RFC 9293 Figure 10 with RFC 5961: the new SYN (ISS 64100) gets a challenge ACK <301, 101>;
    // SEG.ACK 101 <= ISS 64100 -> <SEQ=101><CTL=RST>, exact for the server: its stale connection goes.
    EXPECT_EQ(pureAcksBy(t, S), (std::vector<Seg>{{3100, "ACK", 301, 101}}));
    EXPECT_EQ(sentBy(t, C, "RST"), (std::vector<Seg>{{3200, "RST", 101, 0}}));
    EXPECT_EQ(notified(t, S, NotifyEvent::Reset), (std::vector<double>{3300}));
    EXPECT_EQ(entered(t, C, St::Established), (std::vector<double>{200, 4200}));
    EXPECT_EQ(entered(t, S, St::Established), (std::vector<double>{300, 4300}));
}

TEST(LessonFacts, DataRetriesExhausted) {
    const Trace t = runLesson("data-retries-exhausted");
    EXPECT_EQ(times(dataBy(t, C)), (std::vector<double>{2000, 3000, 5000, 9000, 17000, 33000}));
    EXPECT_EQ(notified(t, C, NotifyEvent::Timeout), (std::vector<double>{65000}));
    EXPECT_TRUE(entered(t, S, St::Closed).empty());
}

} // namespace
} // namespace hl
