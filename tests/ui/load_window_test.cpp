// A load lesson (scenario.load) shows the load view in the centre of the window instead of the
// sequence diagram; a single-connection lesson shows the diagram again.
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/load/load_chart_view.h"
#include "ui/load/load_timeline.h"
#include "ui/load/load_view.h"
#include "ui/panels/timeline_bar.h"
#include "ui/perturb/perturb_actions.h"
#include "ui/session/session_controller.h"
#include "ui/window/main_window.h"

#include <QApplication>
#include <QAreaSeries>
#include <QDockWidget>
#include <QLineSeries>

#include <gtest/gtest.h>

#include <atomic>

namespace hl::ui {
namespace {

TEST(LoadWindow, LoadLessonShowsTheLoadViewAndRunsItOnce) {
    auto runs = std::make_shared<std::atomic<int>>(0);
    MainWindow::Options options;
    options.useSettings = false;
    options.simulate = [](const Scenario&) { return Trace{}; };
    options.simulateLoad = [runs](const Scenario&, const LoadOptions&) {
        ++*runs;
        LoadResult r;
        LoadSample s;
        s.server[static_cast<size_t>(TcpState::Established)] = 3;
        r.samples = {s};
        r.connections = 3;
        return r;
    };
    MainWindow w(options);
    Scenario busy;
    busy.id = "busy";
    busy.load = LoadSpec{};
    busy.load->closer = HostId::Server; // the view opens on the closer's sockets, where the counts are
    w.session()->loadScenario(busy, QStringLiteral("busy"));
    EXPECT_TRUE(w.loadView()->isVisibleTo(&w));
    EXPECT_FALSE(w.diagram()->isVisibleTo(&w));
    ASSERT_TRUE(w.loadView()->waitForIdle(5000));
    ASSERT_TRUE(w.loadView()->baseResult().has_value());
    EXPECT_DOUBLE_EQ(w.loadView()->baseChart()->area(LoadGroup::Established)->upperSeries()->at(0).y(), 3.0);
    // A replay of the same lesson (traceReplaced again) does not run the simulation again.
    w.session()->replay();
    w.loadView()->waitForIdle(5000);
    EXPECT_EQ(*runs, 1);

    Scenario single;
    single.id = "single";
    w.session()->loadScenario(single, QStringLiteral("single"));
    EXPECT_FALSE(w.loadView()->isVisibleTo(&w));
    EXPECT_TRUE(w.diagram()->isVisibleTo(&w));
}

MainWindow::Options countingNothing() {
    MainWindow::Options options;
    options.useSettings = false;
    options.simulate = [](const Scenario&) { return Trace{}; };
    options.simulateLoad = [](const Scenario&, const LoadOptions&) { return LoadResult{}; };
    return options;
}

// The panels about one connection step aside in a load lesson and come back, as they were, with
// the next ordinary lesson; meanwhile the player bar scrubs through the run's samples with its own
// timeline instead of the ladder's steps (issue 15).
TEST(LoadWindow, SingleConnectionPanelsStepAsideAndReturn) {
    MainWindow w(countingNothing());
    w.resize(1600, 1000);
    w.show();
    Scenario single;
    single.id = "single";
    w.session()->loadScenario(single, QStringLiteral("single"));
    w.eventsDock()->hide(); // the user's own choice must survive the round trip
    const std::vector<QDockWidget*> docks = {w.stateMachineDock(), w.chartsDock(),
                                             w.perturbActions()->perturbationsDock(), w.perturbActions()->settingsDock()};
    for (QDockWidget* d : docks) ASSERT_TRUE(d->isVisible()) << d->objectName().toStdString();

    Scenario busy;
    busy.id = "busy";
    busy.load = LoadSpec{};
    w.session()->loadScenario(busy, QStringLiteral("busy"));
    EXPECT_TRUE(w.isLoadMode());
    QApplication::processEvents(); // the player bar lays its widgets out (and shows them) when events run
    for (QDockWidget* d : docks) EXPECT_FALSE(d->isVisible()) << d->objectName().toStdString();
    EXPECT_FALSE(w.timeline()->isVisible());
    EXPECT_TRUE(w.loadTimeline()->isVisible());
    EXPECT_TRUE(w.loadTimeline()->isEnabled());

    w.session()->loadScenario(single, QStringLiteral("single"));
    EXPECT_FALSE(w.isLoadMode());
    QApplication::processEvents();
    for (QDockWidget* d : docks) EXPECT_TRUE(d->isVisible()) << d->objectName().toStdString();
    EXPECT_FALSE(w.eventsDock()->isVisible());
    EXPECT_TRUE(w.timeline()->isVisible());
    EXPECT_FALSE(w.loadTimeline()->isVisible());
}

// A load lesson opens on the side where its story is: the closer's TIME_WAITs, or the leaking
// server's CLOSE_WAITs.
TEST(LoadWindow, OpensOnTheSideOfTheStory) {
    MainWindow w(countingNothing());
    Scenario lesson;
    lesson.id = "client-closes";
    lesson.load = LoadSpec{};
    lesson.load->closer = HostId::Client;
    w.session()->loadScenario(lesson, QStringLiteral("a"));
    EXPECT_EQ(w.loadView()->side(), HostId::Client);
    lesson.id = "leak";
    lesson.load->neverCloseFraction = 0.1;
    w.session()->loadScenario(lesson, QStringLiteral("b"));
    EXPECT_EQ(w.loadView()->side(), HostId::Server);
    lesson.id = "server-closes";
    lesson.load->neverCloseFraction = 0;
    lesson.load->closer = HostId::Server;
    w.session()->loadScenario(lesson, QStringLiteral("c"));
    EXPECT_EQ(w.loadView()->side(), HostId::Server);
}

} // namespace
} // namespace hl::ui
