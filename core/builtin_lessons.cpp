#include "core/builtin_lessons.h"

#include <map>
#include <mutex>

namespace hl {

namespace {

// The file that holds the lesson `id`: every built-in file is named "NN-<id>.json" (a test checks).
const BuiltinLessonFile* fileOfLesson(std::string_view id) {
    for (const auto& file : builtinLessonFiles()) {
        const std::string_view name = file.fileName;
        const size_t dash = name.find('-');
        if (dash == std::string_view::npos) continue;
        const std::string_view rest = name.substr(dash + 1);
        if (rest.size() == id.size() + 5 && rest.substr(0, id.size()) == id && rest.substr(id.size()) == ".json")
            return &file;
    }
    return nullptr;
}

} // namespace

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
    // One lesson is parsed on its own from the file its name points to: the window's start opens
    // the default lesson, and parsing all of them for it cost about a millisecond. Anything else
    // (no such file, or it holds another id) is looked up in the full list.
    static std::mutex mutex;
    static std::map<std::string, Scenario, std::less<>> parsedAlone;
    if (const BuiltinLessonFile* file = fileOfLesson(id)) {
        const std::lock_guard lock(mutex);
        if (auto it = parsedAlone.find(id); it != parsedAlone.end()) return &it->second;
        auto result = parseLesson(file->json, file->fileName);
        if (auto* s = std::get_if<Scenario>(&result); s && s->id == id)
            return &parsedAlone.emplace(std::string(id), std::move(*s)).first->second;
    }
    for (const auto& s : builtinLessons())
        if (s.id == id) return &s;
    return nullptr;
}

} // namespace hl
