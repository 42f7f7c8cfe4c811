#include "core/capture_export.h"

#include "core/pcapng_writer.h"

#include <algorithm>
#include <array>
#include <limits>

namespace hl {
namespace {

const MacAddress& macOf(HostId h) { return h == HostId::Client ? kCaptureClientMac : kCaptureServerMac; }

uint16_t mssValue(uint32_t mss) { return static_cast<uint16_t>(std::min<uint32_t>(mss, 0xFFFF)); }

} // namespace

CaptureOptions captureOptionsFor(const Scenario& scenario, std::optional<Profile> profileOverride) {
    const Profile profile = profileOverride.value_or(scenario.profile);
    CaptureOptions o;
    o.clientMss = mssValue(resolveOptions(profile, scenario.client.options).mss);
    o.serverMss = mssValue(resolveOptions(profile, scenario.server.options).mss);
    return o;
}

std::vector<CapturePacket> capturePackets(const Trace& trace, const CaptureOptions& options) {
    std::vector<CapturePacket> out;
    std::array<uint16_t, 2> ipId{1, 1}; // per sending host: each transmission gets a new IP id
    const auto ipOf = [&](HostId h) { return h == HostId::Client ? options.clientIp : options.serverIp; };
    const auto wanted = [&](HostId tap) { return tap == HostId::Client ? options.clientTap : options.serverTap; };
    for (const SegmentRecord& rec : trace.segments) {
        FrameSpec spec;
        spec.srcMac = macOf(rec.from);
        spec.dstMac = macOf(rec.to);
        spec.srcIp = ipOf(rec.from);
        spec.dstIp = ipOf(rec.to);
        spec.ipId = ipId[static_cast<size_t>(rec.from)]++;
        spec.seg = rec.seg;
        // A host announces its MSS on the SYNs it sends (RFC 9293 §3.7.1); a crafted segment has no options.
        if (rec.seg.flags.has(Flag::SYN) && !rec.injected)
            spec.mss = rec.from == HostId::Client ? options.clientMss : options.serverMss;
        const std::vector<uint8_t> frame = buildTcpFrame(spec);
        const auto add = [&](HostId tap, SimTime t, uint32_t event, bool leaving) {
            if (wanted(tap)) out.push_back(CapturePacket{tap, t, event, rec.seg.id, leaving, frame});
        };
        if (rec.injected) { // it appears on the wire next to the host it is aimed at
            add(rec.to, trace.events[rec.sendEvent].t, rec.sendEvent, false);
            continue;
        }
        add(rec.from, rec.sentAt, rec.sendEvent, true);
        for (const SegmentCopy& copy : rec.copies)
            if (!copy.lost && copy.endEvent != kNoEvent) add(rec.to, copy.endsAt, copy.endEvent, false);
    }
    std::stable_sort(out.begin(), out.end(), [](const CapturePacket& a, const CapturePacket& b) {
        return a.t != b.t ? a.t < b.t : a.event < b.event;
    });
    return out;
}

std::string capturePcapng(const std::vector<CapturePacket>& packets, const CaptureOptions& options,
                          const std::vector<std::vector<std::string>>& comments) {
    PcapngWriter w("HandshakeLab");
    constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
    std::array<uint32_t, 2> iface{kNone, kNone};
    // Interface names are identifiers, like a capture tool's "eth0": not prose.
    if (options.clientTap) iface[0] = w.addInterface(kLinkEthernet, "client-tap", "next to the client");
    if (options.serverTap) iface[1] = w.addInterface(kLinkEthernet, "server-tap", "next to the server");
    for (size_t i = 0; i < packets.size(); ++i) {
        const CapturePacket& p = packets[i];
        const uint32_t id = iface[static_cast<size_t>(p.tap)];
        if (id == kNone) continue;
        w.addPacket(id, kCaptureEpochUs + p.t.us(), p.frame,
                    i < comments.size() ? std::span<const std::string>(comments[i]) : std::span<const std::string>());
    }
    return w.bytes();
}

} // namespace hl
