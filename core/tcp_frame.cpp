#include "core/tcp_frame.h"

#include "core/byte_order.h"

#include <algorithm>

namespace hl {
namespace {

uint32_t addWords(std::span<const uint8_t> bytes, uint32_t sum) {
    size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) sum += load16(bytes, i);
    if (i < bytes.size()) sum += static_cast<uint32_t>(bytes[i] << 8); // odd length: pad with zero
    return sum;
}

uint16_t fold(uint32_t sum) {
    while (sum >> 16) sum = (sum & 0xFFFF) + (sum >> 16);
    return static_cast<uint16_t>(sum);
}

} // namespace

uint16_t internetChecksum(std::span<const uint8_t> bytes, uint32_t sum) {
    // Fold as we go so that long buffers cannot overflow the 32-bit accumulator.
    constexpr size_t kChunk = 1 << 15;
    for (size_t at = 0; at < bytes.size(); at += kChunk)
        sum = fold(addWords(bytes.subspan(at, std::min(kChunk, bytes.size() - at)), sum));
    return static_cast<uint16_t>(~fold(sum));
}

uint32_t ipv4PseudoHeaderSum(uint32_t srcIp, uint32_t dstIp, uint16_t tcpLength) {
    return (srcIp >> 16) + (srcIp & 0xFFFF) + (dstIp >> 16) + (dstIp & 0xFFFF) + kIpProtoTcp + tcpLength;
}

std::vector<uint8_t> buildTcpFrame(const FrameSpec& spec) {
    const size_t optionLen = spec.mss ? 4 : 0;
    const size_t tcpLen = kTcpHeaderLen + optionLen + spec.seg.len;
    const size_t ipLen = kIpv4HeaderLen + tcpLen;
    std::vector<uint8_t> b(kEthernetHeaderLen + ipLen, 0); // the payload stays zero bytes

    // Ethernet II
    std::copy(spec.dstMac.begin(), spec.dstMac.end(), b.begin());
    std::copy(spec.srcMac.begin(), spec.srcMac.end(), b.begin() + 6);
    store16(b, 12, kEtherTypeIpv4);

    // IPv4, RFC 791 §3.1: version 4, IHL 5, total length, DF, TTL, protocol, checksum.
    const size_t ip = kEthernetHeaderLen;
    b[ip] = 0x45;
    store16(b, ip + 2, static_cast<uint16_t>(ipLen));
    store16(b, ip + 4, spec.ipId);
    store16(b, ip + 6, 0x4000); // don't fragment
    b[ip + 8] = spec.ttl;
    b[ip + 9] = kIpProtoTcp;
    store32(b, ip + 12, spec.srcIp);
    store32(b, ip + 16, spec.dstIp);
    store16(b, ip + 10, internetChecksum(std::span(b).subspan(ip, kIpv4HeaderLen)));

    // TCP, RFC 9293 §3.1
    const size_t tcp = ip + kIpv4HeaderLen;
    const Segment& s = spec.seg;
    store16(b, tcp, s.srcPort);
    store16(b, tcp + 2, s.dstPort);
    store32(b, tcp + 4, s.seq.value());
    store32(b, tcp + 8, s.flags.has(Flag::ACK) ? s.ack.value() : 0);
    b[tcp + 12] = static_cast<uint8_t>(((kTcpHeaderLen + optionLen) / 4) << 4);
    b[tcp + 13] = flagsToHeaderBits(s.flags);
    store16(b, tcp + 14, static_cast<uint16_t>(std::min<uint32_t>(s.window, 0xFFFF))); // no window scaling
    if (spec.mss) {
        b[tcp + 20] = kTcpOptionMss;
        b[tcp + 21] = 4;
        store16(b, tcp + 22, *spec.mss);
    }
    const uint32_t pseudo = ipv4PseudoHeaderSum(spec.srcIp, spec.dstIp, static_cast<uint16_t>(tcpLen));
    store16(b, tcp + 16, internetChecksum(std::span(b).subspan(tcp), pseudo));
    return b;
}

} // namespace hl
