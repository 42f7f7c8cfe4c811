#pragma once
// A minimal pcapng writer (draft-ietf-opsawg-pcapng): one section, its interfaces, then
// Enhanced Packet Blocks with optional comments. Little-endian, microsecond timestamps.
// Hand-written: libpcap writes only classic pcap, and Wireshark's wiretap is not a stable API.
#include "core/capture_format.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hl {

class PcapngWriter {
public:
    // Starts the section; `application` goes into shb_userappl.
    explicit PcapngWriter(std::string_view application);

    // Interfaces come before the first packet; returns the interface id (0, 1, ...).
    uint32_t addInterface(uint16_t linkType, std::string_view name, std::string_view description);
    // A packet on `interfaceId` at `timestampUs` (microseconds since 1970), with one opt_comment
    // option per non-empty comment (UTF-8).
    void addPacket(uint32_t interfaceId, int64_t timestampUs, std::span<const uint8_t> frame,
                   std::span<const std::string> comments = {});

    const std::string& bytes() const { return out_; }

private:
    std::string out_;
    uint32_t interfaces_ = 0;
    bool packetsStarted_ = false;
};

} // namespace hl
