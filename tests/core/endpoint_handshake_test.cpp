// Opening a connection: RFC 9293 §3.10.1 (OPEN), §3.10.7.2 (LISTEN), §3.10.7.3 (SYN-SENT),
// §3.10.7.4 (SYN-RECEIVED), and §3.5 (simultaneous open).
#include "endpoint_test_util.h"

namespace hl::test {
namespace {

using S = TcpState;

TEST(EndpointHandshake, ConnectSendsSynAndArmsInitialRto) {
    // §3.10.1 active OPEN: <SEQ=ISS><CTL=SYN>, SYN_SENT; RFC 6298 §2.1: RTO starts at 1 s.
    Ep c = synSentClient();
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::Closed, S::SynSent, Reason::UserConnect}}));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"SYN", 100, 0, 0}}));
    EXPECT_EQ(c.due(TimerKind::Retransmit), ms(1000));
    EXPECT_EQ(c.v().sndUna, SeqNum(100));
    EXPECT_EQ(c.v().sndNxt, SeqNum(101));
}

TEST(EndpointHandshake, AcceptSynSendsSynAckFromListen) {
    // §3.10.7.2: SYN at LISTEN -> <SEQ=ISS><ACK=SEG.SEQ+1><CTL=SYN,ACK>, SYN_RECEIVED.
    Ep s = synReceivedServer();
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::Listen, S::SynReceived, Reason::ListenSyn}}));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"SYN,ACK", 300, 101, 0}}));
    EXPECT_EQ(s.v().irs, SeqNum(100));
    EXPECT_EQ(s.v().rcvNxt, SeqNum(101));
    EXPECT_EQ(s.due(TimerKind::Retransmit), ms(1100));
}

TEST(EndpointHandshake, SynSentSynAckWithAcceptableAckEstablishes) {
    // §3.10.7.3 fourth: SYN with acceptable ACK -> ESTABLISHED, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
    Ep c = synSentClient();
    c.in(ms(200), seg("SYN,ACK", 300, 101));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::SynSent, S::Established, Reason::SynSentSynAck}}));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 301, 0}}));
    EXPECT_EQ(notifies(c.out), (std::vector<NotifyEvent>{NotifyEvent::Connected}));
    EXPECT_FALSE(c.due(TimerKind::Retransmit)); // RFC 6298 §5.2: all acknowledged
    EXPECT_EQ(c.v().sndUna, SeqNum(101));
    EXPECT_EQ(c.v().irs, SeqNum(300));
}

TEST(EndpointHandshake, SynSentBadAckAnsweredWithRst) {
    // §3.10.7.3 first: SEG.ACK =< ISS or > SND.NXT -> <SEQ=SEG.ACK><CTL=RST>, state kept.
    for (uint32_t badAck : {100u, 99u, 102u, 5000u}) {
        Ep c = synSentClient();
        c.in(ms(200), seg("SYN,ACK", 300, badAck));
        EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"RST", badAck, 0, 0}})) << badAck;
        EXPECT_EQ(sendReasons(c.out), (std::vector<Reason>{Reason::SynSentBadAckRst}));
        EXPECT_EQ(c.state(), S::SynSent);
    }
}

TEST(EndpointHandshake, SynSentBadAckOnRstIsDroppedSilently) {
    // §3.10.7.3 first: ... "unless the RST bit is set, if so drop the segment".
    Ep c = synSentClient();
    c.in(ms(200), seg("RST,ACK", 0, 5000));
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::SynSentBadAckDropRst}));
    EXPECT_EQ(c.state(), S::SynSent);
}

TEST(EndpointHandshake, SynSentRstWithAcceptableAckIsRefused) {
    // §3.10.7.3 second: RST with acceptable ACK -> "connection reset", CLOSED; timers cancelled.
    Ep c = synSentClient();
    c.in(ms(200), seg("RST,ACK", 0, 101));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::SynSent, S::Closed, Reason::SynSentRstRefused}}));
    EXPECT_EQ(notifies(c.out), (std::vector<NotifyEvent>{NotifyEvent::Refused}));
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_EQ(only<OutTimerCancel>(c.out).size(), 1u);
    EXPECT_FALSE(c.due(TimerKind::Retransmit));
}

TEST(EndpointHandshake, SynSentRstWithoutAckIsDropped) {
    // §3.10.7.3 second: a RST without an acceptable ACK is dropped (RFC 5961 §3 blind reset).
    Ep c = synSentClient();
    c.in(ms(200), seg("RST", 101));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::SynSentRstNoAckDrop}));
    EXPECT_EQ(c.state(), S::SynSent);
    EXPECT_TRUE(sent(c.out).empty());
}

TEST(EndpointHandshake, SynSentNeitherSynNorRstIsDropped) {
    // §3.10.7.3 fifth: a bare ACK (even an acceptable one) or a FIN is dropped; FIN never processed.
    Ep c = synSentClient();
    c.in(ms(200), seg("ACK", 300, 101));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::SynSentDropOther}));
    c.in(ms(210), seg("FIN", 300));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::SynSentDropOther}));
    EXPECT_EQ(c.state(), S::SynSent);
    EXPECT_TRUE(sent(c.out).empty());
}

TEST(EndpointHandshake, SynSentBareSynIsSimultaneousOpen) {
    // §3.10.7.3 fourth, no ACK: SYN_RECEIVED and <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK> (same ISS).
    Ep c = synSentClient();
    c.in(ms(100), seg("SYN", 300));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::SynSent, S::SynReceived, Reason::SynSentSimultaneousOpen}}));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"SYN,ACK", 100, 301, 0}}));
    EXPECT_EQ(c.due(TimerKind::Retransmit), ms(1000)); // still the SYN's timer
    EXPECT_EQ(c.ep.openKind(), OpenKind::Active);
}

TEST(EndpointHandshake, SimultaneousOpenSynAckEstablishesWithoutFurtherAck) {
    // RFC 9293 §3.5 Figure 7 line 6: SYN_RECEIVED <- <SEQ=300><ACK=101><CTL=SYN,ACK>: ESTABLISHED.
    Ep c = synSentClient();
    c.in(ms(100), seg("SYN", 300));
    c.in(ms(200), seg("SYN,ACK", 300, 101));
    EXPECT_EQ(transitions(c.out),
              (std::vector<Transition>{{S::SynReceived, S::Established, Reason::SynAckSimultaneousEstablished}}));
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_EQ(notifies(c.out), (std::vector<NotifyEvent>{NotifyEvent::Connected}));
    EXPECT_FALSE(c.due(TimerKind::Retransmit));
}

TEST(EndpointHandshake, SynReceivedAcceptableAckEstablishes) {
    // §3.10.7.4 fifth, SYN-RECEIVED: SND.UNA < SEG.ACK =< SND.NXT -> ESTABLISHED.
    Ep s = synReceivedServer();
    s.in(ms(300), cseg("ACK", 101, 301));
    EXPECT_EQ(transitions(s.out),
              (std::vector<Transition>{{S::SynReceived, S::Established, Reason::AckSynReceivedEstablished}}));
    EXPECT_TRUE(sent(s.out).empty());
    EXPECT_EQ(notifies(s.out), (std::vector<NotifyEvent>{NotifyEvent::Connected}));
    EXPECT_FALSE(s.due(TimerKind::Retransmit));
}

TEST(EndpointHandshake, SynReceivedAckWithDataAndFinContinuesProcessing) {
    // §3.10.7.4: after entering ESTABLISHED "continue processing": the text and FIN of the same
    // segment are taken; FIN -> CLOSE_WAIT, one ACK for all.
    Ep s = synReceivedServer();
    s.in(ms(300), cseg("FIN,ACK", 101, 301, 10));
    EXPECT_EQ(transitions(s.out),
              (std::vector<Transition>{{S::SynReceived, S::Established, Reason::AckSynReceivedEstablished},
                                       {S::Established, S::CloseWait, Reason::FinCloseWait}}));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 112, 0}}));
    EXPECT_EQ(notifies(s.out), (std::vector<NotifyEvent>{NotifyEvent::Connected, NotifyEvent::Data, NotifyEvent::Eof}));
}

TEST(EndpointHandshake, SynReceivedUnacceptableAckGetsRst) {
    // §3.10.7.4 fifth, SYN-RECEIVED: unacceptable ACK -> <SEQ=SEG.ACK><CTL=RST>, state kept.
    Ep s = synReceivedServer();
    s.in(ms(300), cseg("ACK", 101, 999));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"RST", 999, 0, 0}}));
    EXPECT_EQ(sendReasons(s.out), (std::vector<Reason>{Reason::AckSynReceivedBadRst}));
    EXPECT_EQ(s.state(), S::SynReceived);
}

TEST(EndpointHandshake, SynReceivedSegmentWithoutAckIsDropped) {
    // §3.10.7.4 fifth: "if the ACK bit is off, drop the segment and return".
    Ep s = synReceivedServer();
    s.in(ms(300), cseg("", 101, 0, 5));
    EXPECT_EQ(notes(s.out), (std::vector<Reason>{Reason::AckMissingDrop}));
    EXPECT_EQ(s.state(), S::SynReceived);
}

TEST(EndpointHandshake, SynReceivedExactRstReturnsPassiveToListen) {
    // §3.10.7.4 second, SYN-RECEIVED from a passive OPEN: valid RST -> LISTEN (the listener keeps
    // going; the Host deletes this connection). RFC 9293 Figure 8 old duplicate SYN.
    Ep s = synReceivedServer();
    s.in(ms(300), cseg("RST", 101));
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::SynReceived, S::Listen, Reason::RstSynReceivedToListen}}));
    EXPECT_TRUE(notifies(s.out).empty());
    EXPECT_FALSE(s.due(TimerKind::Retransmit));
}

TEST(EndpointHandshake, SynReceivedExactRstRefusesActiveOpen) {
    // §3.10.7.4 second, SYN-RECEIVED from an active OPEN: "connection refused", CLOSED.
    Ep c = synSentClient();
    c.in(ms(100), seg("SYN", 300));
    c.in(ms(200), seg("RST", 301));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::SynReceived, S::Closed, Reason::RstSynReceivedRefused}}));
    EXPECT_EQ(notifies(c.out), (std::vector<NotifyEvent>{NotifyEvent::Refused}));
}

TEST(EndpointHandshake, SynReceivedInWindowRstGetsChallengeAck) {
    // RFC 5961 §3.2: in window but not RCV.NXT -> <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
    Ep s = synReceivedServer();
    s.in(ms(300), cseg("RST", 150));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 101, 0}}));
    EXPECT_EQ(sendReasons(s.out), (std::vector<Reason>{Reason::RstChallengeAck}));
    EXPECT_EQ(s.state(), S::SynReceived);
}

TEST(EndpointHandshake, DuplicateSynInSynReceivedRepliesAckByDefault) {
    // §3.10.7.4 first: the repeated SYN (SEQ=IRS) is old: <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>.
    Ep s = synReceivedServer();
    s.in(ms(150), cseg("SYN", 100));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 101, 0}}));
    EXPECT_EQ(sendReasons(s.out), (std::vector<Reason>{Reason::SynDuplicateAck}));
    EXPECT_EQ(s.state(), S::SynReceived);
}

TEST(EndpointHandshake, DuplicateSynInSynReceivedResendsSynAckWhenLinuxLike) {
    // Option dupSynReply=synack (Linux, BSD): the SYN,ACK is sent again with the same ISS.
    HostOptions o = teach();
    o.dupSynReply = DupSynReply::SynAck;
    Ep s = synReceivedServer(o);
    s.in(ms(150), cseg("SYN", 100));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"SYN,ACK", 300, 101, 0}}));
    EXPECT_EQ(sendReasons(s.out), (std::vector<Reason>{Reason::SynDuplicateSynAck}));
    EXPECT_EQ(retransmissions(s.out), (std::vector<bool>{true}));
}

TEST(EndpointHandshake, OtherSynInSynReceivedGetsChallengeAck) {
    // RFC 5961 §4: a SYN in the window (not the one we have) -> challenge ACK.
    Ep s = synReceivedServer();
    s.in(ms(150), cseg("SYN", 105));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 101, 0}}));
    EXPECT_EQ(sendReasons(s.out), (std::vector<Reason>{Reason::SynChallengeAck}));
}

TEST(EndpointHandshake, ListenerRules) {
    // §3.10.7.2: RST ignored; ACK -> <SEQ=SEG.ACK><CTL=RST>; other -> dropped; SYN accepted.
    Outputs out;
    Endpoint l = Endpoint::listen(ms(0), teach(), kServerPort, out);
    EXPECT_EQ(transitions(out), (std::vector<Transition>{{S::Closed, S::Listen, Reason::UserListen}}));
    out.clear();
    l.onSegment(ms(1), cseg("RST", 5), out);
    EXPECT_EQ(notes(out), (std::vector<Reason>{Reason::ListenIgnoreRst}));
    out.clear();
    l.onSegment(ms(1), cseg("ACK", 5, 777), out);
    EXPECT_EQ(sent(out), (std::vector<Sent>{{"RST", 777, 0, 0}}));
    EXPECT_EQ(only<OutSend>(out)[0].seg.dstPort, kClientPort);
    out.clear();
    l.onSegment(ms(1), cseg("FIN", 5), out);
    EXPECT_EQ(notes(out), (std::vector<Reason>{Reason::ListenDropOther}));
    EXPECT_EQ(l.state(), S::Listen);
    EXPECT_TRUE(Endpoint::listenerAccepts(cseg("SYN", 5)));
    EXPECT_FALSE(Endpoint::listenerAccepts(cseg("SYN,ACK", 5, 1)));
    EXPECT_FALSE(Endpoint::listenerAccepts(cseg("SYN,RST", 5)));
}

} // namespace
} // namespace hl::test
