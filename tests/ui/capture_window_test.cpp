// A captured connection in the window (issue 18, points 4 and 8): File → Open capture…, a
// dropped file and `handshakelab FILE`: the inferred trace is shown as a lesson (title, steps,
// state boxes), cannot be perturbed, and Compare simulates the lesson built from it. A broken
// file gives one message with the byte offset and keeps the current lesson.
#include "core/capture_file.h"
#include "ui/window/gui_options.h"
#include "ui/texts/language.h"
#include "ui/window/main_window.h"
#include "ui/panels/state_box.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

QString kernelCapture(const char* situation) {
    return QStringLiteral(HL_SOURCE_DIR "/tests/data/kernel/%1/1/capture.pcap").arg(QLatin1String(situation));
}

std::unique_ptr<MainWindow> window() {
    MainWindow::Options options;
    options.useSettings = false;
    auto w = std::make_unique<MainWindow>(options);
    EXPECT_EQ(w->openLesson(QStringLiteral("lost-syn")), QString());
    return w;
}

TEST(CaptureWindow, OpensAKernelCaptureAsALesson) {
    auto w = window();
    ASSERT_EQ(w->openCapture(kernelCapture("lost-fin")), QString());
    SessionController* s = w->session();
    EXPECT_TRUE(s->isCapture());
    EXPECT_FALSE(s->canPerturb()) << "a capture is what happened: nothing to perturb";
    EXPECT_TRUE(s->canCompare());
    EXPECT_NE(w->windowTitle().indexOf(QStringLiteral("capture.pcap")), -1) << w->windowTitle().toStdString();
    // lost-fin: 8 packets, each a send and an arrival or a loss.
    EXPECT_EQ(s->trace().segments.size(), 8u);
    s->goToEnd();
    // RFC 9293 §3.10.7.4: the client closed first and ends in TIME_WAIT, the server CLOSED.
    EXPECT_EQ(s->snapshot().primary(HostId::Client)->state, TcpState::TimeWait);
    const ConnSnapshot* server = s->snapshot().primary(HostId::Server);
    EXPECT_TRUE(server == nullptr || server->state == TcpState::Closed || server->listener);
    // Compare: the lesson built from the capture, simulated (Linux profile): the same ports.
    const Trace simulated = s->baseline();
    ASSERT_FALSE(simulated.segments.empty());
    EXPECT_EQ(simulated.segments.front().seg.srcPort, 50000);
    EXPECT_EQ(simulated.segments.front().seg.dstPort, 80);
    // Opening a lesson again leaves the capture mode.
    ASSERT_EQ(w->openLesson(QStringLiteral("lost-syn")), QString());
    EXPECT_FALSE(w->session()->isCapture());
    EXPECT_TRUE(w->session()->canPerturb());
}

TEST(CaptureWindow, BrokenFileSaysWhereAndKeepsTheLesson) {
    ASSERT_TRUE(Language::install(QStringLiteral("en"))); // English plural forms ("7 bytes")
    auto w = window();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.pcap"));
    QFile original(kernelCapture("abort"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes.chop(7);
    QFile cut(path);
    ASSERT_TRUE(cut.open(QIODevice::WriteOnly));
    cut.write(bytes);
    cut.close();
    const QString error = w->openCapture(path);
    EXPECT_TRUE(error.startsWith(path + QStringLiteral(": byte "))) << error.toStdString();
    EXPECT_NE(error.indexOf(QStringLiteral("7 bytes")), -1) << error.toStdString();
    EXPECT_EQ(error.count(QLatin1Char('\n')), 0);
    EXPECT_FALSE(w->session()->isCapture());
    EXPECT_EQ(w->session()->source(), QStringLiteral("lost-syn"));
}

TEST(CaptureWindow, ChosenConnectionAndVantage) {
    auto w = window();
    ASSERT_EQ(w->openCapture(kernelCapture("refused"), size_t{0}, Vantage::Middle), QString());
    EXPECT_TRUE(w->session()->isCapture());
    EXPECT_NE(w->openCapture(kernelCapture("refused"), size_t{5}), QString()) << "there is one connection";
}

// A dropped file (and the command line's file) opens by its kind: a capture or a lesson file.
TEST(CaptureWindow, DroppedFileOpensByItsKind) {
    auto w = window();
    EXPECT_EQ(w->openFile(kernelCapture("half-close")), QString());
    EXPECT_TRUE(w->session()->isCapture());
    EXPECT_EQ(w->session()->source(), kernelCapture("half-close"));
    const QString lesson = QStringLiteral(HL_SOURCE_DIR "/resources/lessons/11-lost-syn.json");
    EXPECT_EQ(w->openFile(lesson), QString());
    EXPECT_FALSE(w->session()->isCapture());
    EXPECT_EQ(w->session()->source(), lesson);
}

TEST(CaptureWindow, CommandLineTakesAFile) {
    const auto r = parseGuiOptions({QStringLiteral("handshakelab"), QStringLiteral("capture.pcapng")});
    ASSERT_TRUE(std::holds_alternative<GuiOptions>(r));
    EXPECT_EQ(std::get<GuiOptions>(r).lesson, QStringLiteral("capture.pcapng")) << "opened with MainWindow::openFile";
    EXPECT_TRUE(MainWindow::isCaptureFile(QStringLiteral("capture.pcapng")));
    EXPECT_TRUE(MainWindow::isCaptureFile(QStringLiteral("x.PCAP")));
    EXPECT_FALSE(MainWindow::isCaptureFile(QStringLiteral("lesson.json")));
    EXPECT_TRUE(std::holds_alternative<QString>(parseGuiOptions({QStringLiteral("handshakelab"), QStringLiteral("a"), QStringLiteral("b")})));
}

} // namespace
} // namespace hl::ui
