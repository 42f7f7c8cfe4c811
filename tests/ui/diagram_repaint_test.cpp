// Issue 14, point 3: after a change replays the run, the screen shows one cursor. The stale "12 s"
// cursor of the issue was no item (the scene had one NowMarkerItem): it was pixels of the scene
// before the replay, left in the window's backing store. These tests compare what is on screen
// (the backing store, QScreen::grabWindow) with a fresh render of the same view.
#include "core/builtin_lessons.h"
#include "ui/diagram/now_marker_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/window/main_window.h"

#include "screen_check.h"
#include "window_test_support.h"

#include <QElapsedTimer>
#include <QGraphicsScene>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

std::unique_ptr<MainWindow> realWindow(const char* lesson, QSize size) {
    MainWindow::Options options;
    options.useSettings = false; // the real hl::simulate
    auto w = std::make_unique<MainWindow>(options);
    EXPECT_TRUE(w->openLesson(QString::fromLatin1(lesson)).isEmpty());
    w->resize(size);
    return w;
}

void settle(int ms) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) QApplication::processEvents(QEventLoop::AllEvents, 20);
}

uint64_t nthFrom(const Trace& t, HostId from, Flag flag, int nth) {
    for (const SegmentRecord& r : t.segments)
        if (r.from == from && r.seg.flags.has(flag) && --nth == 0) return r.seg.id;
    return 0;
}

// The sequence: lost-last-ack in F5 at 1920×1080, drop the retransmitted FIN, press End.
TEST(DiagramRepaint, OneCursorOnScreenAfterDropAndEnd) {
    auto w = realWindow("lost-last-ack", QSize(1920, 1080));
    w->setPresentationMode(true);
    uitest::activate(*w);
    SessionController* s = w->session();
    const uint64_t fin2 = nthFrom(s->trace(), HostId::Server, Flag::FIN, 2);
    ASSERT_NE(fin2, 0u);
    // Step onto the retransmitted FIN, as the student did.
    while (s->step() < s->stepCount() && s->segmentOfStep(s->step()) != fin2) {
        s->stepForward();
        settle(30);
    }
    settle(400);
    Fault f;
    f.match = *s->segmentMatch(fin2);
    f.drop = true;
    s->addUserFault(f);
    settle(400);
    uitest::pressKey(*w, Qt::Key_End);
    settle(600);
    const SequenceDiagramView* d = w->diagram();
    int markers = 0;
    for (const QGraphicsItem* item : d->scene()->items()) markers += item->type() == NowMarkerItem::Type;
    EXPECT_EQ(markers, 1);
    EXPECT_TRUE(uitest::screenMatchesFreshRender(*d->viewport())) << "stale pixels of the run before the drop";
}

// The same with a delay (the first case) and with undo, in the default size.
TEST(DiagramRepaint, OneCursorOnScreenAfterDelayUndoAndSteps) {
    auto w = realWindow("handshake-and-close", QSize(1366, 768));
    uitest::activate(*w);
    SessionController* s = w->session();
    const uint64_t fin = nthFrom(s->trace(), HostId::Server, Flag::FIN, 1);
    ASSERT_NE(fin, 0u);
    while (s->step() < s->stepCount() && s->segmentOfStep(s->step()) != fin) {
        s->stepForward();
        settle(30);
    }
    settle(400);
    Fault f;
    f.match = *s->segmentMatch(fin);
    f.delay = SimTime::fromMs(500);
    s->addUserFault(f);
    settle(400);
    EXPECT_TRUE(uitest::screenMatchesFreshRender(*w->diagram()->viewport())) << "after the delay";
    s->stepForward();
    settle(400);
    s->undo();
    settle(400);
    s->goToEnd();
    settle(600);
    EXPECT_TRUE(uitest::screenMatchesFreshRender(*w->diagram()->viewport())) << "after undo and End";
}

} // namespace
} // namespace hl::ui
