// A captured connection in the window (issue 18, points 4 and 8): File → Open capture…, a
// dropped file and `handshakelab FILE`: the inferred trace is shown as a lesson (title, steps,
// state boxes), cannot be perturbed, and Compare simulates the lesson built from it. A broken
// file gives one message with the byte offset and keeps the current lesson.
#include "core/capture_connections.h"
#include "core/capture_file.h"
#include "core/trace_jsonl.h"
#include "ui/capture/capture_picker_dialog.h"
#include "ui/diagram/ghost_layer.h"
#include "ui/panels/state_box.h"
#include "ui/perturb/lesson_settings_panel.h"
#include "ui/perturb/perturb_actions.h"
#include "ui/texts/language.h"
#include "ui/window/gui_options.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
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

// Perturb → Simulator profile: the profile Compare simulates a capture's lesson with, chosen once
// for the session; the ghost is the run of the lesson with that profile.
TEST(CaptureWindow, CompareRunsTheChosenProfileForTheRestOfTheSession) {
    auto w = window();
    SessionController* s = w->session();
    const Profile lessonProfile = s->scenario().profile;
    QMenu* menu = w->findChild<QMenu*>(QStringLiteral("compareProfileMenu"));
    ASSERT_NE(menu, nullptr);
    EXPECT_FALSE(menu->isEnabled()) << "a lesson has its own profile (Lesson settings)";
    ASSERT_EQ(w->openCapture(kernelCapture("lost-fin")), QString());
    EXPECT_TRUE(menu->isEnabled());
    EXPECT_EQ(s->scenario().profile, Profile::Linux) << "the default";
    QAction* linuxProfile = w->perturbActions()->findChild<QAction*>(QStringLiteral("compareProfile-linux"));
    QAction* bsd = w->perturbActions()->findChild<QAction*>(QStringLiteral("compareProfile-bsd"));
    ASSERT_NE(linuxProfile, nullptr);
    ASSERT_NE(bsd, nullptr);
    EXPECT_TRUE(linuxProfile->isChecked());
    EXPECT_EQ(menu->actions().size(), 5) << "teaching, RFC 9293, Linux, BSD, Windows";

    GhostLayer* ghost = w->perturbActions()->ghostLayer();
    w->perturbActions()->action("actionCompare")->setChecked(true);
    bsd->trigger();
    QApplication::processEvents(); // the ghost follows the replay once every view has the trace
    EXPECT_TRUE(bsd->isChecked());
    EXPECT_FALSE(linuxProfile->isChecked());
    EXPECT_EQ(s->compareProfile(), Profile::Bsd);
    EXPECT_EQ(s->scenario().profile, Profile::Bsd);
    const auto* shown = w->perturbActions()->settingsPanel()->findChild<QComboBox*>(QStringLiteral("profileBox"));
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->currentData().toInt(), static_cast<int>(Profile::Bsd))
        << "Lesson settings shows the lesson's profile";
    // The ghost already drawn is the lesson's run with BSD, which is not Linux's run here (the
    // lost FIN is retransmitted after each profile's own minimum RTO).
    Scenario lesson = s->scenario();
    const std::string bsdRun = traceToJsonl(simulate(lesson));
    lesson.profile = Profile::Linux;
    ASSERT_NE(bsdRun, traceToJsonl(simulate(lesson)));
    EXPECT_EQ(traceToJsonl(s->baseline()), bsdRun);
    EXPECT_FALSE(ghost->items().empty());
    EXPECT_EQ(s->trace().segments.size(), 8u) << "the capture itself is unchanged";

    // Remembered for the session: the next capture is compared with BSD too.
    ASSERT_EQ(w->openCapture(kernelCapture("half-close")), QString());
    QApplication::processEvents();
    EXPECT_EQ(s->scenario().profile, Profile::Bsd);
    EXPECT_TRUE(bsd->isChecked());
    lesson = s->scenario();
    EXPECT_EQ(traceToJsonl(s->baseline()), traceToJsonl(simulate(lesson)));
    EXPECT_FALSE(ghost->items().empty());
    // A lesson keeps its own profile.
    ASSERT_EQ(w->openLesson(QStringLiteral("lost-syn")), QString()); // with Compare still on
    QApplication::processEvents();
    EXPECT_EQ(s->scenario().profile, lessonProfile);
    EXPECT_FALSE(menu->isEnabled());
}

// The connection picker, with every outcome and IPv6 addresses, in both languages: it fits the
// screen, every header and cell shows its whole text, and with IPv4 addresses every column, the
// outcome last, is in view without scrolling sideways.
TEST(CaptureWindow, PickerFitsTheScreenWithWholeTexts) {
    const CaptureResult read = readCaptureFile(kernelCapture("lost-fin").toStdString());
    ASSERT_TRUE(std::holds_alternative<CaptureFile>(read));
    const ConnectionList one = listConnections(std::get<CaptureFile>(read));
    ConnectionList list = one;
    list.connections.clear();
    IpAddress wide; // 2001:db8:85a3:8d3:1319:8a2e:370:7348, nothing to shorten (RFC 5952)
    wide.v6 = true;
    wide.bytes = {0x20, 0x01, 0x0d, 0xb8, 0x85, 0xa3, 0x08, 0xd3, 0x13, 0x19, 0x8a, 0x2e, 0x03, 0x70, 0x73, 0x48};
    for (ConnectionOutcome o : {ConnectionOutcome::ClosedNormally, ConnectionOutcome::Reset, ConnectionOutcome::Refused,
                                ConnectionOutcome::NoAnswer, ConnectionOutcome::NoSynSeen, ConnectionOutcome::StillOpen,
                                ConnectionOutcome::Opening}) {
        CaptureConnection c = one.connections.at(0);
        c.outcome = o;
        if (list.connections.size() % 2 == 1) c.addrA = c.addrB = wide;
        c.portA = 65535;
        list.connections.push_back(c);
    }
    for (const char* lang : {"en", "ko"}) {
        ASSERT_TRUE(Language::install(QString::fromLatin1(lang)));
        CapturePickerDialog picker(list);
        picker.show();
        for (int i = 0; i < 4; ++i) QApplication::processEvents();
        if (qEnvironmentVariableIsSet("HL_SCREEN_DUMP"))
            picker.grab().save(QStringLiteral("/tmp/hl_picker_%1.png").arg(QLatin1String(lang)));
        const QRect screen = picker.screen()->availableGeometry();
        EXPECT_LE(picker.width(), screen.width()) << lang;
        EXPECT_LE(picker.height(), screen.height()) << lang;
        const auto* table = picker.findChild<QTableWidget*>(QStringLiteral("captureConnections"));
        ASSERT_NE(table, nullptr);
        EXPECT_EQ(table->rowCount(), 7);
        const QHeaderView* header = table->horizontalHeader();
        for (int col = 0; col < table->columnCount(); ++col) {
            const QString title = table->horizontalHeaderItem(col)->text();
            EXPECT_LE(header->fontMetrics().horizontalAdvance(title), table->columnWidth(col))
                << lang << " " << title.toStdString();
            for (int row = 0; row < table->rowCount(); ++row) {
                const QString cell = table->item(row, col)->text();
                EXPECT_LE(table->fontMetrics().horizontalAdvance(cell), table->columnWidth(col))
                    << lang << " " << cell.toStdString();
            }
        }
        ConnectionList v4 = list;
        for (CaptureConnection& c : v4.connections) c.addrA = c.addrB = one.connections.at(0).addrA;
        CapturePickerDialog narrow(v4);
        narrow.show();
        for (int i = 0; i < 4; ++i) QApplication::processEvents();
        EXPECT_EQ(narrow.findChild<QTableWidget*>(QStringLiteral("captureConnections"))->horizontalScrollBar()->maximum(), 0)
            << lang << ": " << narrow.width() << " px wide";
    }
    ASSERT_TRUE(Language::install(QStringLiteral("en")));
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
    EXPECT_TRUE(std::holds_alternative<QString>(
        parseGuiOptions({QStringLiteral("handshakelab"), QStringLiteral("a"), QStringLiteral("b")})));
}

} // namespace
} // namespace hl::ui
