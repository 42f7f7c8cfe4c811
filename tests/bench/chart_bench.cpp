// The sequence-number chart rebuilt from a long trace, as on every replay with the Charts dock in
// sight: the chart is shown at the dock's size at 1366×768 (330×400), rebuilt, and the event loop
// runs until a pass paints nothing more (the new chart is on screen). Two sizes: the 2,022-segment
// lesson of BM_PerturbReplayRebuild (goal under 2 ms) and about 100,000 segments (issue 13: well
// under 500 ms). Runs offscreen.
#include "core/simulation.h"
#include "tests/bench/gui_bench_main.h"
#include "tests/bulk_transfer.h"
#include "ui/charts/seq_chart_view.h"
#include "ui/session/session_controller.h"

#include <QApplication>
#include <QEvent>
#include <QObject>

#include <benchmark/benchmark.h>

#include <cstdint>

namespace hl::ui {
namespace {

// Counts the paint events of a widget.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Runs the event loop until the chart has been painted and a further pass paints nothing (the
// scene's update and the view's repaint arrive in later passes than the rebuild).
void runUntilIdle(const PaintCounter& counter) {
    const int before = counter.paints;
    int seen = -1;
    while (counter.paints == before || counter.paints != seen) {
        seen = counter.paints;
        QApplication::processEvents();
    }
}

void rebuildLoop(benchmark::State& state, uint32_t bytes) {
    SessionController session;
    session.loadScenario(bulkTransfer(bytes));
    SeqChartView chart(&session);
    chart.resize(330, 400);
    chart.show();
    PaintCounter counter;
    chart.viewport()->installEventFilter(&counter);
    chart.rebuild();
    runUntilIdle(counter);
    for (auto _ : state) {
        chart.rebuild();
        runUntilIdle(counter);
    }
    chart.viewport()->removeEventFilter(&counter);
    state.counters["segments"] = static_cast<double>(session.trace().segments.size());
}

void BM_SeqChartRebuild2k(benchmark::State& state) { rebuildLoop(state, 1'000'000); }
// 50,000 data segments of 1,460 bytes (the default MSS), each acknowledged: about 100,000.
void BM_SeqChartRebuild100k(benchmark::State& state) { rebuildLoop(state, 50'000u * 1'460); }

// Process CPU time (the machine is shared), and wall time beside it.
BENCHMARK(BM_SeqChartRebuild2k)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_SeqChartRebuild2k)->Name("BM_SeqChartRebuild2k/wall")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SeqChartRebuild100k)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Iterations(3);
BENCHMARK(BM_SeqChartRebuild100k)->Name("BM_SeqChartRebuild100k/wall")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace
} // namespace hl::ui

int main(int argc, char** argv) { return hl::ui::runGuiBenchmarks(argc, argv); }
