// Issue 13: a long run makes the arrows it shows, not all of them. These tests hold the lazily made
// arrows to the eagerly made ones: whatever the cursor, the selection, the spotlight or the scroll
// did before an arrow was made, it looks exactly as it would had it existed all along; the part of
// the scene in view always has its arrows; and the number made stays near what the view shows.
#include "core/simulation.h"
#include "tests/bulk_transfer.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"

#include <QApplication>
#include <QGraphicsEllipseItem>
#include <QScrollBar>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace hl::ui {
namespace {

// 300 kB from the client with the 40th data segment dropped: a loss, its retransmission, and more
// arrows than SequenceDiagramView::kAllItemsUpTo.
Trace longTrace() {
    Scenario s = bulkTransfer(300000);
    Fault drop;
    drop.match.from = HostId::Client;
    drop.match.hasData = true;
    drop.match.nth = 40;
    drop.drop = true;
    s.faults.push_back(drop);
    return simulate(s);
}

// Everything the view sets on an arrow and its label.
void expectSameArrow(const SegmentItem* lazy, const SegmentItem* eager, size_t i) {
    SCOPED_TRACE("copy " + std::to_string(i));
    ASSERT_NE(lazy, nullptr);
    ASSERT_NE(eager, nullptr);
    EXPECT_EQ(lazy->startPoint(), eager->startPoint());
    EXPECT_EQ(lazy->endPoint(), eager->endPoint());
    EXPECT_EQ(lazy->progress(), eager->progress());
    EXPECT_EQ(lazy->headPoint(), eager->headPoint());
    EXPECT_EQ(lazy->isCurrent(), eager->isCurrent());
    EXPECT_EQ(lazy->isChosen(), eager->isChosen());
    EXPECT_DOUBLE_EQ(lazy->opacity(), eager->opacity());
    EXPECT_EQ(lazy->isVisible(), eager->isVisible());
    EXPECT_EQ(lazy->label()->restPos(), eager->label()->restPos());
    EXPECT_EQ(lazy->label()->isCrowded(), eager->label()->isCrowded());
    EXPECT_EQ(lazy->label()->isVisible(), eager->label()->isVisible());
    EXPECT_DOUBLE_EQ(lazy->label()->opacity(), eager->label()->opacity());
    EXPECT_DOUBLE_EQ(lazy->label()->zValue(), eager->label()->zValue());
}

class DiagramLazy : public ::testing::Test {
protected:
    Trace trace = longTrace();
    SequenceDiagramView lazy, eager;
    void SetUp() override {
        for (SequenceDiagramView* v : {&lazy, &eager}) {
            v->resize(900, 700);
            v->show();
            v->setTrace(&trace);
        }
        eager.materializeAll();
        QApplication::processEvents();
    }
    // Both views to the same cursor: the copy's send event of `copy`, and its time.
    void cursorAt(size_t copy) {
        const DiagramCopy& c = eager.model().copies[copy];
        for (SequenceDiagramView* v : {&lazy, &eager}) {
            v->setStepStart(c.sendEvent);
            v->setCursor(c.sendEvent + 1, c.sentAt);
        }
    }
    // The arrows the lazy view has made so far (by scrolling: nothing refreshes them), then all.
    void expectSameAsEager(size_t atLeastMade) {
        ASSERT_EQ(lazy.segmentItems().size(), eager.segmentItems().size());
        EXPECT_GE(lazy.madeSegmentCount(), atLeastMade);
        for (size_t i = 0; i < eager.segmentItems().size(); ++i)
            if (lazy.segmentItems()[i]) expectSameArrow(lazy.segmentItems()[i], eager.segmentItems()[i], i);
        lazy.materializeAll();
        for (size_t i = 0; i < eager.segmentItems().size(); ++i)
            expectSameArrow(lazy.segmentItems()[i], eager.segmentItems()[i], i);
    }
};

TEST_F(DiagramLazy, ALongRunMakesOnlyTheArrowsNearTheView) {
    const size_t copies = lazy.model().copies.size();
    ASSERT_GT(copies, SequenceDiagramView::kAllItemsUpTo);
    EXPECT_EQ(eager.madeSegmentCount(), copies);
    EXPECT_GT(lazy.madeSegmentCount(), 0u);
    EXPECT_LT(lazy.madeSegmentCount(), copies / 4);
    EXPECT_EQ(lazy.segmentItems().size(), copies); // parallel to the model, nullptr where not made
}

TEST_F(DiagramLazy, WhatIsInViewIsAlwaysMade) {
    QScrollBar* bar = lazy.verticalScrollBar();
    ASSERT_GT(bar->maximum(), bar->minimum());
    for (int k = 0; k <= 10; ++k) {
        bar->setValue(bar->minimum() + (bar->maximum() - bar->minimum()) * k / 10);
        const QRectF seen = lazy.mapToScene(lazy.viewport()->rect()).boundingRect();
        const auto& items = lazy.segmentItems();
        const auto& model = eager.segmentItems();
        for (size_t i = 0; i < items.size(); ++i) {
            const bool shown = model[i]->sceneBoundingRect().intersects(seen) ||
                               model[i]->label()->sceneBoundingRect().intersects(seen);
            if (shown) {
                EXPECT_NE(items[i], nullptr) << "copy " << i << " is in view at scroll step " << k;
            }
        }
    }
}

TEST_F(DiagramLazy, ArrowsMadeLateLookAsIfMadeWithTheScene) {
    const size_t copies = eager.model().copies.size();
    // The cursor three quarters through, the retransmitted segment selected, the spotlight on:
    // then the arrows in the middle (reached, outside the step: dimmed) are made by scrolling to
    // them, and at last all of them.
    cursorAt(copies * 3 / 4);
    uint64_t retransmitted = 0;
    for (const DiagramCopy& c : eager.model().copies)
        if (c.retransmission) retransmitted = c.segId;
    ASSERT_NE(retransmitted, 0u);
    for (SequenceDiagramView* v : {&lazy, &eager}) {
        v->setSelectedSegment(retransmitted);
        v->setSpotlight(true);
    }
    QScrollBar* bar = lazy.verticalScrollBar();
    const size_t before = lazy.madeSegmentCount();
    bar->setValue((bar->minimum() + bar->maximum()) / 2);
    expectSameAsEager(before + 20);
}

TEST_F(DiagramLazy, ArrowsInFlightWhenMadeGetTheirDot) {
    // Cursor where a copy is on the wire, the lazy view scrolled away first, then back.
    size_t inFlight = 0;
    for (size_t i = 0; i < eager.model().copies.size(); ++i)
        if (eager.model().copies[i].endsAt > eager.model().copies[i].sentAt) inFlight = i;
    lazy.verticalScrollBar()->setValue(lazy.verticalScrollBar()->minimum());
    const DiagramCopy& c = eager.model().copies[inFlight];
    const SimTime halfWay = c.sentAt + (c.endsAt - c.sentAt) / 2;
    for (SequenceDiagramView* v : {&lazy, &eager}) {
        v->setStepStart(c.sendEvent);
        v->setCursor(c.sendEvent + 1, halfWay);
    }
    lazy.verticalScrollBar()->setValue(lazy.verticalScrollBar()->minimum());
    lazy.verticalScrollBar()->setValue(lazy.verticalScrollBar()->maximum());
    // Made by the scroll: the copy on the wire has its dot where the eager view has it.
    ASSERT_NE(lazy.segmentItems()[inFlight], nullptr);
    const auto dots = [](const SequenceDiagramView& v) {
        std::vector<QPointF> at;
        for (const auto* d : v.packetItems())
            if (d->isVisible()) at.push_back(d->pos());
        std::sort(at.begin(), at.end(),
                  [](QPointF a, QPointF b) { return a.y() < b.y() || (a.y() == b.y() && a.x() < b.x()); });
        return at;
    };
    const std::vector<QPointF> eagerDots = dots(eager);
    EXPECT_FALSE(eagerDots.empty());
    for (const QPointF& p : dots(lazy)) EXPECT_NE(std::find(eagerDots.begin(), eagerDots.end(), p), eagerDots.end());
    expectSameAsEager(1);
    EXPECT_EQ(dots(lazy), dots(eager));
}

} // namespace
} // namespace hl::ui
