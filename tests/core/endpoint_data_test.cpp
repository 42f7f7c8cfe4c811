// Data: §3.10.2 SEND (segments of at most MSS inside the peer's window), cumulative ACKs,
// retransmission from SND.UNA, and §3.10.7.4 seventh check with out-of-order segments held
// (SHLD-31). Also §3.10.5 ABORT in every state.
#include "endpoint_test_util.h"

namespace hl::test {
namespace {

using S = TcpState;

TEST(EndpointData, SendIsCutIntoMssSegments) {
    // MSS 1000 (default): 2500 bytes -> 1000 + 1000 + 500, consecutive sequence numbers.
    Ep c = establishedClient();
    c.send(ms(1000), 2500);
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 301, 1000}, {"ACK", 1101, 301, 1000}, {"ACK", 2101, 301, 500}}));
    EXPECT_EQ(c.v().sndNxt, SeqNum(2601));
    EXPECT_EQ(c.due(TimerKind::Retransmit), ms(2000)); // armed once, by the first (RFC 6298 §5.1)
}

TEST(EndpointData, SendIsLimitedByPeerWindow) {
    // §3.8.6: usable window = SND.UNA + SND.WND - SND.NXT. The peer offers 1500 bytes.
    Ep c = synSentClient();
    c.in(ms(200), seg("SYN,ACK", 300, 101, 0, 1500));
    c.send(ms(1000), 4000);
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 301, 1000}, {"ACK", 1101, 301, 500}}));
    EXPECT_EQ(c.v().sendQueued, 2500u);
    c.send(ms(1010), 10); // the window is full: nothing goes out
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::SendWindowFull}));
    // The ACK of the first 1000 bytes opens the window again: 1000 more go out.
    c.in(ms(1200), seg("ACK", 301, 1101, 0, 1500));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 1601, 301, 1000}}));
    EXPECT_EQ(c.v().sndUna, SeqNum(1101));
}

TEST(EndpointData, CumulativeAckRestartsAndStopsTimer) {
    // RFC 6298 §5.3: an ACK of new data restarts the timer; §5.2: all acknowledged -> stop.
    Ep c = establishedClient();
    c.send(ms(1000), 2000);
    c.in(ms(1200), seg("ACK", 301, 1101));
    EXPECT_EQ(c.due(TimerKind::Retransmit), ms(2200));
    c.in(ms(1300), seg("ACK", 301, 2101));
    EXPECT_FALSE(c.due(TimerKind::Retransmit));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::AckAdvances}));
}

TEST(EndpointData, RetransmissionResendsFromSndUna) {
    // RFC 6298 §5.4: the earliest unacknowledged segment, same SEQ and length.
    Ep c = establishedClient();
    c.send(ms(1000), 2000);
    c.in(ms(1200), seg("ACK", 301, 1101)); // first 1000 acknowledged
    c.fire(ms(2200), TimerKind::Retransmit);
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 1101, 301, 1000}}));
    EXPECT_EQ(retransmissions(c.out), (std::vector<bool>{true}));
}

TEST(EndpointData, SendQueuedBeforeEstablishedGoesAfterHandshake) {
    // §3.10.2 SYN-SENT: queue the data; it goes after the handshake's ACK.
    Ep c = synSentClient();
    c.send(ms(50), 300);
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::UserSendQueued}));
    EXPECT_EQ(c.v().sendQueued, 300u);
    c.in(ms(200), seg("SYN,ACK", 300, 101));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 301, 0}, {"ACK", 101, 301, 300}}));
}

TEST(EndpointData, SendAfterCloseIsAnError) {
    // §3.10.2 FIN-WAIT-1/2, CLOSING, LAST-ACK, TIME-WAIT: "error: connection closing".
    for (auto make : std::vector<std::function<Ep()>>{[] { return finWait1Client(); }, [] { return finWait2Client(); },
                                                      [] { return closingClient(); }, [] { return timeWaitClient(); },
                                                      [] { return lastAckServer(); }}) {
        Ep e = make();
        e.send(ms(15000), 10);
        EXPECT_EQ(notes(e.out), (std::vector<Reason>{Reason::UserSendAfterClose})) << toString(e.state());
        EXPECT_TRUE(sent(e.out).empty());
    }
}

TEST(EndpointData, CloseWithQueuedDataSendsFinAfterData) {
    // §3.10.4: the FIN is queued behind the data; FIN_WAIT_1 at once.
    Ep c = synSentClient();
    c.in(ms(200), seg("SYN,ACK", 300, 101, 0, 500));
    c.send(ms(1000), 800);
    c.close(ms(1001));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::Established, S::FinWait1, Reason::UserCloseQueued}}));
    EXPECT_TRUE(sent(c.out).empty()); // window full
    c.in(ms(1200), seg("ACK", 301, 601, 0, 500));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 601, 301, 300}, {"FIN,ACK", 901, 301, 0}}));
}

TEST(EndpointData, OutOfOrderDataHeldThenDeliveredInOrder) {
    // SHLD-31: a segment beyond RCV.NXT is held (duplicate ACK); the gap filler releases both.
    Ep c = establishedClient();
    c.in(ms(300), seg("ACK", 401, 101, 100)); // 401..500, gap 301..400
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 301, 0}}));
    EXPECT_EQ(sendReasons(c.out), (std::vector<Reason>{Reason::SeqOutOfOrderHeld}));
    EXPECT_TRUE(notifies(c.out).empty());
    c.in(ms(310), seg("ACK", 301, 101, 100));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 501, 0}}));
    EXPECT_EQ(notifies(c.out), (std::vector<NotifyEvent>{NotifyEvent::Data, NotifyEvent::Data}));
    const auto data = only<OutNotify>(c.out);
    EXPECT_EQ(data[0].bytes, 100u);
    EXPECT_EQ(data[1].bytes, 100u);
}

TEST(EndpointData, FinOvertakingLastDataIsHeld) {
    // The FIN arrives before the last data: held, processed once the data fills the gap.
    Ep s = establishedServer();
    s.in(ms(500), cseg("FIN,ACK", 151, 301)); // FIN at 151, data 101..150 missing
    EXPECT_EQ(s.state(), S::Established);
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 101, 0}}));
    s.in(ms(520), cseg("ACK", 101, 301, 50));
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::Established, S::CloseWait, Reason::FinCloseWait}}));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 152, 0}}));
    EXPECT_EQ(notifies(s.out), (std::vector<NotifyEvent>{NotifyEvent::Data, NotifyEvent::Eof}));
}

TEST(EndpointData, PartlyOldSegmentIsTrimmed) {
    // §3.10.7.4: the part before RCV.NXT is cut; the rest is taken.
    Ep c = establishedClient();
    c.in(ms(300), seg("ACK", 301, 101, 100));
    c.in(ms(310), seg("ACK", 351, 101, 100)); // 351..450: 351..400 old
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 451, 0}}));
    EXPECT_EQ(only<OutNotify>(c.out)[0].bytes, 50u);
}

TEST(EndpointData, UnreadDataShrinksWindowToZero) {
    // appReads=false: data stays in the buffer; the window closes; a full window refuses text.
    HostOptions o = teach();
    o.appReads = false;
    o.window = 1000;
    Ep s = establishedServer(o);
    s.in(ms(400), cseg("ACK", 101, 301, 1000));
    EXPECT_EQ(s.v().rcvWnd, 0u);
    EXPECT_EQ(only<OutSend>(s.out)[0].seg.window, 0u);
    s.in(ms(500), cseg("ACK", 1101, 301, 10)); // zero window: the text is not acceptable (§3.4 Table 6)
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 1101, 0}}));
    EXPECT_EQ(sendReasons(s.out), (std::vector<Reason>{Reason::SeqUnacceptableAck}));
    EXPECT_EQ(s.v().unread, 1000u);
}

TEST(EndpointData, ZeroWindowStillTakesTheAck) {
    // §3.10.7.4: "special allowance should be made to accept valid ACKs" with RCV.WND = 0.
    HostOptions o = teach();
    o.appReads = false;
    o.window = 1000;
    Ep s = establishedServer(o);
    s.send(ms(350), 100);                       // server data 301..400 in flight
    s.in(ms(400), cseg("ACK", 101, 301, 1000)); // fills the window
    ASSERT_EQ(s.v().rcvWnd, 0u);
    s.in(ms(500), cseg("ACK", 1101, 401, 10)); // text refused, ACK used
    EXPECT_EQ(s.v().sndUna, SeqNum(401));
    EXPECT_EQ(s.v().rcvNxt, SeqNum(1101));
    EXPECT_FALSE(s.due(TimerKind::Retransmit));
}

TEST(EndpointData, PureAckAtRightWindowEdgeIsAccepted) {
    // The peer filled our whole window (its SND.NXT = RCV.NXT + RCV.WND); its pure ACK carries
    // SEQ = that right edge. Taken inclusively (Linux tcp_sequence) so no empty-ACK ping-pong.
    HostOptions o = teach();
    o.window = 1000;
    Ep c = establishedClient(o);
    c.send(ms(1000), 500);                       // client data 101..600
    c.in(ms(1200), seg("ACK", 301 + 1000, 601)); // SEQ = RCV.NXT + RCV.WND
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_EQ(c.v().sndUna, SeqNum(601));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::AckAdvances}));
}

TEST(EndpointData, AbortSendsRstInSynchronizedStates) {
    // §3.10.5: SYN-RECEIVED, ESTABLISHED, FIN-WAIT-1/2, CLOSE-WAIT -> <SEQ=SND.NXT><CTL=RST>, CLOSED.
    struct Case {
        std::function<Ep()> make;
        uint32_t sndNxt;
    };
    const std::vector<Case> cases = {{[] { return synReceivedServer(); }, 301},
                                     {[] { return establishedClient(); }, 101},
                                     {[] { return finWait1Client(); }, 102},
                                     {[] { return finWait2Client(); }, 102},
                                     {[] { return closeWaitServer(); }, 301}};
    for (const auto& c : cases) {
        Ep e = c.make();
        const TcpState before = e.state();
        e.abort(ms(15000));
        EXPECT_EQ(sent(e.out), (std::vector<Sent>{{"RST", c.sndNxt, 0, 0}})) << toString(before);
        EXPECT_EQ(transitions(e.out), (std::vector<Transition>{{before, S::Closed, Reason::UserAbort}}));
        EXPECT_FALSE(e.due(TimerKind::Retransmit));
    }
}

TEST(EndpointData, AbortIsSilentInOtherStates) {
    // §3.10.5: SYN-SENT, CLOSING, LAST-ACK, TIME-WAIT (and LISTEN) -> CLOSED, no segment.
    for (auto make : std::vector<std::function<Ep()>>{[] { return synSentClient(); }, [] { return closingClient(); },
                                                      [] { return lastAckServer(); }, [] { return timeWaitClient(); }}) {
        Ep e = make();
        const TcpState before = e.state();
        e.abort(ms(15000));
        EXPECT_TRUE(sent(e.out).empty()) << toString(before);
        EXPECT_EQ(transitions(e.out), (std::vector<Transition>{{before, S::Closed, Reason::UserAbortSilent}}));
        for (TimerKind k : {TimerKind::Retransmit, TimerKind::TimeWait, TimerKind::FinWait2}) EXPECT_FALSE(e.due(k));
    }
}

} // namespace
} // namespace hl::test
