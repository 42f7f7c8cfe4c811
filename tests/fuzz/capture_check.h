#pragma once
// Fuzz check for the capture reader (core/capture_file.h) and everything after it: any bytes
// give an error whose offset lies inside the file, or packets whose bytes lie inside it; the
// connection list counts every TCP packet once; each connection's inferred trace is in time order
// with one end per segment copy.
#include <cstddef>
#include <cstdint>
#include <string>

namespace hl::fuzz {

// Returns "" when every check holds, else what broke.
std::string checkCaptureRead(const uint8_t* data, size_t size);

} // namespace hl::fuzz
