// Issue 14, points 11 and 13: after a change the app says what it did. The cursor's jump back is
// explained, undo keeps the selected segment, random losses are counted, a cut run says where it
// stops, and a changed lesson is saved as another lesson.
#include "core/builtin_lessons.h"
#include "core/simulation.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/perturb/perturb_actions.h"
#include "ui/session/session_controller.h"
#include "ui/window/main_window.h"

#include "window_test_support.h"

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

std::unique_ptr<MainWindow> realWindow(const char* lesson) {
    MainWindow::Options options;
    options.useSettings = false;
    auto w = std::make_unique<MainWindow>(options);
    EXPECT_TRUE(w->openLesson(QString::fromLatin1(lesson)).isEmpty());
    return w;
}

uint64_t nthFrom(const Trace& t, HostId from, Flag flag, int nth) {
    for (const SegmentRecord& r : t.segments)
        if (r.from == from && r.seg.flags.has(flag) && --nth == 0) return r.seg.id;
    return 0;
}

TEST(ChangeNotes, MovingBackIsExplainedAndUndoKeepsTheSelection) {
    auto w = realWindow("handshake-and-close");
    SessionController& s = *w->session();
    const uint64_t fin = nthFrom(s.trace(), HostId::Client, Flag::FIN, 1);
    ASSERT_NE(fin, 0u);
    s.setStep(s.stepCount());
    const size_t end = s.step();
    s.setSelectedSegment(fin);
    size_t backTo = 0;
    QObject::connect(&s, &SessionController::cursorMovedBack, [&](size_t step) { backTo = step; });
    // Drop the handshake's SYN,ACK: the run changes from there, and retransmissions come in
    // before the FIN, so the FIN gets another id.
    Fault drop;
    drop.match = *s.segmentMatch(nthFrom(s.trace(), HostId::Server, Flag::SYN, 1));
    drop.drop = true;
    s.addUserFault(drop);
    EXPECT_LT(s.step(), end);
    EXPECT_EQ(backTo, s.step());
    EXPECT_EQ(w->diagram()->note(), QStringLiteral("Back to step %1: your change starts here").arg(s.step()));
    // Still the client's first FIN, under its new id.
    ASSERT_NE(s.selectedSegment(), 0u);
    EXPECT_EQ(s.selectedSegment(), nthFrom(s.trace(), HostId::Client, Flag::FIN, 1));
    EXPECT_NE(s.selectedSegment(), fin);
    s.undo();
    EXPECT_EQ(s.selectedSegment(), fin);
}

TEST(ChangeNotes, RandomLossIsCountedUnderTheDiagram) {
    auto w = realWindow("handshake-and-close");
    SessionController& s = *w->session();
    EXPECT_TRUE(w->diagram()->endNotes().isEmpty());
    LessonSettings settings = s.settings();
    settings.loss = 0.3;
    settings.seed = 7;
    s.setSettings(settings);
    size_t lost = 0, copies = 0;
    for (const SegmentRecord& r : s.trace().segments)
        for (const SegmentCopy& c : r.copies) {
            ++copies;
            lost += c.lost && c.cause == DropCause::Loss ? 1 : 0;
        }
    ASSERT_GT(lost, 0u) << "seed 7 at 30 % loses some segments";
    EXPECT_TRUE(w->diagram()->endNotes().contains(QStringLiteral("Random loss: %1 of %2 segments lost").arg(lost).arg(copies)))
        << w->diagram()->endNotes().join('|').toStdString();
}

TEST(ChangeNotes, ARunCutByTheTimeLimitSaysSo) {
    Scenario lesson = *findBuiltinLesson("lost-last-ack");
    lesson.until = SimTime::fromMs(10050); // the client's FIN is on the wire
    const Trace trace = simulate(lesson);
    ASSERT_TRUE(trace.truncated);
    SequenceDiagramView view;
    view.setTrace(&trace);
    ASSERT_EQ(view.endNotes().size(), 1);
    EXPECT_TRUE(view.endNotes().front().startsWith(QStringLiteral("The run stops here: the lesson's time limit")));
}

TEST(ChangeNotes, AChangedLessonIsSavedAsAnotherLesson) {
    auto w = realWindow("handshake-and-close");
    SessionController& s = *w->session();
    EXPECT_EQ(w->perturbActions()->savedScenario().id, "handshake-and-close"); // unchanged: as it is
    Fault drop;
    drop.match = *s.segmentMatch(nthFrom(s.trace(), HostId::Client, Flag::FIN, 1));
    drop.drop = true;
    s.addUserFault(drop);
    const Scenario saved = w->perturbActions()->savedScenario();
    EXPECT_EQ(saved.id, "handshake-and-close-changed");
    EXPECT_EQ(saved.title.en, s.scenario().title.en + " (changed)");
    EXPECT_NE(saved.title.ko, s.scenario().title.ko);
    EXPECT_EQ(saved.faults.size(), s.effectiveScenario().faults.size());
}

} // namespace
} // namespace hl::ui
