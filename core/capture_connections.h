#pragma once
// The TCP connections in a capture (issue 18, point 6): packets grouped by 4-tuple (and by
// interface when the file has several, each interface being a vantage point of its own), a new
// connection when a fresh SYN reuses a finished connection's tuple. Each with its packets,
// start, duration and an outcome read from the flags seen. Packets are taken in the order of
// their timestamps (equal ones in file order; see timeOrder in the .cpp for why), so each
// connection's segments are in time order even when the file's are not.
#include "core/capture_file.h"
#include "core/packet_decoder.h"

#include <cstdint>
#include <vector>

namespace hl {

enum class ConnectionOutcome : uint8_t {
    ClosedNormally, // a FIN each way, the last one acknowledged
    Reset,          // a RST after the connection was established (or during it)
    Refused,        // the answer to the SYN was a RST
    NoAnswer,       // SYNs only, never answered
    NoSynSeen,      // the capture starts in the middle of the connection
    StillOpen,      // established, not (fully) closed when the capture ends
    Opening,        // the handshake did not complete before the capture ends
};

// One captured segment of a connection.
struct ConnectionSegment {
    uint32_t packet = 0; // index into CaptureFile::packets
    int64_t timeNs = 0;
    bool fromA = true; // sent by endpoint A (see CaptureConnection)
    Segment seg;       // id = 0
    std::optional<uint16_t> mss;
};

struct CaptureConnection {
    // A is the side that sent the first SYN (without ACK) when one was seen, else the sender of
    // the first packet.
    IpAddress addrA, addrB;
    uint16_t portA = 0, portB = 0;
    uint32_t interface = 0;
    bool synSeen = false; // false: it starts mid-stream
    std::vector<ConnectionSegment> segments;
    int64_t startNs = 0, endNs = 0;
    ConnectionOutcome outcome = ConnectionOutcome::StillOpen;
};

struct ConnectionList {
    std::vector<CaptureConnection> connections; // in order of their first packet's time
    uint32_t nonTcpPackets = 0;                 // not IP, not TCP, later fragments, unsupported link types
    uint32_t truncatedPackets = 0;              // cut before the end of the TCP header
    int64_t startNs = 0;                        // the earliest packet's time (the file's start; 0 if it has none)
};

ConnectionList listConnections(const CaptureFile& file);

} // namespace hl
