#pragma once
// Lesson files: JSON, "format": "handshakelab-lesson", "version": 1. Reading reports the first
// error with file, line, column and field path; writing is canonical and atomic.
#include "core/lesson_error_code.h"
#include "core/scenario.h"

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hl {

struct LessonError {
    std::string file;                                   // as given by the caller (a path or a resource name)
    int line = 0;                                       // 1-based; 0 when not known
    int column = 0;                                     // 1-based
    std::string field;                                  // "faults[0].match.flags"; empty for syntax errors
    LessonErrorCode code = LessonErrorCode::JsonSyntax; // worded by Texts::lessonError (ui/texts/)
    std::vector<std::string> args;                      // data for the wording: {"SYNN"} for UnknownFlag
    // For logs and test output only, never shown to a user: the position, the code's name and
    // the arguments, "lost.json:12:9: faults[0].match.flags: UnknownFlag(SYNN)".
    std::string toString() const;
};

using LessonResult = std::variant<Scenario, LessonError>;

inline constexpr size_t kMaxLessonBytes = size_t{1024} * 1024;

LessonResult parseLesson(std::string_view text, std::string_view fileName);
LessonResult readLessonFile(const std::string& path);
// Canonical JSON, ends with a newline. parseLesson(writeLesson(s)) == s for every scenario a file
// can express: times in whole milliseconds (latency: whole microseconds), `bytes` only on send
// actions, `segment` only on inject actions, a non-empty title. See docs/lesson-format.md.
std::string writeLesson(const Scenario& scenario);

} // namespace hl
