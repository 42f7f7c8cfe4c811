// The sequence diagram drawn from hand-built traces: one arrow per segment copy with the right
// label, losses/retransmissions/copies/injections marked, state bands and timer brackets as the
// trace says, idle stretches compressed, clicks and the cursor.
#include "synthetic_trace.h"
#include "ui/diagram/now_marker_item.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/diagram/state_band_item.h"
#include "ui/diagram/time_break_item.h"
#include "ui/diagram/timer_bracket_item.h"

#include <QApplication>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <gtest/gtest.h>

#include <map>

namespace hl::ui {
namespace {

using test::HandshakeTrace;
using test::SyntheticTrace;

SimTime ms(int64_t v) { return SimTime::fromMs(v); }

const SegmentItem* itemFor(const SequenceDiagramView& v, uint64_t segId, uint32_t copy = 0) {
    for (const SegmentItem* s : v.segmentItems())
        if (s->segId() == segId && s->copy().copy == copy) return s;
    return nullptr;
}

size_t countOfType(const QGraphicsScene* scene, int type) {
    size_t n = 0;
    for (const QGraphicsItem* i : scene->items())
        if (i->type() == type) ++n;
    return n;
}

class DiagramTest : public ::testing::Test {
protected:
    HandshakeTrace h;
    SequenceDiagramView view;
    void SetUp() override {
        view.resize(900, 700);
        view.setTrace(&h.trace());
    }
};

TEST_F(DiagramTest, OneArrowPerSegmentWithItsLabel) {
    // 10 segments, each delivered or dropped exactly once: 10 copies, 10 arrows in the scene.
    EXPECT_EQ(countOfType(view.scene(), SegmentItem::Type), 10u);
    EXPECT_EQ(countOfType(view.scene(), SegmentLabelItem::Type), 10u);
    // Notation: flags joined by ",", seq, ack only with the ACK flag, len only when > 0.
    const std::map<uint64_t, QString> expected = {
        {h.lostSyn, "SYN seq=100"},
        {h.retransmittedSyn, "SYN seq=100"},
        {h.synAck, "SYN,ACK seq=300 ack=101"},
        {h.ack, "ACK seq=101 ack=301"},
        {h.data, "PSH,ACK seq=101 ack=301 len=10"},
        {h.dataAck, "ACK seq=301 ack=111"},
        {h.clientFin, "FIN,ACK seq=111 ack=301"},
        {h.lastAck, "ACK seq=112 ack=302"},
    };
    for (const auto& [id, label] : expected) {
        const SegmentItem* s = itemFor(view, id);
        ASSERT_NE(s, nullptr) << id;
        EXPECT_EQ(s->labelText(), label) << id;
    }
}

TEST_F(DiagramTest, ArrowsRunFromSenderAtSendTimeToReceiverAtArrival) {
    const TimeAxis& axis = view.timeAxis();
    const SegmentItem* synAck = itemFor(view, h.synAck);
    ASSERT_NE(synAck, nullptr);
    EXPECT_DOUBLE_EQ(synAck->startPoint().x(), view.lifelineX(HostId::Server));
    EXPECT_DOUBLE_EQ(synAck->startPoint().y(), axis.y(ms(1100)));
    EXPECT_DOUBLE_EQ(synAck->endPoint().x(), view.lifelineX(HostId::Client));
    EXPECT_DOUBLE_EQ(synAck->endPoint().y(), axis.y(ms(1200)));
    EXPECT_LT(view.lifelineX(HostId::Client), view.lifelineX(HostId::Server)); // client left
    EXPECT_LT(synAck->startPoint().y(), synAck->endPoint().y());               // time runs down
}

TEST_F(DiagramTest, LostCopyStopsHalfWayAtItsLossTimeWithAnX) {
    const SegmentItem* lost = itemFor(view, h.lostSyn);
    ASSERT_NE(lost, nullptr);
    EXPECT_TRUE(lost->copy().lost);
    EXPECT_FALSE(lost->copy().arrived);
    EXPECT_DOUBLE_EQ(lost->endPoint().y(), view.timeAxis().y(ms(50)));
    EXPECT_DOUBLE_EQ(lost->endPoint().x(), (view.lifelineX(HostId::Client) + view.lifelineX(HostId::Server)) / 2);
    EXPECT_TRUE(lost->tags().join(' ').contains(QStringLiteral("✕")));
    // A delivered one carries no loss mark.
    EXPECT_FALSE(itemFor(view, h.synAck)->tags().join(' ').contains(QStringLiteral("✕")));
}

TEST_F(DiagramTest, RetransmissionIsDashedAndTagged) {
    const SegmentItem* re = itemFor(view, h.retransmittedSyn);
    ASSERT_NE(re, nullptr);
    EXPECT_EQ(re->lineStyle(), Qt::DashLine);
    EXPECT_TRUE(re->tags().join(' ').contains(QStringLiteral("↻")));
    const SegmentItem* first = itemFor(view, h.lostSyn);
    EXPECT_EQ(first->lineStyle(), Qt::SolidLine);
    EXPECT_FALSE(first->tags().join(' ').contains(QStringLiteral("↻")));
}

TEST(DiagramCopies, DuplicateIsASecondDottedArrowAndInjectedStartsOffTheLifeline) {
    SyntheticTrace b;
    b.state(ms(0), HostId::Client, 1, TcpState::Closed, TcpState::SynSent);
    const uint64_t syn = b.send(ms(0), HostId::Client, Flag::SYN, 100, 0);
    b.deliver(ms(100), syn);
    b.deliver(ms(180), syn); // the network's duplicate arrives 80 ms later
    // A crafted RST, as if from the server, reaches the client at once (no Deliver event).
    const uint64_t rst = b.inject(ms(200), HostId::Client, HostId::Server, Flag::RST, 300, 0);
    SequenceDiagramView view;
    view.setTrace(&b.trace);
    ASSERT_EQ(view.segmentItems().size(), 3u);
    const SegmentItem* original = itemFor(view, syn, 0);
    const SegmentItem* copy = itemFor(view, syn, 1);
    ASSERT_TRUE(original && copy);
    EXPECT_EQ(original->lineStyle(), Qt::SolidLine);
    EXPECT_EQ(copy->lineStyle(), Qt::DotLine);
    EXPECT_TRUE(copy->tags().join(' ').contains(QStringLiteral("⇉")));
    EXPECT_EQ(copy->startPoint(), original->startPoint());
    EXPECT_DOUBLE_EQ(copy->endPoint().y(), view.timeAxis().y(ms(180)));
    const SegmentItem* injected = itemFor(view, rst);
    ASSERT_NE(injected, nullptr);
    EXPECT_EQ(injected->lineStyle(), Qt::DashDotLine);
    EXPECT_TRUE(injected->tags().join(' ').contains(QStringLiteral("⚡")));
    // It does not come out of the server's lifeline: it enters from the side, between the lanes,
    // and arrives at the moment of injection.
    EXPECT_GT(injected->startPoint().x(), view.lifelineX(HostId::Client));
    EXPECT_LT(injected->startPoint().x(), view.lifelineX(HostId::Server));
    EXPECT_DOUBLE_EQ(injected->endPoint().x(), view.lifelineX(HostId::Client));
    EXPECT_DOUBLE_EQ(injected->startPoint().y(), view.timeAxis().y(ms(200)));
    EXPECT_DOUBLE_EQ(injected->endPoint().y(), view.timeAxis().y(ms(200)));
    EXPECT_TRUE(injected->copy().arrived);
}

TEST(DiagramCopies, CopyStillOnTheWireWhenTheRunStopsEndsAtTheEndWithoutAHead) {
    SyntheticTrace b;
    b.state(ms(0), HostId::Client, 1, TcpState::Closed, TcpState::SynSent);
    const uint64_t syn = b.send(ms(0), HostId::Client, Flag::SYN, 100, 0);
    // The network had decided on an arrival at 100 ms, but the run stops (until) at 40 ms.
    b.trace.segments[syn - 1].copies.push_back({ms(100), false, DropCause::Fault, kNoEvent, SimDuration{}});
    b.call(ms(40), HostId::Server, UserCall::Listen);
    b.trace.truncated = true;
    SequenceDiagramView view;
    view.setTrace(&b.trace);
    ASSERT_EQ(view.segmentItems().size(), 1u);
    const SegmentItem* s = view.segmentItems().front();
    EXPECT_FALSE(s->copy().arrived);
    EXPECT_FALSE(s->copy().lost);
    EXPECT_EQ(s->copy().endsAt, ms(40));
    EXPECT_DOUBLE_EQ(s->endPoint().y(), view.timeAxis().y(ms(40)));
    EXPECT_DOUBLE_EQ(s->endPoint().x(), view.lifelineX(HostId::Server));
    // At the end of the run it is still in flight (as snapshotAt says): its dot sits at the end
    // of the drawn line.
    view.setCursor(b.size(), ms(20));
    EXPECT_EQ(s->progress(), SegmentItem::Progress::InFlight);
    view.setCursor(b.size(), ms(40));
    EXPECT_EQ(s->progress(), SegmentItem::Progress::InFlight);
    EXPECT_EQ(s->headPoint(), s->endPoint());
}

struct BandExpect {
    TcpState state;
    int64_t fromMs, toMs;
};

void expectBands(const SequenceDiagramView& view, HostId host, const std::vector<BandExpect>& expected) {
    std::vector<const StateBandItem*> bands;
    for (const StateBandItem* b : view.bandItems())
        if (b->band().host == host) bands.push_back(b);
    ASSERT_EQ(bands.size(), expected.size());
    const TimeAxis& axis = view.timeAxis();
    for (size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(bands[i]->band().state, expected[i].state);
        EXPECT_EQ(bands[i]->stateName(), QString::fromUtf8(toString(expected[i].state).data()));
        EXPECT_EQ(bands[i]->band().from, ms(expected[i].fromMs));
        EXPECT_EQ(bands[i]->band().to, ms(expected[i].toMs));
        const QRectF r = bands[i]->sceneBoundingRect();
        EXPECT_DOUBLE_EQ(r.top(), axis.y(ms(expected[i].fromMs)));
        EXPECT_DOUBLE_EQ(r.bottom(), axis.y(ms(expected[i].toMs)));
        // Beside its own lifeline, on the outer side.
        if (host == HostId::Client)
            EXPECT_DOUBLE_EQ(r.right(), view.lifelineX(host));
        else
            EXPECT_DOUBLE_EQ(r.left(), view.lifelineX(host));
    }
}

TEST_F(DiagramTest, StateBandsFollowTheStateEvents) {
    // The run ends at 12.4 s; the diagram adds half a one-way trip (50 ms) so CLOSED shows.
    expectBands(view, HostId::Client,
                {{TcpState::SynSent, 0, 1200},
                 {TcpState::Established, 1200, 2000},
                 {TcpState::FinWait1, 2000, 2200},
                 {TcpState::FinWait2, 2200, 2400},
                 {TcpState::TimeWait, 2400, 12400},
                 {TcpState::Closed, 12400, 12450}});
    // The server shows its listener until the accepted connection (newest non-listener) exists.
    expectBands(view, HostId::Server,
                {{TcpState::Listen, 0, 1100},
                 {TcpState::SynReceived, 1100, 1300},
                 {TcpState::Established, 1300, 2100},
                 {TcpState::CloseWait, 2100, 2300},
                 {TcpState::LastAck, 2300, 2500},
                 {TcpState::Closed, 2500, 12450}});
}

// A band is painted only where it is exposed (a long run's ESTABLISHED band is tens of thousands of
// pixels tall): there, the pixels are exactly those of painting the whole band, half lit, its name
// repeated down the band, plain and hatched (inferred).
TEST(DiagramBands, PaintingTheExposedPartGivesTheSamePixelsAsPaintingAll) {
    for (const bool inferred : {false, true}) {
        DiagramBand band;
        band.state = TcpState::Established;
        band.from = ms(0);
        band.to = ms(60000);
        band.inferred = inferred;
        StateBandItem item(band, QRectF(0, 0, 120, 6000), DiagramTheme{});
        item.setLitUntil(2500);
        // Windows around a repeat of the name, across the lit edge, at the very top and bottom.
        for (const QRectF window : {QRectF(0, 0, 120, 300), QRectF(0, 940, 120, 90), QRectF(0, 970, 120, 40),
                                    QRectF(0, 2400, 120, 200), QRectF(0, 5700, 120, 300), QRectF(30, 1430, 40, 40)}) {
            const auto paint = [&](const QRectF& exposed) {
                QImage image(window.size().toSize(), QImage::Format_ARGB32);
                image.fill(Qt::white);
                QPainter painter(&image);
                painter.translate(-window.topLeft());
                painter.setClipRect(window);
                QStyleOptionGraphicsItem option;
                option.exposedRect = exposed;
                item.paint(&painter, &option, nullptr);
                return image;
            };
            const QImage whole = paint(QRectF()); // nothing said: the whole band
            EXPECT_EQ(paint(window), whole) << inferred << " at " << window.y();
            // (The window is not blank: a band is drawn there.)
            EXPECT_NE(whole.pixel(0, 0), QColor(Qt::white).rgb());
        }
    }
}

TEST_F(DiagramTest, TimerBracketsSpanFromArmingToFiringOrCancellation) {
    struct Expect {
        HostId host;
        TimerKind kind;
        int64_t from, to;
        TimerEnd end;
    };
    const std::vector<Expect> expected = {
        {HostId::Client, TimerKind::Retransmit, 0, 1000, TimerEnd::Fired},
        {HostId::Client, TimerKind::Retransmit, 1000, 1200, TimerEnd::Cancelled},
        {HostId::Server, TimerKind::Retransmit, 1100, 1300, TimerEnd::Cancelled},
        {HostId::Client, TimerKind::Retransmit, 1300, 1500, TimerEnd::Cancelled},
        {HostId::Client, TimerKind::Retransmit, 2000, 2200, TimerEnd::Cancelled},
        {HostId::Server, TimerKind::Retransmit, 2300, 2500, TimerEnd::Closed}, // its connection closed
        {HostId::Client, TimerKind::TimeWait, 2400, 12400, TimerEnd::Fired},
    };
    ASSERT_EQ(view.timerItems().size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        const TimerBracketItem* t = view.timerItems()[i];
        EXPECT_EQ(t->timer().host, expected[i].host);
        EXPECT_EQ(t->timer().kind, expected[i].kind);
        EXPECT_EQ(t->timer().from, ms(expected[i].from));
        EXPECT_EQ(t->timer().to, ms(expected[i].to));
        EXPECT_EQ(t->timer().end, expected[i].end);
        EXPECT_DOUBLE_EQ(t->geometry().y0, view.timeAxis().y(ms(expected[i].from)));
        EXPECT_DOUBLE_EQ(t->geometry().y1, view.timeAxis().y(ms(expected[i].to)));
        // Outside the band: left of the client's, right of the server's.
        if (expected[i].host == HostId::Client)
            EXPECT_LT(t->geometry().x, view.lifelineX(HostId::Client));
        else
            EXPECT_GT(t->geometry().x, view.lifelineX(HostId::Server));
    }
}

TEST_F(DiagramTest, RunningTimerShowsItsTimeLeftAtNow) {
    // After TIME_WAIT started at 2.4 s (due 12.4 s), at now = 4.4 s: 8 s left.
    view.setCursor(h.trace().events.size() - 2, ms(4400));
    const TimerBracketItem* tw = view.timerItems().back();
    ASSERT_EQ(tw->timer().kind, TimerKind::TimeWait);
    EXPECT_TRUE(tw->isActive());
    EXPECT_TRUE(tw->labelText().contains(TimeAxis::formatTime(ms(8000)))) << tw->labelText().toStdString();
    // The fired retransmission timer of the lost SYN is not running any more.
    EXPECT_FALSE(view.timerItems().front()->isActive());
}

TEST_F(DiagramTest, LongIdleStretchesAreCompressedWithAVisibleBreak) {
    const TimeAxis& axis = view.timeAxis();
    // One-way trip 100 ms: gaps over 300 ms are compressed: 50 ms→1 s (waiting for the RTO),
    // 1.5 s→2 s (idle before close) and 2.5 s→12.4 s (TIME_WAIT).
    ASSERT_EQ(axis.breaks().size(), 3u);
    ASSERT_EQ(view.breakItems().size(), 3u);
    const TimeAxis::Break& tw = axis.breaks()[2];
    EXPECT_EQ(tw.from, ms(2500));
    EXPECT_EQ(tw.to, ms(12400));
    EXPECT_DOUBLE_EQ(tw.y1 - tw.y0, axis.params().breakPx);
    EXPECT_LT(tw.y1 - tw.y0, axis.y(ms(1200)) - axis.y(ms(1100))); // 9.9 s drawn shorter than 100 ms
    EXPECT_TRUE(view.breakItems()[2]->text().contains(TimeAxis::formatTime(ms(9900))));
    // y stays strictly increasing in time, across breaks too.
    double prev = axis.y(ms(-1));
    for (int64_t t = 0; t <= 12500; t += 5) {
        const double y = axis.y(ms(t));
        EXPECT_GT(y, prev) << t;
        prev = y;
    }
}

TEST_F(DiagramTest, LabelsOfNearbyArrowsDoNotOverlap) {
    std::vector<QRectF> rects;
    for (const SegmentItem* s : view.segmentItems()) {
        EXPECT_FALSE(s->label()->isCrowded()); // this lesson has room for every label
        rects.push_back(s->label()->sceneBoundingRect());
    }
    for (size_t i = 0; i < rects.size(); ++i)
        for (size_t j = i + 1; j < rects.size(); ++j) EXPECT_FALSE(rects[i].intersects(rects[j])) << i << " " << j;
}

TEST(DiagramCrowded, BurstsGetRoomForEveryLabelWithoutOverlap) {
    const Trace bulk = test::bulkTrace(200);
    SequenceDiagramView view;
    view.setTrace(&bulk);
    std::vector<QRectF> shown;
    size_t crowded = 0;
    for (const SegmentItem* s : view.segmentItems()) {
        if (s->label()->isVisible())
            shown.push_back(s->label()->sceneBoundingRect());
        else
            ++crowded;
    }
    // Bursts of 10 segments 1 ms apart: the axis makes room (issue 14) until every label has a
    // place of its own.
    EXPECT_EQ(crowded, 0u);
    for (size_t i = 0; i < shown.size(); ++i)
        for (size_t j = i + 1; j < shown.size(); ++j) EXPECT_FALSE(shown[i].intersects(shown[j])) << i << " " << j;
}

TEST_F(DiagramTest, ClickingAnArrowEmitsSegmentActivated) {
    view.show();
    std::vector<uint64_t> activated;
    QObject::connect(&view, &SequenceDiagramView::segmentActivated, [&](uint64_t id) { activated.push_back(id); });
    const SegmentItem* synAck = itemFor(view, h.synAck);
    // A point on the line a quarter of the way along, off the label and 4 px beside the line:
    // the generous shape still catches it.
    const QPointF onLine = synAck->startPoint() + (synAck->endPoint() - synAck->startPoint()) * 0.2;
    view.centerOn(onLine);
    auto click = [&](QPointF scenePos) {
        const QPoint p = view.mapFromScene(scenePos);
        QMouseEvent press(QEvent::MouseButtonPress, p, view.viewport()->mapToGlobal(p), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &press);
        QMouseEvent release(QEvent::MouseButtonRelease, p, view.viewport()->mapToGlobal(p), Qt::LeftButton,
                            Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &release);
    };
    click(onLine + QPointF(0, 4));
    ASSERT_EQ(activated.size(), 1u);
    EXPECT_EQ(activated[0], h.synAck);
    // Its label activates it too.
    view.centerOn(synAck->label()->scenePos());
    click(synAck->label()->scenePos());
    ASSERT_EQ(activated.size(), 2u);
    EXPECT_EQ(activated[1], h.synAck);
    // Empty space between the lanes does not.
    const QPointF empty((view.lifelineX(HostId::Client) + view.lifelineX(HostId::Server)) / 2, view.timeAxis().y(ms(1750)));
    view.centerOn(empty);
    click(empty);
    EXPECT_EQ(activated.size(), 2u);
}

TEST_F(DiagramTest, ClickingAStateBandEmitsItsStateEvent) {
    view.show();
    std::vector<size_t> activated;
    QObject::connect(&view, &SequenceDiagramView::eventActivated, [&](size_t ev) { activated.push_back(ev); });
    const StateBandItem* established = nullptr;
    for (const StateBandItem* b : view.bandItems())
        if (b->band().host == HostId::Client && b->band().state == TcpState::Established) established = b;
    ASSERT_NE(established, nullptr);
    const QPointF inside(established->sceneBoundingRect().center().x(), view.timeAxis().y(ms(1250)));
    view.centerOn(inside);
    const QPoint p = view.mapFromScene(inside);
    QMouseEvent press(QEvent::MouseButtonPress, p, view.viewport()->mapToGlobal(p), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &press);
    ASSERT_EQ(activated.size(), 1u);
    EXPECT_EQ(activated[0], established->band().event);
    const TraceEvent& e = h.trace().events[activated[0]];
    EXPECT_EQ(e.type, EventType::State);
    EXPECT_EQ(e.to, TcpState::Established);
    EXPECT_EQ(e.host, HostId::Client);
}

TEST_F(DiagramTest, ArrowShapeIncludesTheArrowhead) {
    const SegmentItem* ack = itemFor(view, h.ack);
    // Just behind the tip, inside the head's triangle.
    const QPointF tip = ack->endPoint();
    const QPointF back = tip + (ack->startPoint() - tip) / QLineF(tip, ack->startPoint()).length() * 5.0;
    EXPECT_TRUE(ack->shape().contains(back));
    EXPECT_FALSE(ack->shape().contains(tip + QPointF(0, 60)));
}

TEST_F(DiagramTest, CursorDimsTheFutureAndMovesSegmentsInFlight) {
    const size_t arrows = countOfType(view.scene(), SegmentItem::Type);
    // Just after the retransmitted SYN left at 1 s, half-way through its flight (1.05 s).
    view.setCursor(h.afterRetransmitSent, ms(1050));
    const SegmentItem* lost = itemFor(view, h.lostSyn);
    const SegmentItem* re = itemFor(view, h.retransmittedSyn);
    const SegmentItem* synAck = itemFor(view, h.synAck);
    EXPECT_EQ(lost->progress(), SegmentItem::Progress::Done);
    EXPECT_EQ(lost->opacity(), 1.0);
    EXPECT_EQ(re->progress(), SegmentItem::Progress::InFlight);
    EXPECT_TRUE(re->isCurrent());
    // Half-way in time is half-way along the arrow (no break inside this flight); its dot is there.
    const QPointF mid = (re->startPoint() + re->endPoint()) / 2;
    EXPECT_NEAR(re->headPoint().x(), mid.x(), 0.01);
    EXPECT_NEAR(re->headPoint().y(), mid.y(), 0.01);
    std::vector<QPointF> dots;
    for (const QGraphicsEllipseItem* d : view.packetItems())
        if (d->isVisible()) dots.push_back(d->pos());
    ASSERT_EQ(dots.size(), 1u);
    EXPECT_EQ(dots[0], re->headPoint());
    EXPECT_EQ(synAck->progress(), SegmentItem::Progress::Future);
    EXPECT_LT(synAck->opacity(), 0.5);
    EXPECT_LT(synAck->label()->opacity(), 0.5);
    // Bands: the client's SYN_SENT has started and is lit down to now; the server's
    // SYN_RECEIVED lies in the future and is faint.
    const TimeAxis& axis = view.timeAxis();
    for (const StateBandItem* b : view.bandItems()) {
        if (b->band().state == TcpState::SynSent) {
            EXPECT_DOUBLE_EQ(b->litUntil(), axis.y(ms(1050)));
        }
        if (b->band().state == TcpState::SynReceived) {
            EXPECT_DOUBLE_EQ(b->litUntil(), b->sceneBoundingRect().top());
        }
    }
    EXPECT_DOUBLE_EQ(view.nowMarker()->y(), axis.y(ms(1050)));
    // Moving the cursor to the end: everything is reached, nothing rebuilt.
    view.setCursor(h.trace().events.size(), h.trace().end);
    EXPECT_EQ(synAck->progress(), SegmentItem::Progress::Done);
    EXPECT_EQ(synAck->opacity(), 1.0);
    EXPECT_EQ(countOfType(view.scene(), SegmentItem::Type), arrows);
    EXPECT_EQ(itemFor(view, h.synAck), synAck);
    for (const QGraphicsEllipseItem* d : view.packetItems()) EXPECT_FALSE(d->isVisible());
}

TEST_F(DiagramTest, SelectedSegmentIsChosenInAllItsCopies) {
    view.setSelectedSegment(h.data);
    for (const SegmentItem* s : view.segmentItems()) EXPECT_EQ(s->isChosen(), s->segId() == h.data);
    view.setSelectedSegment(0);
    for (const SegmentItem* s : view.segmentItems()) EXPECT_FALSE(s->isChosen());
}

TEST_F(DiagramTest, PresentationModeAndDarkThemeRebuildWithTheSameContent) {
    const qreal normalGap = view.lifelineX(HostId::Server) - view.lifelineX(HostId::Client);
    view.setPresentationMode(true);
    view.setTheme(Theme::Dark);
    EXPECT_EQ(view.segmentItems().size(), 10u);
    EXPECT_GT(view.lifelineX(HostId::Server) - view.lifelineX(HostId::Client), normalGap);
    EXPECT_EQ(view.backgroundBrush().color(), backgroundColor(Theme::Dark));
}

TEST(DiagramEmpty, NoTraceIsAnEmptyDiagram) {
    SequenceDiagramView view;
    view.setTrace(nullptr);
    view.setCursor(0, SimTime{});
    EXPECT_TRUE(view.segmentItems().empty());
    Trace empty;
    view.setTrace(&empty);
    view.setCursor(0, SimTime{});
    EXPECT_TRUE(view.segmentItems().empty());
    EXPECT_EQ(view.bandItems().size(), 2u); // both lifelines CLOSED
}

} // namespace
} // namespace hl::ui
