#include "core/builtin_lessons.h"

namespace hl {

const std::vector<Scenario>& builtinLessons() {
    static const std::vector<Scenario> lessons = [] {
        std::vector<Scenario> out;
        for (const auto& file : builtinLessonFiles()) {
            auto result = parseLesson(file.json, file.fileName);
            if (auto* s = std::get_if<Scenario>(&result)) out.push_back(std::move(*s));
        }
        return out;
    }();
    return lessons;
}

const Scenario* findBuiltinLesson(std::string_view id) {
    for (const auto& s : builtinLessons())
        if (s.id == id) return &s;
    return nullptr;
}

} // namespace hl
