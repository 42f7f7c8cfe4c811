#pragma once
// The deterministic discrete-event simulation: a scenario in, a complete trace out.
// Events at equal times: segment arrivals first (in send order), then timers (in arming order),
// then user actions (in file order). Same scenario + same seed => the same trace, byte for byte.
#include "core/scenario.h"
#include "core/trace.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace hl {

struct SimOptions {
    std::optional<Profile> profileOverride; // e.g. the CLI's --profile
    std::optional<uint64_t> seedOverride;   // e.g. the CLI's --seed
    bool recordTcb = true;                  // TcbRecords (off for very large runs)
    WorkBudget budget = kDefaultBudget;     // limits of the run (core/work_budget.h)
    // Called every kProgressEvents trace events with the number so far (the app's worker thread
    // shows it and cancels through it): returning false ends the run there, and the trace so far
    // is returned unfinished (the caller that cancelled it throws it away). Unset: never called.
    std::function<bool(uint64_t events)> progress;
};

inline constexpr uint64_t kProgressEvents = 4096;

Trace simulate(const Scenario& scenario, const SimOptions& options = {});

} // namespace hl
