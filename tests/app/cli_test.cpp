// End-to-end tests of handshakelab-cli: the binary is run as a process; stdout, stderr and the
// exit status are checked against the core (simulate, traceToJsonl, the lesson reader).
#include "core/builtin_lessons.h"
#include "core/lesson_file.h"
#include "core/load_counts_csv.h"
#include "core/load_simulation.h"
#include "core/simulation.h"
#include "core/trace_jsonl.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <utility>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "cli_process.h"
#include <vector>

namespace hl {
namespace {

using apptest::CliResult;
using apptest::quoted;
using apptest::readAll;

using apptest::runCli;

std::string dataFile(const std::string& name) { return std::string(HL_TEST_DATA_DIR) + "/cli/" + name; }

Scenario loadData(const std::string& name) {
    LessonResult r = readLessonFile(dataFile(name));
    if (auto* e = std::get_if<LessonError>(&r)) ADD_FAILURE() << e->toString();
    return std::get<Scenario>(r);
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

bool containsHangul(const std::string& utf8) {
    // Hangul syllables U+AC00..U+D7A3 are encoded EA B0 80 .. ED 9E A3.
    for (size_t i = 0; i + 2 < utf8.size(); ++i) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b >= 0xEA && b <= 0xED) return true;
    }
    return false;
}

// Terminal columns of a line: every code point one column (the ladder in English has no wide ones).
size_t columns(const std::string& utf8) {
    size_t n = 0;
    for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
    return n;
}

// The protocol notation of a segment, written out here from the rule "flags joined by ',' in the
// order people write them, ACK last (RFC 9293's <CTL=RST,ACK>, "FIN,ACK"); ack only with the ACK
// flag, len only if > 0" (not taken from the program under test).
std::string label(const Segment& s) {
    std::string flags;
    for (const auto& [flag, name] : {std::pair{Flag::SYN, "SYN"}, std::pair{Flag::FIN, "FIN"}, std::pair{Flag::RST, "RST"},
                                     std::pair{Flag::PSH, "PSH"}, std::pair{Flag::ACK, "ACK"}})
        if (s.flags.has(flag)) flags += (flags.empty() ? "" : ",") + std::string(name);
    std::string l = flags + " seq=" + std::to_string(s.seq.value());
    if (s.flags.has(Flag::ACK)) l += " ack=" + std::to_string(s.ack.value());
    if (s.len > 0) l += " len=" + std::to_string(s.len);
    return l;
}

TEST(Cli, HelpAndVersionSucceed) {
    const CliResult help = runCli({"--help"});
    EXPECT_EQ(help.status, 0);
    EXPECT_NE(help.out.find("handshakelab-cli run LESSON-ID|FILE"), std::string::npos) << help.out;
    const CliResult version = runCli({"--version"});
    EXPECT_EQ(version.status, 0);
    EXPECT_EQ(version.out.rfind("handshakelab-cli ", 0), 0u) << version.out;
}

TEST(Cli, LessonsListsEveryBuiltinLessonWithBothTitles) {
    const auto& lessons = builtinLessons();
    ASSERT_FALSE(lessons.empty());
    const CliResult r = runCli({"lessons"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto got = lines(r.out);
    ASSERT_EQ(got.size(), lessons.size());
    for (size_t i = 0; i < lessons.size(); ++i)
        EXPECT_EQ(got[i], lessons[i].id + "\t" + lessons[i].title.en + "\t" + lessons[i].title.ko);
}

TEST(Cli, RunJsonlIsExactlyTheTraceOfTheSameLesson) {
    const CliResult r = runCli({"run", dataFile("handshake-close.json"), "--format", "jsonl"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, traceToJsonl(simulate(loadData("handshake-close.json"))));
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(Cli, RunJsonlOfTheDefaultBuiltinLesson) {
    const Scenario* lesson = findBuiltinLesson(kDefaultLessonId);
    ASSERT_NE(lesson, nullptr);
    const CliResult r = runCli({"run", std::string(kDefaultLessonId), "--format=jsonl"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, traceToJsonl(simulate(*lesson)));
}

TEST(Cli, SeedAndProfileOptionsReachTheSimulation) {
    const Scenario s = loadData("random-isn.json");
    SimOptions o;
    o.seedOverride = 12345;
    o.profileOverride = Profile::Linux;
    const CliResult r = runCli(
        {"run", dataFile("random-isn.json"), "--format", "jsonl", "--seed", "12345", "--profile", "linux"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, traceToJsonl(simulate(s, o)));
    // Unpinned ISNs come from the seed (RFC 9293 §3.4.1), so another seed gives another trace.
    EXPECT_NE(r.out, runCli({"run", dataFile("random-isn.json"), "--format", "jsonl", "--seed", "1"}).out);
}

TEST(Cli, TextInEnglishNarratesEachStepWithNumbersAndRules) {
    const CliResult r = runCli({"run", dataFile("handshake-close.json"), "--format", "text", "--lang", "en"});
    ASSERT_EQ(r.status, 0) << r.err;
    // docs/tcp-rules.md "Normal 3-way": SYN seq=100, SYN,ACK seq=300 ack=101, ACK seq=101 ack=301.
    EXPECT_NE(r.out.find("SYN seq=100"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("SYN,ACK seq=300 ack=101"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("ACK seq=101 ack=301"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(RFC 9293 §3.10.7.2)"), std::string::npos) << r.out; // SYN at LISTEN
    EXPECT_NE(r.out.find("(RFC 9293 §3.10.7.3)"), std::string::npos) << r.out; // SYN,ACK at SYN_SENT
    EXPECT_FALSE(containsHangul(r.out));
    // One line per step, each starting with the time.
    EXPECT_NE(r.out.find("   0.100 s  Server"), std::string::npos) << r.out;
}

TEST(Cli, TextInKoreanHasHangulAndTheRuleCitations) {
    const CliResult r = runCli({"run", dataFile("handshake-close.json"), "--format", "text", "--lang", "ko"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(containsHangul(r.out)) << r.out;
    EXPECT_NE(r.out.find("서버"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("SYN,ACK seq=300 ack=101"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(RFC 9293 §3.10.7.2)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(RFC 9293 §3.10.7.3)"), std::string::npos) << r.out;
}

TEST(Cli, LadderShowsBothStateColumnsAndEverySegment) {
    const CliResult r = runCli({"run", dataFile("handshake-close.json"), "--format", "ladder", "--lang", "en"});
    ASSERT_EQ(r.status, 0) << r.err;
    const Trace trace = simulate(loadData("handshake-close.json"));
    ASSERT_FALSE(trace.segments.empty());
    for (const auto& rec : trace.segments) EXPECT_NE(r.out.find(label(rec.seg)), std::string::npos) << label(rec.seg);
    for (const char* state :
         {"SYN_SENT", "SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT"})
        EXPECT_NE(r.out.find(state), std::string::npos) << state;
    const auto rows = lines(r.out);
    ASSERT_GE(rows.size(), 3u);
    EXPECT_NE(rows[0].find("Client :50000"), std::string::npos) << rows[0];
    EXPECT_NE(rows[0].find("Server :80"), std::string::npos) << rows[0];
    for (const auto& row : rows) EXPECT_LE(columns(row), 100u) << row;
    // The client's state is on the left of the client lane, the server's on the right of its lane.
    bool leftSynSent = false, rightSynReceived = false;
    for (const auto& row : rows) {
        const size_t firstLane = row.find("│");
        if (row.find("SYN_SENT") != std::string::npos && row.find("SYN_SENT") < firstLane) leftSynSent = true;
        if (row.find("SYN_RECEIVED") != std::string::npos && row.find("SYN_RECEIVED") > row.rfind("│"))
            rightSynReceived = true;
    }
    EXPECT_TRUE(leftSynSent);
    EXPECT_TRUE(rightSynReceived);
}

TEST(Cli, LadderMarksLostSegmentsAndRetransmissions) {
    const CliResult r = runCli({"run", dataFile("lost-syn.json"), "--format", "ladder", "--lang", "en"});
    ASSERT_EQ(r.status, 0) << r.err;
    // docs/tcp-rules.md "Lost SYN": the first SYN is dropped, the RTO (1 s) resends the same SYN seq=100.
    bool lostRow = false, retransmitRow = false;
    for (const auto& row : lines(r.out)) {
        if (row.find("SYN seq=100") != std::string::npos && row.find("✕") != std::string::npos) lostRow = true;
        if (row.find("↻ SYN seq=100") != std::string::npos && row.find("▶") != std::string::npos &&
            row.find("1.000 s") != std::string::npos)
            retransmitRow = true;
    }
    EXPECT_TRUE(lostRow) << r.out;
    EXPECT_TRUE(retransmitRow) << r.out;
}

TEST(Cli, CheckAcceptsAGoodFile) {
    const std::string file = dataFile("handshake-close.json");
    const CliResult r = runCli({"check", file});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, file + ": ok\n");
}

TEST(Cli, CheckRejectsBadFilesWithFileLineColumnAndField) {
    const std::string flag = dataFile("bad-flag.json");
    const CliResult r = runCli({"check", flag});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.out.empty()) << r.out;
    // The bad flag is on line 9 of the file; the field path names it.
    EXPECT_TRUE(std::regex_search(r.err, std::regex(std::regex_replace(flag, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                                                    R"(:9:\d+: faults\[0\]\.match\.flags(\[0\])?: .*SYNN)")))
        << r.err;

    const std::string syntax = dataFile("bad-syntax.json");
    const CliResult s = runCli({"check", syntax});
    EXPECT_EQ(s.status, 2);
    EXPECT_EQ(s.err.rfind(syntax + ":5:", 0), 0u) << s.err; // the missing comma shows on line 5

    const CliResult missing = runCli({"check", dataFile("no-such-file.json")});
    EXPECT_EQ(missing.status, 2);
    EXPECT_FALSE(missing.err.empty());
}

// Issue 12 §3: the error's words follow --lang; the position and the field path do not change.
TEST(Cli, CheckWordsTheErrorInTheChosenLanguage) {
    const std::string flag = dataFile("bad-flag.json");
    const CliResult en = runCli({"check", flag, "--lang", "en"});
    EXPECT_EQ(en.status, 2);
    EXPECT_NE(en.err.find(": unknown flag \"SYNN\""), std::string::npos) << en.err;
    EXPECT_FALSE(containsHangul(en.err)) << en.err;
    const CliResult ko = runCli({"check", flag, "--lang", "ko"});
    EXPECT_EQ(ko.status, 2);
    EXPECT_TRUE(ko.out.empty()) << ko.out;
    EXPECT_EQ(ko.err.rfind(flag + ":9:", 0), 0u) << ko.err; // the bad flag is on line 9
    EXPECT_NE(ko.err.find("faults[0].match.flags: "), std::string::npos) << ko.err;
    EXPECT_NE(ko.err.find("\"SYNN\""), std::string::npos) << ko.err;
    EXPECT_TRUE(containsHangul(ko.err)) << ko.err;
    EXPECT_EQ(std::count(ko.err.begin(), ko.err.end(), '\n'), 1) << ko.err; // one line
}

TEST(Cli, RunOfABadFileFailsLikeCheck) {
    const CliResult r = runCli({"run", dataFile("bad-flag.json")});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("bad-flag.json:9:"), std::string::npos) << r.err;
}

TEST(Cli, BadInputExitsWithTwoAndSaysWhy) {
    struct Case {
        std::vector<std::string> args;
        const char* mentions;
    };
    const std::vector<Case> cases = {
        {{"run", "no-such-lesson"}, "no-such-lesson"},
        {{"run", dataFile("handshake-close.json"), "--format", "xml"}, "xml"},
        {{"run", dataFile("handshake-close.json"), "--profile", "solaris"}, "solaris"},
        {{"run", dataFile("handshake-close.json"), "--seed", "-3"}, "-3"},
        {{"run", dataFile("handshake-close.json"), "--lang", "fr"}, "fr"},
        {{"run", dataFile("handshake-close.json"), "--format"}, "--format"},
        {{"run"}, "run"},
        {{"frobnicate"}, "frobnicate"},
        {{"--bogus"}, "--bogus"},
        {{}, "Usage"},
    };
    for (const auto& c : cases) {
        const CliResult r = runCli(c.args);
        EXPECT_EQ(r.status, 2) << c.mentions;
        EXPECT_TRUE(r.out.empty()) << c.mentions << ": " << r.out;
        EXPECT_NE(r.err.find(c.mentions), std::string::npos) << r.err;
    }
}

// issue 6: a load lesson prints its per-state counts as CSV, exactly loadCountsToCsv of the core's
// run; --profile and --seed reach the load simulation.
TEST(Cli, CountsOfALoadLessonAreTheCoresCsv) {
    const Scenario* lesson = findBuiltinLesson("busy-server");
    ASSERT_NE(lesson, nullptr);
    const CliResult r = runCli({"run", "busy-server", "--format", "counts"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    EXPECT_EQ(r.out, loadCountsToCsv(simulateLoad(*lesson)));
    const auto rows = lines(r.out);
    ASSERT_GE(rows.size(), 3u);
    EXPECT_EQ(rows[0].rfind("time_s,client_SYN_SENT,", 0), 0u) << rows[0];
    EXPECT_NE(rows[0].find(",client_TIME_WAIT,"), std::string::npos);
    EXPECT_NE(rows[0].find(",server_CLOSE_WAIT,"), std::string::npos);
    EXPECT_NE(rows[0].find(",failed_connects,"), std::string::npos);
    EXPECT_EQ(rows[1].rfind("0.000,", 0), 0u);
    EXPECT_EQ(rows[2].rfind("1.000,", 0), 0u); // one line per second

    LoadOptions windows;
    windows.profileOverride = Profile::Windows; // TIME_WAIT 240 s instead of 60 s
    const CliResult w = runCli({"run", "busy-server", "--format=counts", "--profile", "windows"});
    ASSERT_EQ(w.status, 0) << w.err;
    EXPECT_EQ(w.out, loadCountsToCsv(simulateLoad(*lesson, windows)));
    EXPECT_GT(lines(w.out).size(), rows.size()); // the TIME_WAITs last longer

    Scenario reseeded = *lesson;
    reseeded.seed = 77;
    const CliResult s = runCli({"run", "busy-server", "--format", "counts", "--seed", "77"});
    ASSERT_EQ(s.status, 0) << s.err;
    EXPECT_EQ(s.out, loadCountsToCsv(simulateLoad(reseeded)));
}

TEST(Cli, CountsAndLoadLessonsGoTogether) {
    // A load lesson has no single trace: the other formats are refused, with the way out.
    for (const char* format : {"text", "jsonl", "ladder"}) {
        const CliResult r = runCli({"run", "port-exhaustion", "--format", format});
        EXPECT_EQ(r.status, 2) << format;
        EXPECT_TRUE(r.out.empty()) << r.out;
        EXPECT_NE(r.err.find("\"port-exhaustion\" is a load lesson"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("--format counts"), std::string::npos) << r.err;
    }
    // And counts need a load.
    const CliResult r = runCli({"run", dataFile("handshake-close.json"), "--format", "counts"});
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_NE(r.err.find("is for load lessons"), std::string::npos) << r.err;
}

} // namespace
} // namespace hl
