// The host: listener, demultiplexing by 4-tuple, CLOSED-state replies (RFC 9293 §3.10.7.1),
// reboot, and user calls on the current connection.
#include "endpoint_test_util.h"

namespace hl::test {
namespace {

using S = TcpState;

struct HostFixture : ::testing::Test {
    uint32_t nextIsn = 300;
    Host server{HostId::Server, kServerPort, teach(), [this] { return SeqNum(nextIsn); }};
    HostOutputs out;
    std::vector<std::pair<uint32_t, Sent>> sends() const {
        std::vector<std::pair<uint32_t, Sent>> r;
        for (const auto& o : out)
            if (const auto* s = std::get_if<OutSend>(&o.what))
                r.emplace_back(o.conn,
                               Sent{flagsToString(s->seg.flags), s->seg.seq.value(), s->seg.ack.value(), s->seg.len});
        return r;
    }
    std::vector<Reason> hostNotes() const {
        std::vector<Reason> r;
        for (const auto& o : out)
            if (const auto* n = std::get_if<OutNote>(&o.what)) r.push_back(n->reason);
        return r;
    }
    void in(SimTime t, const Segment& s) {
        out.clear();
        server.onSegment(t, s, out);
    }
};

TEST_F(HostFixture, ClosedReplyToSegmentWithAck) {
    // §3.10.7.1: ACK set -> <SEQ=SEG.ACK><CTL=RST>, on no connection (conn 0).
    in(ms(100), cseg("ACK", 101, 301));
    ASSERT_EQ(sends().size(), 1u);
    EXPECT_EQ(sends()[0], (std::pair<uint32_t, Sent>{0, {"RST", 301, 0, 0}}));
    const auto& s = std::get<OutSend>(out[0].what);
    EXPECT_EQ(s.reason, Reason::ClosedRstForAck);
    EXPECT_EQ(s.seg.srcPort, kServerPort);
    EXPECT_EQ(s.seg.dstPort, kClientPort);
}

TEST_F(HostFixture, ClosedReplyToSynIsRstAck) {
    // §3.10.7.1: no ACK -> <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK> (SYN counts one).
    in(ms(100), cseg("SYN", 100));
    EXPECT_EQ(sends(), (std::vector<std::pair<uint32_t, Sent>>{{0, {"RST,ACK", 0, 101, 0}}}));
    in(ms(100), cseg("FIN", 500, 0, 20));
    EXPECT_EQ(sends(), (std::vector<std::pair<uint32_t, Sent>>{{0, {"RST,ACK", 0, 521, 0}}}));
}

TEST_F(HostFixture, ClosedDropsRst) {
    // §3.10.7.1: "An incoming segment containing a RST is discarded."
    in(ms(100), cseg("RST", 100));
    EXPECT_TRUE(sends().empty());
    EXPECT_EQ(hostNotes(), (std::vector<Reason>{Reason::ClosedDropRst}));
}

TEST_F(HostFixture, ListenerSpawnsConnectionAndStaysListening) {
    server.listen(ms(0), out);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].conn, 1u);
    EXPECT_EQ(std::get<OutState>(out[0].what).to, S::Listen);
    in(ms(100), cseg("SYN", 100));
    // First output of the new connection: LISTEN -> SYN_RECEIVED (ListenSyn), then the SYN,ACK.
    ASSERT_GE(out.size(), 2u);
    EXPECT_EQ(out[0].conn, 2u);
    const auto& st = std::get<OutState>(out[0].what);
    EXPECT_EQ(st.from, S::Listen);
    EXPECT_EQ(st.to, S::SynReceived);
    EXPECT_EQ(st.reason, Reason::ListenSyn);
    EXPECT_EQ(sends(), (std::vector<std::pair<uint32_t, Sent>>{{2, {"SYN,ACK", 300, 101, 0}}}));
    EXPECT_EQ(server.connectionIds(), (std::vector<uint32_t>{1, 2}));
    EXPECT_EQ(server.listenerId(), std::optional<uint32_t>(1));
    EXPECT_EQ(server.connection(1)->state(), S::Listen);
    // The same tuple now goes to connection 2 (exact match first).
    in(ms(300), cseg("ACK", 101, 301));
    EXPECT_EQ(server.connection(2)->state(), S::Established);
}

TEST_F(HostFixture, ListenerAnswersStrayAckWithRst) {
    // §3.10.7.2 second: an ACK at LISTEN -> <SEQ=SEG.ACK><CTL=RST>, from the listener.
    server.listen(ms(0), out);
    in(ms(100), cseg("ACK", 101, 5555));
    EXPECT_EQ(sends(), (std::vector<std::pair<uint32_t, Sent>>{{1, {"RST", 5555, 0, 0}}}));
}

TEST_F(HostFixture, RstInSynReceivedReturnsToListenerAndDeletes) {
    server.listen(ms(0), out);
    in(ms(100), cseg("SYN", 90)); // an old duplicate SYN (RFC 9293 Figure 8)
    in(ms(300), cseg("RST", 91));
    ASSERT_FALSE(out.empty());
    const auto& st = std::get<OutState>(out[0].what);
    EXPECT_EQ(out[0].conn, 2u);
    EXPECT_EQ(st.to, S::Listen);
    EXPECT_EQ(server.connectionIds(), (std::vector<uint32_t>{1}));
    // The real SYN then makes a fresh connection (id 3).
    in(ms(400), cseg("SYN", 100));
    EXPECT_EQ(server.connectionIds(), (std::vector<uint32_t>{1, 3}));
}

TEST_F(HostFixture, RebootForgetsEverythingSilently) {
    server.listen(ms(0), out);
    in(ms(100), cseg("SYN", 100));
    in(ms(300), cseg("ACK", 101, 301));
    out.clear();
    server.reboot(ms(5000), out);
    EXPECT_TRUE(sends().empty());
    std::vector<std::pair<uint32_t, TcpState>> closed;
    for (const auto& o : out)
        if (const auto* st = std::get_if<OutState>(&o.what)) {
            EXPECT_EQ(st->reason, Reason::HostReboot);
            EXPECT_EQ(st->to, S::Closed);
            closed.emplace_back(o.conn, st->from);
        }
    EXPECT_EQ(closed, (std::vector<std::pair<uint32_t, TcpState>>{{1, S::Listen}, {2, S::Established}}));
    EXPECT_TRUE(server.connectionIds().empty());
    EXPECT_FALSE(server.listenerId());
    // Half-open: the survivor's data now gets the CLOSED reply.
    in(ms(6000), cseg("ACK", 101, 301, 10));
    EXPECT_EQ(sends(), (std::vector<std::pair<uint32_t, Sent>>{{0, {"RST", 301, 0, 0}}}));
}

TEST_F(HostFixture, UserCallsWithoutConnectionAreRefused) {
    server.send(ms(0), 10, out);
    server.close(ms(0), out);
    server.abort(ms(0), out);
    server.shutdown(ms(0), out);
    EXPECT_EQ(hostNotes(), (std::vector<Reason>{Reason::UserSendNoConnection, Reason::UserNoConnection,
                                                Reason::UserNoConnection, Reason::UserNoConnection}));
}

TEST_F(HostFixture, CloseFallsBackToListener) {
    server.listen(ms(0), out);
    out.clear();
    server.close(ms(10), out);
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(std::get<OutState>(out[0].what).reason, Reason::UserCloseListen);
    EXPECT_TRUE(server.connectionIds().empty());
}

TEST_F(HostFixture, SecondListenIsRefused) {
    server.listen(ms(0), out);
    out.clear();
    server.listen(ms(1), out);
    EXPECT_EQ(hostNotes(), (std::vector<Reason>{Reason::UserListenAlready}));
}

TEST(Host, ConnectWhileTupleInTimeWaitIsRefused) {
    Wire w;
    listenAt(w, ms(0));
    connectAt(w, ms(0));
    closeAt(w, ms(1000), HostId::Client);
    closeAt(w, ms(1500), HostId::Server);
    w.runUntil(ms(3000));
    ASSERT_EQ(w.client().connection(1)->state(), S::TimeWait);
    HostOutputs out;
    w.client().connect(ms(3000), kServerPort, out);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].conn, 0u);
    EXPECT_EQ(std::get<OutNote>(out[0].what).reason, Reason::UserConnectNoPort);
}

TEST(Host, StaleTimerIsIgnored) {
    Host c(HostId::Client, kClientPort, teach(), [] { return SeqNum(100); });
    HostOutputs out;
    c.connect(ms(0), kServerPort, out);
    out.clear();
    c.onTimer(ms(500), 1, TimerKind::Retransmit, out);  // not its due time
    c.onTimer(ms(1000), 7, TimerKind::Retransmit, out); // no such connection
    EXPECT_TRUE(out.empty());
    c.onTimer(ms(1000), 1, TimerKind::Retransmit, out);
    EXPECT_FALSE(out.empty());
}

} // namespace
} // namespace hl::test
