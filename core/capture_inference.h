#pragma once
// Both endpoints' RFC 9293 states inferred from one captured connection (issue 18, point 7),
// as a Trace that every view, the CLI and the jsonl writer take as they take a simulated run:
// a Send and a Deliver per captured segment, State events with the same reasons as the
// simulator where the rule is the same, and a TIME_WAIT timer running past the capture's end.
//
// What a capture cannot prove is said: the vantage point (next to the client, next to the
// server, or in the middle) decides when each side sends and receives: a packet seen at t left
// its sender at t - d(sender) and reached its receiver at t + d(receiver), d being the one-way
// delay between that side and the tap, measured from the handshake. State changes the capture
// only implies (a change on receipt, a LISTEN before the SYN, a mid-stream start) are marked
// TraceEvent::inferred.
#include "core/capture_connections.h"
#include "core/sim_time.h"
#include "core/trace.h"

#include <optional>

namespace hl {

// Where the packets were seen. Loopback: each packet as it leaves its sender (a capture on one
// machine's lo, where both ends live, or captures from both hosts merged).
enum class Vantage : uint8_t { Client, Server, Middle, Loopback };

struct InferenceOptions {
    std::optional<Vantage> vantage; // absent: guessed from the handshake's timing
    SimDuration timeWait = 60_s;    // 2·MSL (Linux: TCP_TIMEWAIT_LEN, a fixed 60 s)
};

struct InferredConnection {
    Trace trace; // host Client is the side that sent the first SYN (else the first packet's sender)
    Vantage vantage = Vantage::Middle;
    bool vantageGuessed = true;
    bool midStream = false; // no SYN seen: both sides start ESTABLISHED (inferred)
    // One-way delays between each side and the tap; for Loopback, the latency client → server
    // (clientDelay) and server → client (serverDelay).
    SimDuration clientDelay;
    SimDuration serverDelay;
    int64_t originNs = 0; // the capture time of trace time 0
    uint16_t clientPort = 0, serverPort = 0;
    // Per trace segment (id - 1): the captured packet it shows (CaptureFile::packets index).
    std::vector<uint32_t> packetOf;
};

// The vantage point the handshake's timing suggests: SYN → SYN,ACK is the round trip from the
// tap to the server, SYN,ACK → ACK the one to the client; a tap next to one side sees that
// side's round trip as almost nothing. Middle when neither is at most a quarter of the other,
// or when no handshake was captured. Loopback when both ends have the same address or both are
// loopback addresses (127.0.0.0/8, ::1).
Vantage guessVantage(const CaptureConnection& conn);

InferredConnection inferConnection(const CaptureConnection& conn, const InferenceOptions& options = {});

} // namespace hl
