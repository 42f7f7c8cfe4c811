// User calls in the states where they matter: RFC 9293 §3.10.2 SEND, §3.10.4 CLOSE (and
// shutdown, the close of our sending side only).
#include "endpoint_test_util.h"

namespace hl::test {
namespace {

using S = TcpState;

TEST(EndpointUserCalls, ShutdownInSynSentIsQueuedUntilEstablished) {
    // §3.10.4 (as for a queued CLOSE): the FIN follows the handshake.
    Ep c = synSentClient();
    c.shutdown(ms(50));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::UserCloseQueued}));
    EXPECT_EQ(c.state(), S::SynSent);
    c.send(ms(60), 10);
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::UserSendAfterClose}));
    c.in(ms(200), seg("SYN,ACK", 300, 101));
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::SynSent, S::Established, Reason::SynSentSynAck},
                                                           {S::Established, S::FinWait1, Reason::UserCloseQueued}}));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 101, 301, 0}, {"FIN,ACK", 101, 301, 0}}));
}

TEST(EndpointUserCalls, CloseInSynReceivedWithQueuedDataWaitsForEstablished) {
    // §3.10.4 SYN-RECEIVED: with data queued, "queue for processing after entering ESTABLISHED".
    Ep s = synReceivedServer();
    s.send(ms(150), 100);
    s.close(ms(160));
    EXPECT_EQ(notes(s.out), (std::vector<Reason>{Reason::UserCloseQueued}));
    EXPECT_EQ(s.state(), S::SynReceived);
    s.in(ms(300), cseg("ACK", 101, 301));
    EXPECT_EQ(transitions(s.out),
              (std::vector<Transition>{{S::SynReceived, S::Established, Reason::AckSynReceivedEstablished},
                                       {S::Established, S::FinWait1, Reason::UserCloseQueued}}));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"ACK", 301, 101, 100}, {"FIN,ACK", 401, 101, 0}}));
}

TEST(EndpointUserCalls, CloseListenerGoesClosed) {
    // §3.10.4 LISTEN: "Any outstanding RECEIVEs are returned ... delete TCB, enter CLOSED".
    Outputs out;
    Endpoint l = Endpoint::listen(ms(0), teach(), kServerPort, out);
    out.clear();
    l.close(ms(5), out);
    EXPECT_EQ(transitions(out), (std::vector<Transition>{{S::Listen, S::Closed, Reason::UserCloseListen}}));
    out.clear();
    l.send(ms(6), 10, out);
    EXPECT_EQ(notes(out), (std::vector<Reason>{Reason::UserSendNoConnection}));
}

TEST(EndpointUserCalls, ShutdownThenDataStillArrivesAndEofCloses) {
    // Half-close: after shutdown the peer's data is still read; its FIN takes us to TIME_WAIT.
    Ep c = establishedClient();
    c.shutdown(ms(1000));
    c.in(ms(1100), seg("ACK", 301, 102, 200)); // our FIN acked, with data
    EXPECT_EQ(transitions(c.out), (std::vector<Transition>{{S::FinWait1, S::FinWait2, Reason::AckOfFinFinWait2}}));
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 102, 501, 0}}));
    c.in(ms(1200), seg("FIN,ACK", 501, 102));
    EXPECT_EQ(c.state(), S::TimeWait);
    EXPECT_EQ(sent(c.out), (std::vector<Sent>{{"ACK", 102, 502, 0}}));
}

TEST(EndpointUserCalls, CloseWaitSendThenClose) {
    // §3.10.2 CLOSE-WAIT: data may still be sent; the FIN follows it.
    Ep s = closeWaitServer();
    s.send(ms(10500), 300);
    s.close(ms(10600));
    EXPECT_EQ(sent(s.out), (std::vector<Sent>{{"FIN,ACK", 601, 102, 0}}));
    s.in(ms(10700), cseg("ACK", 102, 602));
    EXPECT_EQ(transitions(s.out), (std::vector<Transition>{{S::LastAck, S::Closed, Reason::AckOfFinClosed}}));
}

TEST(EndpointUserCalls, EveryCallInClosedIsRefused) {
    Ep c = synSentClient();
    c.abort(ms(10));
    ASSERT_EQ(c.state(), S::Closed);
    c.send(ms(11), 1);
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::UserSendNoConnection}));
    c.close(ms(12));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::UserNoConnection}));
    c.abort(ms(13));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::UserNoConnection}));
    c.shutdown(ms(14));
    EXPECT_EQ(notes(c.out), (std::vector<Reason>{Reason::UserNoConnection}));
}

} // namespace
} // namespace hl::test
