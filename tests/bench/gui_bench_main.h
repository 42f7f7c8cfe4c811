#pragma once
// What every GUI benchmark's main does: offscreen Qt (unless QT_QPA_PLATFORM says otherwise), the
// English texts installed as in the app, then Google Benchmark.
#include "ui/texts/language.h"

#include <QApplication>

#include <benchmark/benchmark.h>

namespace hl::ui {

inline int runGuiBenchmarks(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Language::install(QStringLiteral("en"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace hl::ui
