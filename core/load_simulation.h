#pragma once
// The load simulation (issue 6): every connection of a LoadSpec runs through real Endpoints
// (same state machine, same timers, per-connection 4-tuples from the ephemeral port range).
// It records no per-event trace: it samples how many connections are in each state.
#include "core/host_options.h"
#include "core/load_spec.h"
#include "core/scenario.h"
#include "core/tcp_state.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace hl {

using StateCounts = std::array<uint32_t, kAllStates.size()>; // indexed by static_cast<size_t>(TcpState)

struct LoadSample {
    SimTime at;
    StateCounts client{};        // client-side sockets per state (CLOSED = finished or never opened: 0)
    StateCounts server{};        // server-side sockets per state (the listener itself is not counted)
    uint64_t opened = 0;         // cumulative connects that got a port
    uint64_t serverOpened = 0;   // cumulative server sockets created (a SYN accepted by the listener)
    uint64_t failedConnects = 0; // cumulative connects refused: no free ephemeral port
    uint64_t clientClosed = 0;   // cumulative client sockets back in CLOSED
    uint64_t serverClosed = 0;   // cumulative server sockets back in CLOSED
    bool operator==(const LoadSample&) const = default;
};

struct LoadResult {
    std::vector<LoadSample> samples;    // one per sampleEvery, from 0 to the end
    std::vector<SimTime> firstFailures; // time of the first failed connect in each sample period with failures
    uint64_t connections = 0;           // connects attempted
    uint64_t failedConnects = 0;        // connects refused: no free ephemeral port
    uint64_t segments = 0;              // segments sent, both sides
    uint64_t events = 0;                // events processed
    SimTime end;                        // simulated time reached
    bool cancelled = false;
    bool stoppedByBudget = false; // stopped at kMaxLoadSegments (core/work_budget.h)
};

struct LoadOptions {
    std::optional<Profile> profileOverride;
    std::optional<HostId> closerOverride;
    std::optional<double> neverCloseOverride;
    SimDuration sampleEvery = 1_s;
    // Called now and then with the fraction done (0..1); returning false cancels the run.
    std::function<bool(double)> progress;
};

// Requires scenario.load. Deterministic: same scenario, options and seed give the same result.
LoadResult simulateLoad(const Scenario& scenario, const LoadOptions& options = {});

} // namespace hl
