#pragma once
// The commands of handshakelab-cli. Each writes its output to stdout, its errors to stderr, and
// returns the exit status (0 success, 1 output failed, 2 bad input).
#include "app/cli_args.h"
#include "core/scenario.h"
#include "core/trace.h"

#include <optional>
#include <string>

namespace hl::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitOutputFailed = 1; // stdout could not be written (a full disk, /dev/full)
inline constexpr int kExitBadInput = 2;

int listLessons();
int runLesson(const CliArgs& args);
int checkFile(const QString& path);
int showCapture(const CliArgs& args); // cli_capture.cpp

// Shared by the commands: a trace's steps as text lines with the end states; binary output to
// --output (atomic) or to stdout when it is not a terminal.
void writeTraceSteps(const Scenario& scenario, const Trace& trace);
int writeBinaryOutput(const QString& output, const std::string& bytes);

int runQuiz(const CliArgs& args); // app/cli_quiz.cpp
// False (after writing why to stderr) when a load lesson is too large to run.
bool loadFitsBudget(const QString& target, const Scenario& scenario);
// Needs a QApplication (app/cli_export.cpp).
int exportPack(const CliArgs& args);

// A built-in lesson id, else a lesson file; errors are written to stderr (then nullopt: exit 2).
std::optional<Scenario> loadLesson(const QString& target);

// Output as UTF-8, whatever the locale.
void writeOut(const QString& text);
void writeErr(const QString& text);
// Flushes stdout; if any write to it failed, says so on stderr and returns kExitOutputFailed,
// else `status`.
int finishOutput(int status);

} // namespace hl::cli
