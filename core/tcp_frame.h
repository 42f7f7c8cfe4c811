#pragma once
// One TCP segment as the bytes of an Ethernet frame: Ethernet II + IPv4 (RFC 791) + TCP
// (RFC 9293 §3.1) with correct lengths and checksums and a zero-filled payload of the segment's
// length. Written for the capture export; the reader decodes such frames (packet_decoder.h).
#include "core/segment.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace hl {

using MacAddress = std::array<uint8_t, 6>;

struct FrameSpec {
    MacAddress srcMac{};
    MacAddress dstMac{};
    uint32_t srcIp = 0; // host order: 0xC000020A is 192.0.2.10
    uint32_t dstIp = 0;
    uint16_t ipId = 0;
    uint8_t ttl = 64;
    Segment seg;                 // ports, seq, ack, flags, window (clamped to 65535), len
    std::optional<uint16_t> mss; // an MSS option (RFC 9293 §3.7.1), sent on SYNs
};

// Sizes of the headers written (no VLAN tag, no IP options).
inline constexpr size_t kEthernetHeaderLen = 14;
inline constexpr size_t kIpv4HeaderLen = 20;
inline constexpr size_t kTcpHeaderLen = 20;
inline constexpr uint16_t kEtherTypeIpv4 = 0x0800;
inline constexpr uint16_t kEtherTypeIpv6 = 0x86DD;
inline constexpr uint16_t kEtherTypeVlan = 0x8100;
inline constexpr uint16_t kEtherTypeQinQ = 0x88A8;
inline constexpr uint8_t kIpProtoTcp = 6;
inline constexpr uint8_t kTcpOptionMss = 2;

std::vector<uint8_t> buildTcpFrame(const FrameSpec& spec);

// The Internet checksum (RFC 1071) of `bytes` folded onto `sum`: the one's-complement of the
// one's-complement sum of 16-bit big-endian words. A buffer whose checksum field is right sums to 0.
uint16_t internetChecksum(std::span<const uint8_t> bytes, uint32_t sum = 0);
// The partial sum of the IPv4 pseudo-header for a TCP checksum (RFC 9293 §3.1).
uint32_t ipv4PseudoHeaderSum(uint32_t srcIp, uint32_t dstIp, uint16_t tcpLength);

} // namespace hl
