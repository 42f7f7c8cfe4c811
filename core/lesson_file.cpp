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
    return escapedControls(s + message); // one line whatever the file name or the file holds
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
    // Opened without blocking and checked before reading: a FIFO, a device or a socket would make
    // the read wait for ever (or never end), so only a regular file is read.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return fail(std::string("cannot open: ") + std::strerror(errno));
    std::unique_ptr<FILE, int (*)(FILE*)> f(::fdopen(fd, "rb"), &std::fclose);
    if (!f) {
        ::close(fd);
        return fail(std::string("cannot open: ") + std::strerror(errno));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0) return fail(std::string("cannot read: ") + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) return fail("cannot read: it is a directory");
    if (!S_ISREG(st.st_mode)) return fail("cannot read: not a regular file (a pipe, a device or a socket)");
    if (static_cast<uint64_t>(st.st_size) > kMaxLessonBytes) return fail(tooLarge(static_cast<size_t>(st.st_size)));
    // Read at most one byte past the limit: a file that grew since fstat is still refused.
    std::string text(kMaxLessonBytes + 1, '\0');
    const size_t n = std::fread(text.data(), 1, text.size(), f.get());
    if (std::ferror(f.get())) return fail(std::string("cannot read: ") + std::strerror(errno));
    if (n > kMaxLessonBytes) return fail(tooLarge(n));
    text.resize(n);
    return parseLesson(text, path);
}

} // namespace hl
