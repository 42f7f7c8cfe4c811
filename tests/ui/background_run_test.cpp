// Issue 13: a large lesson is simulated off the GUI thread with progress and Cancel, so that the
// window never freezes; a normal lesson and its perturbations stay synchronous (immediate and
// deterministic); the remembered last lesson never blocks the start.
#include "core/builtin_lessons.h"
#include "core/simulation.h"
#include "core/work_budget.h"
#include "tests/action_at.h"
#include "ui/session/session_controller.h"
#include "ui/window/main_window.h"
#include "ui/window/run_progress.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

// The client sends `bytes` in the default MSS (1460 bytes in the default profile).
QByteArray bulkLessonJson(const char* id, uint64_t bytes) {
    return QStringLiteral(R"({"format":"handshakelab-lesson","version":1,"id":"%1","title":{"en":"Bulk %1"},)"
                          R"("client":{"isn":100},"server":{"isn":300},"actions":[)"
                          R"({"at_ms":0,"host":"server","do":"listen"},{"at_ms":0,"host":"client","do":"connect"},)"
                          R"({"at_ms":500,"host":"client","do":"send","bytes":%2}]})")
        .arg(QString::fromLatin1(id))
        .arg(bytes)
        .toUtf8();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

Scenario bulkScenario(uint64_t bytes) {
    Scenario s;
    s.id = "bulk";
    s.client = HostConfig{50000, 100u, {}};
    s.server = HostConfig{80, 300u, {}};
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect),
                 actionAt(500, HostId::Client, ActionKind::Send, bytes)};
    return s;
}

MainWindow::Options realRuns() {
    MainWindow::Options options;
    options.useSettings = false; // the real hl::simulate
    return options;
}

// 10 MB in 1460-byte segments (6,850 data segments): above the threshold, so the worker thread runs it.
constexpr uint64_t kLarge = 10'000'000;

TEST(BackgroundRun, TheThresholdFollowsTheCostEstimate) {
    // 1,000 data segments (the replay benchmark's lesson): at once; 10 MB: in the background.
    EXPECT_FALSE(SessionController::runsInBackground(bulkScenario(1'000 * 1'460)));
    EXPECT_GT(estimateCost(bulkScenario(kLarge)).dataSegments, SessionController::kSyncDataSegments);
    EXPECT_TRUE(SessionController::runsInBackground(bulkScenario(kLarge)));
    // 5 MB (3,425 data segments) froze the window for 0.8 s on the GUI thread: it runs in the background too.
    EXPECT_TRUE(SessionController::runsInBackground(bulkScenario(5'000'000)));
    // Every built-in lesson opens at once (and so stays deterministic under test).
    for (const Scenario& lesson : builtinLessons())
        EXPECT_FALSE(SessionController::runsInBackground(lesson)) << lesson.id;
}

TEST(BackgroundRun, ALargeLessonOpensWhileTheEventLoopTurns) {
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bulk.json"), bulkLessonJson("bulk", kLarge));
    MainWindow w(realRuns());
    ASSERT_TRUE(w.openLesson(QStringLiteral("handshake-and-close")).isEmpty());
    EXPECT_FALSE(w.session()->isRunning()) << "a built-in lesson is simulated at once";
    const size_t before = w.session()->trace().events.size();
    w.show();

    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(5);
    std::vector<quint64> progress;
    QObject::connect(w.session(), &SessionController::runProgressed,
                     [&](quint64 events, double) { progress.push_back(events); });

    ASSERT_TRUE(w.openLesson(path).isEmpty());
    // openLesson returned before the run ended: the previous lesson is still the one shown.
    ASSERT_TRUE(w.session()->isRunning());
    EXPECT_EQ(w.session()->source(), QStringLiteral("handshake-and-close"));
    EXPECT_EQ(w.session()->trace().events.size(), before);
    EXPECT_TRUE(w.runProgress()->isVisible());
    EXPECT_TRUE(w.runProgress()->text().contains(QStringLiteral("Simulating the lesson")));

    ASSERT_TRUE(w.session()->waitForRun(120'000));
    EXPECT_GT(ticks, 0) << "the timer fired while the lesson was simulated";
    ASSERT_FALSE(progress.empty());
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(w.session()->source(), path);
    EXPECT_FALSE(w.runProgress()->isVisible());
    // The same run as on the GUI thread, event for event (the simulation is deterministic).
    const Trace direct = hl::simulate(w.session()->scenario());
    EXPECT_EQ(w.session()->trace().events, direct.events);
    EXPECT_EQ(w.session()->step(), 0u);
}

TEST(BackgroundRun, CancelKeepsThePreviousLesson) {
    MainWindow w(realRuns());
    ASSERT_TRUE(w.openLesson(QStringLiteral("handshake-and-close")).isEmpty());
    w.session()->setStep(3);
    const std::vector<TraceEvent> before = w.session()->trace().events;
    w.show();
    bool cancelledSeen = false;
    QObject::connect(w.session(), &SessionController::runFinished, [&](bool cancelled) { cancelledSeen = cancelled; });
    w.session()->openScenario(bulkScenario(kLarge), QStringLiteral("bulk"));
    ASSERT_TRUE(w.session()->isRunning());
    QApplication::processEvents();
    w.runProgress()->cancelButton()->click();
    EXPECT_FALSE(w.session()->isRunning());
    EXPECT_TRUE(cancelledSeen);
    EXPECT_FALSE(w.runProgress()->isVisible());
    EXPECT_EQ(w.session()->source(), QStringLiteral("handshake-and-close"));
    EXPECT_EQ(w.session()->trace().events, before);
    EXPECT_EQ(w.session()->step(), 3u) << "the lesson shown before is left as it was";
    // Nothing of the cancelled run arrives later.
    for (int i = 0; i < 10; ++i) QApplication::processEvents();
    EXPECT_EQ(w.session()->source(), QStringLiteral("handshake-and-close"));
}

TEST(BackgroundRun, ANewerOpenReplacesARunInProgress) {
    MainWindow w(realRuns());
    w.session()->openScenario(bulkScenario(kLarge), QStringLiteral("bulk"));
    ASSERT_TRUE(w.session()->isRunning());
    ASSERT_TRUE(w.openLesson(QStringLiteral("handshake-and-close")).isEmpty());
    EXPECT_FALSE(w.session()->isRunning());
    for (int i = 0; i < 10; ++i) QApplication::processEvents();
    EXPECT_EQ(w.session()->source(), QStringLiteral("handshake-and-close"));
}

TEST(BackgroundRun, APerturbationOfALargeLessonReplaysInTheBackgroundAndCancelUndoesIt) {
    MainWindow w(realRuns());
    w.session()->loadScenario(bulkScenario(kLarge), QStringLiteral("bulk")); // on this thread
    const std::vector<TraceEvent> before = w.session()->trace().events;
    Fault drop;
    drop.match.from = HostId::Client;
    drop.match.hasData = true;
    drop.match.nth = 10;
    drop.drop = true;
    w.session()->addUserFault(drop);
    ASSERT_TRUE(w.session()->isRunning());
    EXPECT_EQ(w.session()->trace().events, before) << "the trace on screen stays until the run ends";
    EXPECT_TRUE(w.runProgress()->text().contains(QStringLiteral("Replaying your change")));

    w.session()->cancelRun();
    EXPECT_FALSE(w.session()->isRunning());
    EXPECT_TRUE(w.session()->userFaults().empty()) << "the list never shows a change that was not simulated";
    EXPECT_EQ(w.session()->undoStack()->index(), 0);
    EXPECT_TRUE(w.session()->undoStack()->canRedo());
    EXPECT_EQ(w.session()->trace().events, before);

    w.session()->redo(); // runs again, this time to its end
    ASSERT_TRUE(w.session()->isRunning());
    ASSERT_TRUE(w.session()->waitForRun(120'000));
    ASSERT_EQ(w.session()->userFaults().size(), 1u);
    EXPECT_EQ(w.session()->trace().events, hl::simulate(w.session()->effectiveScenario()).events);
    EXPECT_NE(w.session()->trace().events, before);
    // Undo while nothing runs: replays in the background again and ends on the original trace.
    w.session()->undo();
    ASSERT_TRUE(w.session()->waitForRun(120'000));
    EXPECT_EQ(w.session()->trace().events, before);
}

// The issue's ACK storm: 10 bytes injected that neither end sent; the two ends then answer each
// other's ACKs until the work budget stops the run. Its cost estimate is tiny. The lesson's own
// event limit (40,000, well past SessionController::kSyncEvents) keeps the test short.
Scenario stormScenario() {
    Scenario s;
    s.id = "storm";
    s.maxEvents = 40'000;
    s.until = SimTime::fromSeconds(1'000'000);
    s.client = HostConfig{50000, 100u, {}};
    s.server = HostConfig{80, 300u, {}};
    Action inject = actionAt(1000, HostId::Server, ActionKind::Inject); // arrives at the server
    inject.segment.flags = Flag::ACK;
    inject.segment.seq = 101;
    inject.segment.ack = 301;
    inject.segment.len = 10;
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect), inject};
    return s;
}

TEST(BackgroundRun, ARunEstimatedSmallThatGrowsMovesOffTheGuiThread) {
    ASSERT_FALSE(SessionController::runsInBackground(stormScenario())) << "the estimate cannot see the storm";
    MainWindow w(realRuns());
    ASSERT_TRUE(w.openLesson(QStringLiteral("handshake-and-close")).isEmpty());
    w.show();
    w.session()->openScenario(stormScenario(), QStringLiteral("storm"));
    // Past SessionController::kSyncEvents the GUI thread gave it up: the worker runs it while the
    // lesson before stays on screen.
    ASSERT_TRUE(w.session()->isRunning());
    EXPECT_EQ(w.session()->source(), QStringLiteral("handshake-and-close"));
    ASSERT_TRUE(w.session()->waitForRun(120'000));
    EXPECT_EQ(w.session()->source(), QStringLiteral("storm"));
    ASSERT_TRUE(w.session()->trace().stop.has_value());
    EXPECT_EQ(w.session()->trace().stop->limit, BudgetLimit::Events);
    EXPECT_EQ(w.session()->trace().stop->cause, StopCause::AckStorm);
    // The run given up on the GUI thread and run again is the same run, event for event.
    EXPECT_EQ(w.session()->trace().events, hl::simulate(stormScenario()).events);
}

TEST(BackgroundRun, APerturbationThatStartsAStormReplaysInTheBackground) {
    Scenario quiet = stormScenario();
    quiet.actions.pop_back(); // no injection: a handshake and nothing more
    MainWindow w(realRuns());
    w.session()->openScenario(quiet, QStringLiteral("quiet"));
    ASSERT_FALSE(w.session()->isRunning());
    const std::vector<TraceEvent> before = w.session()->trace().events;
    w.show();
    w.session()->addInjection(stormScenario().actions.back());
    ASSERT_TRUE(w.session()->isRunning()) << "the storm's replay left the GUI thread";
    EXPECT_EQ(w.session()->trace().events, before) << "the trace on screen stays until the run ends";
    ASSERT_TRUE(w.session()->waitForRun(120'000));
    ASSERT_TRUE(w.session()->trace().stop.has_value());
    EXPECT_EQ(w.session()->trace().stop->cause, StopCause::AckStorm);
}

TEST(BackgroundRun, PerturbingANormalLessonStaysSynchronous) {
    MainWindow w(realRuns());
    w.session()->loadScenario(bulkScenario(1'000 * 1'460), QStringLiteral("bulk"));
    const size_t before = w.session()->trace().segments.size();
    Fault drop;
    drop.match.from = HostId::Client;
    drop.match.hasData = true;
    drop.match.nth = 10;
    drop.drop = true;
    w.session()->addUserFault(drop);
    EXPECT_FALSE(w.session()->isRunning());
    EXPECT_EQ(w.session()->trace().segments.size(), before + 1) << "the dropped segment is sent again at once";
}

// The remembered lesson is opened after the window is shown: a large one runs in the background
// while the default lesson is on screen; one that fails leaves the default without a dialog.
class StartupLesson : public ::testing::Test {
protected:
    void SetUp() override {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.path());
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("HandshakeLabStartupTest"));
    }
    void TearDown() override { QCoreApplication::setOrganizationName(QString()); }
    void remember(const QString& last) { QSettings().setValue(QStringLiteral("lesson/last"), last); }
    QTemporaryDir dir_;
};

TEST_F(StartupLesson, ALargeLastLessonNeverBlocksTheStart) {
    const QString path = writeFile(dir_, QStringLiteral("bulk.json"), bulkLessonJson("bulk", kLarge));
    remember(path);
    MainWindow w;
    w.openStartupLesson();
    const QString fallback = QString::fromUtf8(kDefaultLessonId.data(), static_cast<qsizetype>(kDefaultLessonId.size()));
    EXPECT_EQ(w.session()->source(), fallback) << "the default is on screen from the first frame";
    EXPECT_FALSE(w.session()->isRunning()) << "the remembered lesson waits for the event loop";
    w.show();
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(5);
    QApplication::processEvents(); // the first turn of the loop starts it
    ASSERT_TRUE(w.session()->isRunning());
    ASSERT_TRUE(w.session()->waitForRun(120'000));
    EXPECT_GT(ticks, 0);
    EXPECT_EQ(w.session()->source(), path);
}

TEST_F(StartupLesson, ALastLessonThatFailsLeavesTheDefault) {
    const QString path = writeFile(dir_, QStringLiteral("broken.json"), QByteArray("{\"format\": 1"));
    remember(path);
    MainWindow w;
    w.openStartupLesson();
    w.show();
    for (int i = 0; i < 5; ++i) QApplication::processEvents(); // no dialog may block here
    EXPECT_FALSE(w.session()->isRunning());
    EXPECT_EQ(w.session()->source(),
              QString::fromUtf8(kDefaultLessonId.data(), static_cast<qsizetype>(kDefaultLessonId.size())));
    EXPECT_FALSE(w.session()->trace().events.empty());
}

} // namespace
} // namespace hl::ui
