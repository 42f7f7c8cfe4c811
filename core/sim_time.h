#pragma once
// Simulated time: integer microseconds with a type of its own, so that no wall clock and no
// floating-point seconds ever reach the protocol code.
#include <compare>
#include <cstdint>

namespace hl {

class SimTime {
public:
    constexpr SimTime() = default;
    static constexpr SimTime fromUs(int64_t us) { return SimTime(us); }
    static constexpr SimTime fromMs(int64_t ms) { return SimTime(ms * 1000); }
    static constexpr SimTime fromSeconds(int64_t s) { return SimTime(s * 1000000); }
    static constexpr SimTime max() { return SimTime(INT64_MAX); }

    constexpr int64_t us() const { return us_; }
    constexpr int64_t ms() const { return us_ / 1000; }

    constexpr SimTime operator+(SimTime d) const { return SimTime(us_ + d.us_); }
    constexpr SimTime operator-(SimTime d) const { return SimTime(us_ - d.us_); }
    constexpr SimTime operator*(int64_t k) const { return SimTime(us_ * k); }
    constexpr SimTime operator/(int64_t k) const { return SimTime(us_ / k); }
    constexpr SimTime& operator+=(SimTime d) {
        us_ += d.us_;
        return *this;
    }
    constexpr SimTime& operator-=(SimTime d) {
        us_ -= d.us_;
        return *this;
    }
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 misreads the defaulted <=> (its literal 0)
    constexpr auto operator<=>(const SimTime&) const = default;

private:
    constexpr explicit SimTime(int64_t us) : us_(us) {}
    int64_t us_ = 0;
};

// A duration is the same type: "time since zero" and "length of time" are both microseconds.
using SimDuration = SimTime;

constexpr SimTime operator""_ms(unsigned long long ms) { return SimTime::fromMs(static_cast<int64_t>(ms)); }
constexpr SimTime operator""_s(unsigned long long s) { return SimTime::fromSeconds(static_cast<int64_t>(s)); }

} // namespace hl
