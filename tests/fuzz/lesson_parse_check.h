#pragma once
// Fuzz check for the lesson-file reader: any bytes either fail with an error or give a scenario
// that survives writeLesson -> parseLesson unchanged (lesson_file.h's round-trip promise).
#include <cstddef>
#include <cstdint>
#include <string>

namespace hl::fuzz {

// Returns "" when every check holds, else what broke.
std::string checkLessonParse(const uint8_t* data, size_t size);

} // namespace hl::fuzz
