#pragma once
// A lesson built from a captured connection (issue 18, point 8): the same ports and ISNs, who
// listens, connects, sends, closes and aborts when, the one-way latency measured from the
// handshake, and each segment the capture shows retransmitted as a dropped first copy. Run with
// a profile, it is the simulator's version of what the capture shows.
#include "core/capture_inference.h"
#include "core/scenario.h"

#include <string>

namespace hl {

// The profile a capture is compared with until the user chooses another: a student's own
// machine most likely runs Linux (the profile checked against the kernel, tests/data/kernel/).
inline constexpr Profile kDefaultCaptureProfile = Profile::Linux;

Scenario lessonFromCapture(const InferredConnection& c, const std::string& id, Profile profile = kDefaultCaptureProfile);

} // namespace hl
