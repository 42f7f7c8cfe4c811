// simulate() throughput: a normal handshake + close lesson, and a long lossy transfer with many
// data segments. Reports events per second (counter "events/s") and, for jsonl, bytes per second.
#include "core/simulation.h"
#include "core/trace_jsonl.h"
#include "tests/action_at.h"

#include <benchmark/benchmark.h>

namespace hl {
namespace {

Scenario handshakeAndClose() {
    Scenario s;
    s.client = HostConfig{50000, 100u, {}};
    s.server = HostConfig{80, 300u, {}};
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect),
                 actionAt(10000, HostId::Client, ActionKind::Close), actionAt(11000, HostId::Server, ActionKind::Close)};
    return s;
}

// 2 MB each way in 1000-byte segments with 5 % random loss, then a close.
Scenario longLossyTransfer() {
    Scenario s = handshakeAndClose();
    s.seed = 2026;
    s.loss = 0.05;
    s.until = SimTime::fromSeconds(36000);
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect)};
    for (int i = 0; i < 20; ++i) {
        s.actions.push_back(actionAt(500 + i * 100, HostId::Client, ActionKind::Send, 100000));
        s.actions.push_back(actionAt(550 + i * 100, HostId::Server, ActionKind::Send, 100000));
    }
    s.actions.push_back(actionAt(3000000, HostId::Client, ActionKind::Close));
    s.actions.push_back(actionAt(3001000, HostId::Server, ActionKind::Close));
    return s;
}

void runSimulate(benchmark::State& state, const Scenario& sc, bool recordTcb) {
    SimOptions opts;
    opts.recordTcb = recordTcb;
    size_t events = 0;
    size_t segments = 0;
    for (auto _ : state) {
        Trace t = simulate(sc, opts);
        events += t.events.size();
        segments = t.segments.size();
        benchmark::DoNotOptimize(t.events.data());
    }
    state.counters["events/s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
    state.counters["events/run"] = static_cast<double>(events) / static_cast<double>(state.iterations());
    state.counters["segments/run"] = static_cast<double>(segments);
}

void BM_HandshakeAndClose(benchmark::State& state) { runSimulate(state, handshakeAndClose(), true); }
void BM_LongLossyTransfer(benchmark::State& state) { runSimulate(state, longLossyTransfer(), true); }
void BM_LongLossyTransferNoTcb(benchmark::State& state) { runSimulate(state, longLossyTransfer(), false); }

void BM_JsonlLongTransfer(benchmark::State& state) {
    const Trace t = simulate(longLossyTransfer());
    size_t bytes = 0;
    for (auto _ : state) {
        std::string out = traceToJsonl(t);
        bytes += out.size();
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["events/s"] = benchmark::Counter(
        static_cast<double>(t.events.size()) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_SnapshotMidTrace(benchmark::State& state) {
    const Trace t = simulate(longLossyTransfer());
    for (auto _ : state) {
        Snapshot s = snapshotAt(t, t.events.size() / 2);
        benchmark::DoNotOptimize(s.conns.data());
    }
    state.counters["trace_events"] = static_cast<double>(t.events.size());
}

BENCHMARK(BM_HandshakeAndClose);
BENCHMARK(BM_LongLossyTransfer)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LongLossyTransferNoTcb)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonlLongTransfer)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SnapshotMidTrace)->Unit(benchmark::kMicrosecond);

} // namespace
} // namespace hl
