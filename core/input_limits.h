#pragma once
// The bounds of what a lesson may ask for, written once: the lesson-file reader enforces them and
// the dialogs that build the same things (the inject dialog) offer exactly this range, so that
// whatever a dialog accepts also saves and loads.
#include <cstdint>

namespace hl {

inline constexpr uint64_t kMaxSeqNumber = 4294967295u;    // a 32-bit sequence space (RFC 9293 §3.4)
inline constexpr uint64_t kMaxPort = 65535;               // 16-bit port fields (RFC 9293 §3.1)
inline constexpr uint64_t kMaxMss = 65535;                // the MSS option is 16 bits (RFC 9293 §3.7.1)
inline constexpr uint64_t kMaxSegmentLen = 65535;         // payload of one crafted segment
inline constexpr uint64_t kMaxWindow = uint64_t{1} << 30; // the largest window RFC 7323 scaling can express
inline constexpr uint64_t kMaxSendBytes = 1'000'000'000;  // one send call, one load request or response
inline constexpr uint64_t kMaxRetries = 1000;             // retransmissions before giving up
// Times in lesson files are whole milliseconds, at most this many (about 11.6 days).
inline constexpr uint64_t kMaxFileMs = 1'000'000'000;
// A load lesson: connections per second, and at most this many connections (rate x duration):
// enough for any classroom chart, small enough to stay interactive.
inline constexpr double kMaxLoadRatePerS = 100'000;
inline constexpr uint64_t kMaxLoadConnections = 2'000'000;

} // namespace hl
