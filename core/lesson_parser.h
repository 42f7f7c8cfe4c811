#pragma once
// Turns a JSON tree into a Scenario, checking every field of lesson format version 1
// (docs/lesson-format.md). Used by lesson_file.cpp; throws FieldError at the first problem.
#include "core/json_fields.h"
#include "core/scenario.h"

#include <string_view>

namespace hl {

inline constexpr std::string_view kLessonFormat = "handshakelab-lesson";
inline constexpr uint64_t kLessonVersion = 1;

Scenario scenarioFromJson(const JsonValue& root); // throws FieldError

} // namespace hl
