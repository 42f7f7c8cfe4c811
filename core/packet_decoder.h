#pragma once
// Decodes one captured frame down to its TCP header: the link layer (Ethernet with VLAN tags,
// Linux cooked SLL and SLL2, raw IP, BSD NULL/LOOP), IPv4 (RFC 791) or IPv6 (RFC 8200, with
// extension headers), then TCP (RFC 9293 §3.1) and its MSS / window-scale options. Lengths come
// from the IP header, so a frame cut short by the snap length still gives the segment's length.
#include "core/segment.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace hl {

struct IpAddress {
    bool v6 = false;
    std::array<uint8_t, 16> bytes{};                    // IPv4: the first four
    auto operator<=>(const IpAddress&) const = default; // NOLINT(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
    std::string toString() const;                       // "192.0.2.10", "2001:db8::1" (RFC 5952 form)
};

struct DecodedTcp {
    IpAddress src, dst;
    uint16_t srcPort = 0, dstPort = 0;
    Segment seg;                 // ports, flags (SYN ACK FIN RST PSH), seq, ack, window, len
    uint8_t headerBits = 0;      // the raw control bits (also URG, ECE, CWR)
    std::optional<uint16_t> mss; // the MSS option
    std::optional<uint8_t> windowScale;
    std::optional<uint16_t> vlan; // the outermost VLAN id, if tagged
};

enum class DecodeOutcome : uint8_t {
    Tcp,
    NotIp,           // ARP, LLDP, ... (or an address family we do not know)
    NotTcp,          // UDP, ICMP, ...
    LaterFragment,   // an IP fragment that does not hold the TCP header
    Truncated,       // the frame ends before the TCP header does
    UnsupportedLink, // a link type we do not decode
};

DecodeOutcome decodeTcp(uint16_t linkType, std::span<const uint8_t> frame, DecodedTcp& out);

} // namespace hl
