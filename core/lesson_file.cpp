#include "core/lesson_file.h"

#include "core/json_reader.h"
#include "core/lesson_parser.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace hl {

std::string LessonError::toString() const {
    std::string s = file;
    if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(column);
    s += ": ";
    if (!field.empty()) s += field + ": ";
    return s + message;
}

namespace {
LessonError errorAt(std::string_view text, std::string_view fileName, size_t offset, std::string field,
                    std::string message) {
    const TextPosition p = positionOf(text, offset);
    return LessonError{std::string(fileName), p.line, p.column, std::move(field), std::move(message)};
}

std::string tooLarge(size_t bytes) {
    return "file is larger than 1 MiB (" + std::to_string(bytes) + " bytes); lesson files are limited to " +
           std::to_string(kMaxLessonBytes) + " bytes";
}
} // namespace

LessonResult parseLesson(std::string_view text, std::string_view fileName) {
    if (text.size() > kMaxLessonBytes) return LessonError{std::string(fileName), 0, 0, "", tooLarge(text.size())};
    auto tree = readJson(text);
    if (auto* e = std::get_if<JsonReadError>(&tree)) return errorAt(text, fileName, e->offset, e->path, e->message);
    try {
        return scenarioFromJson(std::get<JsonValue>(tree));
    } catch (const FieldError& e) {
        return errorAt(text, fileName, e.offset, e.field, e.message);
    }
}

LessonResult readLessonFile(const std::string& path) {
    auto fail = [&](const std::string& message) { return LessonError{path, 0, 0, "", message}; };
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return fail("cannot read: it is a directory");
    std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!f) return fail(std::string("cannot open: ") + std::strerror(errno));
    // Read at most one byte past the limit: enough to refuse a large file without reading it all.
    std::string text(kMaxLessonBytes + 1, '\0');
    const size_t n = std::fread(text.data(), 1, text.size(), f.get());
    if (std::ferror(f.get())) return fail(std::string("cannot read: ") + std::strerror(errno));
    if (n > kMaxLessonBytes) {
        const auto size = std::filesystem::file_size(path, ec);
        return fail(tooLarge(ec ? n : static_cast<size_t>(size)));
    }
    text.resize(n);
    return parseLesson(text, path);
}

} // namespace hl
