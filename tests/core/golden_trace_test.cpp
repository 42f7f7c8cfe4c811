// Every built-in lesson, run, must reproduce its golden trace (tests/data/golden/<id>.jsonl) byte
// for byte; a load lesson has no trace, so its golden file is its per-state counts
// (tests/data/golden/<id>.counts.csv, loadCountsToCsv(simulateLoad(lesson))). A golden file is committed only after its trace was checked by hand against the rules
// (docs/tcp-rules.md, RFC 9293); tests/data/golden/NOTES.md names the rule behind each non-obvious step.
// A missing golden file is a failure. To look at a changed trace, set HL_GOLDEN_OUT to a directory:
// the actual traces are written there (never into the source tree) for review.
#include "core/builtin_lessons.h"
#include "core/load_counts_csv.h"
#include "core/load_simulation.h"
#include "core/simulation.h"
#include "core/trace_jsonl.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace hl {
namespace {

std::vector<std::string> lessonIds() {
    std::vector<std::string> ids;
    for (const Scenario& s : builtinLessons()) ids.push_back(s.id);
    return ids;
}

bool readFile(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

// Line number (1-based) and both lines at the first difference, for a readable failure.
std::string firstDifference(const std::string& want, const std::string& got) {
    std::istringstream a(want), b(got);
    std::string la, lb;
    for (int line = 1;; ++line) {
        const bool ha = static_cast<bool>(std::getline(a, la));
        const bool hb = static_cast<bool>(std::getline(b, lb));
        if (!ha && !hb) return "the files differ only in line endings";
        if (!ha || !hb || la != lb)
            return "line " + std::to_string(line) + "\n  golden: " + (ha ? la : "<end>") +
                   "\n  actual: " + (hb ? lb : "<end>");
    }
}

class GoldenTrace : public ::testing::TestWithParam<std::string> {};

// What the golden file of a lesson holds: its trace, or for a load lesson its counts.
std::string goldenText(const Scenario& lesson) {
    if (lesson.load) return loadCountsToCsv(simulateLoad(lesson));
    return traceToJsonl(simulate(lesson));
}
std::string goldenName(const Scenario& lesson) { return lesson.id + (lesson.load ? ".counts.csv" : ".jsonl"); }

TEST_P(GoldenTrace, MatchesByteForByte) {
    const Scenario* lesson = findBuiltinLesson(GetParam());
    ASSERT_NE(lesson, nullptr);
    const std::string actual = goldenText(*lesson);
    if (const char* outDir = std::getenv("HL_GOLDEN_OUT")) {
        std::ofstream(std::string(outDir) + "/" + goldenName(*lesson), std::ios::binary) << actual;
    }
    const std::string path = std::string(HL_TEST_DATA_DIR) + "/golden/" + goldenName(*lesson);
    std::string golden;
    ASSERT_TRUE(readFile(path, golden)) << "missing golden trace " << path;
    EXPECT_TRUE(golden == actual) << GetParam() << ": " << firstDifference(golden, actual);
}

// Same lesson, same seed: the same bytes (docs/trace-format.md), even for the random-ISN lessons.
TEST_P(GoldenTrace, RunIsDeterministic) {
    const Scenario* lesson = findBuiltinLesson(GetParam());
    ASSERT_NE(lesson, nullptr);
    EXPECT_EQ(goldenText(*lesson), goldenText(*lesson));
}

INSTANTIATE_TEST_SUITE_P(BuiltinLessons, GoldenTrace, ::testing::ValuesIn(lessonIds()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             std::string name;
                             for (char c : info.param) name += (c == '-') ? '_' : c;
                             return name;
                         });

} // namespace
} // namespace hl
