#pragma once
// 32-bit TCP sequence number. RFC 9293 §3.4: all arithmetic is modulo 2^32, so comparisons look at
// the signed distance (the same trick as smoltcp's SeqNumber and Linux's before()/after()).
#include <cstdint>

namespace hl {

class SeqNum {
public:
    constexpr SeqNum() = default;
    constexpr explicit SeqNum(uint32_t v) : v_(v) {}
    constexpr uint32_t value() const { return v_; }

    constexpr SeqNum operator+(uint32_t n) const { return SeqNum(v_ + n); }
    constexpr SeqNum operator-(uint32_t n) const { return SeqNum(v_ - n); }
    constexpr SeqNum& operator+=(uint32_t n) {
        v_ += n;
        return *this;
    }
    // Signed distance a - b; meaningful while the two are less than 2^31 apart.
    constexpr int32_t operator-(SeqNum b) const { return static_cast<int32_t>(v_ - b.v_); }

    constexpr bool operator==(const SeqNum&) const = default;
    constexpr bool operator<(SeqNum b) const { return (*this - b) < 0; }
    constexpr bool operator<=(SeqNum b) const { return (*this - b) <= 0; }
    constexpr bool operator>(SeqNum b) const { return (*this - b) > 0; }
    constexpr bool operator>=(SeqNum b) const { return (*this - b) >= 0; }

private:
    uint32_t v_ = 0;
};

// lo <= x < hi, modulo 2^32.
constexpr bool seqInRange(SeqNum lo, SeqNum x, SeqNum hi) { return lo <= x && x < hi; }

} // namespace hl
