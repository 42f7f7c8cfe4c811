// Replays every saved fuzz input (tests/fuzz/regressions/<target>/ and the seed corpora in
// tests/fuzz/corpus/<target>/) through the same check functions the libFuzzer targets call, so a
// crash once found stays fixed in the normal (g++) test build.
#include "tests/fuzz/capture_check.h"
#include "tests/fuzz/endpoint_check.h"
#include "tests/fuzz/lesson_parse_check.h"
#include "tests/fuzz/simulate_check.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace hl::fuzz {
namespace {

namespace fs = std::filesystem;
using Check = std::string (*)(const uint8_t*, size_t);

std::vector<fs::path> inputsOf(const std::string& target) {
    std::vector<fs::path> files;
    for (const char* kind : {"regressions", "corpus"}) {
        const fs::path dir = fs::path(HL_FUZZ_DIR) / kind / target;
        if (!fs::is_directory(dir)) continue;
        for (const auto& entry : fs::directory_iterator(dir))
            if (entry.is_regular_file() && entry.path().filename() != ".gitkeep") files.push_back(entry.path());
    }
    return files;
}

// Returns how many inputs were replayed; each failure names its file.
size_t replay(const std::string& target, Check check) {
    const std::vector<fs::path> files = inputsOf(target);
    for (const fs::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string why = check(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
        EXPECT_EQ(why, "") << file;
    }
    return files.size();
}

// lesson_file.h: any bytes give an error or a scenario that writeLesson -> parseLesson keeps.
TEST(FuzzRegression, LessonParseInputsRoundTripOrFailCleanly) {
    EXPECT_GT(replay("lesson_parse", checkLessonParse), 0u);
}

// RFC 9293 §3.3.2 / §3.10: legal transitions, SND.UNA <= SND.NXT, no RST for a RST, no timer on a
// CLOSED connection, every input explained by a Reason.
TEST(FuzzRegression, EndpointInputsKeepTheInvariants) { EXPECT_GT(replay("endpoint", checkEndpointRun), 0u); }

// Trace invariants: time order, segment ids in send order, one end per copy, deterministic replay.
TEST(FuzzRegression, SimulateInputsKeepTheTraceInvariants) { EXPECT_GT(replay("simulate", checkSimulateRun), 0u); }

// core/capture_file.h: any bytes give an error inside the file or packets inside it, and the
// connection list and inference keep their invariants.
TEST(FuzzRegression, CaptureInputsReadOrFailCleanly) { EXPECT_GT(replay("capture", checkCaptureRead), 0u); }

} // namespace
} // namespace hl::fuzz
