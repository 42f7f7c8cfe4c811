#pragma once
// Reads fuzzer bytes as small numbers. Portable (g++ and clang), so the regression test replays
// exactly what libFuzzer ran; past the end every read gives 0, so any input decodes.
#include <cstddef>
#include <cstdint>

namespace hl::fuzz {

class FuzzInput {
public:
    FuzzInput(const uint8_t* data, size_t size) : data_(data), size_(size) {}
    bool empty() const { return pos_ >= size_; }
    uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
    uint16_t u16() { return static_cast<uint16_t>(byte() | (byte() << 8)); }
    uint32_t u32() { return static_cast<uint32_t>(u16()) | (static_cast<uint32_t>(u16()) << 16); }
    // 0 .. n-1 (n >= 1).
    uint32_t below(uint32_t n) { return n <= 256 ? byte() % n : u32() % n; }
    bool flag() { return (byte() & 1) != 0; }

private:
    const uint8_t* data_;
    size_t size_;
    size_t pos_ = 0;
};

} // namespace hl::fuzz
