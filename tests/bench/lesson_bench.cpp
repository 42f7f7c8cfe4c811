// Lesson load: what opening a lesson costs the app before anything is drawn, i.e. parsing the
// lesson file (hl::parseLesson) and simulating it (hl::simulate). One case for the default lesson,
// one for every built-in lesson in a row (as a class browsing the lesson list).
#include "core/builtin_lessons.h"
#include "core/simulation.h"

#include <benchmark/benchmark.h>

#include <stdexcept>
#include <string>

namespace hl {
namespace {

Trace load(const BuiltinLessonFile& file) {
    LessonResult parsed = parseLesson(file.json, file.fileName);
    auto* scenario = std::get_if<Scenario>(&parsed);
    if (!scenario) throw std::runtime_error("built-in lesson " + std::string(file.fileName) + " does not parse");
    return simulate(*scenario);
}

const BuiltinLessonFile& defaultLessonFile() {
    for (const BuiltinLessonFile& f : builtinLessonFiles())
        if (f.json.find("\"" + std::string(kDefaultLessonId) + "\"") != std::string_view::npos) return f;
    throw std::runtime_error("no default lesson");
}

void BM_LessonLoadDefault(benchmark::State& state) {
    const BuiltinLessonFile& file = defaultLessonFile();
    size_t events = 0;
    for (auto _ : state) {
        const Trace t = load(file);
        events = t.events.size();
        benchmark::DoNotOptimize(events);
    }
    state.counters["bytes"] = static_cast<double>(file.json.size());
    state.counters["events"] = static_cast<double>(events);
}

void BM_LessonLoadAllBuiltins(benchmark::State& state) {
    size_t events = 0;
    for (auto _ : state) {
        events = 0;
        for (const BuiltinLessonFile& f : builtinLessonFiles()) events += load(f).events.size();
        benchmark::DoNotOptimize(events);
    }
    state.counters["lessons"] = static_cast<double>(builtinLessonFiles().size());
    state.counters["events"] = static_cast<double>(events);
}

// Parsing alone, to tell it apart from the simulation.
void BM_LessonParseAllBuiltins(benchmark::State& state) {
    size_t bytes = 0;
    for (auto _ : state) {
        for (const BuiltinLessonFile& f : builtinLessonFiles()) {
            LessonResult r = parseLesson(f.json, f.fileName);
            benchmark::DoNotOptimize(r);
        }
    }
    for (const BuiltinLessonFile& f : builtinLessonFiles()) bytes += f.json.size();
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

// Process CPU time: the machine is shared, so wall time says more about the neighbours.
BENCHMARK(BM_LessonLoadDefault)->Unit(benchmark::kMicrosecond)->MeasureProcessCPUTime();
BENCHMARK(BM_LessonLoadAllBuiltins)->Unit(benchmark::kMicrosecond)->MeasureProcessCPUTime();
BENCHMARK(BM_LessonParseAllBuiltins)->Unit(benchmark::kMicrosecond)->MeasureProcessCPUTime();

} // namespace
} // namespace hl

BENCHMARK_MAIN();
