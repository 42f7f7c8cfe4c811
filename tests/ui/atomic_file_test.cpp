// Saving files atomically (ui/files/atomic_file.h, the one writer behind Save lesson as, the
// exports and the CLI's --output): the new file appears whole; a failed save names the step and the
// system's reason, leaves no temporary file behind and leaves the old file exactly as it was.
#include "core/lesson_file.h"
#include "language_scope.h"
#include "tests/unprivileged.h"
#include "ui/files/atomic_file.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hl::ui {
namespace {

namespace fs = std::filesystem;

class AtomicFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("hl-save-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        lesson_.id = "saved";
        lesson_.title = {"Saved", "저장됨"};
        lesson_.seed = 99;
        text_ = writeLesson(lesson_);
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
    std::optional<SaveFailure> save(const fs::path& path) const {
        return writeFileAtomically(QString::fromStdString(path.string()),
                                   QByteArrayView(text_.data(), static_cast<qsizetype>(text_.size())));
    }

    fs::path dir_;
    Scenario lesson_;
    std::string text_;
};

TEST_F(AtomicFile, WritesTheBytesAndLeavesNoTemporaryFile) {
    const fs::path path = dir_ / "a.json";
    EXPECT_FALSE(save(path).has_value());
    EXPECT_EQ(slurp(path), text_);
    EXPECT_EQ(entries(), 1u);
    const auto back = readLessonFile(path.string());
    ASSERT_TRUE(std::holds_alternative<Scenario>(back));
    EXPECT_EQ(std::get<Scenario>(back), lesson_);
}

TEST_F(AtomicFile, ReplacesAnExistingFileKeepingItsPermissions) {
    const fs::path path = dir_ / "a.json";
    std::ofstream(path) << "old";
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    EXPECT_FALSE(save(path).has_value());
    EXPECT_EQ(slurp(path), text_);
    EXPECT_EQ(fs::status(path).permissions(), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    EXPECT_EQ(entries(), 1u);
}

// Issue 13 §9: Save As onto a symbolic link replaced the link with a file. The link stays and the
// file it points to gets the new text (written atomically beside it).
TEST_F(AtomicFile, SavingOntoASymlinkKeepsTheLink) {
    const fs::path real = dir_ / "real.json";
    const fs::path link = dir_ / "link.json";
    std::ofstream(real) << "before";
    fs::create_symlink(real.filename(), link); // a relative link, as people make them
    EXPECT_FALSE(save(link).has_value());
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(slurp(real), text_);
    EXPECT_EQ(entries(), 2u); // no temporary file left
}

TEST_F(AtomicFile, MissingFolderFailsAtTheStartAndCreatesNothing) {
    const auto failure = save(dir_ / "no-such-dir" / "a.json");
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->step, SaveFailure::Step::Open);
    EXPECT_FALSE(failure->reason.isEmpty());
    EXPECT_FALSE(fs::exists(dir_ / "no-such-dir"));
    EXPECT_EQ(entries(), 0u);
}

TEST_F(AtomicFile, TargetThatIsAFolderIsLeftAlone) {
    const fs::path target = dir_ / "lesson.json";
    fs::create_directory(target);
    std::ofstream(target / "inside.txt") << "keep me";
    const auto failure = save(target);
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->step, SaveFailure::Step::Open);
    EXPECT_TRUE(fs::is_directory(target));
    EXPECT_EQ(slurp(target / "inside.txt"), "keep me");
    EXPECT_EQ(entries(), 1u); // no temporary file left beside it
}

// A write that fails half way (the file-size limit stands in for a full disk; it works even for
// root, who ignores permissions): reported as a write failure, and the old file is untouched.
TEST_F(AtomicFile, FailedWriteLeavesTheOldFileIntact) {
    const fs::path path = dir_ / "a.json";
    const std::string old(300, 'x');
    std::ofstream(path) << old;
    text_ = std::string(500, 's'); // well over the limit below

    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    auto* oldHandler = std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG
    rlimit small = saved;
    small.rlim_cur = 100;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto failure = save(path);
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->step, SaveFailure::Step::Write);
    EXPECT_EQ(failure->reason, QString::fromLocal8Bit(std::strerror(EFBIG))); // the system's words, not "Unknown error"
    EXPECT_EQ(slurp(path), old);
    EXPECT_EQ(entries(), 1u);
}

// As root (CI) the save runs as "nobody" (tests/unprivileged.h): permissions bite there too.
TEST_F(AtomicFile, ReadOnlyFolderLeavesTheOldFileIntact) {
    const fs::path path = dir_ / "a.json";
    std::ofstream(path) << "old";
    const fs::perms readOnly = fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                               fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec;
    fs::permissions(dir_, readOnly);
    std::optional<SaveFailure> failure;
    {
        const test::UnprivilegedScope unprivileged;
        ASSERT_NE(::faccessat(AT_FDCWD, dir_.c_str(), W_OK, AT_EACCESS), 0)
            << "the folder is still writable: the test would prove nothing";
        failure = save(path);
    }
    ASSERT_TRUE(failure.has_value());
    EXPECT_EQ(failure->step, SaveFailure::Step::Open);
    EXPECT_EQ(slurp(path), "old");
}

// Each step is worded in both languages, with the path and the system's reason kept whole.
TEST_F(AtomicFile, FailuresAreWordedInBothLanguages) {
    const QString path = QStringLiteral("/x/lesson.json");
    for (const auto step : {SaveFailure::Step::Open, SaveFailure::Step::Write, SaveFailure::Step::Replace}) {
        const SaveFailure failure{step, QStringLiteral("REASON")};
        const QString en = cannotSave(path, failure);
        QString ko;
        {
            uitest::LanguageScope korean(QStringLiteral("ko"));
            ko = cannotSave(path, failure);
        }
        for (const QString& text : {en, ko}) {
            EXPECT_TRUE(text.contains(QStringLiteral("\"/x/lesson.json\""))) << text.toStdString();
            EXPECT_TRUE(text.endsWith(QStringLiteral(": REASON"))) << text.toStdString();
        }
        EXPECT_FALSE(uitest::containsHangul(en)) << en.toStdString();
        EXPECT_TRUE(uitest::containsHangul(ko)) << ko.toStdString(); // translated, not the English fallback
    }
}

} // namespace
} // namespace hl::ui
