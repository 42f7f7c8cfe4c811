// Closing: RFC 9293 §3.10.4 (CLOSE), §3.10.7.4 ACK-of-FIN and FIN processing, TIME-WAIT (§3.3.2,
// §3.10.8). Numbers from docs/tcp-rules.md: client SND.NXT=101 RCV.NXT=301 when it closes.
#include "endpoint_test_util.h"

namespace hl::test {
namespace {

using S = TcpState;

TEST(EndpointClose, CloseInEstablishedSendsFinEntersFinWait1) {
    // §3.10.4 ESTABLISHED: form a FIN segment, FIN_WAIT_1. The FIN takes one sequence number.
    Ep c = establishedClient();
    c.close(ms(10000));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::Established, S::FinWait1, Reason::UserClose}}));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"FIN,ACK", 101, 301, 0}}));
    EXPECT_EQ(c.v().sndNxt, SeqNum(102));
    EXPECT_EQ(c.due(TimerKind::Retransmit), ms(11000));
}

TEST(EndpointClose, FinInEstablishedGoesCloseWaitAndAcks) {
    // §3.10.7.4 eighth: ESTABLISHED + FIN -> CLOSE_WAIT, ACK it (RCV.NXT counts the FIN); EOF once.
    Ep s = establishedServer();
    s.in(ms(10100), cseg("FIN,ACK", 101, 301));
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::Established, S::CloseWait, Reason::FinCloseWait}}));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 102, 0}}));
    EXPECT_EQ(notifies(s.out), (std::vector<NotifyEvent>{NotifyEvent::Eof}));
}

TEST(EndpointClose, AckOfFinInFinWait1GoesFinWait2) {
    // §3.10.7.4 fifth, FIN-WAIT-1: our FIN acknowledged -> FIN_WAIT_2; nothing sent.
    Ep c = finWait1Client();
    c.in(ms(10200), seg("ACK", 301, 102));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::FinWait1, S::FinWait2, Reason::AckOfFinFinWait2}}));
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_FALSE(c.due(TimerKind::Retransmit));
    EXPECT_FALSE(c.due(TimerKind::FinWait2)); // teach: no orphan timer
}

TEST(EndpointClose, FinInFinWait2GoesTimeWaitAndArms2Msl) {
    // §3.10.7.4 eighth, FIN-WAIT-2: -> TIME_WAIT, ACK the FIN, 2 MSL = 10 s in the teach profile.
    Ep c = finWait2Client();
    c.in(ms(11100), seg("FIN,ACK", 301, 102));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::FinWait2, S::TimeWait, Reason::FinTimeWait}}));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 102, 302, 0}}));
    EXPECT_EQ(c.due(TimerKind::TimeWait), ms(21100));
}

TEST(EndpointClose, FinWithAckOfOurFinInFinWait1GoesStraightToTimeWait) {
    // §3.10.7.4 eighth, FIN-WAIT-1: "If our FIN has been ACKed (perhaps in this segment), then
    // enter TIME-WAIT" (the 3-segment close: FIN,ACK answered by FIN,ACK).
    Ep c = finWait1Client();
    c.in(ms(10200), seg("FIN,ACK", 301, 102));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::FinWait1, S::TimeWait, Reason::FinTimeWait}}));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 102, 302, 0}}));
    EXPECT_EQ(c.due(TimerKind::TimeWait), ms(20200));
    EXPECT_FALSE(c.due(TimerKind::Retransmit));
}

TEST(EndpointClose, FinWithoutAckOfOurFinInFinWait1GoesClosing) {
    // §3.10.7.4 eighth, FIN-WAIT-1: FIN while our FIN is unacknowledged -> CLOSING, ACK it.
    Ep c = finWait1Client();
    c.in(ms(10100), seg("FIN,ACK", 301, 101));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::FinWait1, S::Closing, Reason::FinClosing}}));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 102, 302, 0}}));
    EXPECT_EQ(c.due(TimerKind::Retransmit), ms(11000)); // our FIN is still timed
}

TEST(EndpointClose, AckOfFinInClosingGoesTimeWait) {
    // §3.10.7.4 fifth, CLOSING: our FIN acknowledged -> TIME_WAIT.
    Ep c = closingClient();
    c.in(ms(10200), seg("ACK", 302, 102));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::Closing, S::TimeWait, Reason::AckOfFinTimeWait}}));
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_EQ(c.due(TimerKind::TimeWait), ms(20200));
    EXPECT_FALSE(c.due(TimerKind::Retransmit));
}

TEST(EndpointClose, CloseInCloseWaitSendsFinEntersLastAck) {
    // §3.10.4 CLOSE-WAIT: send FIN, LAST_ACK.
    Ep s = closeWaitServer();
    s.close(ms(11000));
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::CloseWait, S::LastAck, Reason::UserCloseInCloseWait}}));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"FIN,ACK", 301, 102, 0}}));
}

TEST(EndpointClose, AckOfFinInLastAckCloses) {
    // §3.10.7.4 fifth, LAST-ACK: our FIN acknowledged -> CLOSED (delete the TCB).
    Ep s = lastAckServer();
    s.in(ms(11200), cseg("ACK", 102, 302));
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::LastAck, S::Closed, Reason::AckOfFinClosed}}));
    EXPECT_EQ(notifies(s.out), (std::vector<NotifyEvent>{NotifyEvent::Closed}));
    EXPECT_TRUE(sent(s.out).empty());
    EXPECT_FALSE(s.due(TimerKind::Retransmit));
}

TEST(EndpointClose, TimeWaitExpiresAfter2Msl) {
    // §3.10.8: when the time-wait timeout expires, delete the TCB.
    Ep c = timeWaitClient();
    c.fire(ms(21100), TimerKind::TimeWait);
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::TimeWait, S::Closed, Reason::TimeWaitExpired}}));
    EXPECT_EQ(notifies(c.out), (std::vector<NotifyEvent>{NotifyEvent::Closed}));
    EXPECT_TRUE(sent(c.out).empty());
}

TEST(EndpointClose, RetransmittedFinInTimeWaitIsAckedAndRestarts2Msl) {
    // §3.10.7.4 eighth, TIME-WAIT: the repeated FIN is acknowledged and the 2 MSL timeout restarted.
    Ep c = timeWaitClient();
    c.in(ms(12100), seg("FIN,ACK", 301, 102));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 102, 302, 0}}));
    EXPECT_EQ(sendReasons(c.out), (std::vector<Reason>{Reason::FinTimeWaitRestart}));
    EXPECT_EQ(c.due(TimerKind::TimeWait), ms(22100));
    EXPECT_EQ(c.state(), S::TimeWait);
}

TEST(EndpointClose, RepeatedFinInCloseWaitIsOnlyAcked) {
    // §3.10.7.4 first: an old duplicate FIN fails the sequence check and is only ACKed.
    Ep s = closeWaitServer();
    s.in(ms(10500), cseg("FIN,ACK", 101, 301));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 102, 0}}));
    EXPECT_EQ(sendReasons(s.out), (std::vector<Reason>{Reason::FinRepeated}));
    EXPECT_TRUE(transitions(s.out).empty());
    EXPECT_TRUE(notifies(s.out).empty()); // EOF told once
}

TEST(EndpointClose, RepeatedFinInLastAckIsOnlyAcked) {
    Ep s = lastAckServer();
    s.in(ms(11050), cseg("FIN,ACK", 101, 301));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 302, 102, 0}}));
    EXPECT_EQ(s.state(), S::LastAck);
}

TEST(EndpointClose, LostFinIsRetransmittedWithSameSeq) {
    // RFC 6298 §5.4: a resent FIN keeps its sequence number; §5.5 the RTO doubles.
    Ep c = finWait1Client();
    c.fire(ms(11000), TimerKind::Retransmit);
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"FIN,ACK", 101, 301, 0}}));
    EXPECT_EQ(sendReasons(c.out), (std::vector<Reason>{Reason::RetransmitFin}));
    EXPECT_EQ(retransmissions(c.out), (std::vector<bool>{true}));
    EXPECT_EQ(c.due(TimerKind::Retransmit), ms(13000));
}

TEST(EndpointClose, ShutdownSendsFinButIsNotOrphaned) {
    // shutdown = close of our sending side; FIN_WAIT_2 orphan timer does not apply.
    HostOptions o = teach();
    o.finWait2Timeout = 60_s;
    Ep c = establishedClient(o);
    c.shutdown(ms(10000));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::Established, S::FinWait1, Reason::UserShutdown}}));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"FIN,ACK", 101, 301, 0}}));
    c.in(ms(10200), seg("ACK", 301, 102));
    EXPECT_EQ(c.state(), S::FinWait2);
    EXPECT_FALSE(c.due(TimerKind::FinWait2));
    EXPECT_FALSE(c.ep.orphaned());
}

TEST(EndpointClose, OrphanedFinWait2TimesOut) {
    // Linux tcp_fin_timeout: an app-closed connection leaves FIN_WAIT_2 after the timeout, silently.
    HostOptions o = teach();
    o.finWait2Timeout = 60_s;
    Ep c = finWait2Client(o);
    EXPECT_EQ(c.due(TimerKind::FinWait2), ms(70200));
    c.fire(ms(70200), TimerKind::FinWait2);
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::FinWait2, S::Closed, Reason::FinWait2Expired}}));
    EXPECT_TRUE(sent(c.out).empty());
}

TEST(EndpointClose, CloseAfterShutdownInFinWait2ArmsOrphanTimer) {
    HostOptions o = teach();
    o.finWait2Timeout = 60_s;
    Ep c = establishedClient(o);
    c.shutdown(ms(10000));
    c.in(ms(10200), seg("ACK", 301, 102));
    c.close(ms(12000));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::UserCloseAlreadyClosing}));
    EXPECT_EQ(c.due(TimerKind::FinWait2), ms(72000));
}

TEST(EndpointClose, HalfCloseDataKeepsFlowingFromCloseWait) {
    // §3.10.2: SEND is allowed in CLOSE-WAIT; FIN-WAIT-2 still takes data in (§3.10.7.4 seventh).
    Ep c = establishedClient();
    c.shutdown(ms(10000));
    c.in(ms(10200), seg("ACK", 301, 102));
    ASSERT_EQ(c.state(), S::FinWait2);
    c.in(ms(10300), seg("ACK", 301, 102, 500));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 102, 801, 0}}));
    EXPECT_EQ(notifies(c.out), (std::vector<NotifyEvent>{NotifyEvent::Data}));
    EXPECT_EQ(c.state(), S::FinWait2);

    Ep s = closeWaitServer();
    s.send(ms(10200), 500);
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 102, 500}}));
    EXPECT_EQ(s.state(), S::CloseWait);
}

TEST(EndpointClose, DataAfterAppCloseIsAnsweredWithRst) {
    // RFC 1122 §4.2.2.13: new data after CLOSE was called is lost: send RST.
    Ep c = finWait2Client();
    c.in(ms(10300), seg("ACK", 301, 102, 100));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"RST", 102, 0, 0}}));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::FinWait2, S::Closed, Reason::DataAfterCloseReset}}));
}

TEST(EndpointClose, AppClosesOnEofSendsOneFinAck) {
    // Option appClosesOnEof: on the peer's FIN the app closes at once; the ACK rides on our FIN.
    HostOptions o = teach();
    o.appClosesOnEof = true;
    Ep s = establishedServer(o);
    s.in(ms(10100), cseg("FIN,ACK", 101, 301));
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::Established, S::CloseWait, Reason::FinCloseWait},
                                                           {S::CloseWait, S::LastAck, Reason::AppClosesOnEof}}));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"FIN,ACK", 301, 102, 0}}));
}

TEST(EndpointClose, CloseWithUnreadDataSendsRst) {
    // RFC 2525 §2.17 / RFC 1122 §4.2.2.13: close with unread received data -> RST, not FIN.
    HostOptions o = teach();
    o.appReads = false;
    Ep s = establishedServer(o);
    s.in(ms(500), cseg("ACK", 101, 301, 100));
    EXPECT_EQ(s.v().unread, 100u);
    EXPECT_EQ(s.v().rcvWnd, 65435u); // the unread bytes fill the window
    EXPECT_TRUE(notifies(s.out).empty());
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 201, 0}}));
    EXPECT_EQ(only<OutSend>(s.out)[0].seg.window, 65435u);
    s.close(ms(1000));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"RST", 301, 0, 0}}));
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::Established, S::Closed, Reason::UserCloseUnreadData}}));
}

TEST(EndpointClose, CloseInSynSentDeletesWithoutSegment) {
    // §3.10.4 SYN-SENT: delete the TCB; no segment.
    Ep c = synSentClient();
    c.close(ms(500));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::SynSent, S::Closed, Reason::UserCloseSynSent}}));
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_FALSE(c.due(TimerKind::Retransmit));
}

TEST(EndpointClose, CloseInSynReceivedSendsFin) {
    // §3.10.4 SYN-RECEIVED, nothing queued: form a FIN, FIN_WAIT_1.
    Ep s = synReceivedServer();
    s.close(ms(150));
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::SynReceived, S::FinWait1, Reason::UserClose}}));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"FIN,ACK", 301, 101, 0}}));
}

TEST(EndpointClose, CloseInClosingStatesIsAnError) {
    // §3.10.4 CLOSING / LAST-ACK / TIME-WAIT: "error: connection closing".
    Ep c = closingClient();
    c.close(ms(10150));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::UserCloseAlreadyClosing}));
    Ep t = timeWaitClient();
    t.close(ms(12000));
    EXPECT_EQ(notes(t.out), (std::vector<Reason>{Reason::UserCloseAlreadyClosing}));
    EXPECT_EQ(t.state(), S::TimeWait);
}

} // namespace
} // namespace hl::test
