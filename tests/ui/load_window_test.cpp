// A load lesson (scenario.load) shows the load view in the centre of the window instead of the
// sequence diagram; a single-connection lesson shows the diagram again.
#include "ui/load_chart_view.h"
#include "ui/load_view.h"
#include "ui/main_window.h"
#include "ui/sequence_diagram_view.h"
#include "ui/session_controller.h"

#include <QAreaSeries>
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

} // namespace
} // namespace hl::ui
