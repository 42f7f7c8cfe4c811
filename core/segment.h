#pragma once
// A TCP segment as the simulation sees it: header fields and a payload length, no payload bytes.
#include "core/seq_num.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hl {

enum class Flag : uint8_t { SYN = 1, ACK = 2, FIN = 4, RST = 8, PSH = 16 };

class Flags {
public:
    constexpr Flags() = default;
    constexpr Flags(Flag f) : bits_(static_cast<uint8_t>(f)) {} // NOLINT: a flag is a set of one
    static constexpr Flags fromBits(uint8_t b) {
        Flags f;
        f.bits_ = b;
        return f;
    }
    constexpr uint8_t bits() const { return bits_; }
    constexpr bool has(Flag f) const { return (bits_ & static_cast<uint8_t>(f)) != 0; }
    constexpr Flags operator|(Flags o) const { return fromBits(bits_ | o.bits_); }
    constexpr Flags& operator|=(Flags o) {
        bits_ |= o.bits_;
        return *this;
    }
    constexpr Flags without(Flag f) const { return fromBits(bits_ & ~static_cast<uint8_t>(f)); }
    constexpr bool operator==(const Flags&) const = default;

private:
    uint8_t bits_ = 0;
};

constexpr Flags operator|(Flag a, Flag b) { return Flags(a) | Flags(b); }

// The one table of flag names and their bits in the TCP header (RFC 9293 §3.1, "Control Bits"),
// in the canonical order SYN, ACK, FIN, RST, PSH.
struct FlagInfo {
    Flag flag;
    std::string_view name; // "SYN"
    uint8_t headerBit;     // its bit in byte 13 of the TCP header
};
inline constexpr std::array<FlagInfo, 5> kFlagTable = {{{Flag::SYN, "SYN", 0x02},
                                                        {Flag::ACK, "ACK", 0x10},
                                                        {Flag::FIN, "FIN", 0x01},
                                                        {Flag::RST, "RST", 0x04},
                                                        {Flag::PSH, "PSH", 0x08}}};

// Canonical order SYN, ACK, FIN, RST, PSH; "SYN,ACK". For traces and tests, not for users.
std::string flagsToString(Flags f);
// The flag named `name` in kFlagTable ("SYN"), if any: lesson files use the same names.
std::optional<Flag> flagFromName(std::string_view name);
// The TCP header's control-bit byte for `f`, and back (bits we do not model, URG ECE CWR, are ignored).
uint8_t flagsToHeaderBits(Flags f);
Flags flagsFromHeaderBits(uint8_t bits);

struct Segment {
    uint64_t id = 0; // stable id, assigned by the simulation in send order (1, 2, ...)
    uint16_t srcPort = 0;
    uint16_t dstPort = 0;
    Flags flags;
    SeqNum seq;
    SeqNum ack; // 0 when the ACK flag is off
    uint32_t window = 0;
    uint32_t len = 0; // payload bytes

    // SEG.LEN of RFC 9293: payload plus one for SYN and one for FIN.
    uint32_t segLen() const { return len + (flags.has(Flag::SYN) ? 1u : 0u) + (flags.has(Flag::FIN) ? 1u : 0u); }
    // Every field: a field added later is compared too (trace_diff relies on it).
    bool operator==(const Segment&) const = default;
};

} // namespace hl
