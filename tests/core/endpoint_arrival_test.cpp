// Segment arrival in the synchronized states, RFC 9293 §3.10.7.4 in its check order:
// sequence -> RST (RFC 5961) -> SYN (RFC 5961) -> ACK -> text -> FIN; and the TIME-WAIT options.
#include "endpoint_test_util.h"

namespace hl::test {
namespace {

using S = TcpState;

// Each synchronized state, with the RCV.NXT / SND.NXT it has (client side unless noted).
struct StateCase {
    const char* name;
    std::function<Ep()> make;
    uint32_t sndNxt, rcvNxt;
    bool fromServer; // segments come from the client (the endpoint is the server)
};
std::vector<StateCase> synchronizedStates() {
    return {
        {"ESTABLISHED", [] { return establishedClient(); }, 101, 301, false},
        {"FIN_WAIT_1", [] { return finWait1Client(); }, 102, 301, false},
        {"FIN_WAIT_2", [] { return finWait2Client(); }, 102, 301, false},
        {"CLOSING", [] { return closingClient(); }, 102, 302, false},
        {"TIME_WAIT", [] { return timeWaitClient(); }, 102, 302, false},
        {"CLOSE_WAIT", [] { return closeWaitServer(); }, 301, 102, true},
        {"LAST_ACK", [] { return lastAckServer(); }, 302, 102, true},
    };
}
Segment peer(const StateCase& c, const std::string& flags, uint32_t seq, uint32_t ack = 0, uint32_t len = 0) {
    return c.fromServer ? cseg(flags, seq, ack, len) : seg(flags, seq, ack, len);
}

TEST(EndpointArrival, UnacceptableSegmentIsAnsweredWithEmptyAckInEveryState) {
    // §3.10.7.4 first: not acceptable -> <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>, drop; never a RST.
    for (const auto& c : synchronizedStates()) {
        Ep e = c.make();
        const TcpState before = e.state();
        e.in(ms(10150), peer(c, "ACK", c.rcvNxt + 70000, c.sndNxt, 10)); // beyond the window
        EXPECT_EQ(sent(e.out), (std::vector<Sent>{{"ACK", c.sndNxt, c.rcvNxt, 0}})) << c.name;
        EXPECT_EQ(sendReasons(e.out), (std::vector<Reason>{Reason::SeqUnacceptableAck})) << c.name;
        EXPECT_EQ(e.state(), before) << c.name;
    }
}

TEST(EndpointArrival, UnacceptableRstIsDroppedInEveryState) {
    // §3.10.7.4 first: "If the RST bit is set, drop the segment and return" (a RST is never answered).
    for (const auto& c : synchronizedStates()) {
        Ep e = c.make();
        e.in(ms(10150), peer(c, "RST", c.rcvNxt + 70000));
        EXPECT_TRUE(sent(e.out).empty()) << c.name;
        EXPECT_EQ(notes(e.out), (std::vector<Reason>{Reason::SeqUnacceptableRstDrop})) << c.name;
    }
}

TEST(EndpointArrival, InWindowRstGetsChallengeAckInEveryState) {
    // RFC 5961 §3.2: RST in the window but not exactly RCV.NXT -> challenge ACK.
    for (const auto& c : synchronizedStates()) {
        Ep e = c.make();
        const TcpState before = e.state();
        e.in(ms(10150), peer(c, "RST", c.rcvNxt + 10));
        EXPECT_EQ(sent(e.out), (std::vector<Sent>{{"ACK", c.sndNxt, c.rcvNxt, 0}})) << c.name;
        EXPECT_EQ(sendReasons(e.out), (std::vector<Reason>{Reason::RstChallengeAck})) << c.name;
        EXPECT_EQ(e.state(), before) << c.name;
    }
}

TEST(EndpointArrival, ExactRstResetsInEveryState) {
    // §3.10.7.4 second: RST with SEQ = RCV.NXT -> CLOSED, no segment, timers cancelled.
    const std::map<std::string, std::pair<Reason, NotifyEvent>> expect = {
        {"ESTABLISHED", {Reason::RstReset, NotifyEvent::Reset}},
        {"FIN_WAIT_1", {Reason::RstReset, NotifyEvent::Reset}},
        {"FIN_WAIT_2", {Reason::RstReset, NotifyEvent::Reset}},
        {"CLOSE_WAIT", {Reason::RstReset, NotifyEvent::Reset}},
        {"CLOSING", {Reason::RstClosingStates, NotifyEvent::Reset}},
        {"LAST_ACK", {Reason::RstClosingStates, NotifyEvent::Reset}},
        {"TIME_WAIT", {Reason::RstClosingStates, NotifyEvent::Closed}},
    };
    for (const auto& c : synchronizedStates()) {
        Ep e = c.make();
        const TcpState before = e.state();
        e.in(ms(10150), peer(c, "RST", c.rcvNxt));
        const auto [why, ev] = expect.at(c.name);
        EXPECT_EQ(transitions(e.out), (std::vector<Transition>{{before, S::Closed, why}})) << c.name;
        EXPECT_EQ(notifies(e.out), (std::vector<NotifyEvent>{ev})) << c.name;
        EXPECT_TRUE(sent(e.out).empty()) << c.name;
        for (TimerKind k : {TimerKind::Retransmit, TimerKind::TimeWait, TimerKind::FinWait2})
            EXPECT_FALSE(e.due(k)) << c.name;
    }
}

TEST(EndpointArrival, LegacyInWindowRstResets) {
    // rfc5961 off (RFC 793): any RST in the window resets.
    HostOptions o = teach();
    o.rfc5961 = false;
    Ep c = establishedClient(o);
    c.in(ms(1000), seg("RST", 311));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::Established, S::Closed, Reason::RstReset}}));
}

TEST(EndpointArrival, SynInSynchronizedStateGetsChallengeAck) {
    // RFC 5961 §4: a SYN in the window -> challenge ACK, drop; state kept.
    for (const auto& c : synchronizedStates()) {
        if (std::string(c.name) == "TIME_WAIT") continue; // below
        Ep e = c.make();
        const TcpState before = e.state();
        e.in(ms(10150), peer(c, "SYN", c.rcvNxt + 5));
        EXPECT_EQ(sent(e.out), (std::vector<Sent>{{"ACK", c.sndNxt, c.rcvNxt, 0}})) << c.name;
        EXPECT_EQ(sendReasons(e.out), (std::vector<Reason>{Reason::SynChallengeAck})) << c.name;
        EXPECT_EQ(e.state(), before) << c.name;
    }
}

TEST(EndpointArrival, LegacySynInEstablishedResets) {
    // RFC 793: a SYN in the window is an error: RST and abort ("connection reset").
    HostOptions o = teach();
    o.rfc5961 = false;
    Ep c = establishedClient(o);
    c.in(ms(1000), seg("SYN", 305));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"RST", 101, 0, 0}}));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::Established, S::Closed, Reason::SynLegacyReset}}));
    EXPECT_EQ(notifies(c.out), (std::vector<NotifyEvent>{NotifyEvent::Reset}));
}

TEST(EndpointArrival, OldDuplicateSynAckInEstablishedIsOnlyAcked) {
    // §3.10.7.4 first: the duplicate SYN,ACK (SEQ=IRS) is below RCV.NXT: empty ACK.
    Ep c = establishedClient();
    c.in(ms(300), seg("SYN,ACK", 300, 101));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 301, 0}}));
    EXPECT_EQ(sendReasons(c.out), (std::vector<Reason>{Reason::SeqUnacceptableAck}));
    EXPECT_EQ(c.state(), S::Established);
}

TEST(EndpointArrival, AckOfUnsentDataIsAckedAndDropped) {
    // §3.10.7.4 fifth: SEG.ACK > SND.NXT -> send ACK, drop.
    Ep c = establishedClient();
    c.in(ms(300), seg("ACK", 301, 500, 10));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 301, 0}}));
    EXPECT_EQ(sendReasons(c.out), (std::vector<Reason>{Reason::AckTooNew}));
    EXPECT_EQ(c.v().rcvNxt, SeqNum(301)); // the text was not taken
}

TEST(EndpointArrival, DuplicateAckIsIgnoredWithNote) {
    Ep c = establishedClient();
    c.in(ms(300), seg("ACK", 301, 101));
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::AckDuplicateIgnored}));
}

TEST(EndpointArrival, SegmentWithoutAckIsDropped) {
    Ep c = establishedClient();
    c.in(ms(300), seg("", 301, 0, 10));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::AckMissingDrop}));
    EXPECT_EQ(c.v().rcvNxt, SeqNum(301));
}

TEST(EndpointArrival, RstInTimeWaitIgnoredWithRfc1337) {
    // RFC 1337 fix F1: ignore RST in TIME-WAIT (TIME-WAIT assassination).
    HostOptions o = teach();
    o.rfc1337 = true;
    Ep c = timeWaitClient(o);
    c.in(ms(12000), seg("RST", 302));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::RstTimeWaitIgnored}));
    EXPECT_EQ(c.state(), S::TimeWait);
    EXPECT_EQ(c.due(TimerKind::TimeWait), ms(21100));
}

TEST(EndpointArrival, SynInTimeWaitGetsChallengeAckByDefault) {
    // teach: no reopen; RFC 5961 §4: challenge ACK (a SYN above the window fails the sequence check
    // first and is ACKed the same way).
    Ep c = timeWaitClient();
    c.in(ms(12000), seg("SYN", 310));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 102, 302, 0}}));
    EXPECT_EQ(sendReasons(c.out), (std::vector<Reason>{Reason::SynChallengeAck}));
    EXPECT_EQ(c.state(), S::TimeWait);
}

TEST(EndpointArrival, SynInTimeWaitReopensWhenAllowed) {
    // Option timeWaitReopen (Linux, BSD; RFC 6191): a SYN above RCV.NXT ends TIME_WAIT; the host
    // gives the SYN to its listener.
    HostOptions o = teach();
    o.timeWaitReopen = true;
    Ep c = timeWaitClient(o);
    c.in(ms(12000), seg("SYN", 5000));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::TimeWait, S::Closed, Reason::SynTimeWaitReopen}}));
    EXPECT_TRUE(sent(c.out).empty());
    EXPECT_TRUE(c.ep.takeReopenRequest());
    EXPECT_FALSE(c.ep.takeReopenRequest());
    // A SYN not above the old sequence space does not reopen.
    Ep d = timeWaitClient(o);
    d.in(ms(12000), seg("SYN", 200));
    EXPECT_EQ(d.state(), S::TimeWait);
}

TEST(EndpointArrival, HostReopensTimeWaitThroughListener) {
    HostOptions o = teach();
    o.timeWaitReopen = true;
    Wire w(o, o);
    listenAt(w, ms(0));
    connectAt(w, ms(0));
    closeAt(w, ms(1000), HostId::Server); // the server closes first: it holds TIME_WAIT
    closeAt(w, ms(1500), HostId::Client);
    w.runUntil(ms(2000));
    ASSERT_EQ(w.server().connection(2)->state(), S::TimeWait);
    HostOutputs out;
    w.server().onSegment(ms(2500), cseg("SYN", 9000), out);
    EXPECT_EQ(w.server().connectionIds(), (std::vector<uint32_t>{1, 3}));
    EXPECT_EQ(w.server().connection(3)->state(), S::SynReceived);
    EXPECT_EQ(w.server().connection(3)->vars().irs, SeqNum(9000));
    // The client's TIME_WAIT has no listener behind it: the same kind of SYN does not reopen.
    HostOptions o2 = teach();
    o2.timeWaitReopen = true;
    Wire v(o2, o2);
    listenAt(v, ms(0));
    connectAt(v, ms(0));
    closeAt(v, ms(1000), HostId::Client);
    closeAt(v, ms(1500), HostId::Server);
    v.runUntil(ms(2000));
    ASSERT_EQ(v.client().connection(1)->state(), S::TimeWait);
    out.clear();
    v.client().onSegment(ms(2500), seg("SYN", 9000), out);
    EXPECT_EQ(v.client().connection(1)->state(), S::TimeWait);
}

TEST(EndpointArrival, DataInCloseWaitIsIgnored) {
    // §3.10.7.4 seventh, CLOSE-WAIT: the FIN was received: ignore the text. (Such data cannot be
    // in sequence; here it is in the window, above RCV.NXT.)
    Ep s = closeWaitServer();
    s.in(ms(10200), cseg("ACK", 102, 301, 10));
    EXPECT_EQ(notes(s.out), (std::vector<Reason>{Reason::DataIgnoredAfterFin}));
    EXPECT_EQ(s.v().rcvNxt, SeqNum(102));
}

} // namespace
} // namespace hl::test
