#pragma once
// One run of tests/data/kernel (see its README): the capture, the ss snapshots and the meta file,
// read into plain values for comparison with a simulated run. The pcap reader is minimal on
// purpose (classic pcap, IPv4, TCP; the link types tcpdump writes for lo and a few more); the
// capture importer of core will replace it.
#include "core/segment.h"
#include "core/tcp_state.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hl::kernel {

struct RecordedSegment {
    int64_t tUs = 0; // after t0 (meta.txt)
    bool fromClient = false;
    Flags flags;         // SYN ACK FIN RST (PSH dropped)
    uint32_t relSeq = 0; // relative to the sender's ISN
    uint32_t relAck = 0; // relative to the receiver's ISN; 0 without ACK
    uint32_t len = 0;
};

struct RecordedSnapshot {
    int64_t tUs = 0;
    std::optional<TcpState> client; // the client's connection; absent = CLOSED (or not yet opened)
    std::optional<TcpState> server; // the server's connection to the client
    bool listening = false;         // the server's listener exists
};

struct KernelRun {
    std::string dir;
    std::map<std::string, std::string> meta; // the last value of each key
    std::vector<RecordedSegment> segments;   // before end_ms only
    std::vector<RecordedSnapshot> snapshots;
    // The server program's last call (server.log): after it the program exits, which closes its
    // listening socket; that is the recorder's doing, not TCP's. -1 when it never ran.
    int64_t serverExitUs = -1;
};

// Reads DIR/meta.txt, DIR/capture.pcap and DIR/ss.txt; throws std::runtime_error with the file
// and byte offset (pcap) or line (text) on anything it cannot read.
KernelRun readKernelRun(const std::string& dir);

// ss's state words ("ESTAB", "SYN-SENT", "TIME-WAIT", ...).
std::optional<TcpState> stateFromSs(const std::string& word);

} // namespace hl::kernel
