#pragma once
// What the app tests share when they run a binary through the shell: its result, reading back a
// captured stream, quoting an argument for /bin/sh, and running a command with both streams captured.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

namespace hl::apptest {

struct CliResult {
    int status = -1; // exit status; -1 when killed by a signal
    std::string out;
    std::string err;
};

inline std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Unsets the user's language, so that the binaries speak their default, English.
inline const std::string kNoLanguage = "env -u LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES ";

// Runs `command` through /bin/sh with stdout and stderr captured in a private temporary folder
// (stdout goes to `stdoutTo` instead when given, and is then not read back).
inline CliResult runShell(const std::string& command, const std::string& stdoutTo = "") {
    char dir[] = "/tmp/hl_app_test_XXXXXX";
    EXPECT_NE(mkdtemp(dir), nullptr);
    const std::string out = stdoutTo.empty() ? std::string(dir) + "/out" : stdoutTo;
    const std::string err = std::string(dir) + "/err";
    const int raw = std::system((command + " >" + quoted(out) + " 2>" + quoted(err)).c_str());
    CliResult r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    if (stdoutTo.empty()) {
        r.out = readAll(out);
        std::remove(out.c_str());
    }
    r.err = readAll(err);
    std::remove(err.c_str());
    rmdir(dir);
    return r;
}

#ifdef HL_CLI_PATH
// The command-line tool in English with each argument quoted.
inline CliResult runCli(const std::vector<std::string>& args) {
    std::string cmd = kNoLanguage + quoted(HL_CLI_PATH);
    for (const auto& a : args) cmd += " " + quoted(a);
    return runShell(cmd);
}
#endif

} // namespace hl::apptest
