#pragma once
// The lessons shipped in resources/lessons, compiled into the binary (core/embed_lessons.cmake).
#include "core/lesson_file.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hl {

struct BuiltinLessonFile {
    std::string_view fileName; // "01-handshake-and-close.json"
    std::string_view json;
};

std::span<const BuiltinLessonFile> builtinLessonFiles();

inline constexpr std::string_view kDefaultLessonId = "handshake-and-close";

// All built-in lessons, parsed, in file order. A broken built-in file is a bug: tests catch it.
const std::vector<Scenario>& builtinLessons();
const Scenario* findBuiltinLesson(std::string_view id);

} // namespace hl
