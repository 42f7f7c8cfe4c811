#pragma once
// Initial sequence numbers of one host's connections, in creation order. RFC 9293 §3.4.1 wants
// them unpredictable: random from the lesson's seed, in a stream of its own. A lesson may pin the
// first one; later connections of that host then step by 64000 so that a reused 4-tuple never
// starts inside the previous incarnation's sequence space. Shared by simulate() and simulateLoad().
#include "core/seq_num.h"

#include <cstdint>
#include <optional>
#include <random>

namespace hl {

class IsnSequence {
public:
    IsnSequence(std::optional<uint32_t> pinned, uint64_t seed) : pinned_(pinned), rng_(seed) {}
    SeqNum next() {
        const uint32_t k = count_++;
        if (pinned_) return SeqNum(*pinned_ + 64000u * k);
        return SeqNum(static_cast<uint32_t>(rng_() >> 32));
    }

private:
    std::optional<uint32_t> pinned_;
    std::mt19937_64 rng_;
    uint32_t count_ = 0;
};

} // namespace hl
