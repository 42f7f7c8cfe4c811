#pragma once
// The commands of handshakelab-cli. Each writes its output to stdout, its errors to stderr, and
// returns the exit status (0 success, 2 bad input).
#include "app/cli_args.h"
#include "core/scenario.h"

#include <optional>

namespace hl::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 2;

int listLessons();
int runLesson(const CliArgs& args);
int checkFile(const QString& path);
int runQuiz(const CliArgs& args); // app/cli_quiz.cpp

// A built-in lesson id, else a lesson file; errors are written to stderr (then nullopt: exit 2).
std::optional<Scenario> loadLesson(const QString& target);

// Output as UTF-8, whatever the locale.
void writeOut(const QString& text);
void writeErr(const QString& text);

} // namespace hl::cli
