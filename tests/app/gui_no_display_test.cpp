// handshakelab (the GUI) on a terminal without any display: --help, --version and a bad option
// are answered before a QApplication exists, so they neither need an X server nor abort
// (issue 11). The binary runs as a process with DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "cli_process.h"

namespace {

using hl::apptest::CliResult;
using hl::apptest::readAll;

CliResult runWithoutDisplay(const std::string& args) {
    return hl::apptest::runShell("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u LANG -u LANGUAGE -u LC_ALL " +
                                 hl::apptest::quoted(HL_GUI_PATH) + " " + args);
}

TEST(GuiWithoutDisplay, HelpPrintsTheUsageAndExitsZero) {
    const CliResult r = runWithoutDisplay("--help");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Usage: ", 0), 0u) << r.out;
    for (const char* option : {"--lesson", "--screenshot", "--lang", "--version"})
        EXPECT_NE(r.out.find(option), std::string::npos) << option;
    EXPECT_EQ(r.err, "");
}

TEST(GuiWithoutDisplay, VersionPrintsNameAndVersion) {
    const CliResult r = runWithoutDisplay("--version");
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "HandshakeLab " HL_VERSION "\n");
    EXPECT_EQ(runWithoutDisplay("-v").out, r.out);
}

// A bad option or value: one line on stderr, nothing on stdout, exit status 2 (the house rule
// for bad input), still without opening a display.
TEST(GuiWithoutDisplay, BadOptionsExitTwoWithOneLine) {
    for (const char* args : {"--bogus", "--lang fr", "--step x", "a.json b.json"}) {
        const CliResult r = runWithoutDisplay(args);
        EXPECT_EQ(r.status, 2) << args << ": " << r.err;
        EXPECT_EQ(r.out, "") << args;
        ASSERT_FALSE(r.err.empty()) << args;
        EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << args << ": " << r.err;
    }
    EXPECT_EQ(runWithoutDisplay("--bogus").err, "Unknown option 'bogus'.\n");
}

} // namespace
