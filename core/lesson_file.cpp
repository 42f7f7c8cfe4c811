#include "core/lesson_file.h"

#include "core/json_reader.h"
#include "core/lesson_parser.h"
#include "core/shown_text.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace hl {

std::string LessonError::toString() const {
    std::string s = file;
    if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(column);
    s += ": ";
    if (!field.empty()) s += field + ": ";
    s += lessonErrorInfo(code).name;
    s += '(';
    for (size_t i = 0; i < args.size(); ++i) s += (i > 0 ? ", " : "") + args[i];
    return escapedControls(s + ')'); // one line whatever the file name or the file holds
}

namespace {
LessonError errorAt(std::string_view text, std::string_view fileName, size_t offset, std::string field,
                    LessonErrorCode code, std::vector<std::string> args) {
    const TextPosition p = positionOf(text, offset);
    return LessonError{std::string(fileName), p.line, p.column, std::move(field), code, std::move(args)};
}

LessonError wholeFile(std::string_view fileName, LessonErrorCode code, std::vector<std::string> args = {}) {
    return LessonError{std::string(fileName), 0, 0, "", code, std::move(args)};
}

LessonError tooLarge(std::string_view fileName, size_t bytes) {
    return wholeFile(fileName, LessonErrorCode::TooLarge, {std::to_string(bytes), std::to_string(kMaxLessonBytes)});
}

LessonError systemError(std::string_view fileName, LessonErrorCode code) {
    return wholeFile(fileName, code, {std::strerror(errno)});
}
} // namespace

LessonResult parseLesson(std::string_view text, std::string_view fileName) {
    if (text.size() > kMaxLessonBytes) return tooLarge(fileName, text.size());
    auto tree = readJson(text);
    if (auto* e = std::get_if<JsonReadError>(&tree))
        return errorAt(text, fileName, e->offset, e->path, e->code, e->args);
    try {
        return scenarioFromJson(std::get<JsonValue>(tree));
    } catch (const FieldError& e) {
        return errorAt(text, fileName, e.offset, e.field, e.code, e.args);
    }
}

LessonResult readLessonFile(const std::string& path) {
    // Opened without blocking and checked before reading: a FIFO, a device or a socket would make
    // the read wait for ever (or never end), so only a regular file is read.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return systemError(path, LessonErrorCode::CannotOpen);
    std::unique_ptr<FILE, int (*)(FILE*)> f(::fdopen(fd, "rb"), &std::fclose);
    if (!f) {
        const LessonError error = systemError(path, LessonErrorCode::CannotOpen);
        ::close(fd);
        return error;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) return systemError(path, LessonErrorCode::CannotRead);
    if (S_ISDIR(st.st_mode)) return wholeFile(path, LessonErrorCode::IsDirectory);
    if (!S_ISREG(st.st_mode)) return wholeFile(path, LessonErrorCode::NotRegularFile);
    if (static_cast<uint64_t>(st.st_size) > kMaxLessonBytes) return tooLarge(path, static_cast<size_t>(st.st_size));
    // Read at most one byte past the limit: a file that grew since fstat is still refused.
    std::string text(kMaxLessonBytes + 1, '\0');
    const size_t n = std::fread(text.data(), 1, text.size(), f.get());
    if (std::ferror(f.get())) return systemError(path, LessonErrorCode::CannotRead);
    if (n > kMaxLessonBytes) return tooLarge(path, n);
    text.resize(n);
    return parseLesson(text, path);
}

} // namespace hl
