// writeLesson: the canonical form of a lesson file (see docs/lesson-format.md).
#include "core/lesson_file.h"
#include "core/lesson_names.h"
#include "core/lesson_parser.h"

#include <nlohmann/json.hpp>

namespace hl {

std::string writeLesson(const Scenario&) { return {}; }

} // namespace hl
