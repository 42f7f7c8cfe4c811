// The examples in docs/lesson-format.md are real: every lesson shown there parses, and the
// error lines it shows are the ones HandshakeLab prints.
#include "core/lesson_file.h"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <regex>
#include <sstream>

namespace hl {
namespace {

std::string docText() {
    std::ifstream in(std::string(HL_SOURCE_DIR) + "/docs/lesson-format.md", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The fenced blocks of the given language ("json", "jsonc").
std::vector<std::string> blocks(const std::string& doc, const std::string& lang) {
    std::vector<std::string> out;
    const std::string open = "```" + lang + "\n";
    for (size_t at = doc.find(open); at != std::string::npos; at = doc.find(open, at + 1)) {
        const size_t start = at + open.size();
        out.push_back(doc.substr(start, doc.find("```", start) - start));
    }
    return out;
}

TEST(LessonFileDocs, WholeLessonsInTheGuideParse) {
    const std::string doc = docText();
    ASSERT_FALSE(doc.empty());
    int lessons = 0;
    for (std::string block : blocks(doc, "json")) {
        if (block.find("\"format\"") == std::string::npos) continue; // a fragment, not a lesson
        const auto r = parseLesson(block, "doc.json");
        EXPECT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<LessonError>(r).toString() << "\n" << block;
        ++lessons;
    }
    for (std::string block : blocks(doc, "jsonc")) {
        block = std::regex_replace(block, std::regex(R"([ ]+//[^\n]*)"), ""); // the guide's comments
        const auto r = parseLesson(block, "doc.json");
        ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<LessonError>(r).toString() << "\n" << block;
        const Scenario& s = std::get<Scenario>(r);
        EXPECT_EQ(s.id, "lost-syn");
        EXPECT_EQ(s.actions.size(), 5u);
        EXPECT_EQ(s.faults.size(), 4u);
        ++lessons;
    }
    EXPECT_EQ(lessons, 2);
}

// The guide's profile table must say what profileDefaults() does: each row's cells, in the
// order teach, rfc9293, linux, bsd, windows.
TEST(LessonFileDocs, ProfileTableMatchesTheCore) {
    const std::string doc = docText();
    const Profile profiles[] = {Profile::Teach, Profile::Rfc9293, Profile::Linux, Profile::Bsd, Profile::Windows};
    auto ms = [](SimDuration d) { return std::to_string(d.ms()); };
    auto yes = [](bool b) { return std::string(b ? "true" : "false"); };
    const std::vector<std::pair<std::string, std::function<std::string(const HostOptions&)>>> rows = {
        {"`rto_initial_ms` / `rto_min_ms` / `rto_max_ms`",
         [&](const HostOptions& o) { return ms(o.rtoInitial) + " / " + ms(o.rtoMin) + " / " + ms(o.rtoMax); }},
        {"`syn_retries` / `synack_retries` / `data_retries`",
         [](const HostOptions& o) {
             return std::to_string(o.synRetries) + " / " + std::to_string(o.synackRetries) + " / " +
                    std::to_string(o.dataRetries);
         }},
        {"`msl_ms`", [&](const HostOptions& o) { return ms(o.msl); }},
        {"`fin_wait_2_timeout_ms`",
         [&](const HostOptions& o) { return o.finWait2Timeout ? ms(*o.finWait2Timeout) : std::string("`null`"); }},
        {"`rfc5961`", [&](const HostOptions& o) { return yes(o.rfc5961); }},
        {"`rfc1337`", [&](const HostOptions& o) { return yes(o.rfc1337); }},
        {"`time_wait_reopen`", [&](const HostOptions& o) { return yes(o.timeWaitReopen); }},
        {"`dup_syn_reply`",
         [](const HostOptions& o) { return std::string(o.dupSynReply == DupSynReply::Ack ? "ack" : "synack"); }},
    };
    for (const auto& [name, cell] : rows) {
        std::string expected = "| " + name + " |";
        for (Profile p : profiles) expected += " " + cell(profileDefaults(p)) + " |";
        EXPECT_NE(doc.find(expected + "\n"), std::string::npos) << "the guide should have the row\n" << expected;
    }
}

} // namespace
} // namespace hl
