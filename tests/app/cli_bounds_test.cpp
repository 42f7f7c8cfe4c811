// handshakelab-cli on the inputs of issue 13: a run stopped by the work budget prints its partial
// trace and says why (exit 0), a load lesson that cannot finish is refused (exit 2), `check`
// warns about a predictably stopped lesson, a FIFO is refused at once, and a failed write to
// stdout is an error (exit 1).
#include "core/lesson_file.h"
#include "core/simulation.h"
#include "core/trace_jsonl.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_process.h"
#include <vector>

namespace hl {
namespace {

using apptest::CliResult;
using apptest::quoted;
using apptest::readAll;

// Runs the CLI in English with `args` as written (shell syntax) and stdout sent to `stdoutTo`
// (a temporary file when empty).
CliResult runCli(const std::string& args, const std::string& stdoutTo = "") {
    return apptest::runShell(apptest::kNoLanguage + apptest::quoted(HL_CLI_PATH) + " " + args, stdoutTo);
}

std::string bounded(const std::string& name) {
    return std::string(HL_TEST_DATA_DIR) + "/lessons/bounded/" + name + ".json";
}

// The app's stderr may start with Qt's own notes (e.g. about XDG_RUNTIME_DIR): its message is last.
std::string lastLine(std::string s) {
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s.substr(s.rfind('\n') == std::string::npos ? 0 : s.rfind('\n') + 1);
}

size_t lineCount(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST(CliBounds, AckStormPrintsThePartialTraceAndSaysWhy) {
    const CliResult r = runCli("run " + bounded("ack-storm-latency-0") + " --format jsonl");
    EXPECT_EQ(r.status, 0) << r.err;
    // The same bytes as the core's partial trace, ending with the budget's note.
    const Scenario s = std::get<Scenario>(readLessonFile(bounded("ack-storm-latency-0")));
    EXPECT_EQ(r.out, traceToJsonl(simulate(s)));
    EXPECT_NE(r.out.rfind("\"reason\":\"budget.time-still\"}\n"), std::string::npos);
    EXPECT_EQ(r.err, "handshakelab-cli: The run was stopped after 50,000 events at the same instant: simulated time "
                     "stood still. Likely cause: the two ends keep answering each other's ACKs — an ACK storm. Real "
                     "stacks limit how often they send such ACKs (RFC 5961 §7, Linux tcp_invalid_ratelimit).\n");
}

TEST(CliBounds, TextOutputOfAStoppedRunEndsWithTheReason) {
    const CliResult r = runCli("run " + bounded("duplicate-loop"));
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("The run was stopped after 50,000 events at the same instant"), std::string::npos);
    EXPECT_NE(r.out.find("Likely cause: most segments arrive more than once"), std::string::npos);
    EXPECT_EQ(lineCount(r.err), 1u);
}

// Issue 13 §4: text output was quadratic in the steps (100,000 one-byte segments took > 60 s).
TEST(CliBounds, TextOutputIsLinearInTheSteps) {
    const auto start = std::chrono::steady_clock::now();
    const CliResult r = runCli("run " + bounded("send-20mb"));
    const auto s = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_GT(lineCount(r.out), 20'000u); // one line per step: 20,000 data segments and their ACKs
    EXPECT_LT(s, 20) << "15.5 s before on an idle machine; about 1 s now";
}

TEST(CliBounds, LoadLessonThatCannotFinishIsRefused) {
    const CliResult r = runCli("run " + bounded("load-huge") + " --format counts");
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err,
              "handshakelab-cli: \"" + bounded("load-huge") +
                  "\" cannot finish: its load would send about 4,000,020,000,009 segments, more than the "
                  "50,000,000 one run may send (lower rate_per_s, duration_ms or the bytes, or raise the mss)\n");
    EXPECT_EQ(runCli("check " + bounded("load-huge")).status, 2);
}

TEST(CliBounds, CheckWarnsAboutALessonTheBudgetWillStop) {
    const CliResult r = runCli("check " + bounded("send-1e9-long"));
    EXPECT_EQ(r.status, 0);
    EXPECT_EQ(r.out, bounded("send-1e9-long") + ": ok\n");
    EXPECT_EQ(r.err, bounded("send-1e9-long") + ": warning: the lesson's data needs about 1,000,000 segments; the run "
                                                "will be stopped at 1,000,000 events and show only its beginning\n");
    EXPECT_EQ(runCli("check " + bounded("send-5mb")).err, ""); // 5,000 segments: no warning
}

// Issue 13 §7: `check FIFO` blocked for ever. A real FIFO with no writer.
TEST(CliBounds, FifoIsRefusedAtOnce) {
    char dir[] = "/tmp/hl_cli_fifo_XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    const std::string fifo = std::string(dir) + "/lesson.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    for (const std::string cmd : {"check ", "run "}) {
        const CliResult r = runCli(cmd + fifo);
        EXPECT_EQ(r.status, 2) << cmd;
        EXPECT_EQ(r.err, fifo + ": cannot read: not a regular file (a pipe, a device or a socket)\n") << cmd;
    }
    // The app too (issue 13 §7: "handshakelab --lesson FIFO" never showed its window).
    const std::string gui = "env QT_QPA_PLATFORM=offscreen '" + std::string(HL_GUI_PATH) + "' --lesson " + fifo +
                            " --screenshot " + std::string(dir) + "/x.png 2>" + std::string(dir) + "/err";
    const int raw = std::system(gui.c_str());
    EXPECT_EQ(WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, 2);
    EXPECT_EQ(lastLine(readAll(std::string(dir) + "/err")),
              fifo + ": cannot read: not a regular file (a pipe, a device or a socket)");
    std::remove((std::string(dir) + "/err").c_str());
    std::remove(fifo.c_str());
    rmdir(dir);
}

// A load lesson that cannot finish is refused by the app as well, with the same reason.
TEST(CliBounds, AppRefusesALoadLessonThatCannotFinish) {
    char dir[] = "/tmp/hl_gui_load_XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    const std::string err = std::string(dir) + "/err";
    const std::string gui = "env QT_QPA_PLATFORM=offscreen '" + std::string(HL_GUI_PATH) + "' --lang en --lesson " +
                            bounded("load-one-mss1") + " --screenshot " + std::string(dir) + "/x.png 2>" + err;
    const int raw = std::system(gui.c_str());
    EXPECT_EQ(WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, 2);
    EXPECT_EQ(lastLine(readAll(err)), "This load lesson cannot finish: its connections would send about 2,000,000,009 "
                                      "segments, more than the 50,000,000 one run may send. Lower rate_per_s, "
                                      "duration_ms or the bytes sent, or raise the MSS.");
    std::remove(err.c_str());
    rmdir(dir);
}

// Issue 13 §9: the CLI exited 0 when stdout could not be written.
TEST(CliBounds, FailedOutputIsAnError) {
    for (const std::string format : {"jsonl", "text", "ladder"}) {
        const CliResult r = runCli("run handshake-and-close --format " + format, "/dev/full");
        EXPECT_EQ(r.status, 1) << format;
        EXPECT_EQ(r.err, "handshakelab-cli: cannot write the output: No space left on device\n") << format;
    }
    EXPECT_EQ(runCli("lessons", "/dev/full").status, 1);
}

} // namespace
} // namespace hl
