// Saving lesson files atomically: the new file appears whole, and a failed save names the path,
// leaves no temporary file behind and leaves the old file exactly as it was.
#include "core/lesson_file.h"
#include "tests/unprivileged.h"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hl {
namespace {

namespace fs = std::filesystem;

class LessonFileSave : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("hl-save-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        lesson_.id = "saved";
        lesson_.title = {"Saved", "저장됨"};
        lesson_.seed = 99;
    }
    void TearDown() override {
        fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
        fs::remove_all(dir_);
    }
    static std::string slurp(const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }
    size_t entries() const { return static_cast<size_t>(std::distance(fs::directory_iterator(dir_), {})); }

    fs::path dir_;
    Scenario lesson_;
};

TEST_F(LessonFileSave, WritesTheCanonicalTextAndLeavesNoTemporaryFile) {
    const std::string path = (dir_ / "a.json").string();
    EXPECT_EQ(saveLessonFile(lesson_, path), "");
    EXPECT_EQ(slurp(path), writeLesson(lesson_));
    EXPECT_EQ(entries(), 1u);
    const auto back = readLessonFile(path);
    ASSERT_TRUE(std::holds_alternative<Scenario>(back));
    EXPECT_EQ(std::get<Scenario>(back), lesson_);
}

TEST_F(LessonFileSave, ReplacesAnExistingFileKeepingItsPermissions) {
    const fs::path path = dir_ / "a.json";
    std::ofstream(path) << "old";
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    EXPECT_EQ(saveLessonFile(lesson_, path.string()), "");
    EXPECT_EQ(slurp(path), writeLesson(lesson_));
    EXPECT_EQ(fs::status(path).permissions(), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    EXPECT_EQ(entries(), 1u);
}

TEST_F(LessonFileSave, MissingDirectoryIsAClearError) {
    const std::string path = (dir_ / "no-such-dir" / "a.json").string();
    EXPECT_EQ(saveLessonFile(lesson_, path), "cannot save \"" + path + "\": cannot create a temporary file in \"" +
                                                 (dir_ / "no-such-dir").string() + "\": No such file or directory");
    EXPECT_EQ(entries(), 0u);
}

TEST_F(LessonFileSave, TargetThatIsADirectoryIsLeftAlone) {
    const fs::path target = dir_ / "lesson.json";
    fs::create_directory(target);
    std::ofstream(target / "inside.txt") << "keep me";
    EXPECT_EQ(saveLessonFile(lesson_, target.string()),
              "cannot save \"" + target.string() + "\": cannot replace the file: Is a directory");
    EXPECT_TRUE(fs::is_directory(target));
    EXPECT_EQ(slurp(target / "inside.txt"), "keep me");
    EXPECT_EQ(entries(), 1u); // no temporary file left beside it
}

// A write that fails half way (the file-size limit stands in for a full disk; it works even for
// root, who ignores permissions): the old file must be untouched.
TEST_F(LessonFileSave, FailedWriteLeavesTheOldFileIntact) {
    const fs::path path = dir_ / "a.json";
    const std::string old(300, 'x');
    std::ofstream(path) << old;
    lesson_.summary.en = std::string(500, 's'); // the new text is well over the limit below

    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    auto* oldHandler = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG
    rlimit small = saved;
    small.rlim_cur = 100;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const std::string error = saveLessonFile(lesson_, path.string());
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_EQ(error, "cannot save \"" + path.string() + "\": cannot write the temporary file: File too large");
    EXPECT_EQ(slurp(path), old);
    EXPECT_EQ(entries(), 1u);
}

// As root (CI) the save runs as "nobody" (tests/unprivileged.h): permissions bite there too.
TEST_F(LessonFileSave, ReadOnlyDirectoryLeavesTheOldFileIntact) {
    const fs::path path = dir_ / "a.json";
    std::ofstream(path) << "old";
    const fs::perms readOnly = fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                               fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec;
    fs::permissions(dir_, readOnly);
    std::string error;
    {
        const test::UnprivilegedScope unprivileged;
        ASSERT_NE(::faccessat(AT_FDCWD, dir_.c_str(), W_OK, AT_EACCESS), 0)
            << "the folder is still writable: the test would prove nothing";
        error = saveLessonFile(lesson_, path.string());
    }
    EXPECT_EQ(error, "cannot save \"" + path.string() + "\": cannot create a temporary file in \"" + dir_.string() +
                         "\": Permission denied");
    EXPECT_EQ(slurp(path), "old");
}

} // namespace
} // namespace hl
