// simulateLoad() (issue 6): N connection lifecycles (connect, request, response, close, TIME_WAIT)
// for N = 10k, 100k, 200k, with the time per lifecycle to show that the cost is linear, and the
// ns-3 comparison workload: 10,000 lifecycles at 500/s with 100 ms one-way latency (ns-3's TCP
// takes about 14 s on it; the target is under 140 ms).
#include "core/load_simulation.h"

#include <benchmark/benchmark.h>

namespace hl {
namespace {

// Every port of [1024, 65535] may be used, so no connect fails and every lifecycle completes.
Scenario loadScenario(double rate, uint64_t lifecycles, SimDuration latency, Profile profile) {
    Scenario sc;
    sc.id = "load-bench";
    sc.profile = profile;
    sc.latency = {latency, latency};
    sc.until = SimTime::fromSeconds(100000);
    LoadSpec spec;
    spec.ratePerS = rate;
    spec.duration = SimTime::fromUs(static_cast<int64_t>(static_cast<double>(lifecycles) * 1e6 / rate));
    spec.requestBytes = 100;
    spec.responseBytes = 1000;
    spec.portFirst = 1024;
    spec.portLast = 65535;
    sc.load = spec;
    return sc;
}

void runLoad(benchmark::State& state, const Scenario& sc) {
    LoadResult r;
    for (auto _ : state) {
        r = simulateLoad(sc);
        benchmark::DoNotOptimize(r.samples.data());
    }
    if (r.failedConnects != 0 || r.samples.back().clientClosed != r.connections)
        state.SkipWithError("not every lifecycle completed");
    const auto n = static_cast<double>(r.connections);
    state.counters["lifecycles"] = n;
    state.counters["segments"] = static_cast<double>(r.segments);
    state.counters["events"] = static_cast<double>(r.events);
    // Seconds per lifecycle (shown in ns): flat across N means linear cost.
    state.counters["per_lifecycle"] = benchmark::Counter(n, benchmark::Counter::kIsIterationInvariantRate |
                                                                benchmark::Counter::kInvert);
}

// 1000 connections per second, teach profile (TIME_WAIT 10 s), 100 ms one-way.
void BM_LoadLifecycles(benchmark::State& state) {
    runLoad(state, loadScenario(1000, static_cast<uint64_t>(state.range(0)), 100_ms, Profile::Teach));
}
BENCHMARK(BM_LoadLifecycles)->Arg(10000)->Arg(100000)->Arg(200000)->Unit(benchmark::kMillisecond);

// The ns-3 workload: 10,000 lifecycles at 500/s, 100 ms one-way, Linux timers (TIME_WAIT 60 s).
void BM_LoadNs3Workload(benchmark::State& state) { runLoad(state, loadScenario(500, 10000, 100_ms, Profile::Linux)); }
BENCHMARK(BM_LoadNs3Workload)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace hl
