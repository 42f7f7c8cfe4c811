#include "core/segment.h"

namespace hl {

std::string flagsToString(Flags f) {
    std::string out;
    for (const auto& [flag, name] : kFlagNames) {
        if (!f.has(flag)) continue;
        if (!out.empty()) out += ',';
        out += name;
    }
    return out;
}

} // namespace hl
