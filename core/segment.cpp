#include "core/segment.h"

namespace hl {

std::optional<Flag> flagFromName(std::string_view name) {
    for (const FlagInfo& e : kFlagTable)
        if (e.name == name) return e.flag;
    return std::nullopt;
}

std::string flagsToString(Flags f) {
    std::string out;
    for (const FlagInfo& e : kFlagTable) {
        if (!f.has(e.flag)) continue;
        if (!out.empty()) out += ',';
        out += e.name;
    }
    return out;
}

uint8_t flagsToHeaderBits(Flags f) {
    uint8_t bits = 0;
    for (const FlagInfo& e : kFlagTable)
        if (f.has(e.flag)) bits |= e.headerBit;
    return bits;
}

Flags flagsFromHeaderBits(uint8_t bits) {
    Flags f;
    for (const FlagInfo& e : kFlagTable)
        if ((bits & e.headerBit) != 0) f |= e.flag;
    return f;
}

} // namespace hl
