// App start to the first painted frame: a MainWindow is constructed (docks, menus, translations
// already installed), the default lesson is opened (parse + simulate + scene), the window is shown,
// and the clock stops at the first paint event of the sequence diagram's viewport. Runs offscreen
// (software rendering). The very first start in a process also pays for QApplication, fonts and
// styles: main() measures that cold start once and prints it.
#include "core/builtin_lessons.h"
#include "ui/texts/language.h"
#include "ui/window/main_window.h"
#include "ui/diagram/sequence_diagram_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QObject>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

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

BENCHMARK(BM_AppStartToFirstPaint)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_AppStartToFirstPaint)->Name("BM_AppStartToFirstPaint/wall")->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
} // namespace hl::ui

int main(int argc, char** argv) {
    QElapsedTimer cold;
    cold.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    hl::ui::Language::install(QStringLiteral("en"));
    hl::ui::startApp().reset();
    std::printf("Cold start (QApplication + window + default lesson) to first paint: %lld ms\n",
                static_cast<long long>(cold.elapsed()));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
