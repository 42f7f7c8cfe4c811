// Captures whose timestamps are out of file order, equal, or absurdly far apart (the causes
// fuzz_capture found, tests/fuzz/regressions/capture/): the connection list takes packets in
// timestamp order (core/capture_connections.cpp, timeOrder), and the inference yields a trace
// whose events are in time order and whose segments arrive no earlier than they were sent, with
// the RFC 9293 §3.5 handshake states the timestamps imply.
#include "core/capture_connections.h"
#include "core/capture_file.h"
#include "core/capture_inference.h"
#include "core/tcp_frame.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace hl {
namespace {

constexpr uint32_t kClientIp = 0xC000020A; // 192.0.2.10
constexpr uint32_t kServerIp = 0xC633640A; // 198.51.100.10
constexpr int64_t kMs = 1000000;           // ns
constexpr int64_t kT0 = 1767225600 * int64_t{1000000000};

struct Packet {
    int64_t timeNs = 0;
    bool fromClient = true;
    Flags flags;
    uint32_t seq = 0, ack = 0, len = 0;
};

// A one-interface Ethernet capture of these packets, in this (file) order.
CaptureFile capture(const std::vector<Packet>& packets) {
    CaptureFile f;
    f.interfaces.push_back(CaptureInterface{kLinkEthernet, {}});
    for (const Packet& p : packets) {
        FrameSpec s;
        s.srcIp = p.fromClient ? kClientIp : kServerIp;
        s.dstIp = p.fromClient ? kServerIp : kClientIp;
        s.seg.srcPort = p.fromClient ? 50000 : 80;
        s.seg.dstPort = p.fromClient ? 80 : 50000;
        s.seg.flags = p.flags;
        s.seg.seq = SeqNum(p.seq);
        s.seg.ack = SeqNum(p.ack);
        s.seg.len = p.len;
        const std::vector<uint8_t> frame = buildTcpFrame(s);
        CapturedPacket cp;
        cp.timeNs = p.timeNs;
        cp.offset = f.bytes.size();
        cp.capturedLen = cp.originalLen = static_cast<uint32_t>(frame.size());
        f.bytes.insert(f.bytes.end(), frame.begin(), frame.end());
        f.packets.push_back(cp);
    }
    return f;
}

// The invariants every view relies on (tests/fuzz/capture_check.cpp checks them on random files).
void expectValidTrace(const Trace& t) {
    for (size_t k = 1; k < t.events.size(); ++k) EXPECT_GE(t.events[k].t, t.events[k - 1].t) << "event " << k;
    for (const SegmentRecord& rec : t.segments) {
        ASSERT_EQ(rec.copies.size(), 1u);
        EXPECT_NE(rec.copies[0].endEvent, kNoEvent);
        EXPECT_GE(rec.copies[0].endsAt, rec.sentAt) << "segment " << rec.seg.id << " arrives before it was sent";
    }
    EXPECT_GE(t.end, t.events.empty() ? SimTime() : t.events.back().t);
}

// Each state change of `host`: (trace time in µs, new state).
std::vector<std::pair<int64_t, TcpState>> states(const Trace& t, HostId host) {
    std::vector<std::pair<int64_t, TcpState>> out;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::State && e.host == host) out.emplace_back(e.t.us(), e.to);
    return out;
}

using S = TcpState;

// tcpdump -i any on a machine with several CPUs can write a packet before an earlier one: here
// the handshake's ACK (t0 + 40.1 ms) is in the file before the SYN,ACK (t0 + 40 ms) it answers.
TEST(CaptureTimeOrder, PacketsOutOfFileOrderAreTakenByTimestamp) {
    const CaptureFile f = capture({
        {kT0, true, Flag::SYN, 100, 0, 0},
        {kT0 + 40 * kMs + kMs / 10, true, Flag::ACK, 101, 301, 0},
        {kT0 + 40 * kMs, false, Flag::SYN | Flag::ACK, 300, 101, 0},
        {kT0 + 100 * kMs, true, Flag::FIN | Flag::ACK, 101, 301, 0},
    });
    const ConnectionList list = listConnections(f);
    ASSERT_EQ(list.connections.size(), 1u);
    const CaptureConnection& c = list.connections[0];
    ASSERT_EQ(c.segments.size(), 4u);
    std::vector<uint32_t> packets;
    for (const ConnectionSegment& s : c.segments) packets.push_back(s.packet);
    EXPECT_EQ(packets, (std::vector<uint32_t>{0, 2, 1, 3})) << "time order; the packet numbers stay the file's";
    EXPECT_EQ(c.startNs, kT0);
    EXPECT_EQ(c.endNs, kT0 + 100 * kMs);
    EXPECT_EQ(list.startNs, kT0);

    // SYN → SYN,ACK 40 ms, SYN,ACK → ACK 0.1 ms: the tap is next to the client (guessVantage's
    // rule: one round trip at most a quarter of the other), so the server is 20 ms away.
    EXPECT_EQ(guessVantage(c), Vantage::Client);
    const InferredConnection inf = inferConnection(c);
    expectValidTrace(inf.trace);
    EXPECT_EQ(inf.serverDelay, SimTime::fromUs(20000));
    EXPECT_EQ(inf.clientDelay, SimTime());
    // The tap is next to the client: the SYN leaves it at t0, trace time 0.
    EXPECT_EQ(inf.originNs, kT0);
    // RFC 9293 §3.5: the client is SYN-SENT from its SYN, ESTABLISHED when the SYN,ACK reaches
    // it (seen at the tap next to it: 40 ms); the server answers from LISTEN (SYN-RECEIVED when
    // the SYN reaches it, 20 ms) and is ESTABLISHED when the ACK reaches it (40.1 + 20 ms).
    // The FIN (100 ms) takes the client to FIN-WAIT-1 and the server to CLOSE-WAIT at 120 ms.
    EXPECT_EQ(states(inf.trace, HostId::Client),
              (std::vector<std::pair<int64_t, S>>{{0, S::SynSent}, {40000, S::Established}, {100000, S::FinWait1}}));
    EXPECT_EQ(states(inf.trace, HostId::Server),
              (std::vector<std::pair<int64_t, S>>{
                  {0, S::Listen}, {20000, S::SynReceived}, {60100, S::Established}, {120000, S::CloseWait}}));
}

// The SYN,ACK stamped before the SYN (a clock stepped back between them) used to give a
// negative round trip, hence a negative delay and arrivals before sends.
TEST(CaptureTimeOrder, ReplyStampedBeforeItsRequestKeepsTheTraceValid) {
    const CaptureFile f = capture({
        {kT0 + 5 * kMs, true, Flag::SYN, 100, 0, 0},
        {kT0 + 1 * kMs, false, Flag::SYN | Flag::ACK, 300, 101, 0},
        {kT0 + 6 * kMs, true, Flag::ACK, 101, 301, 0},
    });
    const ConnectionList list = listConnections(f);
    ASSERT_EQ(list.connections.size(), 1u);
    EXPECT_EQ(list.startNs, kT0 + kMs) << "the earliest packet, not the file's first";
    for (Vantage v : {Vantage::Client, Vantage::Server, Vantage::Middle, Vantage::Loopback}) {
        const InferredConnection inf = inferConnection(list.connections[0], InferenceOptions{v});
        expectValidTrace(inf.trace);
        EXPECT_GE(inf.clientDelay, SimTime());
        EXPECT_GE(inf.serverDelay, SimTime());
    }
}

// Every packet at one instant (a coarse clock, or text2pcap without times): the handshake still
// completes in order, each segment's send before its arrival.
TEST(CaptureTimeOrder, EqualTimestampsKeepFileOrder) {
    const CaptureFile f = capture({
        {kT0, true, Flag::SYN, 100, 0, 0},
        {kT0, false, Flag::SYN | Flag::ACK, 300, 101, 0},
        {kT0, true, Flag::ACK, 101, 301, 0},
        {kT0, true, Flag::ACK | Flag::PSH, 101, 301, 10},
        {kT0, false, Flag::ACK, 301, 111, 0},
    });
    const ConnectionList list = listConnections(f);
    ASSERT_EQ(list.connections.size(), 1u);
    std::vector<uint32_t> packets;
    for (const ConnectionSegment& s : list.connections[0].segments) packets.push_back(s.packet);
    EXPECT_EQ(packets, (std::vector<uint32_t>{0, 1, 2, 3, 4})) << "equal times keep the file's order (stable)";
    const InferredConnection inf = inferConnection(list.connections[0]);
    expectValidTrace(inf.trace);
    EXPECT_EQ(states(inf.trace, HostId::Client),
              (std::vector<std::pair<int64_t, S>>{{0, S::SynSent}, {0, S::Established}}));
    EXPECT_EQ(states(inf.trace, HostId::Server),
              (std::vector<std::pair<int64_t, S>>{{0, S::Listen}, {0, S::SynReceived}, {0, S::Established}}));
}

// A handshake with 20 ms between its packets at the tap, then 10 bytes from the client at 100 ms,
// sent again at `again` ms, the capture's last packet.
CaptureFile dataSentTwice(int64_t again) {
    return capture({
        {kT0, true, Flag::SYN, 100, 0, 0},
        {kT0 + 20 * kMs, false, Flag::SYN | Flag::ACK, 300, 101, 0},
        {kT0 + 40 * kMs, true, Flag::ACK, 101, 301, 0},
        {kT0 + 100 * kMs, true, Flag::ACK | Flag::PSH, 101, 301, 10},
        {kT0 + again * kMs, true, Flag::ACK | Flag::PSH, 101, 301, 10},
    });
}

// A data segment sent twice at one instant, the last packets of the capture: two copies with no
// time between them show no retransmission timeout to back off from (RFC 6298 §5.5), so no
// give-up is inferred; before, the inferred CLOSED was placed before the copy's own arrival.
TEST(CaptureTimeOrder, CopiesAtOneInstantInferNoGiveUp) {
    const CaptureFile f = dataSentTwice(100);
    const InferredConnection inf = inferConnection(listConnections(f).connections.at(0), InferenceOptions{Vantage::Middle});
    expectValidTrace(inf.trace);
    ASSERT_EQ(inf.trace.segments.size(), 5u);
    EXPECT_TRUE(inf.trace.segments[4].retransmission);
    EXPECT_EQ(states(inf.trace, HostId::Client).back().second, S::Established) << "no inferred give-up";
}

// A retransmission 1 ms after the first copy, the capture's last packet: RFC 6298 §5.5 doubles
// the timeout, so the sender gives up 2 ms after it at the earliest; that is before the copy
// reaches the server 10 ms later (tap in the middle of a 40 ms round trip), and the give-up is
// placed at that arrival, the last thing the capture shows, not before it.
TEST(CaptureTimeOrder, GiveUpIsNotBeforeTheLastArrival) {
    const CaptureFile f = dataSentTwice(101);
    const InferredConnection inf = inferConnection(listConnections(f).connections.at(0), InferenceOptions{Vantage::Middle});
    expectValidTrace(inf.trace);
    EXPECT_EQ(inf.clientDelay, SimTime::fromUs(10000));
    EXPECT_EQ(inf.serverDelay, SimTime::fromUs(10000));
    // Trace time 0: the SYN left the client 10 ms before the tap saw it.
    const auto client = states(inf.trace, HostId::Client);
    ASSERT_FALSE(client.empty());
    EXPECT_EQ(client.back(), (std::pair<int64_t, S>{111000 + 10000, S::Closed}));
    EXPECT_EQ(inf.trace.end.us(), 121000);
}

// A connection handed over out of time order (not from listConnections), and one whose times
// are centuries apart: the inference clamps rather than overflowing or going backwards.
TEST(CaptureTimeOrder, InferenceClampsWhatNoCaptureHas) {
    ConnectionList list = listConnections(capture({
        {kT0, true, Flag::SYN, 100, 0, 0},
        {kT0 + 20 * kMs, false, Flag::SYN | Flag::ACK, 300, 101, 0},
        {kT0 + 40 * kMs, true, Flag::ACK, 101, 301, 0},
    }));
    CaptureConnection backwards = list.connections.at(0);
    std::swap(backwards.segments[0].timeNs, backwards.segments[2].timeNs);
    CaptureConnection farApart = list.connections.at(0);
    farApart.segments[0].timeNs = -kMaxCaptureTimeNs;
    farApart.segments[2].timeNs = kMaxCaptureTimeNs - 1;
    for (const CaptureConnection* c : {&backwards, &farApart})
        for (Vantage v : {Vantage::Client, Vantage::Server, Vantage::Middle, Vantage::Loopback}) {
            const InferredConnection inf = inferConnection(*c, InferenceOptions{v});
            expectValidTrace(inf.trace);
            EXPECT_EQ(states(inf.trace, HostId::Server).back().second, S::Established);
        }
}

} // namespace
} // namespace hl
