#pragma once
// The numbers of the capture file formats, written once for the reader (capture_file.h) and the
// writer (pcapng_writer.h): classic pcap (pcap-savefile(5)), pcapng (draft-ietf-opsawg-pcapng)
// and the link-layer header types (tcpdump.org/linktypes.html).
#include <cstddef>
#include <cstdint>

namespace hl {

inline constexpr uint32_t kMaxCapturedPacket = 262144; // libpcap's MAXIMUM_SNAPLEN

// Link-layer header types the decoder understands (the writer writes Ethernet).
enum LinkType : uint16_t {
    kLinkNull = 0, // BSD loopback, host-order 4-byte address family
    kLinkEthernet = 1,
    kLinkRaw = 101,  // raw IPv4 or IPv6
    kLinkLoop = 108, // OpenBSD loopback, network-order address family
    kLinkLinuxSll = 113,
    kLinkIpv4 = 228,
    kLinkIpv6 = 229,
    kLinkLinuxSll2 = 276,
};

namespace pcap {
inline constexpr uint32_t kMagicMicroseconds = 0xA1B2C3D4;
inline constexpr uint32_t kMagicNanoseconds = 0xA1B23C4D;
inline constexpr size_t kFileHeaderLen = 24;
inline constexpr size_t kRecordHeaderLen = 16;
} // namespace pcap

namespace pcapng {
// Block types (§4) and the section header's byte-order magic (§4.1).
inline constexpr uint32_t kSectionHeaderBlock = 0x0A0D0D0A;
inline constexpr uint32_t kInterfaceDescriptionBlock = 1;
inline constexpr uint32_t kObsoletePacketBlock = 2;
inline constexpr uint32_t kSimplePacketBlock = 3;
inline constexpr uint32_t kEnhancedPacketBlock = 6;
inline constexpr uint32_t kByteOrderMagic = 0x1A2B3C4D;
// Option codes: every block's (§3.5), the section header's (§4.1) and the interface's (§4.2).
inline constexpr uint16_t kOptEndOfOpt = 0;
inline constexpr uint16_t kOptComment = 1;
inline constexpr uint16_t kShbUserAppl = 4;
inline constexpr uint16_t kIfName = 2;
inline constexpr uint16_t kIfDescription = 3;
inline constexpr uint16_t kIfTsresol = 9;
inline constexpr uint16_t kIfTsoffset = 14;
} // namespace pcapng

} // namespace hl
