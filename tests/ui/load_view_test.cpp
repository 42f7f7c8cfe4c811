// The load view on hand-built LoadResults: the stacked areas equal the counts, the summary figures
// are the peaks, the run happens off the GUI thread, Cancel stops it, a comparison passes its
// overrides to the simulation and is drawn beside the base run.
#include "core/load_chart_data.h"
#include "ui/load/load_chart_view.h"
#include "ui/load/load_session.h"
#include "ui/load/load_view.h"
#include "ui/window/image_export.h"

#include <QApplication>
#include <QAreaSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QThread>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

namespace hl::ui {
namespace {

size_t idx(TcpState s) { return static_cast<size_t>(s); }

LoadResult handBuilt() {
    LoadResult r;
    for (int i = 0; i < 3; ++i) {
        LoadSample s;
        s.at = SimTime::fromSeconds(60 * i); // long enough for the axis to be in seconds
        s.server[idx(TcpState::Established)] = 5 + static_cast<uint32_t>(i);
        s.server[idx(TcpState::TimeWait)] = 2;
        s.server[idx(TcpState::CloseWait)] = static_cast<uint32_t>(i); // 0, 1, 2
        s.server[idx(TcpState::LastAck)] = 3;
        s.server[idx(TcpState::SynReceived)] = 1;
        s.client[idx(TcpState::TimeWait)] = 10 * static_cast<uint32_t>(i); // 0, 10, 20
        s.client[idx(TcpState::FinWait2)] = 4;
        s.client[idx(TcpState::Closed)] = 999; // finished sockets are not drawn
        s.failedConnects = i == 2 ? 7 : 0;
        r.samples.push_back(s);
    }
    r.firstFailures = {SimTime::fromSeconds(90)};
    r.connections = 40;
    r.segments = 400;
    r.end = SimTime::fromSeconds(120);
    return r;
}

Scenario loadLesson() {
    Scenario s;
    s.id = "busy";
    s.profile = Profile::Teach;
    s.load = LoadSpec{};
    return s;
}

TEST(LoadAreas, StackTheGroupsInOrderAndEqualTheCounts) {
    const LoadAreas a = buildLoadAreas(handBuilt(), HostId::Server);
    auto band = [&](LoadGroup g, size_t i) { return a.bands[static_cast<size_t>(g)][i]; };
    for (size_t i = 0; i < 3; ++i) {
        const uint64_t est = 5 + i, tw = 2, cw = i, others = 3 + 1;
        EXPECT_EQ(band(LoadGroup::Established, i).lower, 0u);
        EXPECT_EQ(band(LoadGroup::Established, i).upper, est);
        EXPECT_EQ(band(LoadGroup::TimeWait, i).lower, est);
        EXPECT_EQ(band(LoadGroup::TimeWait, i).upper, est + tw);
        EXPECT_EQ(band(LoadGroup::CloseWait, i).upper - band(LoadGroup::CloseWait, i).lower, cw);
        EXPECT_EQ(band(LoadGroup::FinWait2, i).upper - band(LoadGroup::FinWait2, i).lower, 0u);
        EXPECT_EQ(band(LoadGroup::Others, i).upper - band(LoadGroup::Others, i).lower, others)
            << "LAST_ACK + SYN_RECEIVED";
        EXPECT_EQ(band(LoadGroup::Others, i).upper, est + tw + cw + others);
        EXPECT_EQ(band(LoadGroup::Established, i).t, SimTime::fromSeconds(60 * static_cast<int64_t>(i)));
    }
    EXPECT_EQ(a.peakTotal, 7u + 2 + 2 + 4);
    const LoadAreas c = buildLoadAreas(handBuilt(), HostId::Client);
    EXPECT_EQ(c.bands[static_cast<size_t>(LoadGroup::TimeWait)][2].upper, 20u);
    EXPECT_EQ(c.peakTotal, 24u) << "CLOSED sockets are not counted";
}

TEST(LoadSummary, PeaksAndFailures) {
    const LoadSummary s = summarize(handBuilt());
    EXPECT_EQ(s.connections, 40u);
    EXPECT_EQ(s.failedConnects, 7u);
    EXPECT_EQ(s.peakTimeWait[static_cast<size_t>(HostId::Client)], 20u);
    EXPECT_EQ(s.peakTimeWait[static_cast<size_t>(HostId::Server)], 2u);
    EXPECT_EQ(s.peakCloseWait[static_cast<size_t>(HostId::Server)], 2u);
    EXPECT_EQ(s.peakCloseWait[static_cast<size_t>(HostId::Client)], 0u);
}

TEST(LoadChartView, AreasEqualTheCountsAndFailuresAreMarked) {
    LoadChartView view;
    view.setResult(handBuilt(), HostId::Server, QStringLiteral("t"));
    QAreaSeries* est = view.area(LoadGroup::Established);
    QAreaSeries* tw = view.area(LoadGroup::TimeWait);
    ASSERT_NE(est, nullptr);
    ASSERT_NE(tw, nullptr);
    ASSERT_EQ(est->upperSeries()->count(), 3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_DOUBLE_EQ(est->upperSeries()->at(i).y(), 5.0 + i);
        EXPECT_DOUBLE_EQ(tw->lowerSeries()->at(i).y(), 5.0 + i);
        EXPECT_DOUBLE_EQ(tw->upperSeries()->at(i).y(), 7.0 + i);
        EXPECT_DOUBLE_EQ(est->upperSeries()->at(i).x(), 60.0 * i); // seconds
    }
    ASSERT_EQ(view.failures()->count(), 1);
    EXPECT_DOUBLE_EQ(view.failures()->at(0).x(), 90.0);
    EXPECT_GT(view.failures()->at(0).y(), 15.0) << "along the top, above the highest stack (15)";
    EXPECT_TRUE(view.sampleTip(2).contains(QStringLiteral("CLOSE_WAIT: 2")));
}

TEST(LoadChartView, ExportsPng) {
    LoadChartView view;
    view.resize(500, 350);
    view.setResult(handBuilt(), HostId::Client, QStringLiteral("t"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("load.png"));
    EXPECT_EQ(saveImage(&view, path), QString());
    EXPECT_FALSE(QImage(path).isNull());
}

struct Recorder {
    std::mutex m;
    std::vector<LoadOptions> calls;
    std::atomic<bool> onGuiThread{false};
};

TEST(LoadView, RunsOffTheGuiThreadAndDrawsTheResult) {
    auto rec = std::make_shared<Recorder>();
    QThread* gui = QThread::currentThread();
    LoadSession session([rec, gui](const Scenario&, const LoadOptions& o) {
        if (QThread::currentThread() == gui) rec->onGuiThread = true;
        if (o.progress) o.progress(0.5);
        std::lock_guard lock(rec->m);
        rec->calls.push_back(o);
        return handBuilt();
    });
    LoadView view(&session);
    bool cancelled = true;
    QObject::connect(&view, &LoadView::runFinished, [&](bool c) { cancelled = c; });
    view.setScenario(loadLesson());
    ASSERT_TRUE(view.waitForIdle(5000));
    EXPECT_FALSE(rec->onGuiThread);
    EXPECT_FALSE(cancelled);
    ASSERT_TRUE(view.baseResult().has_value());
    EXPECT_EQ(view.baseResult()->connections, 40u);
    EXPECT_FALSE(view.variantResult().has_value());
    ASSERT_EQ(rec->calls.size(), 1u);
    EXPECT_FALSE(rec->calls[0].profileOverride.has_value());
    EXPECT_EQ(view.baseChart()->area(LoadGroup::Established)->upperSeries()->count(), 3);
    EXPECT_TRUE(view.baseSummary()->text().contains(QStringLiteral("40")));

    // Switching to the client's sockets redraws without running again.
    view.setSide(HostId::Client);
    EXPECT_DOUBLE_EQ(view.baseChart()->area(LoadGroup::TimeWait)->upperSeries()->at(2).y(), 20.0);
    EXPECT_EQ(rec->calls.size(), 1u);
}

TEST(LoadView, ComparisonRunsTheVariantWithItsOverrides) {
    auto rec = std::make_shared<Recorder>();
    LoadSession session([rec](const Scenario&, const LoadOptions& o) {
        std::lock_guard lock(rec->m);
        rec->calls.push_back(o);
        LoadResult r = handBuilt();
        if (o.profileOverride == Profile::Windows) r.connections = 41;
        return r;
    });
    LoadView view(&session);
    view.setScenario(loadLesson());
    ASSERT_TRUE(view.waitForIdle(5000));
    view.setVariant(LoadView::Variant::ProfileWindows);
    ASSERT_TRUE(view.waitForIdle(5000));
    ASSERT_TRUE(view.variantResult().has_value());
    EXPECT_EQ(view.variantResult()->connections, 41u);
    EXPECT_EQ(view.baseResult()->connections, 40u);
    EXPECT_FALSE(view.variantChart()->isHidden());
    ASSERT_GE(rec->calls.size(), 3u);
    EXPECT_EQ(rec->calls.back().profileOverride, Profile::Windows);

    const Scenario s = loadLesson();
    EXPECT_EQ(LoadView::optionsFor(LoadView::Variant::OtherCloser, s).closerOverride, HostId::Server);
    EXPECT_EQ(LoadView::optionsFor(LoadView::Variant::Leak10, s).neverCloseOverride, 0.1);
    EXPECT_EQ(LoadView::optionsFor(LoadView::Variant::NoLeak, s).neverCloseOverride, 0.0);
    EXPECT_EQ(LoadView::optionsFor(LoadView::Variant::ProfileLinux, s).profileOverride, Profile::Linux);
}

TEST(LoadView, CancelStopsTheRunThroughTheProgressCallback) {
    std::atomic<bool> started{false};
    LoadSession session([&started](const Scenario&, const LoadOptions& o) {
        started = true;
        LoadResult r = handBuilt();
        // A long run: it reports progress until told to stop (a 10 s safety limit).
        for (int i = 0; i < 10000; ++i) {
            if (!o.progress(i / 10000.0)) {
                r.cancelled = true;
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        return r;
    });
    LoadView view(&session);
    bool cancelled = false;
    QObject::connect(&view, &LoadView::runFinished, [&](bool c) { cancelled = c; });
    view.setScenario(loadLesson());
    while (!started) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    EXPECT_TRUE(view.isRunning());
    QApplication::processEvents(); // the GUI thread is free while it runs
    view.cancel();
    ASSERT_TRUE(view.waitForIdle(3000)) << "cancel must end the run quickly";
    EXPECT_TRUE(cancelled);
    EXPECT_TRUE(view.baseResult()->cancelled);
}

// The run belongs to the LoadSession: closing the window (session and view gone) stops it.
TEST(LoadView, DestroyedWhileRunningStopsTheWorker) {
    std::atomic<bool> started{false}, stopped{false};
    {
        LoadSession session([&started, &stopped](const Scenario&, const LoadOptions& o) {
            started = true;
            while (o.progress(0.1)) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            stopped = true;
            LoadResult r;
            r.cancelled = true;
            return r;
        });
        LoadView view(&session);
        view.setScenario(loadLesson());
        while (!started) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    EXPECT_TRUE(stopped);
    QApplication::processEvents();
}

} // namespace
} // namespace hl::ui

namespace hl::ui {
namespace {

// Issue 15: a load lesson presents like a lesson. Its story is under the charts; the time axis
// ends with the run; a small port range is a labelled line; comparing "the other side closes
// first" shows the other side, where that run's TIME_WAITs are.
TEST(LoadViewPresents, StoryAxisPortLineAndTheComparedSide) {
    LoadSession session([](const Scenario&, const LoadOptions&) { return handBuilt(); });
    LoadView view(&session);
    Scenario lesson = loadLesson();
    lesson.summary.en = "Ports run out at 40 s.";
    lesson.load->portFirst = 50000;
    lesson.load->portLast = 50039; // 40 ports: the client's 24 sockets come near them
    view.setScenario(lesson);
    ASSERT_TRUE(view.waitForIdle(5000));
    EXPECT_EQ(view.storyLabel()->text(), QStringLiteral("Ports run out at 40 s."));
    EXPECT_TRUE(view.toolTip().isEmpty()) << "hovering the charts shows values, not the title";

    const auto* x = qobject_cast<QValueAxis*>(view.baseChart()->chart()->axes(Qt::Horizontal).value(0));
    ASSERT_NE(x, nullptr);
    EXPECT_DOUBLE_EQ(x->max(), 120.0) << "the run ends at 120 s";

    view.setSide(HostId::Server);
    EXPECT_EQ(view.baseChart()->portLine(), nullptr) << "the server's sockets use no ephemeral ports";
    view.setSide(HostId::Client);
    ASSERT_NE(view.baseChart()->portLine(), nullptr);
    EXPECT_DOUBLE_EQ(view.baseChart()->portLine()->at(0).y(), 40.0);
    EXPECT_TRUE(view.baseChart()->portLine()->name().contains(QStringLiteral("40")));

    view.setVariant(LoadView::Variant::OtherCloser);
    ASSERT_TRUE(view.waitForIdle(5000));
    EXPECT_EQ(view.variantSide(), HostId::Server);
    view.setVariant(LoadView::Variant::ProfileLinux);
    ASSERT_TRUE(view.waitForIdle(5000));
    EXPECT_EQ(view.variantSide(), HostId::Client);
}

} // namespace
} // namespace hl::ui
