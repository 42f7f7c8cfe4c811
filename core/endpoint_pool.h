#pragma once
// Endpoints of the load simulation, by index: a destroyed endpoint's place is reused by the next
// one, so memory follows the number of live connections, and an endpoint never moves (a deque:
// growing keeps addresses).
#include "core/endpoint.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

namespace hl {

class EndpointPool {
public:
    static constexpr uint32_t kNone = UINT32_MAX;

    // `make` returns an Endpoint (one of its factories); it is built in place, not moved.
    template <class Make>
    uint32_t create(Make make) {
        uint32_t i;
        if (!free_.empty()) {
            i = free_.back();
            free_.pop_back();
        } else {
            i = static_cast<uint32_t>(slots_.size());
            slots_.emplace_back();
        }
        slots_[i].emplace(InPlace<Make>{make});
        return i;
    }
    Endpoint& operator[](uint32_t i) { return *slots_[i]; }
    void destroy(uint32_t i) {
        slots_[i].reset();
        free_.push_back(i);
    }
    size_t capacity() const { return slots_.size(); }

private:
    template <class Make>
    struct InPlace {
        Make& make;
        operator Endpoint() const { return make(); } // NOLINT: the conversion is the point
    };
    std::deque<std::optional<Endpoint>> slots_;
    std::vector<uint32_t> free_;
};

} // namespace hl
