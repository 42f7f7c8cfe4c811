// handshakelab-cli quiz end to end (issue 17): the binary is run with answers on standard input.
// The key fed back scores full marks, wrong answers score nothing, end of input scores what was
// answered, and the answers of the key are checked against the trace in tests/core/quiz_test.cpp.
#include "core/builtin_lessons.h"

#include <gtest/gtest.h>

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

// Runs the CLI in English with `input` on standard input (a pipe, as a user would).
CliResult quiz(const std::vector<std::string>& args, const std::string& input = {}) {
    char dir[] = "/tmp/hl_quiz_test_XXXXXX";
    EXPECT_NE(mkdtemp(dir), nullptr);
    const std::string in = std::string(dir) + "/in", out = std::string(dir) + "/out", err = std::string(dir) + "/err";
    std::ofstream(in, std::ios::binary) << input;
    std::string cmd = "cat " + quoted(in) + " | env -u LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES " +
                      quoted(HL_CLI_PATH) + " quiz";
    for (const auto& a : args) cmd += " " + quoted(a);
    cmd += " >" + quoted(out) + " 2>" + quoted(err);
    const int raw = std::system(cmd.c_str());
    CliResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = readAll(out);
    r.err = readAll(err);
    for (const std::string& f : {in, out, err}) std::remove(f.c_str());
    rmdir(dir);
    return r;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    std::string l;
    while (std::getline(in, l)) out.push_back(l);
    return out;
}

std::string lastLine(const std::string& text) {
    const auto l = lines(text);
    return l.empty() ? std::string() : l.back();
}

// The answers of `--answer-key`, in order.
std::vector<std::string> key(const std::vector<std::string>& args) {
    std::vector<std::string> args2 = args;
    args2.push_back("--answer-key");
    const CliResult r = quiz(args2);
    EXPECT_EQ(r.status, 0) << r.err;
    std::vector<std::string> out;
    const std::regex line(R"(^Q(\d+): .+ => (.+)$)");
    size_t n = 0;
    for (const std::string& l : lines(r.out)) {
        std::smatch m;
        EXPECT_TRUE(std::regex_match(l, m, line)) << l;
        if (m.empty()) continue;
        EXPECT_EQ(std::stoul(m[1]), ++n);
        out.push_back(m[2]);
    }
    return out;
}

std::string joined(const std::vector<std::string>& v, size_t n) {
    std::string s;
    for (size_t i = 0; i < n && i < v.size(); ++i) s += v[i] + "\n";
    return s;
}

// An answer of the same form that is not the right one.
std::string wrongAnswer(const std::string& right) {
    static const std::vector<std::string> fates = {"accepted", "ignored", "ack", "rst", "challenge-ack", "reset"};
    for (size_t i = 0; i < fates.size(); ++i)
        if (right == fates[i]) return fates[(i + 1) % fates.size()];
    if (right == "nothing") return "ACK";
    if (right == "CLOSED") return "TIME_WAIT";
    if (std::isdigit(static_cast<unsigned char>(right[0]))) {
        // "SEQ ACK" or "SEQ": one more on the seq; "SECONDS FLAGS SEQ": one more on the seq.
        std::istringstream in(right);
        std::vector<std::string> w;
        for (std::string x; in >> x;) w.push_back(x);
        std::string& seq = w.size() == 3 ? w[2] : w[0];
        seq = std::to_string(std::stoull(seq) + 1);
        std::string out;
        for (const std::string& x : w) out += (out.empty() ? "" : " ") + x;
        return out;
    }
    if (right.find('_') != std::string::npos || right == "LISTEN" || right == "ESTABLISHED" || right == "CLOSING")
        return "CLOSED";
    return "nothing"; // a flag set
}

TEST(CliQuiz, TheKeyFedBackScoresFullMarksAndWrongAnswersNone) {
    for (const Scenario& s : builtinLessons()) {
        if (s.load) continue;
        SCOPED_TRACE(s.id);
        const std::vector<std::string> answers = key({s.id});
        ASSERT_GE(answers.size(), 4u);
        const std::string n = std::to_string(answers.size());
        const CliResult right = quiz({s.id}, joined(answers, answers.size()));
        EXPECT_EQ(right.status, 0);
        EXPECT_EQ(lastLine(right.out), "score: " + n + "/" + n);
        EXPECT_EQ(right.out.find("Wrong"), std::string::npos);

        std::vector<std::string> wrong;
        for (const std::string& a : answers) wrong.push_back(wrongAnswer(a));
        const CliResult bad = quiz({s.id}, joined(wrong, wrong.size()));
        EXPECT_EQ(bad.status, 0);
        EXPECT_EQ(lastLine(bad.out), "score: 0/" + n);
        // Each wrong answer gets its verdict and the explanation with the step's rule.
        EXPECT_NE(bad.out.find("Wrong: the answer is"), std::string::npos);
        EXPECT_NE(bad.out.find("(RFC "), std::string::npos);
    }
}

TEST(CliQuiz, QuestionsListTheAcceptedFormsAndReadLettersToo) {
    const CliResult r = quiz({"handshake-and-close"}, "");
    const std::regex q(R"(^Q1\. .+\?$)");
    const auto l = lines(r.out);
    ASSERT_GE(l.size(), 4u);
    bool first = false;
    for (const std::string& x : l) first = first || std::regex_match(x, q);
    EXPECT_TRUE(first) << r.out;
    EXPECT_NE(r.out.find("Answer with a letter a–"), std::string::npos);
    EXPECT_NE(r.out.find("    a) "), std::string::npos);
}

TEST(CliQuiz, EndOfInputScoresWhatWasAnsweredOutOfAll) {
    const std::vector<std::string> answers = key({"handshake-and-close"});
    ASSERT_GE(answers.size(), 4u);
    const std::string n = std::to_string(answers.size());
    const CliResult two = quiz({"handshake-and-close"}, joined(answers, 2));
    EXPECT_EQ(two.status, 0);
    EXPECT_EQ(lastLine(two.out), "score: 2/" + n);
    const CliResult none = quiz({"handshake-and-close"}, "");
    EXPECT_EQ(none.status, 0);
    EXPECT_EQ(lastLine(none.out), "score: 0/" + n);
    // The last answer without its line end still counts.
    std::string noNewline = joined(answers, 3);
    noNewline.pop_back();
    EXPECT_EQ(lastLine(quiz({"handshake-and-close"}, noNewline).out), "score: 3/" + n);
}

TEST(CliQuiz, UnreadableAnswersGetTheVerdictAndTheExplanationNotACrash) {
    const CliResult r = quiz({"handshake-and-close"}, "¿what?\n\n\x01\x02\n" + std::string(5000, 'x') + "\n");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("Cannot read \"¿what?\""), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("(RFC 9293 §3.10.1)"), std::string::npos);
    EXPECT_EQ(lastLine(r.out).rfind("score: 0/", 0), 0u);
}

TEST(CliQuiz, SeedGivesOtherNumbersAndTheSameStory) {
    const std::vector<std::string> plain = key({"handshake-and-close"});
    const std::vector<std::string> seeded = key({"handshake-and-close", "--seed", "42"});
    ASSERT_EQ(plain.size(), seeded.size());
    bool numbersDiffer = false;
    for (size_t i = 0; i < plain.size(); ++i) {
        const bool number = std::isdigit(static_cast<unsigned char>(plain[i][0]));
        if (number)
            numbersDiffer = numbersDiffer || plain[i] != seeded[i];
        else
            EXPECT_EQ(plain[i], seeded[i]); // states, flags, fates: the story
    }
    EXPECT_TRUE(numbersDiffer);
    EXPECT_EQ(key({"handshake-and-close", "--seed", "42"}), seeded);
    const CliResult r = quiz({"handshake-and-close", "--seed", "42"}, joined(seeded, seeded.size()));
    EXPECT_EQ(lastLine(r.out), "score: " + std::to_string(seeded.size()) + "/" + std::to_string(seeded.size()));
}

TEST(CliQuiz, KoreanAndBadInput) {
    const CliResult ko = quiz({"handshake-and-close", "--lang", "ko"}, "");
    EXPECT_EQ(ko.status, 0);
    EXPECT_NE(ko.out.find("Q1. "), std::string::npos);
    EXPECT_EQ(ko.out.find("Which state"), std::string::npos);
    EXPECT_EQ(lastLine(ko.out).rfind("score: 0/", 0), 0u);

    const CliResult unknown = quiz({"no-such-lesson"});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_TRUE(unknown.out.empty());
    const CliResult load = quiz({"busy-server"});
    EXPECT_EQ(load.status, 2);
    EXPECT_NE(load.err.find("load lesson"), std::string::npos);
}

} // namespace
} // namespace hl
