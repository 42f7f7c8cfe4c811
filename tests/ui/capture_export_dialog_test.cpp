// File → Export capture for Wireshark (issue 18, points 1-3): the run as shown, written
// atomically, read back with the core's reader: the taps chosen, every packet with its
// comments in the chosen languages; a file that cannot be written is reported, not half-written.
#include "core/builtin_lessons.h"
#include "core/capture_file.h"
#include "core/simulation.h"
#include "ui/capture/capture_export_dialog.h"
#include "ui/texts/language.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

CaptureFile readBack(const QString& path) {
    CaptureResult r = readCaptureFile(path.toStdString());
    EXPECT_TRUE(std::holds_alternative<CaptureFile>(r));
    return std::holds_alternative<CaptureFile>(r) ? std::get<CaptureFile>(std::move(r)) : CaptureFile{};
}

TEST(CaptureExportDialog, FileMenuOffersTheExport) {
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow w(options);
    QStringList names;
    for (QAction* menuAction : w.menuBar()->actions())
        if (QMenu* menu = menuAction->menu())
            for (QAction* a : menu->actions()) names << a->objectName();
    EXPECT_TRUE(names.contains(QStringLiteral("actionExportCapture")));
}

TEST(CaptureExportDialog, BothTapsAndBothLanguages) {
    ASSERT_TRUE(Language::install(QStringLiteral("en"))); // the translator that renders either language
    const Scenario& s = *findBuiltinLesson("lost-syn");
    const Trace trace = simulate(s);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lost-syn.pcapng"));
    ASSERT_EQ(writeCaptureFile(path, s, trace, CaptureTaps::Both, {QStringLiteral("en"), QStringLiteral("ko")}), QString());
    const CaptureFile f = readBack(path);
    ASSERT_EQ(f.interfaces.size(), 2u);
    EXPECT_EQ(f.interfaces[0].name, "client-tap");
    // The lost SYN shows once (on the client's tap), every delivered segment twice.
    size_t expected = 0;
    for (const SegmentRecord& rec : trace.segments) {
        ++expected;
        for (const SegmentCopy& c : rec.copies) expected += !c.lost && c.endEvent != kNoEvent ? 1 : 0;
    }
    ASSERT_EQ(f.packets.size(), expected);
    for (const CapturedPacket& p : f.packets) {
        ASSERT_EQ(p.comments.size(), 2u);
        EXPECT_TRUE(p.comments[0].rfind("Leaves the", 0) == 0 || p.comments[0].rfind("Reaches the", 0) == 0)
            << p.comments[0];
        EXPECT_NE(p.comments[1].find("\xEB\x8B\x88\xEB\x8B\xA4"), std::string::npos) << "Korean ending: " << p.comments[1];
    }
}

TEST(CaptureExportDialog, OneTapOneLanguage) {
    const Scenario& s = *findBuiltinLesson("lost-syn");
    const Trace trace = simulate(s);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("server.pcapng"));
    ASSERT_EQ(writeCaptureFile(path, s, trace, CaptureTaps::Server, {QStringLiteral("en")}), QString());
    const CaptureFile f = readBack(path);
    ASSERT_EQ(f.interfaces.size(), 1u);
    EXPECT_EQ(f.interfaces[0].name, "server-tap");
    size_t atServer = 0; // sent by the server, or arriving there
    for (const SegmentRecord& rec : trace.segments) {
        if (rec.from == HostId::Server)
            ++atServer;
        else
            for (const SegmentCopy& c : rec.copies) atServer += !c.lost && c.endEvent != kNoEvent ? 1 : 0;
    }
    EXPECT_EQ(f.packets.size(), atServer);
    for (const CapturedPacket& p : f.packets) EXPECT_EQ(p.comments.size(), 1u);
}

TEST(CaptureExportDialog, UnwritablePathIsReportedAndNothingWritten) {
    const Scenario& s = *findBuiltinLesson("lost-syn");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/x.pcapng"));
    EXPECT_NE(writeCaptureFile(path, s, simulate(s), CaptureTaps::Both, {QStringLiteral("en")}), QString());
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
} // namespace hl::ui
