#pragma once
// One user action of a scenario, for tests and benchmarks that build scenarios in code:
// `actionAt(500, HostId::Client, ActionKind::Send, 100)`.
#include "core/scenario.h"

#include <cstdint>

namespace hl {

inline Action actionAt(int64_t ms, HostId host, ActionKind kind, uint32_t bytes = 0) {
    Action a;
    a.at = SimTime::fromMs(ms);
    a.host = host;
    a.kind = kind;
    a.bytes = bytes;
    return a;
}

} // namespace hl
