// Timers: RFC 6298 retransmission with backoff and Karn, RFC 1122 §4.2.3.5 retry limits,
// RFC 6298 §5.7 (3 s after a lost SYN).
#include "endpoint_test_util.h"

namespace hl::test {
namespace {

using S = TcpState;

TEST(EndpointTimers, SynBackoffAndGiveUpTeachProfile) {
    // Teach, 3 SYN retries: SYNs at 0, 1, 3, 7 s (RTO 1, 2, 4, 8 s, RFC 6298 §5.5), give up at
    // 15 s when the timer of the last allowed retransmission expires: CLOSED, timeout, no segment.
    Ep c = synSentClient();
    const int64_t times[] = {1000, 3000, 7000};
    for (int64_t t : times) {
        c.fire(ms(t), TimerKind::Retransmit);
        EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"SYN", 100, 0, 0}})) << t; // same ISS
        EXPECT_EQ(retransmissions(c.out), (std::vector<bool>{true}));
        EXPECT_EQ(sendReasons(c.out), (std::vector<Reason>{Reason::RetransmitSyn}));
    }
    EXPECT_EQ(c.v().retries, 3);
    EXPECT_EQ(c.due(TimerKind::Retransmit), ms(15000));
    c.fire(ms(15000), TimerKind::Retransmit);
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::SynSent, S::Closed, Reason::GiveUpSyn}}));
    EXPECT_EQ(notifies(c.out), (std::vector<NotifyEvent>{NotifyEvent::Timeout}));
}

TEST(EndpointTimers, BackoffDoublesUpToCap) {
    // RFC 6298 §5.5 doubling, §2.5 cap (teach: 60 s): intervals 1,2,4,8,16,32,60,60.
    HostOptions o = teach();
    o.synRetries = 10;
    Ep c = synSentClient(o);
    int64_t t = 0;
    const int64_t intervals[] = {1, 2, 4, 8, 16, 32, 60, 60};
    for (int64_t iv : intervals) {
        t += iv * 1000;
        ASSERT_EQ(c.due(TimerKind::Retransmit), ms(t));
        c.fire(ms(t), TimerKind::Retransmit);
    }
}

TEST(EndpointTimers, SynGiveUpAfterTimeLimit) {
    // RFC 1122 §4.2.3.5 R2 as time (BSD: 75 s): the timer is cut at the deadline.
    Ep c = synSentClient(profileDefaults(Profile::Bsd));
    int64_t t = 0;
    for (int64_t iv : {1, 2, 4, 8, 16, 32}) {
        t += iv * 1000;
        c.fire(ms(t), TimerKind::Retransmit);
    }
    EXPECT_EQ(t, 63000);
    EXPECT_EQ(c.due(TimerKind::Retransmit), ms(75000));
    c.fire(ms(75000), TimerKind::Retransmit);
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::SynSent, S::Closed, Reason::GiveUpSyn}}));
}

TEST(EndpointTimers, PassiveSynReceivedGivesUpSilently) {
    // synackRetries 3: SYN,ACK at 0.1, 1.1, 3.1, 7.1; gives up at 15.1: gone, no segment, no notify.
    Ep s = synReceivedServer();
    for (int64_t t : {1100, 3100, 7100}) {
        s.fire(ms(t), TimerKind::Retransmit);
        EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"SYN,ACK", 300, 101, 0}}));
        EXPECT_EQ(sendReasons(s.out), (std::vector<Reason>{Reason::RetransmitSynAck}));
    }
    s.fire(ms(15100), TimerKind::Retransmit);
    EXPECT_TRUE(sent(s.out).empty());
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::SynReceived, S::Closed, Reason::GiveUpSynAck}}));
    EXPECT_TRUE(notifies(s.out).empty());
}

TEST(EndpointTimers, PassiveSynReceivedUsedByAppTellsTimeout) {
    // RFC 1122 §4.2.3.5: the app that queued data on it is told the connection timed out.
    Ep s = synReceivedServer();
    s.send(ms(1000), 2000);
    EXPECT_EQ(notes(s.out), (std::vector<Reason>{Reason::UserSendQueued}));
    for (int64_t t : {1100, 3100, 7100}) s.fire(ms(t), TimerKind::Retransmit);
    s.fire(ms(15100), TimerKind::Retransmit);
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::SynReceived, S::Closed, Reason::GiveUpSynAck}}));
    EXPECT_EQ(notifies(s.out), (std::vector<NotifyEvent>{NotifyEvent::Timeout}));
}

TEST(EndpointTimers, RttSampleFromSynGivesRtoFloor) {
    // RFC 6298 §2.2: R = 0.2 s: SRTT = 0.2, RTTVAR = 0.1, RTO = 0.2 + 4*0.1 = 0.6 -> floor 1 s.
    Ep c = establishedClient();
    EXPECT_TRUE(c.v().rttValid);
    EXPECT_EQ(c.v().srtt, ms(200));
    EXPECT_EQ(c.v().rttvar, ms(100));
    EXPECT_EQ(c.v().rto, ms(1000));
}

TEST(EndpointTimers, RttEstimatorSecondSample) {
    // RFC 6298 §2.3: after R1 = 0.2 s, R2 = 1.0 s:
    //   RTTVAR = 3/4*0.1 + 1/4*|0.2-1.0| = 0.075 + 0.2 = 0.275 s
    //   SRTT   = 7/8*0.2 + 1/8*1.0 = 0.175 + 0.125 = 0.3 s
    //   RTO    = 0.3 + 4*0.275 = 1.4 s
    Ep c = establishedClient();
    c.send(ms(1000), 100);
    c.in(ms(2000), seg("ACK", 301, 201));
    EXPECT_EQ(c.v().rttvar, ms(275));
    EXPECT_EQ(c.v().srtt, ms(300));
    EXPECT_EQ(c.v().rto, ms(1400));
}

TEST(EndpointTimers, KarnNoSampleFromRetransmittedSegment) {
    // Karn (RFC 6298 §3): the ACK of a retransmitted segment gives no RTT sample.
    Ep c = establishedClient();
    c.send(ms(1000), 100);
    c.fire(ms(2000), TimerKind::Retransmit); // RTO 1 s -> resent, RTO 2 s
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 301, 100}}));
    c.in(ms(2500), seg("ACK", 301, 201));
    EXPECT_EQ(c.v().srtt, ms(200)); // unchanged from the SYN's sample
    EXPECT_EQ(c.v().rto, ms(2000)); // the backed-off RTO is kept until a new sample
    EXPECT_FALSE(c.due(TimerKind::Retransmit));
}

TEST(EndpointTimers, DataRtoIs3sAfterLostSyn) {
    // RFC 6298 §5.7: the SYN was retransmitted and no sample exists -> RTO 3 s for data.
    Ep c = synSentClient();
    c.fire(ms(1000), TimerKind::Retransmit);
    c.in(ms(1200), seg("SYN,ACK", 300, 101));
    EXPECT_EQ(c.state(), S::Established);
    EXPECT_FALSE(c.v().rttValid); // Karn: the SYN,ACK answers a retransmitted SYN
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::RtoAfterSynLoss}));
    EXPECT_EQ(c.v().rto, ms(3000));
    c.send(ms(2000), 10);
    EXPECT_EQ(c.due(TimerKind::Retransmit), ms(5000));
}

TEST(EndpointTimers, DataRetriesExhaustedTimesOut) {
    // dataRetries 5 (teach): resent at +1,+2,+4,+8,+16 s, gives up 32 s after the last one.
    Ep c = establishedClient();
    c.send(ms(1000), 100);
    int64_t t = 1000;
    for (int64_t iv : {1, 2, 4, 8, 16}) {
        t += iv * 1000;
        c.fire(ms(t), TimerKind::Retransmit);
        EXPECT_EQ(sendReasons(c.out), (std::vector<Reason>{Reason::RetransmitData}));
    }
    t += 32000;
    c.fire(ms(t), TimerKind::Retransmit);
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::Established, S::Closed, Reason::GiveUpData}}));
    EXPECT_EQ(notifies(c.out), (std::vector<NotifyEvent>{NotifyEvent::Timeout}));
}

TEST(EndpointTimers, FinRetriesExhaustedTimesOut) {
    Ep s = lastAckServer();
    int64_t t = 11000;
    for (int64_t iv : {1, 2, 4, 8, 16}) {
        t += iv * 1000;
        s.fire(ms(t), TimerKind::Retransmit);
        EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"FIN,ACK", 301, 102, 0}}));
    }
    s.fire(ms(t + 32000), TimerKind::Retransmit);
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::LastAck, S::Closed, Reason::GiveUpFin}}));
}

} // namespace
} // namespace hl::test
