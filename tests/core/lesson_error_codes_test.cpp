// Lesson-file errors are a code plus arguments at a position (core/lesson_error_code.h); the words
// are the UI's (tests/ui/lesson_error_texts_test.cpp). Each case names the rule of
// docs/lesson-format.md it breaks; the line:column was counted by hand in the text shown.
#include "core/input_limits.h"
#include "core/lesson_file.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

namespace hl {
namespace {

// Line 1 holds a valid head; line 2 the tested text, starting at column 1; the brace on line 3.
std::string lessonWith(std::string_view line2) {
    return "{\"format\": \"handshakelab-lesson\", \"version\": 1, \"id\": \"x\", \"title\": {\"en\": \"T\"},\n" +
           std::string(line2) + "\n}";
}

struct Expected {
    int line;
    int column;
    std::string field;
    LessonErrorCode code;
    std::vector<std::string> args;
};

void expectError(const LessonResult& r, const Expected& want) {
    ASSERT_TRUE(std::holds_alternative<LessonError>(r));
    const LessonError& e = std::get<LessonError>(r);
    EXPECT_EQ(e.line, want.line) << e.toString();
    EXPECT_EQ(e.column, want.column) << e.toString();
    EXPECT_EQ(e.field, want.field) << e.toString();
    EXPECT_EQ(lessonErrorInfo(e.code).name, lessonErrorInfo(want.code).name) << e.toString();
    EXPECT_EQ(e.args, want.args) << e.toString();
    // The X-macro's count is what the wording substitutes (%1..%n).
    EXPECT_EQ(e.args.size(), lessonErrorInfo(e.code).argCount) << e.toString();
}

void expectError(std::string_view line2, const Expected& want) {
    SCOPED_TRACE(std::string(line2));
    expectError(parseLesson(lessonWith(line2), "t.json"), want);
}

TEST(LessonErrorCodes, TheCodeTableIsInEnumOrder) {
    for (size_t i = 0; i < kLessonErrorCodes.size(); ++i) {
        EXPECT_EQ(static_cast<size_t>(kLessonErrorCodes[i].code), i);
        EXPECT_FALSE(kLessonErrorCodes[i].name.empty());
    }
}

TEST(LessonErrorCodes, HeadOfTheFile) {
    // "format" first, then "version" 1 (docs/lesson-format.md "The head").
    expectError(parseLesson("{\"format\": \"other\"}", "t.json"),
                {1, 12, "format", LessonErrorCode::WrongFormat, {"handshakelab-lesson", "other"}});
    expectError(parseLesson("{\"format\": \"handshakelab-lesson\", \"version\": 2}", "t.json"),
                {1, 46, "version", LessonErrorCode::UnsupportedVersion, {"2", "1"}});
    // A missing field is reported at the object that lacks it.
    expectError(parseLesson("{\"format\": \"handshakelab-lesson\", \"version\": 1}", "t.json"),
                {1, 1, "id", LessonErrorCode::MissingField, {}});
}

TEST(LessonErrorCodes, FieldChecks) {
    expectError(R"("colour": 1)", {2, 1, "colour", LessonErrorCode::UnknownField, {"colour"}});
    // loss is a probability, 0 to 1.
    expectError(R"("loss": 2)", {2, 9, "loss", LessonErrorCode::OutOfRange, {"2", "0", "1"}});
    expectError(R"("seed": "x")", {2, 9, "seed", LessonErrorCode::WrongType, {"integer", "string"}});
    expectError(R"("seed": 1.5)", {2, 9, "seed", LessonErrorCode::NotInteger, {"1.5"}});
    expectError(R"("latency_ms": "slow")", {2, 15, "latency_ms", LessonErrorCode::LatencyType, {"string"}});
    // Line 1 already has "title".
    expectError(R"("title": {"en": ""})", {2, 1, "title", LessonErrorCode::DuplicateKey, {"title"}});
    expectError(R"("loss": 0, "loss": 0)", {2, 12, "loss", LessonErrorCode::DuplicateKey, {"loss"}});
}

TEST(LessonErrorCodes, LessonRules) {
    // The flag sits at column 33: "faults": [{"match": {"flags": [ is 32 characters.
    expectError(R"("faults": [{"match": {"flags": ["SYNN"]}, "drop": true}])",
                {2, 33, "faults[0].match.flags", LessonErrorCode::UnknownFlag, {"SYNN"}});
    // A send carries at least one byte.
    expectError(R"("actions": [{"at_ms": 0, "do": "send", "host": "client", "bytes": 0}])",
                {2, 67, "actions[0].bytes", LessonErrorCode::OutOfRange, {"0", "1", std::to_string(kMaxSendBytes)}});
    // An inject names its host with "to": the error points at the "host" key (column 42).
    expectError(R"("actions": [{"at_ms": 0, "do": "inject", "host": "client"}])",
                {2, 42, "actions[0].host", LessonErrorCode::InjectUsesTo, {}});
    // A dropped segment cannot also be delayed; the error is at the value of "drop" (column 34).
    expectError(R"("faults": [{"match": {}, "drop": true, "delay_ms": 5}])",
                {2, 34, "faults[0].drop", LessonErrorCode::DropCombined, {}});
    // A load lesson has no actions; the error is at the "actions" key (column 49).
    expectError(R"("load": {"rate_per_s": 1, "duration_ms": 1000}, "actions": [])",
                {2, 49, "actions", LessonErrorCode::LoadWithActions, {}});
}

TEST(LessonErrorCodes, SyntaxErrorsHaveAPositionAndNoField) {
    const auto r = parseLesson(lessonWith(R"("loss": })"), "t.json");
    ASSERT_TRUE(std::holds_alternative<LessonError>(r));
    const LessonError& e = std::get<LessonError>(r);
    EXPECT_EQ(e.code, LessonErrorCode::JsonSyntax) << e.toString();
    EXPECT_EQ(e.line, 2);
    EXPECT_EQ(e.column, 9);
    EXPECT_TRUE(e.field.empty());
    ASSERT_EQ(e.args.size(), 1u);
    // Text that stops early: the position is its end (11 characters, so column 12).
    const auto cut = parseLesson("{\"format\": ", "t.json");
    ASSERT_TRUE(std::holds_alternative<LessonError>(cut));
    EXPECT_EQ(std::get<LessonError>(cut).column, 12);
    EXPECT_EQ(std::get<LessonError>(cut).code, LessonErrorCode::JsonSyntax);
    expectError(parseLesson(std::string("{\"a\": 1}\0x", 10), "t.json"), {1, 9, "", LessonErrorCode::JsonNulByte, {}});
}

TEST(LessonErrorCodes, WholeFileErrorsHaveNoPosition) {
    const std::string big(kMaxLessonBytes + 1, ' ');
    expectError(
        parseLesson(big, "big.json"),
        {0, 0, "", LessonErrorCode::TooLarge, {std::to_string(kMaxLessonBytes + 1), std::to_string(kMaxLessonBytes)}});
    expectError(readLessonFile("/nonexistent-dir/x.json"),
                {0, 0, "", LessonErrorCode::CannotOpen, {std::strerror(ENOENT)}});
    expectError(readLessonFile(HL_TEST_DATA_DIR), {0, 0, "", LessonErrorCode::IsDirectory, {}});
}

} // namespace
} // namespace hl
