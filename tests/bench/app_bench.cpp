// App start to the first painted frame: a MainWindow is constructed (docks, menus, translations
// already installed), the default lesson is opened (parse + simulate + scene), the window is shown,
// and the clock stops at the first paint event of the sequence diagram's viewport. Runs offscreen
// (software rendering). The very first start in a process also pays for QApplication, fonts and
// styles: main() measures that cold start in fresh processes (this program run again with
// --cold=app or --cold=bare), against a bare QMainWindow of the same size, and prints both.
// BM_PerturbReplayRebuild: a user's drop in a 2,000-segment lesson, the replay and every view
// rebuilt (issue 12: under 16 ms).
#include "core/builtin_lessons.h"
#include "core/simulation.h"
#include "tests/bulk_transfer.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/session/session_controller.h"
#include "ui/texts/language.h"
#include "ui/window/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QObject>
#include <QProcess>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <vector>

namespace hl::ui {
namespace {

// Sees the first Paint event of a widget.
class PaintWatcher : public QObject {
public:
    bool painted = false;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) painted = true;
        return QObject::eventFilter(watched, event);
    }
};

// Start to first paint; returns the window so its destruction is not timed.
std::unique_ptr<MainWindow> startApp() {
    MainWindow::Options options;
    options.useSettings = false; // the user's settings are neither read nor written
    auto window = std::make_unique<MainWindow>(options);
    window->openLesson(QString::fromUtf8(kDefaultLessonId.data(), static_cast<qsizetype>(kDefaultLessonId.size())));
    window->resize(1280, 800);
    PaintWatcher watcher;
    window->diagram()->viewport()->installEventFilter(&watcher);
    window->show();
    while (!watcher.painted) QApplication::processEvents(QEventLoop::AllEvents, 5);
    window->diagram()->viewport()->removeEventFilter(&watcher);
    return window;
}

void BM_AppStartToFirstPaint(benchmark::State& state) {
    for (auto _ : state) {
        auto window = startApp();
        state.PauseTiming();
        window.reset();
        QApplication::processEvents(); // deferred deletes of the old window
        state.ResumeTiming();
    }
}

// Perturb -> replay -> every view rebuilt and the window repainted, as when a student drops a
// segment: each iteration drops the n-th data segment (alternating two choices, so each is a real
// change), the session replays, and the event loop runs until nothing is pending. The lesson: 1 MB
// from the client, each segment acknowledged, then a close: about 2,000 segments.
void BM_PerturbReplayRebuild(benchmark::State& state) {
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    SessionController* session = window.session();
    session->loadScenario(bulkTransfer(1'000'000));
    QApplication::processEvents();
    uint32_t nth = 100;
    for (auto _ : state) {
        Fault drop;
        drop.match.from = HostId::Client;
        drop.match.hasData = true;
        drop.match.nth = nth;
        drop.drop = true;
        Perturbations p;
        p.faults.push_back(drop);
        session->setPerturbations(p);
        QApplication::processEvents();
        nth = nth == 100 ? 101 : 100;
    }
    state.counters["segments"] = static_cast<double>(session->trace().segments.size());
}

// Issue 13: a lesson of over 100,000 segments (50,000 data segments of 1,460 bytes, each
// acknowledged) opened as the window opens one (SessionController::openScenario: simulated off the
// GUI thread, then shown), in a shown window, until the event loop is idle again: the time until the
// window is usable, and the longest the GUI thread went without turning its event loop (the
// longest freeze). One iteration (it takes seconds).
void BM_OpenLargeLesson(benchmark::State& state) {
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow window(options);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    const Scenario big = bulkTransfer(50'000 * 1'460);
    qint64 longestFreezeNs = 0;
    for (auto _ : state) {
        bool finished = false;
        QObject::connect(
            window.session(), &SessionController::runFinished, window.session(), [&finished](bool) { finished = true; },
            Qt::SingleShotConnection);
        QElapsedTimer turn;
        turn.start();
        window.session()->openScenario(big);
        longestFreezeNs = std::max(longestFreezeNs, turn.nsecsElapsed());
        while (!finished) {
            turn.restart();
            QApplication::processEvents(QEventLoop::AllEvents, 5);
            longestFreezeNs = std::max(longestFreezeNs, turn.nsecsElapsed());
        }
        turn.restart();
        QApplication::processEvents(); // shown and painted
        longestFreezeNs = std::max(longestFreezeNs, turn.nsecsElapsed());
    }
    state.counters["segments"] = static_cast<double>(window.session()->trace().segments.size());
    state.counters["longest_freeze_ms"] = static_cast<double>(longestFreezeNs) / 1e6;
}

// CPU time of the whole process (every thread) so far, in ns.
qint64 processCpuNs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<qint64>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// The cold start of a fresh process, to the first paint of the diagram (app) or of the central
// widget of a bare QMainWindow of the same size (bare). Prints the wall time and the CPU time it
// took, in µs: on a loaded machine the wall time is mostly waiting for a core, the CPU time is not.
int coldChild(const char* which, int argc, char** argv) {
    QElapsedTimer cold;
    cold.start();
    const qint64 cpuAtStart = processCpuNs();
    QApplication app(argc, argv);
    qint64 firstPaintNs = 0;
    qint64 cpuNs = 0;
    if (std::strcmp(which, "app") == 0) {
        Language::install(QStringLiteral("en"));
        auto window = startApp();
        firstPaintNs = cold.nsecsElapsed(); // the window's destruction is not part of its start
        cpuNs = processCpuNs() - cpuAtStart;
    } else {
        QMainWindow bare;
        auto* central = new QWidget(&bare);
        bare.setCentralWidget(central);
        bare.resize(1280, 800);
        PaintWatcher watcher;
        central->installEventFilter(&watcher);
        bare.show();
        while (!watcher.painted) QApplication::processEvents(QEventLoop::AllEvents, 5);
        firstPaintNs = cold.nsecsElapsed();
        cpuNs = processCpuNs() - cpuAtStart;
    }
    std::printf("%lld %lld\n", static_cast<long long>(firstPaintNs / 1000), static_cast<long long>(cpuNs / 1000));
    return 0;
}

// Medians of `runs` fresh processes, in ms: wall time and CPU time.
struct ColdMedians {
    double wallMs = -1;
    double cpuMs = -1;
};

ColdMedians coldMedians(const char* program, const char* which, int runs) {
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.start(QString::fromLocal8Bit(program), {QStringLiteral("--cold=") + QString::fromLatin1(which)});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) return {};
        const QList<QByteArray> fields = p.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() != 2) return {};
        wall.push_back(fields[0].toDouble() / 1000.0);
        cpu.push_back(fields[1].toDouble() / 1000.0);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

BENCHMARK(BM_PerturbReplayRebuild)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_PerturbReplayRebuild)->Name("BM_PerturbReplayRebuild/wall")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_OpenLargeLesson)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_AppStartToFirstPaint)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_AppStartToFirstPaint)->Name("BM_AppStartToFirstPaint/wall")->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
} // namespace hl::ui

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc == 2 && std::strncmp(argv[1], "--cold=", 7) == 0) return hl::ui::coldChild(argv[1] + 7, 1, argv);
    {
        // Cold starts first, each in fresh processes, before this one has a QApplication.
        QCoreApplication probe(argc, argv); // QProcess needs an application object
        const auto app = hl::ui::coldMedians(argv[0], "app", 7);
        const auto bare = hl::ui::coldMedians(argv[0], "bare", 7);
        std::printf("Cold start to first paint, median of 7 fresh processes: app %.1f ms, bare QMainWindow %.1f ms, "
                    "ratio %.2f; CPU time: app %.1f ms, bare %.1f ms, ratio %.2f\n",
                    app.wallMs, bare.wallMs, bare.wallMs > 0 ? app.wallMs / bare.wallMs : 0.0, app.cpuMs, bare.cpuMs,
                    bare.cpuMs > 0 ? app.cpuMs / bare.cpuMs : 0.0);
    }
    QApplication app(argc, argv);
    hl::ui::Language::install(QStringLiteral("en"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
