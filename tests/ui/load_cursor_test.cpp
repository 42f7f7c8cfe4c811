// A load lesson plays like a lesson (issue 15): the player's keys, buttons and scrubber move a
// time cursor through the run's samples; the charts draw it as a vertical line; under each chart
// the counts of that moment for the side it shows; above the story the step caption of that
// moment. Hand-built runs give the expected counts (written here, not read from the view); the
// built-in lessons check the captions against the rule each one states (core/load_moment.h).
#include "core/builtin_lessons.h"
#include "core/load_moment.h"
#include "ui/load/load_chart_view.h"
#include "ui/load/load_player.h"
#include "ui/load/load_session.h"
#include "ui/load/load_timeline.h"
#include "ui/load/load_view.h"
#include "ui/texts/texts.h"
#include "ui/texts/texts_load.h"
#include "ui/window/main_window.h"

#include "language_scope.h"
#include "window_test_support.h"

#include <QChart>
#include <QElapsedTimer>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>

#include <gtest/gtest.h>

#include <vector>

namespace hl::ui {
namespace {

size_t at(TcpState s) { return static_cast<size_t>(s); }

// Six samples, one a second: the client's TIME_WAITs 0, 10, 20, 30, 20, 0; ESTABLISHED 5 then 0;
// connects fail from the fourth second on (2 by then, 7 at the end).
LoadResult handRun() {
    LoadResult r;
    const uint32_t timeWait[] = {0, 10, 20, 30, 20, 0};
    for (int i = 0; i < 6; ++i) {
        LoadSample s;
        s.at = SimTime::fromUs(i * 1'000'000);
        s.client[at(TcpState::TimeWait)] = timeWait[i];
        s.client[at(TcpState::Established)] = i < 4 ? 5 : 0;
        s.server[at(TcpState::LastAck)] = i == 2 ? 1 : 0;
        s.failedConnects = i >= 3 ? 2 + (i - 3) * 2 + (i == 5 ? 1 : 0) : 0;
        r.samples.push_back(s);
    }
    r.end = r.samples.back().at;
    r.connections = 40;
    return r;
}

MainWindow::Options handOptions() {
    MainWindow::Options o;
    o.useSettings = false;
    o.simulate = [](const Scenario&) { return Trace{}; };
    o.simulateLoad = [](const Scenario&, const LoadOptions& opts) {
        LoadResult r = handRun();
        if (opts.closerOverride) { // the comparison run: shorter, to check that it keeps its last sample
            r.samples.resize(4);
            r.end = r.samples.back().at;
        }
        return r;
    };
    return o;
}

Scenario handLesson() {
    Scenario s;
    s.id = "hand-load";
    s.load = LoadSpec{};
    s.load->closer = HostId::Client; // the view opens on the client's sockets
    return s;
}

double cursorX(const LoadChartView* chart) {
    const QLineSeries* line = chart->cursorLine();
    EXPECT_NE(line, nullptr);
    if (!line || line->count() != 2) return -1;
    EXPECT_DOUBLE_EQ(line->at(0).x(), line->at(1).x()) << "the cursor is a vertical line";
    return line->at(0).x();
}

void clickAt(QWidget* w, int x) {
    const QPointF p(x, w->height() / 2.0);
    QMouseEvent press(QEvent::MouseButtonPress, p, w->mapToGlobal(p), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, p, w->mapToGlobal(p), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &release);
}

TEST(LoadCursor, ThePlayerMovesTheCursorOnEveryChart) {
    MainWindow w(handOptions());
    uitest::activate(w);
    w.session()->loadScenario(handLesson(), QStringLiteral("hand-load"));
    ASSERT_TRUE(w.loadView()->waitForIdle(5000));
    LoadPlayer* player = w.loadSession()->player();
    EXPECT_EQ(player->lastStep(), 5u);
    EXPECT_EQ(player->step(), 0u);
    EXPECT_FALSE(w.loadTimeline()->positionText().contains(QStringLiteral("Step")));
    EXPECT_EQ(w.loadTimeline()->positionText(), QStringLiteral("0 s of 5 s"));

    uitest::pressKey(w, Qt::Key_Right);
    uitest::pressKey(w, Qt::Key_Right);
    EXPECT_EQ(player->step(), 2u);
    EXPECT_DOUBLE_EQ(cursorX(w.loadView()->baseChart()), 2.0); // seconds on the axis
    EXPECT_EQ(w.loadTimeline()->positionText(), QStringLiteral("2 s of 5 s"));
    uitest::pressKey(w, Qt::Key_Left);
    EXPECT_EQ(player->step(), 1u);
    uitest::pressKey(w, Qt::Key_End);
    EXPECT_EQ(player->step(), 5u);
    EXPECT_DOUBLE_EQ(cursorX(w.loadView()->baseChart()), 5.0);
    uitest::pressKey(w, Qt::Key_Home);
    EXPECT_EQ(player->step(), 0u);

    // The scrubber: a click at a step's place moves there.
    clickAt(w.loadTimeline(), w.loadTimeline()->xOfStep(3));
    EXPECT_EQ(player->step(), 3u);
    EXPECT_DOUBLE_EQ(cursorX(w.loadView()->baseChart()), 3.0);

    // Space plays to the end, a sample per LoadPlayer::kStepMs at 1×.
    uitest::pressKey(w, Qt::Key_Space);
    EXPECT_TRUE(player->isPlaying());
    QElapsedTimer clock;
    clock.start();
    std::vector<size_t> seen{player->step()};
    while (player->isPlaying() && clock.elapsed() < 5000) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        if (player->step() != seen.back()) seen.push_back(player->step());
    }
    EXPECT_FALSE(player->isPlaying());
    EXPECT_EQ(seen, (std::vector<size_t>{3, 4, 5})) << "it plays a sample at a time, it does not jump";
    // Two steps of kStepMs each (QTimer's default coarse timers may fire up to 5 % early).
    EXPECT_GE(clock.elapsed(), 2 * LoadPlayer::kStepMs * 95 / 100);

    // Compared: both charts carry the cursor; the shorter comparison run shows its last sample.
    w.loadView()->setVariant(LoadView::Variant::OtherCloser);
    ASSERT_TRUE(w.loadView()->waitForIdle(5000));
    EXPECT_EQ(player->step(), 5u) << "new results of the same lesson keep the moment";
    EXPECT_DOUBLE_EQ(cursorX(w.loadView()->variantChart()), 5.0);
    EXPECT_TRUE(w.loadView()->variantCounts()->text().contains(Texts::timeLabel(SimTime::fromUs(3'000'000))))
        << w.loadView()->variantCounts()->text().toStdString();
    uitest::pressKey(w, Qt::Key_Left);
    EXPECT_DOUBLE_EQ(cursorX(w.loadView()->baseChart()), 4.0);
    EXPECT_DOUBLE_EQ(cursorX(w.loadView()->variantChart()), 4.0);

    // Another lesson starts at its beginning.
    Scenario other = handLesson();
    other.id = "other-load";
    w.session()->loadScenario(other, QStringLiteral("other-load"));
    ASSERT_TRUE(w.loadView()->waitForIdle(5000));
    EXPECT_EQ(player->step(), 0u);
}

TEST(LoadCursor, CountsUnderTheChartAreThoseOfTheMoment) {
    MainWindow w(handOptions());
    w.session()->loadScenario(handLesson(), QStringLiteral("hand-load"));
    ASSERT_TRUE(w.loadView()->waitForIdle(5000));
    ASSERT_EQ(w.loadView()->side(), HostId::Client);
    LoadPlayer* player = w.loadSession()->player();
    // Written from handRun()'s table: at 3 s, 5 ESTABLISHED and 30 TIME_WAIT, 2 failed so far.
    player->setStep(3);
    QString text = w.loadView()->baseCounts()->text();
    EXPECT_TRUE(text.contains(Texts::timeLabel(SimTime::fromUs(3'000'000)))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ESTABLISHED: 5"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("TIME_WAIT: 30"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("CLOSE_WAIT: 0"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("failed connection attempts so far: 2"))) << text.toStdString();
    // At 4 s: 20 TIME_WAIT, none established.
    player->stepForward();
    text = w.loadView()->baseCounts()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("TIME_WAIT: 20"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ESTABLISHED: 0"))) << text.toStdString();
    // The server's side at 2 s: its one LAST_ACK counts among "other states".
    w.loadView()->setSide(HostId::Server);
    player->setStep(2);
    text = w.loadView()->baseCounts()->text();
    EXPECT_TRUE(text.contains(Texts::hostName(HostId::Server))) << text.toStdString();
    EXPECT_TRUE(text.contains(LoadChartView::groupName(LoadGroup::Others) + QStringLiteral(": 1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("TIME_WAIT: 0"))) << text.toStdString();
    // The caption at 4 s: TIME_WAIT fell on the client (30 -> 20), but connects failed since 3 s
    // (2 -> 4), and failures name the moment.
    player->setStep(4);
    EXPECT_EQ(w.loadView()->captionLabel()->text(), LoadTexts::caption(LoadMoment{4, {}, LoadPhase::PortsRunOut}));
}

// The captions of the three built-in lessons at moments whose phase follows from their parameters
// (the arithmetic is in tests/core/load_moment_test.cpp), in both languages.
TEST(LoadCursor, CaptionsOfTheBuiltInLessons) {
    struct Case {
        const char* lesson;
        size_t second;
        LoadPhase phase;
        HostId side;
    };
    const Case cases[] = {
        {"busy-server", 30, LoadPhase::TimeWaitGrows, HostId::Client},
        {"busy-server", 90, LoadPhase::TimeWaitDrains, HostId::Client},
        {"port-exhaustion", 50, LoadPhase::PortsRunOut, HostId::Client},
        {"close-wait-leak", 30, LoadPhase::CloseWaitGrows, HostId::Server},
        {"close-wait-leak", 90, LoadPhase::CloseWaitStays, HostId::Server},
    };
    MainWindow::Options o;
    o.useSettings = false;
    MainWindow w(o);
    for (const Case& c : cases) {
        SCOPED_TRACE(std::string(c.lesson) + " at " + std::to_string(c.second) + " s");
        ASSERT_TRUE(w.openLesson(QString::fromLatin1(c.lesson)).isEmpty());
        ASSERT_TRUE(w.loadView()->waitForIdle(20000));
        w.loadSession()->player()->setStep(c.second);
        EXPECT_EQ(w.loadSession()->timeAtStep(c.second), SimTime::fromUs(static_cast<int64_t>(c.second) * 1'000'000));
        LoadMoment expected;
        expected.phase = c.phase;
        expected.side = c.side;
        EXPECT_EQ(w.loadView()->captionLabel()->text(), LoadTexts::caption(expected));
        {
            const uitest::LanguageScope korean(QStringLiteral("ko"));
            QApplication::processEvents(); // the language change reaches the widgets as an event
            const QString ko = w.loadView()->captionLabel()->text();
            EXPECT_TRUE(uitest::containsHangul(ko)) << ko.toStdString();
            EXPECT_EQ(ko, LoadTexts::caption(expected));
        }
    }
}

// Every caption is one short line (as Texts::shortCaption's ≤ 80 characters) in both languages.
TEST(LoadCursor, EveryCaptionIsShortInBothLanguages) {
    for (const char* lang : {"en", "ko"}) {
        const uitest::LanguageScope scope(QString::fromLatin1(lang));
        for (int p = 0; p <= static_cast<int>(LoadPhase::AllClosed); ++p)
            for (HostId side : {HostId::Client, HostId::Server}) {
                LoadMoment m;
                m.phase = static_cast<LoadPhase>(p);
                m.side = side;
                const QString text = LoadTexts::caption(m);
                EXPECT_FALSE(text.isEmpty()) << lang << " phase " << p;
                EXPECT_LE(text.size(), 80) << text.toStdString();
                if (QString::fromLatin1(lang) == QLatin1String("ko")) {
                    EXPECT_TRUE(uitest::containsHangul(text)) << text.toStdString();
                }
            }
    }
}

TEST(LoadCursor, PresentationModeUsesTheLargeCaption) {
    MainWindow w(handOptions());
    w.session()->loadScenario(handLesson(), QStringLiteral("hand-load"));
    ASSERT_TRUE(w.loadView()->waitForIdle(5000));
    const qreal normal = w.loadView()->captionLabel()->font().pointSizeF();
    const qreal chartNormal = w.loadView()->baseChart()->chart()->legend()->font().pointSizeF();
    w.setPresentationMode(true);
    QApplication::processEvents();
    EXPECT_GE(w.loadView()->captionLabel()->font().pointSizeF(), normal * 1.6);
    EXPECT_GE(w.loadView()->baseChart()->chart()->legend()->font().pointSizeF(), chartNormal * 1.3);
    // The keys still move the cursor with the player bar hidden.
    uitest::activate(w);
    uitest::pressKey(w, Qt::Key_Right);
    EXPECT_EQ(w.loadSession()->player()->step(), 1u);
    w.setPresentationMode(false);
    QApplication::processEvents(); // the application's font reaches the widgets as events
    EXPECT_DOUBLE_EQ(w.loadView()->captionLabel()->font().pointSizeF(), normal);
}

} // namespace
} // namespace hl::ui
