// Zoom that helps (issue 15): fit width keeps both lifelines in view, fit lesson shows the whole
// run, zooming in keeps the cursor in view, stepping while zoomed in scrolls sideways to the
// lifeline the step happens on, and the text size (Ctrl+Plus/Minus) is apart from the zoom.
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/session/session_controller.h"
#include "ui/window/main_window.h"

#include "window_test_support.h"

#include <QAction>
#include <QApplication>

#include <gtest/gtest.h>

#include <limits>
#include <optional>

namespace hl::ui {
namespace {

void trigger(MainWindow& w, const char* action, int times = 1) {
    auto* a = w.findChild<QAction*>(QString::fromLatin1(action));
    ASSERT_NE(a, nullptr) << action;
    for (int i = 0; i < times; ++i) a->trigger();
    QApplication::processEvents();
}

std::unique_ptr<MainWindow> shownLesson(const char* lesson, QSize size) {
    auto w = uitest::lessonWindow(lesson);
    w->resize(size);
    uitest::activate(*w);
    w->settleForScreenshot();
    return w;
}

bool bothLifelinesInView(const SequenceDiagramView* d) {
    return d->isSceneXInView(d->lifelineX(HostId::Client)) && d->isSceneXInView(d->lifelineX(HostId::Server));
}

// Where a step's segment arrives (the lifeline its event happens on), if it has one.
std::optional<HostId> arrivalHost(const SessionController& s, size_t step) {
    const Trace& t = s.trace();
    for (size_t e = s.firstEventOfStep(step); e < s.eventsAtStep(step) && e < t.events.size(); ++e)
        if (t.events[e].type == EventType::Deliver) return t.events[e].host;
    return std::nullopt;
}

TEST(Zoom, FitWidthBringsBothLifelinesBackAfterZoomingIn) {
    for (QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
        SCOPED_TRACE(std::to_string(size.width()));
        auto w = shownLesson("handshake-and-close", size);
        SequenceDiagramView* d = w->diagram();
        trigger(*w, "actionZoomIn", 8); // up to the largest zoom
        ASSERT_FALSE(bothLifelinesInView(d)) << "zoomed in, the two lifelines no longer fit: the test means something";
        trigger(*w, "actionFitWidth");
        EXPECT_TRUE(bothLifelinesInView(d));
    }
}

TEST(Zoom, FitLessonShowsTheWholeRun) {
    auto w = shownLesson("handshake-and-close", QSize(1366, 768));
    SequenceDiagramView* d = w->diagram();
    trigger(*w, "actionZoomIn", 3);
    trigger(*w, "actionFitLesson");
    const QRect scene = d->mapFromScene(d->sceneRect()).boundingRect();
    EXPECT_TRUE(d->viewport()->rect().adjusted(-2, -2, 2, 2).contains(scene))
        << scene.width() << "x" << scene.height() << " in " << d->viewport()->width() << "x" << d->viewport()->height();
    // The first and the last instant of the run are both on screen.
    const qreal top = d->timeAxis().y(SimTime());
    const qreal bottom = d->timeAxis().y(d->model().shownEnd);
    EXPECT_TRUE(d->viewport()->rect().contains(d->mapFromScene(QPointF(d->lifelineX(HostId::Server), top))));
    EXPECT_TRUE(d->viewport()->rect().contains(d->mapFromScene(QPointF(d->lifelineX(HostId::Server), bottom))));
}

TEST(Zoom, ZoomingInKeepsTheCursorAndItsLifelineInView) {
    auto w = shownLesson("handshake-and-close", QSize(1366, 768));
    SessionController* s = w->session();
    SequenceDiagramView* d = w->diagram();
    // A step in the second half whose segment arrives at the server (the right-hand lifeline).
    std::optional<size_t> chosen;
    for (size_t step = s->stepCount() / 2; step <= s->stepCount() && !chosen; ++step)
        if (arrivalHost(*s, step) == HostId::Server) chosen = step;
    ASSERT_TRUE(chosen.has_value());
    s->setStep(*chosen);
    w->settleForScreenshot();
    trigger(*w, "actionZoomIn", 8);
    w->settleForScreenshot();
    const QPoint now = d->mapFromScene(QPointF(d->lifelineX(HostId::Server), d->timeAxis().y(d->now())));
    EXPECT_TRUE(d->viewport()->rect().contains(now)) << now.x() << "," << now.y();
}

TEST(Zoom, SteppingZoomedInScrollsSidewaysToTheStepsLifeline) {
    auto w = shownLesson("handshake-and-close", QSize(1366, 768));
    SessionController* s = w->session();
    SequenceDiagramView* d = w->diagram();
    trigger(*w, "actionZoomIn", 8);
    ASSERT_FALSE(bothLifelinesInView(d));
    int checked = 0;
    bool sawClient = false, sawServer = false;
    for (size_t step = 1; step <= s->stepCount(); ++step) {
        uitest::pressKey(*w, Qt::Key_Right);
        ASSERT_EQ(s->step(), step);
        const std::optional<HostId> host = arrivalHost(*s, step);
        if (!host) continue;
        (*host == HostId::Client ? sawClient : sawServer) = true;
        EXPECT_TRUE(d->isSceneXInView(d->lifelineX(*host))) << "step " << step;
        ++checked;
    }
    EXPECT_TRUE(sawClient && sawServer) << "steps on both lifelines were checked";
    EXPECT_GT(checked, 4);
}

TEST(Zoom, TextSizeIsApartFromTheZoom) {
    auto w = shownLesson("handshake-and-close", QSize(1366, 768));
    SequenceDiagramView* d = w->diagram();
    const qreal appPoints = QApplication::font().pointSizeF();
    trigger(*w, "actionZoomIn", 2);
    const qreal zoom = d->zoomFactor();
    EXPECT_GT(zoom, 1.0);
    // Larger text: the zoom stays, the text grows.
    trigger(*w, "actionTextLarger", 2);
    EXPECT_DOUBLE_EQ(d->zoomFactor(), zoom);
    EXPECT_NEAR(w->textScale(), 1.15 * 1.15, 1e-9);
    EXPECT_NEAR(d->textScale(), w->textScale(), 1e-9);
    EXPECT_NEAR(QApplication::font().pointSizeF(), appPoints * w->textScale(), 0.01);
    // Zooming out and fitting: the text stays as large.
    trigger(*w, "actionZoomOut", 4);
    trigger(*w, "actionFitLesson");
    EXPECT_NEAR(d->textScale(), 1.15 * 1.15, 1e-9);
    EXPECT_NEAR(QApplication::font().pointSizeF(), appPoints * 1.15 * 1.15, 0.01);
    trigger(*w, "actionTextReset");
    EXPECT_DOUBLE_EQ(w->textScale(), 1.0);
    EXPECT_NEAR(QApplication::font().pointSizeF(), appPoints, 0.01);
    // Not beyond its limits, NaN ignored.
    w->setTextScale(10);
    EXPECT_DOUBLE_EQ(w->textScale(), MainWindow::kMaxTextScale);
    w->setTextScale(std::numeric_limits<qreal>::quiet_NaN());
    EXPECT_DOUBLE_EQ(w->textScale(), MainWindow::kMaxTextScale);
    w->setTextScale(1.0);
}

} // namespace
} // namespace hl::ui
