// Issue 13 §7 and §8: lesson files that are not regular files are refused at once, and every
// error stays one clean line — control characters escaped, long keys and values shortened —
// with one rule for whole numbers (digits only; -0 is 0).
#include "core/lesson_file.h"
#include "core/shown_text.h"
#include "ui/texts/texts.h"

#include <gtest/gtest.h>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace hl {
namespace {

std::string errorOf(const LessonResult& r) {
    if (std::holds_alternative<Scenario>(r)) return "(no error)";
    return ui::Texts::lessonError(std::get<LessonError>(r)).toStdString();
}

std::string lessonWith(const std::string& extra) {
    return R"({"format": "handshakelab-lesson", "version": 1, "id": "x", "title": {"en": "T"})" + extra + "}";
}

class TempDir : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() / ("hl-bounds-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::filesystem::path dir_;
};

// A FIFO with no writer: opening it for reading would block for ever and reading it would wait
// for data. The error must come at once (the test itself would hang otherwise).
TEST_F(TempDir, FifoIsRefusedAtOnce) {
    const std::string fifo = (dir_ / "lesson.json").string();
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    EXPECT_EQ(errorOf(readLessonFile(fifo)), fifo + ": cannot read: not a regular file (a pipe, a device or a socket)");
}

TEST_F(TempDir, DeviceIsRefused) {
    EXPECT_EQ(errorOf(readLessonFile("/dev/zero")),
              "/dev/zero: cannot read: not a regular file (a pipe, a device or a socket)");
}

TEST_F(TempDir, SocketIsRefused) {
    const std::string path = (dir_ / "s.json").string();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    ASSERT_LT(path.size(), sizeof addr.sun_path);
    path.copy(addr.sun_path, path.size());
    ASSERT_EQ(::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr), 0);
    // open() on a socket fails (ENXIO) before fstat: still one line, still at once.
    const std::string e = errorOf(readLessonFile(path));
    ::close(fd);
    EXPECT_EQ(e.rfind(path + ": cannot open: ", 0), 0u) << e;
}

TEST_F(TempDir, DirectoryIsRefused) {
    EXPECT_EQ(errorOf(readLessonFile(dir_.string())), dir_.string() + ": cannot read: it is a directory");
}

// Issue 13 §8: a key "a\nb\u001b[2J" printed three lines and cleared the terminal.
TEST(LessonFileBounds, ControlCharactersInKeysAreEscaped) {
    const std::string e = errorOf(parseLesson(lessonWith(R"(, "a\nb\u001b[2J": 1)"), "t.json"));
    EXPECT_EQ(e, "t.json:1:82: a\\nb\\u001b[2J: unknown field \"a\\nb\\u001b[2J\"");
    EXPECT_EQ(e.find('\n'), std::string::npos);
    EXPECT_EQ(e.find('\x1b'), std::string::npos);
}

TEST(LessonFileBounds, NulInAValueIsEscaped) {
    const std::string e = errorOf(parseLesson(lessonWith(R"(, "profile": "li\u0000nux")"), "t.json"));
    EXPECT_EQ(e, "t.json:1:93: profile: unknown profile \"li\\u0000nux\"");
    EXPECT_EQ(e.find('\0'), std::string::npos);
}

// A 1 MiB key used to give a 2 MB "line": it is shortened to kMaxShownChars characters and "…".
TEST(LessonFileBounds, LongKeysAreShortened) {
    const std::string key(1000 * 1000, 'k');
    const std::string e = errorOf(parseLesson(lessonWith(", \"" + key + "\": 1"), "t.json"));
    const std::string shown = std::string(kMaxShownChars, 'k') + "…";
    EXPECT_EQ(e, "t.json:1:82: " + shown + ": unknown field \"" + shown + "\"");
}

TEST(LessonFileBounds, ShortenedTextNeverCutsAUtf8Sequence) {
    std::string hangul;
    for (int i = 0; i < 50; ++i) hangul += "한";
    std::string expected;
    for (size_t i = 0; i < kMaxShownChars; ++i) expected += "한";
    EXPECT_EQ(shownText(hangul), expected + "…");
    EXPECT_EQ(shownText("short"), "short");
}

// -0 is zero (RFC 8259 allows it); "out of range: 0" was wrong.
TEST(LessonFileBounds, MinusZeroIsZero) {
    const LessonResult r = parseLesson(lessonWith(R"(, "seed": -0)"), "t.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << errorOf(r);
    EXPECT_EQ(std::get<Scenario>(r).seed, 0u);
    // Where 0 is not allowed, -0 is refused like 0.
    EXPECT_EQ(errorOf(parseLesson(lessonWith(R"(, "until_ms": -0)"), "t.json")),
              "t.json:1:94: until_ms: out of range: 0 (allowed: 1 to 1000000000)");
}

// One rule (docs/lesson-format.md): whole numbers are written with digits only. A fraction or an
// exponent is refused even when the value is whole, so nothing is ever rounded.
TEST(LessonFileBounds, WholeNumbersHaveNoFractionOrExponent) {
    for (const char* written : {"1000.0", "1e3", "9007199254740993.0", "7.0000000000000001"}) {
        EXPECT_EQ(errorOf(parseLesson(lessonWith(std::string(R"(, "seed": )") + written), "t.json")),
                  std::string("t.json:1:90: seed: expected an integer, got ") + written);
    }
    // A long written number is shortened too.
    const std::string digits = "1." + std::string(100'000, '0');
    const std::string e = errorOf(parseLesson(lessonWith(R"(, "seed": )" + digits), "t.json"));
    EXPECT_LT(e.size(), 120u);
}

} // namespace
} // namespace hl
