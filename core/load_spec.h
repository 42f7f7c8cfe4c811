#pragma once
// A load lesson's workload (issue 6): clients open connections to one server at a fixed rate,
// send a request, get a response and close; a fraction of server handlers never close.
#include "core/host.h"
#include "core/sim_time.h"

#include <cstdint>

namespace hl {

struct LoadSpec {
    double ratePerS = 500;        // new connections per second, evenly spaced
    SimDuration duration = 120_s; // connections are opened during [0, duration)
    uint32_t requestBytes = 100;
    uint32_t responseBytes = 1000;
    HostId closer = HostId::Client; // the side that calls close first
    double neverCloseFraction = 0;  // server handlers that never call close (CLOSE_WAIT leak)
    uint16_t portFirst = 32768;     // the client's ephemeral port range, inclusive
    uint16_t portLast = 60999;
    bool operator==(const LoadSpec&) const = default;
};

} // namespace hl
