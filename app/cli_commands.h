#pragma once
// The commands of handshakelab-cli. Each writes its output to stdout, its errors to stderr, and
// returns the exit status (0 success, 1 output failed, 2 bad input).
#include "app/cli_args.h"

namespace hl::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitOutputFailed = 1; // stdout could not be written (a full disk, /dev/full)
inline constexpr int kExitBadInput = 2;

int listLessons();
int runLesson(const CliArgs& args);
int checkFile(const QString& path);

// Output as UTF-8, whatever the locale.
void writeOut(const QString& text);
void writeErr(const QString& text);
// Flushes stdout; if any write to it failed, says so on stderr and returns kExitOutputFailed,
// else `status`.
int finishOutput(int status);

} // namespace hl::cli
