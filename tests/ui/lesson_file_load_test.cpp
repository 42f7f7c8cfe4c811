// The "load" object of a lesson file (issue 6, docs/lesson-format.md "Load lessons"): parsed with
// the same file:line:col: field: message errors as the rest, and written back unchanged. The
// expected columns are counted by hand in the input shown next to each case.
#include "core/lesson_file.h"
#include "ui/texts/texts.h"

#include <gtest/gtest.h>

#include <string>

namespace hl {
namespace {

// Line 1: format, version, id and title; line 2: the tested text; the brace on line 3.
std::string lessonWith(std::string_view line2) {
    return "{\"format\": \"handshakelab-lesson\", \"version\": 1, \"id\": \"x\", \"title\": {\"en\": \"T\"},\n" +
           std::string(line2) + "\n}";
}

std::string errorOf(std::string_view text) {
    const auto r = parseLesson(text, "t.json");
    if (std::holds_alternative<Scenario>(r)) return "(no error)";
    return ui::Texts::lessonError(std::get<LessonError>(r)).toStdString();
}

TEST(LessonFileLoad, ParsesEveryField) {
    const auto r = parseLesson(lessonWith(R"("load": {"rate_per_s": 500, "duration_ms": 120000, "request_bytes": 100, )"
                                          R"("response_bytes": 1000, "closer": "server", "never_close_fraction": 0.05, )"
                                          R"("ephemeral_ports": [32768, 60999]})"),
                               "t.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<LessonError>(r).toString();
    const Scenario& s = std::get<Scenario>(r);
    ASSERT_TRUE(s.load);
    EXPECT_EQ(s.load->ratePerS, 500.0);
    EXPECT_EQ(s.load->duration, 120_s);
    EXPECT_EQ(s.load->requestBytes, 100u);
    EXPECT_EQ(s.load->responseBytes, 1000u);
    EXPECT_EQ(s.load->closer, HostId::Server);
    EXPECT_EQ(s.load->neverCloseFraction, 0.05);
    EXPECT_EQ(s.load->portFirst, 32768);
    EXPECT_EQ(s.load->portLast, 60999);
}

TEST(LessonFileLoad, OnlyRateAndDurationAreRequired) {
    const auto r = parseLesson(lessonWith(R"("load": {"rate_per_s": 2.5, "duration_ms": 4000})"), "t.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<LessonError>(r).toString();
    LoadSpec expected;
    expected.ratePerS = 2.5;
    expected.duration = 4_s;
    EXPECT_EQ(std::get<Scenario>(r).load, expected);
    EXPECT_FALSE(std::get<Scenario>(parseLesson(lessonWith(R"("seed": 3)"), "t.json")).load);
}

TEST(LessonFileLoad, BadValuesNameTheFieldAndPosition) {
    // `"load": {"rate_per_s": 0, ...`: "load": is columns 1-7, the brace at 9, "rate_per_s" at
    // 10-21, the 0 at column 24.
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": 0, "duration_ms": 1000})")),
              "t.json:2:24: load.rate_per_s: must be greater than 0");
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": -5, "duration_ms": 1000})")),
              "t.json:2:24: load.rate_per_s: out of range: -5 (allowed: 0 to 100000)");
    // `10` is columns 24-25, then ", ", "duration_ms" at 28-40, ": ", its value at column 43.
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": 10, "duration_ms": 0})")),
              "t.json:2:43: load.duration_ms: out of range: 0 (allowed: 1 to 1000000000)");
    // 1000/s for 3000 s is 3,000,000 connections; `1000` is 24-27, "duration_ms" 30-42, value at 45.
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": 1000, "duration_ms": 3000000})")),
              "t.json:2:45: load.duration_ms: rate_per_s x duration gives 3000000 connections, more than 2000000");
    // With `"rate_per_s": 1, "duration_ms": 1, ` the third key starts at column 45: the 1 at 24,
    // "duration_ms" at 27-39, its 1 at 42. "never_close_fraction" is 45-66, its value at 69;
    // "closer" is 45-52, its value at 55.
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": 1, "duration_ms": 1, "never_close_fraction": -0.1})")),
              "t.json:2:69: load.never_close_fraction: out of range: -0.1 (allowed: 0 to 1)");
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": 1, "duration_ms": 1, "closer": "both"})")),
              "t.json:2:55: load.closer: unknown host \"both\"");
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": 1, "duration_ms": 1, "retries": 3})")),
              "t.json:2:45: load.retries: unknown field \"retries\"");
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"duration_ms": 1})")),
              "t.json:2:9: load.rate_per_s: missing required field");
}

TEST(LessonFileLoad, PortRangeMustBeTwoPortsInOrder) {
    // "ephemeral_ports" at 45-61 (see above), the array at column 64, its first element at 65.
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": 1, "duration_ms": 1, "ephemeral_ports": [61000, 32768]})")),
              "t.json:2:64: load.ephemeral_ports: first port 61000 is after last port 32768");
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": 1, "duration_ms": 1, "ephemeral_ports": [32768]})")),
              "t.json:2:64: load.ephemeral_ports: expected [first, last], an array of 2 port numbers");
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": 1, "duration_ms": 1, "ephemeral_ports": [0, 10]})")),
              "t.json:2:65: load.ephemeral_ports: out of range: 0 (allowed: 1 to 65535)");
    // A range of one port is allowed.
    EXPECT_EQ(errorOf(lessonWith(R"("load": {"rate_per_s": 1, "duration_ms": 1, "ephemeral_ports": [40000, 40000]})")),
              "(no error)");
}

TEST(LessonFileLoad, ALoadLessonHasNoActions) {
    // "actions" starts line 2 at column 1.
    EXPECT_EQ(errorOf(lessonWith(R"("actions": [], "load": {"rate_per_s": 1, "duration_ms": 1})")),
              "t.json:2:1: actions: a lesson with \"load\" has no \"actions\"");
}

TEST(LessonFileLoad, WrittenAndReadBackUnchanged) {
    Scenario s;
    s.id = "busy";
    s.title = {"Busy", "바쁜 서버"};
    s.group = LessonGroup::Load;
    s.profile = Profile::Linux;
    LoadSpec l;
    l.ratePerS = 12.5;
    l.duration = 30_s;
    l.requestBytes = 0;
    l.responseBytes = 5000;
    l.closer = HostId::Server;
    l.neverCloseFraction = 0.1;
    l.portFirst = 40000;
    l.portLast = 40999;
    s.load = l;
    const std::string text = writeLesson(s);
    EXPECT_NE(text.find(R"("load": {"rate_per_s": 12.5, "duration_ms": 30000, "request_bytes": 0, )"
                        R"("response_bytes": 5000, "closer": "server", "never_close_fraction": 0.1, )"
                        R"("ephemeral_ports": [40000, 40999]})"),
              std::string::npos)
        << text;
    const auto r = parseLesson(text, "t.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<LessonError>(r).toString();
    EXPECT_EQ(std::get<Scenario>(r), s);

    // Defaults are left out: only the two required fields.
    s.load = LoadSpec{};
    EXPECT_NE(writeLesson(s).find(R"("load": {"rate_per_s": 500, "duration_ms": 120000})"), std::string::npos);
    EXPECT_EQ(std::get<Scenario>(parseLesson(writeLesson(s), "t.json")), s);
}

} // namespace
} // namespace hl
