#pragma once
// Fuzz check for the endpoints: the bytes are decoded into user calls, deliveries (in any order,
// duplicated or dropped), crafted segments and timer expiries on a client and a server hl::Host,
// and the core's RFC 9293 invariants are checked after every step.
#include <cstddef>
#include <cstdint>
#include <string>

namespace hl::fuzz {

// Returns "" when every invariant held, else the first one that broke and the step it broke at.
std::string checkEndpointRun(const uint8_t* data, size_t size);

} // namespace hl::fuzz
