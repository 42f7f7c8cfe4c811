// Issue 14, points 1, 2, 4, 5 and 6: what the ladder shows is never a false reading. Every
// built-in lesson, run through the real simulation, in both languages and both sizes, at every
// step and half-way through every travel: no two label plates overlap, none lies on a loss mark
// or a fold, each sits on its own arrow; no stretch with a segment on the wire is folded; copies
// of one instant get their own arrows; a delay and a restarted timer are written out.
#include "core/builtin_lessons.h"
#include "core/simulation.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/diagram/timer_bracket_item.h"
#include "ui/texts/language.h"

#include <QApplication>
#include <QImage>
#include <QScrollBar>

#include <gtest/gtest.h>

#include <map>

namespace hl::ui {
namespace {

struct LayoutCase {
    const char* language;
    bool presentation;
};

class DiagramLabels : public ::testing::TestWithParam<LayoutCase> {
protected:
    void SetUp() override { Language::install(QString::fromLatin1(GetParam().language)); }
    void TearDown() override { Language::install(QStringLiteral("en")); }
};

// Does the segment from a to b pass through r (its own label plate)?
bool lineCrosses(const QRectF& r, QPointF a, QPointF b) {
    for (int i = 0; i <= 64; ++i)
        if (r.contains(a + (b - a) * (i / 64.0))) return true;
    return false;
}

// Every visible label against every other visible label, loss mark and fold, at this cursor.
void checkLabels(const SequenceDiagramView& view, const std::string& where) {
    std::vector<const SegmentLabelItem*> shown;
    for (const SegmentItem* s : view.segmentItems()) {
        const SegmentLabelItem* l = s->label();
        EXPECT_FALSE(l->isCrowded()) << s->labelText().toStdString() << " found no place, " << where;
        if (!l->isVisible()) continue;
        shown.push_back(l);
        const QRectF r = l->sceneBoundingRect();
        EXPECT_TRUE(lineCrosses(r, s->startPoint(), s->endPoint()))
            << s->labelText().toStdString() << " is not on its own arrow, " << where;
        for (const TimeAxis::Break& b : view.timeAxis().breaks()) {
            const QRectF band(QPointF(view.lifelineX(HostId::Client), b.y0), QPointF(view.lifelineX(HostId::Server), b.y1));
            EXPECT_FALSE(r.intersects(band)) << s->labelText().toStdString() << " lies on a fold, " << where;
        }
        for (const SegmentItem* o : view.segmentItems()) {
            if (!o->copy().lost) continue;
            const QRectF mark(o->endPoint() - QPointF(9, 9), QSizeF(18, 18));
            EXPECT_FALSE(r.intersects(mark)) << s->labelText().toStdString() << " hides a loss, " << where;
        }
    }
    for (size_t i = 0; i < shown.size(); ++i)
        for (size_t j = i + 1; j < shown.size(); ++j)
            EXPECT_FALSE(shown[i]->sceneBoundingRect().intersects(shown[j]->sceneBoundingRect()))
                << shown[i]->owner()->labelText().toStdString() << " overlaps "
                << shown[j]->owner()->labelText().toStdString() << ", " << where;
}

TEST_P(DiagramLabels, NoTwoLabelsOverlapInAnyLessonAtAnyStep) {
    for (const Scenario& lesson : builtinLessons()) {
        if (lesson.load) continue; // a load lesson is shown as charts, not as a ladder
        SCOPED_TRACE(lesson.id);
        const Trace trace = simulate(lesson);
        SequenceDiagramView view;
        view.setPresentationMode(GetParam().presentation);
        view.setTrace(&trace);
        SimTime before;
        for (const size_t cursor : stepEnds(trace)) {
            const SimTime t = snapshotAt(trace, cursor).t;
            // Half-way through the travel to this step, then at the step.
            view.setCursor(cursor == 0 ? 0 : cursor - 1, before + (t - before) / 2);
            checkLabels(view, "travelling to event " + std::to_string(cursor));
            view.setCursor(cursor, t);
            checkLabels(view, "at event " + std::to_string(cursor));
            before = t;
            if (::testing::Test::HasFailure()) return; // one lesson's picture is enough to read
        }
    }
}

TEST_P(DiagramLabels, NoStretchWithASegmentInFlightIsFolded) {
    for (const Scenario& lesson : builtinLessons()) {
        if (lesson.load) continue;
        SCOPED_TRACE(lesson.id);
        const Trace trace = simulate(lesson);
        SequenceDiagramView view;
        view.setPresentationMode(GetParam().presentation);
        view.setTrace(&trace);
        for (const TimeAxis::Break& b : view.timeAxis().breaks())
            for (const DiagramCopy& c : view.model().copies)
                EXPECT_FALSE(c.sentAt < b.to && c.endsAt > b.from)
                    << "segment " << c.segId << " (" << c.sentAt.us() << ".." << c.endsAt.us()
                    << " us) is on the wire across the fold " << b.from.us() << ".." << b.to.us() << " us";
    }
}

INSTANTIATE_TEST_SUITE_P(LanguagesAndSizes, DiagramLabels,
                         ::testing::Values(LayoutCase{"en", false}, LayoutCase{"ko", false}, LayoutCase{"en", true},
                                           LayoutCase{"ko", true}));

const Scenario& lesson(const char* id) {
    const Scenario* s = findBuiltinLesson(id);
    EXPECT_NE(s, nullptr) << id;
    return *s;
}

// half-close: the server sends its three data segments in one instant and the client's ACKs cross
// them. Each copy has its own arrow: no two arrows of one sender start at the same point.
TEST(DiagramArrows, SegmentsOfOneInstantGetTheirOwnArrows) {
    const Trace trace = simulate(lesson("half-close"));
    SequenceDiagramView view;
    view.setTrace(&trace);
    std::map<std::pair<int, int64_t>, int> sameInstant; // (sender, time) -> copies
    for (const SegmentItem* a : view.segmentItems()) {
        ++sameInstant[{static_cast<int>(a->copy().from), a->copy().sentAt.us()}];
        for (const SegmentItem* b : view.segmentItems()) {
            if (a == b || a->segId() == b->segId() || a->copy().from != b->copy().from) continue;
            EXPECT_NE(a->startPoint(), b->startPoint())
                << a->labelText().toStdString() << " and " << b->labelText().toStdString();
        }
    }
    int most = 0;
    for (const auto& [key, n] : sameInstant) most = std::max(most, n);
    EXPECT_GE(most, 3) << "the lesson sends three data segments at once";
    EXPECT_GE(view.model().maxSlot, 2);
}

// Issue 14 point 2: the last FIN of handshake-and-close delayed by 500 ms. Its flight is drawn to
// scale (not folded into "… 600 ms …") and it says so, in the label and in the tooltip.
TEST(DiagramArrows, ADelayedSegmentLooksAndSaysDelayed) {
    Scenario s = lesson("handshake-and-close");
    const Trace plain = simulate(s);
    uint64_t lastFin = 0;
    for (const SegmentRecord& r : plain.segments)
        if (r.seg.flags.has(Flag::FIN)) lastFin = r.seg.id;
    ASSERT_NE(lastFin, 0u);
    Fault f;
    f.match.segmentId = lastFin;
    f.delay = SimTime::fromMs(500);
    s.faults.push_back(f);
    const Trace trace = simulate(s);
    SequenceDiagramView view;
    view.setTrace(&trace);
    const SegmentItem* fin = nullptr;
    qreal ordinary = 0;
    for (const SegmentItem* a : view.segmentItems()) {
        if (a->segId() == lastFin)
            fin = a;
        else if (a->copy().arrived)
            ordinary = std::max(ordinary, a->endPoint().y() - a->startPoint().y());
    }
    ASSERT_NE(fin, nullptr);
    EXPECT_EQ(fin->copy().delay, SimTime::fromMs(500));
    EXPECT_TRUE(fin->tags().join(' ').contains(QStringLiteral("delayed +500 ms"))) << fin->tags().join(' ').toStdString();
    EXPECT_TRUE(fin->toolTipText().contains(QStringLiteral("500 ms")));
    EXPECT_TRUE(fin->label()->isVisible());
    // 600 ms of flight against the 100 ms of the others, to scale.
    EXPECT_GE(fin->endPoint().y() - fin->startPoint().y(), 5.5 * ordinary);
    for (const TimeAxis::Break& b : view.timeAxis().breaks())
        EXPECT_FALSE(fin->copy().sentAt < b.to && fin->copy().endsAt > b.from);
    // Nothing else is called delayed.
    for (const SegmentItem* a : view.segmentItems()) {
        if (a != fin) {
            EXPECT_FALSE(a->tags().join(' ').contains(QStringLiteral("delayed")));
        }
    }
}

// Issue 14 point 6: lost-last-ack's TIME_WAIT is restarted by the retransmitted FIN
// (RFC 9293 §3.10.7.4, TIME-WAIT: "restart the 2 MSL timeout"); the second bracket says so.
TEST(DiagramTimers, ARestartedTimeWaitSaysRestarted) {
    const Trace trace = simulate(lesson("lost-last-ack"));
    SequenceDiagramView view;
    view.setTrace(&trace);
    int timeWaits = 0, restarted = 0;
    for (const TimerBracketItem* t : view.timerItems()) {
        if (t->timer().kind != TimerKind::TimeWait) continue;
        ++timeWaits;
        if (t->timer().restarted) {
            ++restarted;
            EXPECT_EQ(t->name(), QStringLiteral("2·MSL restarted"));
        } else {
            EXPECT_EQ(t->name(), QStringLiteral("2·MSL"));
            EXPECT_EQ(t->timer().end, TimerEnd::Rearmed);
        }
    }
    EXPECT_EQ(timeWaits, 2);
    EXPECT_EQ(restarted, 1);
}

// Issue 14 point 7: scrolled down, the lifeline names are drawn pinned at the top of the view.
TEST(DiagramHeaders, LifelineNamesStayVisibleWhileScrolling) {
    const Trace trace = simulate(lesson("lost-last-ack"));
    SequenceDiagramView view;
    view.resize(900, 400);
    view.setTrace(&trace);
    view.show();
    QApplication::processEvents();
    EXPECT_FALSE(view.headersPinned());
    const auto accentRowsAtTop = [&] {
        const QImage img = view.viewport()->grab().toImage();
        const QColor client = hostAccentColor(HostId::Client, Theme::Light);
        int n = 0;
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < img.width(); ++x)
                if (img.pixelColor(x, y) == client) ++n;
        return n;
    };
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    QApplication::processEvents();
    EXPECT_TRUE(view.headersPinned());
    EXPECT_GT(accentRowsAtTop(), 20) << "the client's name and bar in the client's colour";
}

} // namespace
} // namespace hl::ui
