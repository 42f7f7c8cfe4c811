#pragma once
// What the app tests share when they run a binary through the shell: its result, reading back a
// captured stream, and quoting an argument for /bin/sh.
#include <fstream>
#include <sstream>
#include <string>

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

} // namespace hl::apptest
