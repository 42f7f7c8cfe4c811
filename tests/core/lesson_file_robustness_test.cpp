// Parsing never crashes, whatever the bytes: truncated files, flipped bytes, random garbage.
// (The suite also runs under ASan+UBSan, which turns any bad memory access here into a failure.)
#include "core/lesson_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

namespace hl {
namespace {

std::string everyFieldText() {
    std::ifstream in(std::string(HL_TEST_DATA_DIR) + "/lessons/every-field.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST(LessonFileRobustness, EveryTruncatedPrefixIsAnErrorWithAPosition) {
    const std::string full = everyFieldText();
    ASSERT_GT(full.size(), 1000u);
    ASSERT_EQ(full.back(), '\n');
    ASSERT_TRUE(std::holds_alternative<Scenario>(parseLesson(full, "f.json")));
    // Every prefix that stops before the final } is unfinished JSON.
    for (size_t n = 0; n + 1 < full.size(); ++n) {
        const auto r = parseLesson(std::string_view(full).substr(0, n), "f.json");
        ASSERT_TRUE(std::holds_alternative<LessonError>(r)) << n;
        const LessonError& e = std::get<LessonError>(r);
        EXPECT_GE(e.line, 1) << n;
        EXPECT_GE(e.column, 1) << n;
        EXPECT_TRUE(e.code == LessonErrorCode::JsonSyntax || e.code == LessonErrorCode::JsonEnd)
            << n << ": " << e.toString();
    }
}

TEST(LessonFileRobustness, FlippedBytesNeverCrash) {
    const std::string full = everyFieldText();
    std::mt19937_64 rng(42);
    size_t errors = 0;
    for (size_t i = 0; i < full.size(); ++i) {
        std::string mutated = full;
        mutated[i] = static_cast<char>(rng() & 0xFF);
        const auto r = parseLesson(mutated, "f.json");
        if (const auto* e = std::get_if<LessonError>(&r)) {
            ++errors;
            EXPECT_GE(e->line, 1);
            EXPECT_EQ(e->args.size(), lessonErrorInfo(e->code).argCount) << e->toString();
        }
    }
    EXPECT_GT(errors, full.size() / 2); // most single-byte changes break something
}

TEST(LessonFileRobustness, RandomGarbageNeverCrashes) {
    std::mt19937_64 rng(7);
    const std::string alphabet = "{}[],:\"\\ntrufalse0123456789-.eE \t\n\x01\xff\xc3\xa9";
    for (int round = 0; round < 2000; ++round) {
        std::string text(rng() % 200, ' ');
        for (char& c : text) c = (round % 2) ? static_cast<char>(rng() & 0xFF) : alphabet[rng() % alphabet.size()];
        const auto r = parseLesson(text, "g.json");
        EXPECT_TRUE(std::holds_alternative<LessonError>(r)); // not a lesson, whatever it is
    }
    // Deep nesting is refused before it can exhaust the stack.
    const std::string deep = std::string(500000, '[') + std::string(500000, ']');
    EXPECT_TRUE(std::holds_alternative<LessonError>(parseLesson(deep, "d.json")));
}

} // namespace
} // namespace hl
