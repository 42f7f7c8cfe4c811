#pragma once
// A run as a capture (issue 18, export): every segment as an Ethernet + IPv4 + TCP frame seen
// by two taps, one next to each host. A segment appears on its sender's tap when it leaves and
// on the receiver's tap when (and each time) a copy arrives: a dropped segment only on the
// sender's, a duplicate twice on the receiver's, a delay in the timestamps, an injected segment
// only where it arrives. The packets are in time order (trace order at equal times).
// The words of the packet comments come from ui/ (Texts::packetComment): the core has none.
#include "core/host.h"
#include "core/scenario.h"
#include "core/tcp_frame.h"
#include "core/trace.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hl {

// RFC 5737 documentation addresses (TEST-NET-1 for the client, TEST-NET-2 for the server) and
// locally administered MAC addresses.
inline constexpr uint32_t kCaptureClientIp = 0xC000020A; // 192.0.2.10
inline constexpr uint32_t kCaptureServerIp = 0xC633640A; // 198.51.100.10
inline constexpr MacAddress kCaptureClientMac = {0x02, 0x00, 0x00, 0x00, 0x00, 0x0A};
inline constexpr MacAddress kCaptureServerMac = {0x02, 0x00, 0x00, 0x00, 0x00, 0x14};
// Time 0 of the run in the capture: 2026-01-01 00:00:00 UTC, fixed so exports are reproducible.
inline constexpr int64_t kCaptureEpochUs = 1767225600LL * 1000000;

struct CaptureOptions {
    uint32_t clientIp = kCaptureClientIp;
    uint32_t serverIp = kCaptureServerIp;
    uint16_t clientMss = 1000; // the MSS option on each host's SYNs
    uint16_t serverMss = 1000;
    bool clientTap = true; // which taps to write
    bool serverTap = true;
};

// The MSS each host announces under the scenario's (or the override's) profile.
CaptureOptions captureOptionsFor(const Scenario& scenario, std::optional<Profile> profileOverride = {});

struct CapturePacket {
    HostId tap = HostId::Client; // the interface: next to this host
    SimTime t;
    uint32_t event = kNoEvent; // the Send, Deliver or Inject event this packet shows
    uint64_t segId = 0;
    bool leaving = false; // on the sender's tap as it leaves (false: arriving)
    std::vector<uint8_t> frame;
};

std::vector<CapturePacket> capturePackets(const Trace& trace, const CaptureOptions& options);

// The pcapng file: interface 0 is the client's tap, 1 the server's (only those written);
// comments[i] (any number, may be empty) are packet i's comments.
std::string capturePcapng(const std::vector<CapturePacket>& packets, const CaptureOptions& options,
                          const std::vector<std::vector<std::string>>& comments = {});

} // namespace hl
