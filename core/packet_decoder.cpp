#include "core/packet_decoder.h"

#include "core/byte_order.h"
#include "core/capture_file.h"
#include "core/tcp_frame.h"

#include <algorithm>
#include <cstdio>

namespace hl {
namespace {

// Address families in NULL/LOOP headers: AF_INET is 2 everywhere; AF_INET6 is 10 (Linux),
// 24 (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS).
enum class Net : uint8_t { V4, V6, Other };
Net fromFamily(uint32_t af) {
    if (af == 2) return Net::V4;
    if (af == 10 || af == 24 || af == 28 || af == 30) return Net::V6;
    return Net::Other;
}
Net fromEtherType(uint16_t t) {
    if (t == kEtherTypeIpv4) return Net::V4;
    if (t == kEtherTypeIpv6) return Net::V6;
    return Net::Other;
}
Net fromVersion(std::span<const uint8_t> b, size_t at) {
    if (at >= b.size()) return Net::Other;
    const int v = b[at] >> 4;
    return v == 4 ? Net::V4 : v == 6 ? Net::V6 : Net::Other;
}

class Decoder {
public:
    Decoder(std::span<const uint8_t> b, DecodedTcp& out) : b_(b), out_(out) {}

    DecodeOutcome link(uint16_t linkType) {
        switch (linkType) {
        case kLinkEthernet: return ethernet(0);
        case kLinkNull:
        case kLinkLoop: {
            if (b_.size() < 4) return DecodeOutcome::Truncated;
            // NULL: the capturing host's byte order, which the file does not say: try both.
            uint32_t af = load32(b_, 0);
            if (linkType == kLinkNull && fromFamily(af) == Net::Other) af = load32(b_, 0, ByteOrder::Little);
            return network(fromFamily(af), 4);
        }
        case kLinkRaw: return network(fromVersion(b_, 0), 0);
        case kLinkIpv4: return network(Net::V4, 0);
        case kLinkIpv6: return network(Net::V6, 0);
        case kLinkLinuxSll: // packet type, ARPHRD, address length, 8 address bytes, protocol
            if (b_.size() < 16) return DecodeOutcome::Truncated;
            return etherType(load16(b_, 14), 16);
        case kLinkLinuxSll2: // protocol, reserved, ifindex, ARPHRD, packet type, address length, 8 bytes
            if (b_.size() < 20) return DecodeOutcome::Truncated;
            return etherType(load16(b_, 0), 20);
        default: return DecodeOutcome::UnsupportedLink;
        }
    }

private:
    DecodeOutcome ethernet(size_t at) {
        if (b_.size() < at + kEthernetHeaderLen) return DecodeOutcome::Truncated;
        return etherType(load16(b_, at + 12), at + kEthernetHeaderLen);
    }

    // An EtherType at `at - 2`; VLAN tags (802.1Q, 802.1ad) are skipped, the outermost id kept.
    DecodeOutcome etherType(uint16_t type, size_t at) {
        while (type == kEtherTypeVlan || type == kEtherTypeQinQ) {
            if (b_.size() < at + 4) return DecodeOutcome::Truncated;
            if (!out_.vlan) out_.vlan = static_cast<uint16_t>(load16(b_, at) & 0x0FFF);
            type = load16(b_, at + 2);
            at += 4;
        }
        return network(fromEtherType(type), at);
    }

    DecodeOutcome network(Net net, size_t at) {
        if (net == Net::V4) return ipv4(at);
        if (net == Net::V6) return ipv6(at);
        return DecodeOutcome::NotIp;
    }

    DecodeOutcome ipv4(size_t at) {
        if (b_.size() < at + 20) return DecodeOutcome::Truncated;
        if (b_[at] >> 4 != 4) return DecodeOutcome::NotIp;
        const size_t ihl = static_cast<size_t>(b_[at] & 0x0F) * 4;
        const uint16_t total = load16(b_, at + 2);
        if (ihl < 20 || total < ihl) return DecodeOutcome::NotIp; // not a well-formed IPv4 header
        if ((load16(b_, at + 6) & 0x1FFF) != 0) return DecodeOutcome::LaterFragment;
        if (b_[at + 9] != kIpProtoTcp) return DecodeOutcome::NotTcp;
        out_.src.v6 = out_.dst.v6 = false;
        std::copy_n(b_.begin() + static_cast<std::ptrdiff_t>(at + 12), 4, out_.src.bytes.begin());
        std::copy_n(b_.begin() + static_cast<std::ptrdiff_t>(at + 16), 4, out_.dst.bytes.begin());
        // A TSO capture may show 0 as the total length: then the frame says how long it is.
        const size_t ipLen = total == 0 ? b_.size() - at : total;
        if (ipLen < ihl) return DecodeOutcome::Truncated;
        return tcp(at + ihl, ipLen - ihl);
    }

    DecodeOutcome ipv6(size_t at) {
        if (b_.size() < at + 40) return DecodeOutcome::Truncated;
        if (b_[at] >> 4 != 6) return DecodeOutcome::NotIp;
        out_.src.v6 = out_.dst.v6 = true;
        std::copy_n(b_.begin() + static_cast<std::ptrdiff_t>(at + 8), 16, out_.src.bytes.begin());
        std::copy_n(b_.begin() + static_cast<std::ptrdiff_t>(at + 24), 16, out_.dst.bytes.begin());
        size_t remaining = load16(b_, at + 4);
        uint8_t next = b_[at + 6];
        at += 40;
        // Extension headers, RFC 8200 §4: hop-by-hop 0, routing 43, fragment 44, destination 60.
        for (;;) {
            if (next == kIpProtoTcp) return tcp(at, remaining);
            if (next != 0 && next != 43 && next != 44 && next != 60) return DecodeOutcome::NotTcp;
            if (b_.size() < at + 8) return DecodeOutcome::Truncated;
            const size_t len = next == 44 ? 8 : (static_cast<size_t>(b_[at + 1]) + 1) * 8;
            if (next == 44 && (load16(b_, at + 2) & 0xFFF8) != 0) return DecodeOutcome::LaterFragment;
            if (len > remaining) return DecodeOutcome::NotIp;
            next = b_[at];
            at += len;
            remaining -= len;
        }
    }

    DecodeOutcome tcp(size_t at, size_t length) {
        if (b_.size() < at + 20) return DecodeOutcome::Truncated;
        const size_t header = static_cast<size_t>(b_[at + 12] >> 4) * 4;
        if (header < 20 || header > length) return DecodeOutcome::Truncated;
        Segment& s = out_.seg;
        out_.srcPort = s.srcPort = load16(b_, at);
        out_.dstPort = s.dstPort = load16(b_, at + 2);
        s.seq = SeqNum(load32(b_, at + 4));
        out_.headerBits = b_[at + 13];
        s.flags = flagsFromHeaderBits(out_.headerBits);
        s.ack = SeqNum(s.flags.has(Flag::ACK) ? load32(b_, at + 8) : 0);
        s.window = load16(b_, at + 14);
        s.len = static_cast<uint32_t>(length - header);
        options(at + 20, std::min(at + header, b_.size()));
        return DecodeOutcome::Tcp;
    }

    // RFC 9293 §3.2: end of list 0, no-op 1, then kind, length, value.
    void options(size_t at, size_t end) {
        while (at < end) {
            const uint8_t kind = b_[at];
            if (kind == 0) return;
            if (kind == 1) {
                ++at;
                continue;
            }
            if (at + 1 >= end || b_[at + 1] < 2 || at + b_[at + 1] > end) return;
            const uint8_t len = b_[at + 1];
            if (kind == kTcpOptionMss && len == 4) out_.mss = load16(b_, at + 2);
            if (kind == 3 && len == 3) out_.windowScale = b_[at + 2]; // RFC 7323 §2.2
            at += len;
        }
    }

    std::span<const uint8_t> b_;
    DecodedTcp& out_;
};

} // namespace

std::string IpAddress::toString() const {
    char buf[64];
    if (!v6) {
        std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", bytes[0], bytes[1], bytes[2], bytes[3]);
        return buf;
    }
    // RFC 5952 §4: lowercase hex, no leading zeros, the longest run (>1) of zero groups as "::".
    uint16_t g[8];
    for (size_t i = 0; i < 8; ++i) g[i] = load16(bytes, 2 * i);
    int bestAt = -1, bestLen = 1;
    for (int i = 0; i < 8;) {
        int j = i;
        while (j < 8 && g[j] == 0) ++j;
        if (j - i > bestLen) {
            bestAt = i;
            bestLen = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestAt) {
            out += "::";
            i += bestLen - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':') out += ':';
        std::snprintf(buf, sizeof buf, "%x", g[i]);
        out += buf;
    }
    return out;
}

DecodeOutcome decodeTcp(uint16_t linkType, std::span<const uint8_t> frame, DecodedTcp& out) {
    out = DecodedTcp{};
    return Decoder(frame, out).link(linkType);
}

} // namespace hl
