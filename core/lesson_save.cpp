// saveLessonFile: atomic replace (temporary file beside the target, fsync, rename).
#include "core/lesson_file.h"

namespace hl {

std::string saveLessonFile(const Scenario&, const std::string& path) { return "cannot save \"" + path + "\": not implemented"; }

} // namespace hl
