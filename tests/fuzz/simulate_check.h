#pragma once
// Fuzz check for the simulation: the bytes are decoded into a small scenario (actions, faults,
// loss, options), run for at most 120 simulated seconds, and the trace's invariants are checked.
#include <cstddef>
#include <cstdint>
#include <string>

namespace hl::fuzz {

// Returns "" when every invariant held, else what broke.
std::string checkSimulateRun(const uint8_t* data, size_t size);

} // namespace hl::fuzz
