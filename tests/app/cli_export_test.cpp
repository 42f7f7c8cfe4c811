// handshakelab-cli export (issue 20), run as a process: the pack's files byte for byte against
// golden checksums for two lessons (tests/data/pack/*.sha256: `sha256sum` lines), so any change
// in a picture, PDF, GIF, Mermaid or HTML byte shows; bad options exit 2 with one line and write
// nothing. To accept an intended change: HL_UPDATE_PACK_GOLDEN=1 ctest -R CliExport, then review
// the pictures and commit the new .sha256 files.
#include "core/builtin_lessons.h"
#include "core/simulation.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli_process.h"

namespace hl {
namespace {

using apptest::CliResult;
using apptest::quoted;
using apptest::readAll;
using apptest::runCli;
namespace fs = std::filesystem;

struct TempDir {
    fs::path path;
    TempDir() {
        char dir[] = "/tmp/hl_export_test_XXXXXX";
        EXPECT_NE(mkdtemp(dir), nullptr);
        path = dir;
    }
    ~TempDir() { fs::remove_all(path); }
};

// `sha256sum` of every file in `dir`, sorted by name (the golden files' form).
std::string checksums(const fs::path& dir) {
    const fs::path list = dir.parent_path() / (dir.filename().string() + ".sums");
    const std::string cmd = "cd " + quoted(dir.string()) + " && LC_ALL=C sha256sum $(LC_ALL=C ls) >" +
                            quoted(list.string());
    EXPECT_EQ(std::system(cmd.c_str()), 0);
    std::string sums = readAll(list.string());
    fs::remove(list);
    return sums;
}

size_t steps(const char* lesson) { return stepEnds(simulate(*findBuiltinLesson(lesson))).size(); }

void expectGolden(const char* lesson, const std::vector<std::string>& options, const std::string& golden) {
    TempDir tmp;
    const fs::path out = tmp.path / "pack";
    std::vector<std::string> args{"export", lesson, "--out", out.string(), "--size", "640x360"};
    args.insert(args.end(), options.begin(), options.end());
    const CliResult r = runCli(args);
    ASSERT_EQ(r.status, 0) << r.err;
    // Every step's picture twice (PNG, SVG) and the six pack files.
    const size_t files = 2 * steps(lesson) + 6;
    // "Wrote N files into DIR" (in the chosen language): the count and the folder.
    EXPECT_NE(r.out.find(" " + std::to_string(files)), std::string::npos) << r.out;
    EXPECT_NE(r.out.find(out.string()), std::string::npos) << r.out;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
    const std::string sums = checksums(out);
    EXPECT_EQ(static_cast<size_t>(std::count(sums.begin(), sums.end(), '\n')), files);
    const std::string path = std::string(HL_TEST_DATA_DIR) + "/pack/" + golden;
    if (std::getenv("HL_UPDATE_PACK_GOLDEN")) std::ofstream(path, std::ios::binary) << sums;
    EXPECT_EQ(sums, readAll(path)) << "the pack of " << lesson << " changed (see this file's header)";
    // A second run gives the same bytes again.
    const CliResult again = runCli(args);
    ASSERT_EQ(again.status, 0) << again.err;
    EXPECT_EQ(checksums(out), sums);
}

TEST(CliExport, HandshakeInBothLanguagesMatchesItsGoldenBytes) {
    expectGolden("handshake-and-close", {"--lang", "both"}, "handshake-and-close.both.sha256");
}

TEST(CliExport, LostSynInKoreanWithASeedMatchesItsGoldenBytes) {
    expectGolden("lost-syn", {"--lang", "ko", "--seed", "7"}, "lost-syn.ko.sha256");
}

TEST(CliExport, BadOptionsExit2WithOneLineAndWriteNothing) {
    TempDir tmp;
    const std::string out = (tmp.path / "pack").string();
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"export", "handshake-and-close"}, "export needs --out DIR"},
        {{"export", "handshake-and-close", "--out", out, "--size", "big"}, "bad size \"big\""},
        {{"export", "handshake-and-close", "--out", out, "--size", "100x100"}, "bad size \"100x100\""},
        {{"export", "handshake-and-close", "--out", out, "--size", "9000x1080"}, "bad size \"9000x1080\""},
        {{"export", "no-such-lesson", "--out", out}, "no-such-lesson"},
        {{"export", "handshake-and-close", "--out", out, "--lang", "fr"}, "unknown language \"fr\""},
        {{"run", "handshake-and-close", "--out", out}, "--out, --size and --moments are for the export command"},
        {{"export", "busy-server", "--out", out, "--moments", "10,soon"}, "bad moment \"soon\""},
        {{"export", "busy-server", "--out", out, "--moments", "99999"}, "after the end of the run"},
        {{"export", "handshake-and-close", "--out", out, "--moments", "1"}, "--moments is for load lessons"},
    };
    for (const auto& [args, message] : cases) {
        const CliResult r = runCli(args);
        EXPECT_EQ(r.status, 2) << args.back();
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
        EXPECT_EQ(r.err.find("Segmentation"), std::string::npos);
        EXPECT_FALSE(fs::exists(out) && !fs::is_empty(out)) << args.back();
    }
}

TEST(CliExport, ALoadLessonExportsItsChartsAtTheChosenMoments) {
    TempDir tmp;
    const fs::path out = tmp.path / "pack";
    const CliResult r = runCli(
        {"export", "busy-server", "--out", out.string(), "--size", "640x360", "--moments", "15,45.5"});
    ASSERT_EQ(r.status, 0) << r.err;
    // Two moments: a PNG and an SVG each, the GIF, three PDFs and the page; no Mermaid ladder.
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(out)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"answers.pdf", "handout.pdf", "index.html", "lesson.gif", "moment-00.png",
                                               "moment-00.svg", "moment-01.png", "moment-01.svg", "worksheet.pdf"}));
    EXPECT_NE(r.out.find("Wrote 9 files"), std::string::npos) << r.out;
}

TEST(CliExport, AFileInTheWayOfTheFolderIsAClearError) {
    TempDir tmp;
    std::ofstream(tmp.path / "taken") << "x";
    const CliResult r = runCli({"export", "lost-syn", "--out", (tmp.path / "taken").string(), "--size", "640x360"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("taken"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

} // namespace
} // namespace hl
