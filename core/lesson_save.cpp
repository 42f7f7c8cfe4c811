// saveLessonFile: write a temporary file beside the target, flush it to disk, then rename it
// over the target, so that a reader sees either the old file or the new one, never half of one.
#include "core/lesson_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hl {

namespace {

std::string failure(const std::string& path, const std::string& what, int err) {
    return "cannot save \"" + path + "\": " + what + ": " + std::strerror(err);
}

bool writeAll(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data.remove_prefix(static_cast<size_t>(n));
    }
    return true;
}

// Makes the rename itself durable; a failure here loses nothing, so it is not reported.
void syncDirectory(const std::string& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Saving onto a symbolic link writes the file it points to (atomically, beside that file) and
// keeps the link; renaming over the link itself would replace it with a plain file.
std::filesystem::path resolvedTarget(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_symlink(path, ec)) return path;
    const std::filesystem::path resolved = std::filesystem::weakly_canonical(path, ec);
    return ec ? std::filesystem::path(path) : resolved;
}

} // namespace

std::string saveLessonFile(const Scenario& scenario, const std::string& path) {
    const std::filesystem::path target = resolvedTarget(path);
    const std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
    std::string tmp = (std::filesystem::path(dir) / ("." + target.filename().string() + ".tmp-XXXXXX")).string();

    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) return failure(path, "cannot create a temporary file in \"" + dir + "\"", errno);
    // mkstemp makes the file private (0600); keep the old file's permissions, or use 0644.
    struct stat old {};
    ::fchmod(fd, ::stat(target.c_str(), &old) == 0 ? (old.st_mode & 07777) : 0644);

    // On any failure: remove the temporary file, keep the old one, and say which step failed.
    auto fail = [&](const char* what, bool open) {
        const int err = errno;
        if (open) ::close(fd);
        ::unlink(tmp.c_str());
        return failure(path, what, err);
    };
    if (!writeAll(fd, writeLesson(scenario))) return fail("cannot write the temporary file", true);
    if (::fsync(fd) != 0) return fail("cannot flush the temporary file", true);
    if (::close(fd) != 0) return fail("cannot close the temporary file", false);
    if (::rename(tmp.c_str(), target.c_str()) != 0) return fail("cannot replace the file", false);
    syncDirectory(dir);
    return {};
}

} // namespace hl
