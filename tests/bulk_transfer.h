#pragma once
// A connection that carries one large send: the client sends `bytes` 500 ms after the handshake
// starts (ports 50000 and 80, ISNs 100 and 300, seed 7), and with `close` the client closes at
// 600 s and the server at 601 s. The long runs of the benchmarks and of the tests that need many
// segments, written once.
#include "tests/action_at.h"

#include <cstdint>

namespace hl {

inline Scenario bulkTransfer(uint32_t bytes, bool close = true) {
    Scenario s;
    s.seed = 7;
    s.until = SimTime::fromSeconds(36000);
    s.client = HostConfig{50000, 100u, {}};
    s.server = HostConfig{80, 300u, {}};
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect),
                 actionAt(500, HostId::Client, ActionKind::Send, bytes)};
    if (close) {
        s.actions.push_back(actionAt(600000, HostId::Client, ActionKind::Close));
        s.actions.push_back(actionAt(601000, HostId::Server, ActionKind::Close));
    }
    return s;
}

} // namespace hl
