// The diagram of every built-in lesson, run through the real simulation, agrees with the trace
// and with snapshotAt(): one arrow per copy with its label and marks, the band a lifeline shows
// is the primary connection's state, the running timers are the snapshot's armed timers.
#include "core/builtin_lessons.h"
#include "core/simulation.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/diagram/state_band_item.h"
#include "ui/diagram/time_break_item.h"
#include "ui/diagram/timer_bracket_item.h"
#include "ui/texts/texts.h"

#include <gtest/gtest.h>

#include <set>
#include <tuple>

namespace hl::ui {
namespace {

size_t expectedCopies(const Trace& t) {
    size_t n = 0;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::Deliver || e.type == EventType::Drop) ++n;
    for (const SegmentRecord& r : t.segments) {
        if (r.injected) ++n; // arrives at its Inject event, no Deliver
        for (const SegmentCopy& c : r.copies)
            if (c.endEvent == kNoEvent) ++n; // still on the wire when the run stopped
    }
    return n;
}

void checkArrows(const Trace& trace, const SequenceDiagramView& view) {
    ASSERT_EQ(view.segmentItems().size(), expectedCopies(trace));
    std::set<std::pair<uint64_t, uint32_t>> seen;
    for (const SegmentItem* s : view.segmentItems()) {
        const SegmentRecord* rec = trace.segment(s->segId());
        ASSERT_NE(rec, nullptr);
        EXPECT_TRUE(seen.insert({s->segId(), s->copy().copy}).second) << "one arrow per copy";
        EXPECT_EQ(s->labelText(), Texts::segmentLabel(rec->seg));
        EXPECT_EQ(s->copy().retransmission, rec->retransmission);
        if (rec->copies.size() > s->copy().copy) {
            const SegmentCopy& c = rec->copies[s->copy().copy];
            EXPECT_EQ(s->copy().lost, c.lost && c.endEvent != kNoEvent);
            if (c.endEvent != kNoEvent) {
                EXPECT_EQ(s->copy().endsAt, c.endsAt);
                // Parallel arrows of one instant are set apart by whole slots (issue 14).
                EXPECT_DOUBLE_EQ(s->endPoint().y(), view.timeAxis().y(c.endsAt) + s->copy().endSlot * view.slotPx());
            }
        }
        EXPECT_DOUBLE_EQ(s->startPoint().y(), view.timeAxis().y(rec->sentAt) + s->copy().sendSlot * view.slotPx());
        EXPECT_EQ(s->tags().join(' ').contains(QStringLiteral("✕")), s->copy().lost);
    }
}

const DiagramBand* bandAt(const SequenceDiagramView& view, HostId host, SimTime t) {
    for (const StateBandItem* b : view.bandItems())
        if (b->band().host == host && b->band().from <= t && t < b->band().to) return &b->band();
    return nullptr;
}

void checkAgainstSnapshots(const Trace& trace, const SequenceDiagramView& view) {
    for (const size_t cursor : stepEnds(trace)) {
        const Snapshot snap = snapshotAt(trace, cursor);
        // The diagram shows each instant after all of its events; compare only where the next
        // step happens later.
        if (cursor < trace.events.size() && trace.events[cursor].t == snap.t) continue;
        SCOPED_TRACE(testing::Message() << "cursor " << cursor << " t=" << snap.t.us() << "us");
        for (const HostId host : {HostId::Client, HostId::Server}) {
            const ConnSnapshot* primary = snap.primary(host);
            const DiagramBand* band = bandAt(view, host, snap.t);
            ASSERT_NE(band, nullptr);
            EXPECT_EQ(band->state, primary ? primary->state : TcpState::Closed) << toString(host);
        }
        if (snap.t >= trace.end) continue; // a timer left armed at the end is drawn up to the end
        std::set<std::tuple<HostId, uint32_t, TimerKind>> armed, drawn;
        for (const ConnSnapshot& c : snap.conns)
            for (const TimerSnapshot& t : c.timers) armed.insert({c.host, c.conn, t.kind});
        for (const TimerBracketItem* item : view.timerItems()) {
            const DiagramTimer& t = item->timer();
            if (t.from <= snap.t && snap.t < t.to) drawn.insert({t.host, t.conn, t.kind});
        }
        EXPECT_EQ(drawn, armed);
    }
}

TEST(DiagramOfBuiltinLessons, AgreesWithTheTraceAndItsSnapshots) {
    ASSERT_FALSE(builtinLessons().empty());
    for (const Scenario& lesson : builtinLessons()) {
        SCOPED_TRACE(lesson.id);
        const Trace trace = simulate(lesson);
        SequenceDiagramView view;
        view.setTrace(&trace);
        checkArrows(trace, view);
        checkAgainstSnapshots(trace, view);
        // Scrubbing to every step end and back never rebuilds the scene.
        const SegmentItem* first = view.segmentItems().empty() ? nullptr : view.segmentItems().front();
        for (const size_t cursor : stepEnds(trace)) view.setCursor(cursor, snapshotAt(trace, cursor).t);
        view.setCursor(0, SimTime{});
        EXPECT_EQ(view.segmentItems().empty() ? nullptr : view.segmentItems().front(), first);
    }
}

TEST(DiagramOfBuiltinLessons, LostSynShowsTheLossTheRetransmissionAndTheTimer) {
    const Scenario* lesson = findBuiltinLesson("lost-syn");
    ASSERT_NE(lesson, nullptr);
    const Trace trace = simulate(*lesson);
    SequenceDiagramView view;
    view.setTrace(&trace);
    size_t lost = 0, retransmitted = 0, fired = 0;
    for (const SegmentItem* s : view.segmentItems()) {
        if (s->copy().lost && s->copy().from == HostId::Client) ++lost;
        if (s->copy().retransmission && s->labelText().startsWith(QStringLiteral("SYN "))) ++retransmitted;
    }
    for (const TimerBracketItem* t : view.timerItems())
        if (t->timer().kind == TimerKind::Retransmit && t->timer().end == TimerEnd::Fired) ++fired;
    EXPECT_GE(lost, 1u);
    EXPECT_GE(retransmitted, 1u);
    EXPECT_GE(fired, 1u);
}

// lost-syn-ack, just before the retransmitted SYN,ACK reaches the client: the server's ACK to the
// duplicate SYN has arrived there a moment earlier on a nearly parallel path. The label riding with
// the SYN,ACK's dot must not cover the ACK's label (it moves below its dot instead).
// In handshake-and-close the client's FIN leaves at 3 s, right after the "… 800 ms …" break: its
// riding label must not cover the written length either.
TEST(DiagramOfBuiltinLessons, InFlightLabelLeavesArrivedLabelsReadable) {
    for (const char* id : {"lost-syn-ack", "handshake-and-close"}) {
        SCOPED_TRACE(id);
        const Scenario* lesson = findBuiltinLesson(id);
        ASSERT_NE(lesson, nullptr);
        const Trace trace = simulate(*lesson);
        SequenceDiagramView view;
        view.setTrace(&trace);
        size_t inFlightChecked = 0;
        for (const size_t cursor : stepEnds(trace)) {
            view.setCursor(cursor, snapshotAt(trace, cursor).t);
            for (const SegmentItem* moving : view.segmentItems()) {
                if (moving->progress() != SegmentItem::Progress::InFlight) continue;
                ++inFlightChecked;
                for (const SegmentItem* done : view.segmentItems()) {
                    if (done->progress() != SegmentItem::Progress::Done || !done->label()->isVisible()) continue;
                    EXPECT_FALSE(moving->label()->sceneBoundingRect().intersects(done->label()->sceneBoundingRect()))
                        << moving->labelText().toStdString() << " covers " << done->labelText().toStdString()
                        << " at event " << cursor;
                }
                for (const TimeBreakItem* b : view.breakItems())
                    EXPECT_FALSE(moving->label()->sceneBoundingRect().intersects(b->mapRectToScene(b->textRect())))
                        << moving->labelText().toStdString() << " covers " << b->text().toStdString() << " at event "
                        << cursor;
            }
        }
        EXPECT_GT(inFlightChecked, 0u);
    }
}

} // namespace
} // namespace hl::ui
