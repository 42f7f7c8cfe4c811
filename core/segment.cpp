#include "core/segment.h"

namespace hl {

std::string flagsToString(Flags f) {
    static constexpr struct { Flag flag; const char* name; } kOrder[] = {
        {Flag::SYN, "SYN"}, {Flag::ACK, "ACK"}, {Flag::FIN, "FIN"}, {Flag::RST, "RST"}, {Flag::PSH, "PSH"}};
    std::string out;
    for (const auto& e : kOrder) {
        if (!f.has(e.flag)) continue;
        if (!out.empty()) out += ',';
        out += e.name;
    }
    return out;
}

} // namespace hl
