// The sequence diagram with a long lesson (about 1,000 segments): rebuilding the scene on a new
// trace, a cursor move (one animation frame's update), and a whole frame (cursor move plus
// painting a 1280x800 view). Runs offscreen. "fps" = 1 / frame time.
#include "core/simulation.h"
#include "tests/bench/gui_bench_main.h"
#include "tests/bulk_transfer.h"
#include "ui/diagram/sequence_diagram_view.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>

namespace hl::ui {
namespace {

// 700 kB from the client in 1000-byte segments with 2 % random loss, acknowledged by the server,
// then a close: about a thousand segments with losses, retransmissions and timers.
const Trace& longTrace() {
    static const Trace trace = [] {
        Scenario s = bulkTransfer(700000);
        s.loss = 0.02;
        return simulate(s);
    }();
    return trace;
}

// Issue 13: 50,000 data segments of 1,460 bytes, each acknowledged (over 100,000 arrows).
const Trace& largeTrace() {
    static const Trace trace = [] { return simulate(bulkTransfer(50'000 * 1'460)); }();
    return trace;
}

// The diagram of the large run drawn in a shown 1280x800 view, until the event loop is idle.
void BM_DiagramRebuildLarge(benchmark::State& state) {
    const Trace& t = largeTrace();
    SequenceDiagramView view;
    view.resize(1280, 800);
    view.show();
    for (auto _ : state) {
        view.setTrace(&t);
        QCoreApplication::processEvents();
    }
    state.counters["segments"] = static_cast<double>(t.segments.size());
    state.counters["arrows_made"] = static_cast<double>(view.madeSegmentCount());
}

void BM_DiagramRebuild(benchmark::State& state) {
    const Trace& t = longTrace();
    SequenceDiagramView view;
    view.resize(1280, 800);
    for (auto _ : state) {
        view.setTrace(&t);
        // As in the app, the event loop runs between two replays: the scene polishes the new
        // items then (without it, each deletion searches a growing list of unpolished items).
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(view.segmentItems().data());
    }
    state.counters["segments"] = static_cast<double>(t.segments.size());
    state.counters["arrows"] = static_cast<double>(view.segmentItems().size());
    state.counters["events"] = static_cast<double>(t.events.size());
}

// `now` glides through the middle of the lesson 1 ms per frame, as during playback.
struct Playback {
    const Trace& t = longTrace();
    size_t cursor = t.events.size() / 2;
    SimTime start = t.events[cursor].t;
    int64_t frame = 0;
    void next(SequenceDiagramView& view) {
        view.setCursor(cursor, start + SimTime::fromMs(frame % 200));
        ++frame;
    }
};

void BM_DiagramCursorMove(benchmark::State& state) {
    SequenceDiagramView view;
    view.resize(1280, 800);
    Playback p;
    view.setTrace(&p.t);
    view.show();
    for (auto _ : state) p.next(view);
}

void BM_DiagramFrame(benchmark::State& state) {
    SequenceDiagramView view;
    view.resize(1280, 800);
    Playback p;
    view.setTrace(&p.t);
    view.show();
    QApplication::processEvents();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        p.next(view);
        QPainter painter(&image);
        view.render(&painter); // the whole viewport, as a full repaint would
    }
    state.counters["fps"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// Process CPU time: the machine is shared, so wall time says more about the neighbours.
BENCHMARK(BM_DiagramRebuild)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_DiagramRebuildLarge)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->Iterations(3);
BENCHMARK(BM_DiagramCursorMove)->Unit(benchmark::kMicrosecond)->MeasureProcessCPUTime();
BENCHMARK(BM_DiagramFrame)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

} // namespace
} // namespace hl::ui

int main(int argc, char** argv) { return hl::ui::runGuiBenchmarks(argc, argv); }
