#include "tests/fuzz/lesson_parse_check.h"

#include "core/lesson_file.h"

#include <string_view>
#include <variant>

namespace hl::fuzz {

std::string checkLessonParse(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const LessonResult first = parseLesson(text, "fuzz.json");
    if (const auto* err = std::get_if<LessonError>(&first)) {
        // A rejected file must say where and why (common.md: "bad input gets a clear error").
        if (err->args.size() != lessonErrorInfo(err->code).argCount) return "wrong argument count: " + err->toString();
        if (err->file != "fuzz.json") return "parse error names the wrong file: " + err->file;
        return "";
    }
    const Scenario& scenario = std::get<Scenario>(first);
    const std::string written = writeLesson(scenario);
    const LessonResult second = parseLesson(written, "rewritten.json");
    if (const auto* err = std::get_if<LessonError>(&second))
        return "writeLesson output does not parse: " + err->toString() + "\n" + written;
    if (!(std::get<Scenario>(second) == scenario)) return "round trip changed the scenario:\n" + written;
    if (writeLesson(std::get<Scenario>(second)) != written) return "writeLesson is not canonical:\n" + written;
    return "";
}

} // namespace hl::fuzz
