// The capture reader and packet decoder (issue 18, point 5) on hand-built byte buffers of every
// container and link-layer variant: classic pcap in both byte orders with µs and ns magic
// (pcap-savefile(5)), pcapng sections, interfaces, resolutions and comments
// (draft-ietf-opsawg-pcapng), Ethernet, VLAN, SLL, SLL2, raw IPv4/IPv6, NULL and LOOP
// (tcpdump.org linktypes), IPv4 (RFC 791), IPv6 with extension headers (RFC 8200) and TCP
// options (RFC 9293 §3.2, RFC 7323). And the errors: code, byte offset, value found.
#include "core/capture_connections.h"
#include "core/capture_file.h"
#include "core/packet_decoder.h"
#include "core/tcp_frame.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

namespace hl {
namespace {

using Bytes = std::vector<uint8_t>;

void put(Bytes& b, uint64_t v, int n, bool big) {
    for (int i = 0; i < n; ++i) b.push_back(static_cast<uint8_t>(v >> (8 * (big ? n - 1 - i : i))));
}

Segment synSegment() {
    Segment s;
    s.srcPort = 50000;
    s.dstPort = 80;
    s.flags = Flag::SYN;
    s.seq = SeqNum(1000);
    s.window = 29200;
    return s;
}

// An Ethernet frame with a TCP SYN carrying MSS 1460, 192.0.2.10 -> 198.51.100.10.
Bytes ethernetSyn(uint32_t len = 0) {
    FrameSpec f;
    f.srcIp = 0xC000020A;
    f.dstIp = 0xC633640A;
    f.seg = synSegment();
    f.seg.len = len;
    f.mss = 1460;
    return buildTcpFrame(f);
}
Bytes ipPart(const Bytes& eth) { return Bytes(eth.begin() + 14, eth.end()); }

// An IPv6 packet 2001:db8::1 -> 2001:db8::2 with a hop-by-hop header before TCP (RFC 8200 §4.3).
Bytes ipv6Syn() {
    const Bytes v4 = ipPart(ethernetSyn());
    const Bytes tcp(v4.begin() + 20, v4.end());
    Bytes b;
    put(b, 0x60000000, 4, true);
    put(b, 8 + tcp.size(), 2, true);
    b.push_back(0); // next: hop-by-hop
    b.push_back(64);
    for (int host : {1, 2}) {
        put(b, 0x20010db8, 4, true);
        put(b, 0, 8, true);
        put(b, static_cast<uint64_t>(host), 4, true);
    }
    b.push_back(6); // hop-by-hop: next TCP, length 0 (8 bytes), PadN
    b.push_back(0);
    for (uint8_t x : {1, 4, 0, 0, 0, 0}) b.push_back(x);
    b.insert(b.end(), tcp.begin(), tcp.end());
    return b;
}

Bytes pcap(const std::vector<Bytes>& frames, uint32_t link, bool big, bool nanos) {
    Bytes b;
    put(b, nanos ? 0xA1B23C4D : 0xA1B2C3D4, 4, big);
    put(b, 2, 2, big);
    put(b, 4, 2, big);
    put(b, 0, 8, big);
    put(b, 65535, 4, big);
    put(b, link, 4, big);
    uint32_t sec = 1767225600;
    for (const Bytes& f : frames) {
        put(b, sec++, 4, big);
        put(b, nanos ? 123456789 : 123456, 4, big);
        put(b, f.size(), 4, big);
        put(b, f.size(), 4, big);
        b.insert(b.end(), f.begin(), f.end());
    }
    return b;
}

// pcapng blocks.
struct Ng {
    bool big = false;
    Bytes out;
    void block(uint32_t type, const Bytes& body) {
        const size_t total = 12 + (body.size() + 3) / 4 * 4;
        put(out, type, 4, big);
        put(out, total, 4, big);
        out.insert(out.end(), body.begin(), body.end());
        while ((out.size() % 4) != 0) out.push_back(0);
        put(out, total, 4, big);
    }
    void option(Bytes& b, uint16_t code, const Bytes& v) const {
        put(b, code, 2, big);
        put(b, v.size(), 2, big);
        b.insert(b.end(), v.begin(), v.end());
        while ((b.size() % 4) != 0) b.push_back(0);
    }
    void shb() {
        Bytes b;
        put(b, 0x1A2B3C4D, 4, big);
        put(b, 1, 2, big);
        put(b, 0, 2, big);
        put(b, ~uint64_t{0}, 8, big);
        block(0x0A0D0D0A, b);
    }
    void idb(uint16_t link, std::optional<uint8_t> tsresol = {}, const std::string& name = {}) {
        Bytes b;
        put(b, link, 2, big);
        put(b, 0, 2, big);
        put(b, 262144, 4, big);
        if (!name.empty()) option(b, 2, Bytes(name.begin(), name.end()));
        if (tsresol) option(b, 9, Bytes{*tsresol});
        put(b, 0, 4, big);
        block(1, b);
    }
    void epb(uint32_t iface, uint64_t ts, const Bytes& frame, const std::vector<std::string>& comments = {}) {
        Bytes b;
        put(b, iface, 4, big);
        put(b, ts >> 32, 4, big);
        put(b, ts & 0xFFFFFFFF, 4, big);
        put(b, frame.size(), 4, big);
        put(b, frame.size(), 4, big);
        b.insert(b.end(), frame.begin(), frame.end());
        while ((b.size() % 4) != 0) b.push_back(0);
        for (const auto& c : comments) option(b, 1, Bytes(c.begin(), c.end()));
        if (!comments.empty()) put(b, 0, 4, big);
        block(6, b);
    }
};

CaptureFile ok(CaptureResult r) {
    if (const auto* e = std::get_if<CaptureError>(&r)) {
        ADD_FAILURE() << "error " << static_cast<int>(e->code) << " at " << e->offset << " found " << e->found;
        return {};
    }
    return std::get<CaptureFile>(std::move(r));
}

CaptureError err(const CaptureResult& r) {
    EXPECT_TRUE(std::holds_alternative<CaptureError>(r));
    return std::holds_alternative<CaptureError>(r) ? std::get<CaptureError>(r) : CaptureError{};
}

// Decodes packet i and checks it is the SYN built above.
void expectSyn(const CaptureFile& f, size_t i, bool v6 = false) {
    ASSERT_LT(i, f.packets.size());
    DecodedTcp d;
    const uint16_t link = f.interfaces.at(f.packets[i].interface).linkType;
    ASSERT_EQ(decodeTcp(link, f.frame(f.packets[i]), d), DecodeOutcome::Tcp) << "link " << link;
    EXPECT_EQ(d.src.toString(), v6 ? "2001:db8::1" : "192.0.2.10");
    EXPECT_EQ(d.dst.toString(), v6 ? "2001:db8::2" : "198.51.100.10");
    EXPECT_EQ(d.srcPort, 50000);
    EXPECT_EQ(d.dstPort, 80);
    EXPECT_EQ(d.seg.flags, Flags(Flag::SYN));
    EXPECT_EQ(d.seg.seq.value(), 1000u);
    EXPECT_EQ(d.seg.window, 29200u);
    EXPECT_EQ(d.seg.len, 0u);
    EXPECT_EQ(d.mss, 1460);
}

TEST(CaptureFile, ClassicPcapEveryByteOrderAndResolution) {
    for (bool big : {false, true})
        for (bool nanos : {false, true}) {
            SCOPED_TRACE(std::string(big ? "big" : "little") + (nanos ? " ns" : " us"));
            const CaptureFile f = ok(parseCapture(pcap({ethernetSyn(), ethernetSyn()}, kLinkEthernet, big, nanos)));
            EXPECT_EQ(f.format, CaptureFormat::Pcap);
            ASSERT_EQ(f.packets.size(), 2u);
            EXPECT_EQ(f.packets[0].timeNs, 1767225600LL * 1000000000 + (nanos ? 123456789 : 123456000));
            EXPECT_EQ(f.packets[1].timeNs - f.packets[0].timeNs, 1000000000);
            expectSyn(f, 0);
            expectSyn(f, 1);
        }
}

TEST(CaptureFile, EveryLinkType) {
    const Bytes eth = ethernetSyn(), ip = ipPart(eth);
    Bytes vlan(eth.begin(), eth.begin() + 12); // 802.1ad outer tag 100, 802.1Q inner tag 7
    for (uint16_t v : {uint16_t{0x88A8}, uint16_t{100}, uint16_t{0x8100}, uint16_t{7}, uint16_t{0x0800}})
        put(vlan, v, 2, true);
    vlan.insert(vlan.end(), ip.begin(), ip.end());
    Bytes sll; // packet type 0, ARPHRD_ETHER 1, address length 6, 8 address bytes, protocol
    put(sll, 0, 2, true);
    put(sll, 1, 2, true);
    put(sll, 6, 2, true);
    put(sll, 0x020000000001, 8, true);
    put(sll, 0x0800, 2, true);
    sll.insert(sll.end(), ip.begin(), ip.end());
    Bytes sll2; // protocol, reserved, ifindex, ARPHRD, packet type, address length, 8 address bytes
    put(sll2, 0x0800, 2, true);
    put(sll2, 0, 2, true);
    put(sll2, 1, 4, true);
    put(sll2, 1, 2, true);
    sll2.push_back(0);
    sll2.push_back(6);
    put(sll2, 0x020000000001, 8, true);
    sll2.insert(sll2.end(), ip.begin(), ip.end());
    Bytes nullLe{2, 0, 0, 0}, nullBe{0, 0, 0, 2}, loop{0, 0, 0, 2};
    nullLe.insert(nullLe.end(), ip.begin(), ip.end());
    nullBe.insert(nullBe.end(), ip.begin(), ip.end());
    loop.insert(loop.end(), ip.begin(), ip.end());
    const Bytes v6 = ipv6Syn();
    Bytes null6{30, 0, 0, 0}; // macOS AF_INET6
    null6.insert(null6.end(), v6.begin(), v6.end());

    struct Case {
        const char* name;
        uint16_t link;
        Bytes frame;
        bool v6;
    };
    const Case cases[] = {{"ethernet", kLinkEthernet, eth, false}, {"vlan", kLinkEthernet, vlan, false},
                          {"sll", kLinkLinuxSll, sll, false},      {"sll2", kLinkLinuxSll2, sll2, false},
                          {"raw v4", kLinkRaw, ip, false},         {"raw v6", kLinkRaw, v6, true},
                          {"ipv4", kLinkIpv4, ip, false},          {"ipv6", kLinkIpv6, v6, true},
                          {"null le", kLinkNull, nullLe, false},   {"null be", kLinkNull, nullBe, false},
                          {"null v6", kLinkNull, null6, true},     {"loop", kLinkLoop, loop, false}};
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        expectSyn(ok(parseCapture(pcap({c.frame}, c.link, false, false))), 0, c.v6);
    }
    DecodedTcp d;
    ASSERT_EQ(decodeTcp(kLinkEthernet, vlan, d), DecodeOutcome::Tcp);
    EXPECT_EQ(d.vlan, 100) << "the outermost tag";
}

TEST(CaptureFile, PcapngInterfacesLinkTypesResolutionsComments) {
    for (bool big : {false, true}) {
        SCOPED_TRACE(big ? "big-endian section" : "little-endian section");
        Ng ng;
        ng.big = big;
        ng.shb();
        ng.idb(kLinkEthernet, std::nullopt, "eth0"); // microseconds by default
        ng.idb(kLinkRaw, uint8_t{9}, "raw");         // nanoseconds
        ng.idb(kLinkLinuxSll2, uint8_t{0x80 | 10});  // 2^-10 s
        ng.epb(0, 1767225600ULL * 1000000 + 5, ethernetSyn(), {"first", "zweite"});
        ng.epb(1, 1767225600ULL * 1000000000 + 7, ipPart(ethernetSyn()));
        ng.epb(2, 1767225600ULL * 1024 + 512, Bytes{0x08, 0x06}); // a cut SLL2 header: not TCP
        // A second section restarts the interface numbering.
        ng.shb();
        ng.idb(kLinkIpv6);
        ng.epb(0, 0, ipv6Syn());
        const CaptureFile f = ok(parseCapture(ng.out));
        EXPECT_EQ(f.format, CaptureFormat::Pcapng);
        ASSERT_EQ(f.interfaces.size(), 4u);
        EXPECT_EQ(f.interfaces[0].name, "eth0");
        ASSERT_EQ(f.packets.size(), 4u);
        EXPECT_EQ(f.packets[0].timeNs, 1767225600LL * 1000000000 + 5000);
        EXPECT_EQ(f.packets[1].timeNs, 1767225600LL * 1000000000 + 7);
        EXPECT_EQ(f.packets[2].timeNs, 1767225600LL * 1000000000 + 500000000);
        EXPECT_EQ(f.packets[0].comments, (std::vector<std::string>{"first", "zweite"}));
        EXPECT_EQ(f.packets[3].interface, 3u);
        expectSyn(f, 0);
        expectSyn(f, 1);
        DecodedTcp d;
        EXPECT_EQ(decodeTcp(kLinkLinuxSll2, f.frame(f.packets[2]), d), DecodeOutcome::Truncated);
        expectSyn(f, 3, true);
    }
}

TEST(CaptureFile, DecoderSkipsWhatIsNotTcp) {
    DecodedTcp d;
    Bytes udp = ethernetSyn();
    udp[14 + 9] = 17;
    EXPECT_EQ(decodeTcp(kLinkEthernet, udp, d), DecodeOutcome::NotTcp);
    Bytes frag = ethernetSyn();
    frag[14 + 7] = 0x10; // fragment offset 16 (x8 bytes)
    EXPECT_EQ(decodeTcp(kLinkEthernet, frag, d), DecodeOutcome::LaterFragment);
    Bytes arp = ethernetSyn();
    arp[12] = 0x08;
    arp[13] = 0x06;
    EXPECT_EQ(decodeTcp(kLinkEthernet, arp, d), DecodeOutcome::NotIp);
    EXPECT_EQ(decodeTcp(147, ethernetSyn(), d), DecodeOutcome::UnsupportedLink);
    const Bytes eth = ethernetSyn(500);
    // Cut by the snap length after the TCP header: the segment's length still comes from IPv4.
    ASSERT_EQ(decodeTcp(kLinkEthernet, std::span(eth).first(14 + 20 + 24), d), DecodeOutcome::Tcp);
    EXPECT_EQ(d.seg.len, 500u);
    EXPECT_EQ(decodeTcp(kLinkEthernet, std::span(eth).first(14 + 30), d), DecodeOutcome::Truncated);
}

TEST(CaptureFile, ErrorsSayWhereAndWhat) {
    EXPECT_EQ(err(parseCapture({})).code, CaptureErrorCode::Empty);
    const CaptureError unknown = err(parseCapture(Bytes{'{', '"', 'i', 'd', '"', ':'}));
    EXPECT_EQ(unknown.code, CaptureErrorCode::UnknownFormat);
    EXPECT_EQ(unknown.found, 0x7B226964u);

    Bytes cut = pcap({ethernetSyn()}, kLinkEthernet, false, false);
    cut.resize(cut.size() - 10);
    const CaptureError truncated = err(parseCapture(cut));
    EXPECT_EQ(truncated.code, CaptureErrorCode::TruncatedPacket);
    EXPECT_EQ(truncated.offset, 24u) << "the record starts after the 24-byte file header";
    EXPECT_EQ(truncated.found, 10u) << "bytes missing";

    Bytes header = pcap({}, kLinkEthernet, true, false);
    header.resize(20);
    EXPECT_EQ(err(parseCapture(header)).code, CaptureErrorCode::TruncatedHeader);

    Bytes huge = pcap({ethernetSyn()}, kLinkEthernet, false, false);
    huge[24 + 8] = 0xFF;
    huge[24 + 11] = 0x10; // incl_len 0x100000FF
    const CaptureError tooLarge = err(parseCapture(huge));
    EXPECT_EQ(tooLarge.code, CaptureErrorCode::PacketTooLarge);
    EXPECT_EQ(tooLarge.offset, 32u);

    Ng ng;
    ng.shb();
    ng.idb(kLinkEthernet);
    ng.epb(3, 0, ethernetSyn());
    const CaptureError iface = err(parseCapture(ng.out));
    EXPECT_EQ(iface.code, CaptureErrorCode::UnknownInterface);
    EXPECT_EQ(iface.found, 3u);

    Ng badLen;
    badLen.shb();
    badLen.idb(kLinkEthernet);
    const size_t idbAt = 28;
    badLen.out[idbAt + 4] = 22; // not a multiple of 4
    const CaptureError len = err(parseCapture(badLen.out));
    EXPECT_EQ(len.code, CaptureErrorCode::BadBlockLength);
    EXPECT_EQ(len.offset, idbAt + 4);
    EXPECT_EQ(len.found, 22u);

    Ng mismatch;
    mismatch.shb();
    mismatch.idb(kLinkEthernet);
    mismatch.out.back() = 1; // the trailing copy of the length
    EXPECT_EQ(err(parseCapture(mismatch.out)).code, CaptureErrorCode::BlockLengthMismatch);

    Ng noShb;
    noShb.idb(kLinkEthernet);
    EXPECT_EQ(err(parseCapture(noShb.out)).code, CaptureErrorCode::UnknownFormat) << "no section header: not pcapng";

    Ng magic;
    magic.shb();
    magic.out[8] = 0x11;
    EXPECT_EQ(err(parseCapture(magic.out)).code, CaptureErrorCode::BadByteOrderMagic);

    Ng resol;
    resol.shb();
    resol.idb(kLinkEthernet, uint8_t{40});
    EXPECT_EQ(err(parseCapture(resol.out)).code, CaptureErrorCode::BadTimestampResolution);

    // Times must lie within kMaxCaptureTimeNs of 1970 (2^62 ns); with the default µs resolution
    // the last one allowed is floor(2^62 / 1000) µs.
    const uint64_t lastUs = (uint64_t{1} << 62) / 1000;
    Ng late;
    late.shb();
    late.idb(kLinkEthernet);
    late.epb(0, lastUs, ethernetSyn());
    EXPECT_EQ(ok(parseCapture(late.out)).packets.at(0).timeNs, static_cast<int64_t>(lastUs * 1000));
    const size_t lateAt = late.out.size();
    late.epb(0, lastUs + 1, ethernetSyn());
    const CaptureError range = err(parseCapture(late.out));
    EXPECT_EQ(range.code, CaptureErrorCode::TimestampOutOfRange);
    EXPECT_EQ(range.offset, lateAt) << "the packet's block";
    EXPECT_EQ(range.found, lastUs + 1);
    Ng overflow; // 2^64 - 1 µs overflows 64-bit nanoseconds: an error, not a time of 0
    overflow.shb();
    overflow.idb(kLinkEthernet);
    overflow.epb(0, ~uint64_t{0}, ethernetSyn());
    EXPECT_EQ(err(parseCapture(overflow.out)).code, CaptureErrorCode::TimestampOutOfRange);

    Bytes version = pcap({}, kLinkEthernet, false, false);
    version[4] = 3;
    EXPECT_EQ(err(parseCapture(version)).code, CaptureErrorCode::UnsupportedVersion);
}

// The connection list on a hand-made exchange: a refused connect, then a normal one.
TEST(CaptureConnections, ListsTuplesWithOutcome) {
    const auto frame = [](uint16_t sport, uint16_t dport, Flags f, uint32_t seq, uint32_t ack, bool fromClient) {
        FrameSpec s;
        s.srcIp = fromClient ? 0xC000020A : 0xC633640A;
        s.dstIp = fromClient ? 0xC633640A : 0xC000020A;
        s.seg.srcPort = sport;
        s.seg.dstPort = dport;
        s.seg.flags = f;
        s.seg.seq = SeqNum(seq);
        s.seg.ack = SeqNum(ack);
        return buildTcpFrame(s);
    };
    const std::vector<Bytes> frames = {
        frame(40000, 81, Flag::SYN, 10, 0, true),
        frame(81, 40000, Flag::RST | Flag::ACK, 0, 11, false),
        frame(40001, 80, Flag::SYN, 100, 0, true),
        frame(80, 40001, Flag::SYN | Flag::ACK, 300, 101, false),
        frame(40001, 80, Flag::ACK, 101, 301, true),
        frame(40001, 80, Flag::FIN | Flag::ACK, 101, 301, true),
        frame(80, 40001, Flag::FIN | Flag::ACK, 301, 102, false),
        frame(40001, 80, Flag::ACK, 102, 302, true),
        frame(40002, 80, Flag::ACK, 5, 6, true), // mid-stream
    };
    const ConnectionList l = listConnections(ok(parseCapture(pcap(frames, kLinkEthernet, false, false))));
    ASSERT_EQ(l.connections.size(), 3u);
    EXPECT_EQ(l.connections[0].outcome, ConnectionOutcome::Refused);
    EXPECT_EQ(l.connections[0].portA, 40000);
    EXPECT_EQ(l.connections[1].outcome, ConnectionOutcome::ClosedNormally);
    EXPECT_EQ(l.connections[1].segments.size(), 6u);
    EXPECT_EQ(l.connections[1].endNs - l.connections[1].startNs, 5000000000LL) << "one packet a second";
    EXPECT_EQ(l.connections[2].outcome, ConnectionOutcome::NoSynSeen);
    EXPECT_FALSE(l.connections[2].synSeen);
}

} // namespace
} // namespace hl
