#pragma once
// Our own mapping from raw generator output to numbers: the standard distributions give
// different sequences on different standard libraries, and a lesson must replay byte for byte.
#include <cstdint>

namespace hl {

// SplitMix64 finaliser: turns one seed into well-spread, independent seeds for separate streams
// (loss, client ISN, server ISN), so that drawing from one never shifts another.
constexpr uint64_t splitMix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// The top 53 bits as a double in [0, 1): exact in IEEE 754, identical everywhere.
constexpr double unitInterval(uint64_t x) { return static_cast<double>(x >> 11) * 0x1.0p-53; }

// Stream salts: arbitrary distinct constants, fixed forever (changing one changes every trace).
inline constexpr uint64_t kLossStreamSalt = 0x6C6F73735F726E67ull;      // "loss_rng"
inline constexpr uint64_t kClientIsnStreamSalt = 0x69736E5F636C6E74ull; // "isn_clnt"
inline constexpr uint64_t kServerIsnStreamSalt = 0x69736E5F73727672ull; // "isn_srvr"

} // namespace hl
