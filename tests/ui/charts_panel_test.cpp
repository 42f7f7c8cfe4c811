// The Charts dock on real lessons: series equal the trace's segments, the cursor line follows the
// session, clicking a point moves the session to that point's event, export works; the markers are
// drawn by one item per series, look as Qt's scatter markers and build their tooltips on demand.
#include "core/builtin_lessons.h"
#include "core/simulation.h"
#include "tests/action_at.h"
#include "tests/bulk_transfer.h"
#include "ui/charts/charts_panel.h"
#include "ui/charts/length_bars_item.h"
#include "ui/charts/point_marks_item.h"
#include "ui/charts/polylines_item.h"
#include "ui/charts/rto_chart_view.h"
#include "ui/charts/seq_chart_view.h"
#include "ui/charts/state_timeline_view.h"
#include "ui/session/session_controller.h"
#include "ui/texts/language.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChartView>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace hl::ui {
namespace {

struct Fixture {
    SessionController session;
    ChartsPanel panel{&session};
    explicit Fixture(const char* lesson) {
        const Scenario* s = findBuiltinLesson(lesson);
        EXPECT_NE(s, nullptr);
        if (s) session.loadScenario(*s, QString::fromLatin1(lesson));
        panel.resize(900, 600);
    }
    const Trace& trace() const { return session.trace(); }
};

constexpr SegmentMark kAllMarks[] = {SegmentMark::Normal, SegmentMark::Retransmission, SegmentMark::Lost,
                                     SegmentMark::Duplicated};

int markerCount(TraceChartView* chart) {
    size_t n = 0;
    for (SegmentMark m : kAllMarks)
        if (const PointMarksItem* marks = chart->marksNamed(SeqChartView::markSeriesName(m))) n += marks->count();
    return static_cast<int>(n);
}

// Where mark i is on the chart view's viewport (for QTest's mouse).
QPoint viewportPos(const TraceChartView* chart, const PointMarksItem* marks, size_t i) {
    return chart->mapFromScene(chart->chart()->mapToScene(marks->position(i)));
}

TEST(ChartsPanel, SequenceMarkersAreTheSegmentsSentInTheShownDirection) {
    Fixture f("handshake-and-close");
    for (HostId h : {HostId::Client, HostId::Server}) {
        f.panel.setSender(h);
        size_t sent = 0;
        for (const TraceEvent& e : f.trace().events) sent += e.type == EventType::Send && e.host == h;
        EXPECT_EQ(static_cast<size_t>(markerCount(f.panel.seqChart())), sent);
        // Every segment occupying sequence space has its length bar; pure ACKs have none.
        size_t withLength = 0;
        for (const SegmentRecord& r : f.trace().segments) withLength += r.from == h && r.seg.segLen() > 0;
        const LengthBarsItem* bars = f.panel.seqChart()->lengthBars();
        ASSERT_NE(bars, nullptr);
        EXPECT_EQ(bars->bars().size(), withLength);
        // Each bar stands upright at its segment's time, from seq to seq + SEG.LEN, and a longer
        // segment has a longer bar (the chart's y grows upwards, so y1 is above y0 on screen).
        for (size_t i = 0; i < bars->bars().size(); ++i) {
            const QLineF line = bars->barLine(i);
            EXPECT_DOUBLE_EQ(line.x1(), line.x2());
            EXPECT_LT(line.y2(), line.y1());
        }
    }
}

size_t sentBy(const Trace& trace, HostId h) {
    size_t sent = 0;
    for (const TraceEvent& e : trace.events) sent += e.type == EventType::Send && e.host == h;
    return sent;
}

// In a shown window, a chart the user cannot see (another chart's tab, or the whole dock behind
// another dock's tab) is not rebuilt on a replay but when it is shown, and then it shows the run
// of the moment: a replay of thousands of segments no longer pays for charts nobody looks at.
TEST(ChartsPanel, ChartsOutOfSightAreBuiltWhenShownWithTheCurrentRun) {
    SessionController session;
    QWidget window;
    auto* panel = new ChartsPanel(&session, &window);
    panel->resize(900, 600);
    window.resize(900, 600);
    // The tabs' own widgets: seqChart() and the others build a stale chart before returning it.
    auto* seq = static_cast<TraceChartView*>(panel->tabs()->widget(0));
    auto* states = static_cast<TraceChartView*>(panel->tabs()->widget(1));
    auto* rto = static_cast<TraceChartView*>(panel->tabs()->widget(2));
    session.loadScenario(*findBuiltinLesson("handshake-and-close"));
    EXPECT_TRUE(panel->isStale(seq) && panel->isStale(states) && panel->isStale(rto))
        << "a window not shown yet builds no chart (the app's start built all three twice)";
    window.show();
    panel->tabs()->setCurrentWidget(seq);
    QApplication::processEvents();
    ASSERT_FALSE(panel->isStale(seq));

    session.loadScenario(*findBuiltinLesson("lost-syn"));
    EXPECT_FALSE(panel->isStale(seq)) << "the chart in sight follows every replay";
    EXPECT_EQ(static_cast<size_t>(markerCount(panel->seqChart())), sentBy(session.trace(), HostId::Client));
    EXPECT_TRUE(panel->isStale(states));
    EXPECT_TRUE(panel->isStale(rto));

    panel->hide(); // the dock behind another dock's tab
    session.loadScenario(*findBuiltinLesson("handshake-and-close"));
    EXPECT_TRUE(panel->isStale(seq));
    panel->show();
    QApplication::processEvents();
    EXPECT_FALSE(panel->isStale(seq));
    EXPECT_EQ(static_cast<size_t>(markerCount(panel->seqChart())), sentBy(session.trace(), HostId::Client));

    panel->tabs()->setCurrentWidget(rto);
    EXPECT_FALSE(panel->isStale(rto));
    EXPECT_TRUE(panel->isStale(states));
    // Asked for (tests, exports), a chart out of sight is built with the run of the moment.
    EXPECT_FALSE(panel->isStale(panel->stateTimeline()));
}

// The legend wraps instead of eliding: in a dock as narrow as at 1366×768 (about 330 px) QtCharts'
// own one-row legend showed "ACK fro…". Every series in the legend is named whole, one entry never
// breaks inside, the lines fit the label, the plot ends where the legend begins, and the cursor is
// not an entry. Korean too (longer names).
TEST(ChartsPanel, TheLegendWrapsAndNamesEverySeriesWhole) {
    for (const char* lang : {"en", "ko"}) {
        Language::install(QString::fromLatin1(lang));
        SessionController session;
        ChartsPanel panel(&session);
        session.loadScenario(*findBuiltinLesson("half-close"));
        panel.resize(330, 600);
        panel.show();
        panel.tabs()->setCurrentWidget(panel.seqChart());
        for (int i = 0; i < 4; ++i) QApplication::processEvents();
        SeqChartView* chart = panel.seqChart();
        EXPECT_FALSE(chart->chart()->legend()->isVisible()) << "QtCharts' eliding legend is hidden";
        QLabel* legend = chart->legendLabel();
        ASSERT_TRUE(legend->isVisible());
        const QString shown = QTextDocumentFragment::fromHtml(legend->text()).toPlainText();
        const QFontMetrics fm(legend->font());
        for (SegmentMark m :
             {SegmentMark::Normal, SegmentMark::Retransmission, SegmentMark::Lost, SegmentMark::Duplicated}) {
            const QXYSeries* series = chart->seriesNamed(SeqChartView::markSeriesName(m));
            ASSERT_NE(series, nullptr);
            const QString name = series->name(); // (toPlainText turns the no-break spaces into spaces)
            EXPECT_TRUE(shown.contains(name)) << shown.toStdString();
            EXPECT_LE(fm.horizontalAdvance(QStringLiteral("◆ ") + name), legend->contentsRect().width());
        }
        EXPECT_FALSE(shown.contains(chart->tr("Cursor"))) << shown.toStdString();
        EXPECT_FALSE(shown.contains(QChar(0x2026))) << "nothing elided";
        // All the wrapped lines fit; the legend wraps here (one row would not fit 330 px).
        EXPECT_GE(legend->height(), legend->heightForWidth(legend->width()));
        EXPECT_GT(legend->height(), 2 * fm.height()) << "more than one line at this width";
        EXPECT_EQ(legend->geometry().bottom(), chart->rect().bottom());
        EXPECT_LE(chart->chart()->geometry().bottom(), legend->geometry().top() + 1.0) << "the plot ends above it";
        // The state timeline names its bands itself: no legend there.
        panel.tabs()->setCurrentWidget(panel.stateTimeline());
        for (int i = 0; i < 4; ++i) QApplication::processEvents();
        EXPECT_FALSE(panel.stateTimeline()->legendLabel()->isVisible());
    }
    Language::install(QStringLiteral("en"));
}

TEST(ChartsPanel, ClientSynIsAtZeroAtItsSendTime) {
    Fixture f("handshake-and-close");
    f.panel.setSender(HostId::Client);
    const PointMarksItem* segs = f.panel.seqChart()->marksNamed(SeqChartView::markSeriesName(SegmentMark::Normal));
    ASSERT_NE(segs, nullptr);
    ASSERT_GT(segs->count(), 0u);
    const SegmentRecord& syn = f.trace().segments.front();
    ASSERT_TRUE(syn.seg.flags.has(Flag::SYN));
    ASSERT_EQ(syn.from, HostId::Client);
    EXPECT_DOUBLE_EQ(segs->value(0).y(), 0.0);
    EXPECT_DOUBLE_EQ(segs->value(0).x(), f.panel.seqChart()->timeUnit().value(syn.sentAt));
    EXPECT_TRUE(segs->tip(0).contains(QStringLiteral("SYN")));
    // The series of the legend answers for its marks too.
    EXPECT_EQ(f.panel.seqChart()->tipOfPoint(segs->series(), 0), segs->tip(0));
    EXPECT_EQ(f.panel.seqChart()->eventOfPoint(segs->series(), 0), segs->eventOf(0));
}

TEST(ChartsPanel, CursorLineFollowsTheSession) {
    Fixture f("handshake-and-close");
    EXPECT_TRUE(std::isnan(f.panel.seqChart()->cursorX())) << "no line at the start";
    f.session.setStep(5);
    const double x = f.panel.stateTimeline()->timeUnit().value(f.session.timeAtStep(5));
    EXPECT_DOUBLE_EQ(f.panel.stateTimeline()->cursorX(), x);
    EXPECT_DOUBLE_EQ(f.panel.rtoChart()->cursorX(), f.panel.rtoChart()->timeUnit().value(f.session.timeAtStep(5)));
}

TEST(ChartsPanel, ClickingASegmentMovesTheCursorToItsStep) {
    Fixture f("handshake-and-close");
    f.panel.setSender(HostId::Client);
    f.panel.show();
    SeqChartView* chart = f.panel.seqChart();
    f.panel.tabs()->setCurrentWidget(chart);
    QApplication::processEvents();
    const PointMarksItem* segs = chart->marksNamed(SeqChartView::markSeriesName(SegmentMark::Normal));
    ASSERT_NE(segs, nullptr);
    ASSERT_GE(segs->count(), 2u);
    const size_t last = segs->count() - 1;
    const uint32_t event = segs->eventOf(last);
    ASSERT_LT(event, f.trace().events.size());
    EXPECT_EQ(f.trace().events[event].type, EventType::Send);
    // A real click, a little off the marker's centre: the mark under the mouse is found in pixels.
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, viewportPos(chart, segs, last) + QPoint(2, 1));
    EXPECT_EQ(f.session.step(), f.session.stepOfEvent(event));
    EXPECT_GT(f.session.cursor(), event) << "the segment has been sent at the new cursor";
    EXPECT_LE(f.session.firstEventOfStep(f.session.step()), event);
}

TEST(ChartsPanel, ClickingAStateBandMovesTheCursorToTheChange) {
    Fixture f("handshake-and-close");
    StateTimelineView* chart = f.panel.stateTimeline();
    const auto& spans = chart->spans();
    size_t established = spans.size();
    for (size_t i = 0; i < spans.size(); ++i)
        if (spans[i].host == HostId::Server && spans[i].state == TcpState::Established) established = i;
    ASSERT_LT(established, spans.size());
    QAreaSeries* band = chart->bandSeries(established);
    ASSERT_NE(band, nullptr);
    EXPECT_EQ(band->upperSeries()->at(0).x(), chart->timeUnit().value(spans[established].from));
    emit band->clicked(band->upperSeries()->at(0));
    const Snapshot& snap = f.session.snapshot();
    ASSERT_NE(snap.primary(HostId::Server), nullptr);
    EXPECT_EQ(snap.primary(HostId::Server)->state, TcpState::Established);
    EXPECT_EQ(f.session.step(), f.session.stepOfEvent(spans[established].event));
}

TEST(ChartsPanel, RtoChartOfSynNeverAnsweredShowsTheDoublingAndTheGiveUp) {
    Fixture f("syn-never-answered");
    RtoChartView* chart = f.panel.rtoChart();
    f.panel.show();
    f.panel.tabs()->setCurrentWidget(chart);
    QApplication::processEvents();
    const PointMarksItem* armings = chart->marksNamed(RtoChartView::armingsName(HostId::Client));
    ASSERT_NE(armings, nullptr);
    ASSERT_GE(armings->count(), 3u);
    // RFC 6298 §5.5: each expiry doubles the RTO.
    for (size_t i = 1; i < armings->count(); ++i)
        EXPECT_DOUBLE_EQ(armings->value(i).y(), 2 * armings->value(i - 1).y());
    const PointMarksItem* giveUp = chart->marksNamed(QStringLiteral("give-up"));
    ASSERT_NE(giveUp, nullptr);
    ASSERT_EQ(giveUp->count(), 1u);
    EXPECT_DOUBLE_EQ(giveUp->value(0).y(), armings->value(armings->count() - 1).y());
    // Clicking the give-up goes to the step where the connection gave up.
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, viewportPos(chart, giveUp, 0));
    EXPECT_EQ(f.session.stepOfEvent(giveUp->eventOf(0)), f.session.step());
}

// Issue 12 pt 8 / issue 13: Qt's scatter series makes a graphics item per point; the marks are one
// item per series, so a lesson with a thousand segments has no more items in its chart than the
// handshake has.
Scenario dataLesson(uint32_t bytes) { return bulkTransfer(bytes, false); }

TEST(ChartsPanel, MarkersAreOneItemPerSeriesWhateverTheLessonSize) {
    SessionController session;
    SeqChartView chart(&session);
    chart.resize(330, 400);
    chart.show();
    session.loadScenario(dataLesson(1000));
    chart.rebuild();
    QApplication::processEvents();
    const int fewMarks = markerCount(&chart);
    const qsizetype fewItems = chart.scene()->items().size();

    session.loadScenario(dataLesson(1'000'000)); // about 700 data segments of the default MSS
    chart.rebuild();
    QApplication::processEvents();
    const int manyMarks = markerCount(&chart);
    EXPECT_EQ(static_cast<size_t>(manyMarks), sentBy(session.trace(), HostId::Client));
    ASSERT_GT(manyMarks, fewMarks + 600);
    // (Axis labels may differ by a few with the ranges.)
    EXPECT_LT(chart.scene()->items().size(), fewItems + 20) << "no graphics item per marker";
    // Marks on the same pixel are painted once: at 330 px, far fewer draws than marks.
    const PointMarksItem* segs = chart.marksNamed(SeqChartView::markSeriesName(SegmentMark::Normal));
    ASSERT_NE(segs, nullptr);
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    chart.render(&painter);
    EXPECT_GT(segs->paintedLastTime(), 0u);
    EXPECT_LT(segs->paintedLastTime(), segs->count() / 2);
}

// A mark's tooltip is made when it is asked for, not for every mark when the chart is built.
TEST(ChartsPanel, MarkTipsAreBuiltWhenAsked) {
    QChart chart;
    auto* look = new QScatterSeries;
    chart.addSeries(look);
    chart.createDefaultAxes();
    std::vector<size_t> asked;
    PointMarksItem marks(&chart, look, std::vector<QPointF>(1000, QPointF(1, 1)), std::vector<uint32_t>(1000, 7),
                         [&asked](size_t i) {
                             asked.push_back(i);
                             return QStringLiteral("tip %1").arg(i);
                         });
    QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    marks.paint(&painter, nullptr, nullptr);
    EXPECT_TRUE(asked.empty());
    EXPECT_EQ(marks.tip(5), QStringLiteral("tip 5"));
    EXPECT_EQ(asked, std::vector<size_t>{5});
    EXPECT_EQ(marks.eventOf(999), 7u);
    EXPECT_EQ(marks.tip(1000), QString()) << "no mark 1000";
}

// Hovering a mark shows its tooltip, with the segment's facts: here the client's first SYN,
// lost in lost-syn, and its retransmission.
TEST(ChartsPanel, HoveringAMarkShowsItsTip) {
    Fixture f("lost-syn");
    f.panel.show();
    SeqChartView* chart = f.panel.seqChart();
    f.panel.tabs()->setCurrentWidget(chart);
    QApplication::processEvents();
    const PointMarksItem* lost = chart->marksNamed(SeqChartView::markSeriesName(SegmentMark::Lost));
    const PointMarksItem* again = chart->marksNamed(SeqChartView::markSeriesName(SegmentMark::Retransmission));
    ASSERT_NE(lost, nullptr);
    ASSERT_NE(again, nullptr);
    ASSERT_EQ(lost->count(), 1u);
    ASSERT_GE(again->count(), 1u);
    const SegmentRecord& syn = f.trace().segments.front();
    ASSERT_TRUE(syn.seg.flags.has(Flag::SYN));
    // Segment ids count from 1 in the order of trace.segments (Trace::segment).
    EXPECT_TRUE(lost->tip(0).startsWith(QStringLiteral("Segment #1 at "))) << lost->tip(0).toStdString();
    EXPECT_TRUE(lost->tip(0).contains(QStringLiteral("lost in the network")));
    EXPECT_TRUE(again->tip(0).endsWith(QStringLiteral("\nretransmission"))) << again->tip(0).toStdString();
    for (const PointMarksItem* marks : {lost, again}) {
        QTest::mouseMove(chart->viewport(), viewportPos(chart, marks, 0));
        EXPECT_TRUE(QToolTip::isVisible());
        EXPECT_EQ(QToolTip::text(), marks->tip(0));
    }
    QTest::mouseMove(chart->viewport(), QPoint(2, 2)); // outside the plot: no mark
    // (QToolTip hides after a short fade delay.)
    for (int i = 0; i < 100 && QToolTip::isVisible(); ++i) QTest::qWait(20);
    EXPECT_FALSE(QToolTip::isVisible());
}

// A chart with both axes 0 to 10 and no legend, in a 300×300 view: the same stage for Qt's own
// series and for the items that replace them.
struct ChartStage {
    QChartView view;
    QChart* chart = new QChart;
    QValueAxis* x = nullptr;
    QValueAxis* y = nullptr;
    ChartStage() {
        view.setRenderHint(QPainter::Antialiasing);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->hide();
        view.setChart(chart);
    }
    // The series, in the chart and on both axes (the axes join with the first series).
    void add(QAbstractSeries* series) {
        chart->addSeries(series);
        if (!x) {
            x = new QValueAxis;
            y = new QValueAxis;
            x->setRange(0, 10);
            y->setRange(0, 10);
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
        }
        series->attachAxis(x);
        series->attachAxis(y);
    }
    QImage picture() {
        view.resize(300, 300);
        view.show();
        QApplication::processEvents();
        return view.grab().toImage().convertToFormat(QImage::Format_ARGB32);
    }
};

// The largest difference of a colour channel between two pictures of one size.
int worstChannelDifference(const QImage& a, const QImage& b) {
    int worst = 0;
    for (int py = 0; py < a.height(); ++py)
        for (int px = 0; px < a.width(); ++px) {
            const QColor p = a.pixelColor(px, py), q = b.pixelColor(px, py);
            worst = std::max(
                {worst, std::abs(p.red() - q.red()), std::abs(p.green() - q.green()), std::abs(p.blue() - q.blue())});
        }
    return worst;
}

// Pixels of `image` in `colour`.
int pixelsOf(const QImage& image, const QColor& colour) {
    int n = 0;
    for (int py = 0; py < image.height(); ++py)
        for (int px = 0; px < image.width(); ++px) n += image.pixelColor(px, py) == colour;
    return n;
}

// The marks look as Qt's own scatter markers: the same points drawn by a QScatterSeries and by
// the item, with the same series look, give the same pixels, for each shape the charts use.
TEST(ChartsPanel, MarksLookAsQtScatterMarkers) {
    const std::vector<QPointF> values = {{1, 1}, {3, 2}, {5, 4}, {7, 3}, {9, 8}};
    const QColor colour(0, 114, 178);
    for (auto shape : {QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeTriangle,
                       QScatterSeries::MarkerShapeStar, QScatterSeries::MarkerShapeRotatedRectangle}) {
        auto picture = [&](bool asItem) {
            ChartStage stage;
            auto* series = new QScatterSeries;
            series->setMarkerShape(shape);
            series->setMarkerSize(13);
            series->setColor(colour);
            series->setBorderColor(colour.darker(140));
            if (!asItem)
                for (const QPointF& v : values) series->append(v);
            stage.add(series);
            if (asItem) new PointMarksItem(stage.chart, series, values, {}, {});
            return stage.picture();
        };
        const QImage qt = picture(false);
        const QImage ours = picture(true);
        ASSERT_EQ(qt.size(), ours.size());
        EXPECT_GT(pixelsOf(qt, colour), 20) << "shape " << shape << ": the marks are drawn";
        EXPECT_LE(worstChannelDifference(qt, ours), 8) << "shape " << shape;
    }
}

// The ACK step line as the line series with its points drew it: the same values through a
// QLineSeries (pointsVisible) and through PolylinesItem plus a marks item of dots give the same
// pixels.
TEST(ChartsPanel, AckLineLooksAsQtLineSeries) {
    const std::vector<QPointF> values = {{1, 1}, {3, 1}, {3, 2}, {5, 2}, {5, 6}, {9, 6}};
    QPen pen(QColor(213, 94, 0));
    pen.setWidthF(1.6);
    auto picture = [&](bool asItems) {
        ChartStage stage;
        auto* line = new QLineSeries;
        line->setPen(pen);
        line->setPointsVisible(!asItems);
        if (!asItems)
            for (const QPointF& v : values) line->append(v);
        auto* dots = new QScatterSeries;
        dots->setMarkerSize(2 * 1.5 * pen.widthF());
        dots->setPen(Qt::NoPen);
        dots->setColor(pen.color());
        stage.add(line);
        stage.add(dots);
        if (asItems) {
            new PolylinesItem(stage.chart, line, {values});
            new PointMarksItem(stage.chart, dots, values, {}, {});
        }
        return stage.picture();
    };
    const QImage qt = picture(false);
    const QImage ours = picture(true);
    ASSERT_EQ(qt.size(), ours.size());
    EXPECT_GT(pixelsOf(qt, pen.color()), 50) << "the line is drawn";
    EXPECT_LE(worstChannelDifference(qt, ours), 8);
}

// The RTO chart's runs (a new one after every stopped timer: one per send in a chatty lesson) are
// drawn by one item per host, not a series each.
TEST(ChartsPanel, RtoRunsAreNotASeriesEach) {
    SessionController session;
    RtoChartView chart(&session);
    chart.resize(330, 400);
    // 80 small sends a second apart: each arms the timer and its ACK stops it (RFC 6298 §5.2).
    Scenario chatty = dataLesson(100);
    for (int i = 1; i < 80; ++i)
        chatty.actions.push_back(actionAt(500 + 1000 * i, HostId::Client, ActionKind::Send, 100));
    session.loadScenario(chatty);
    chart.rebuild();
    size_t runs = 0;
    for (const RtoAttempt& a : chart.data().attempts) runs += a.attempt == 1;
    ASSERT_GT(runs, 50u);
    EXPECT_LT(chart.chart()->series().size(), 10);
    std::vector<const PolylinesItem*> items;
    for (QGraphicsItem* item : chart.chart()->childItems())
        if (const auto* lines = dynamic_cast<const PolylinesItem*>(item)) items.push_back(lines);
    size_t drawnRuns = 0;
    for (const PolylinesItem* lines : items) drawnRuns += lines->lines().size();
    EXPECT_EQ(drawnRuns, runs);
}

TEST(ChartsPanel, ExportsTheShownChartAsPngAndSvg) {
    Fixture f("lost-syn");
    f.panel.show();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("seq.png"));
    EXPECT_EQ(f.panel.seqChart()->exportImage(png), QString());
    QImage img(png);
    EXPECT_FALSE(img.isNull());
    EXPECT_EQ(img.size(), f.panel.seqChart()->size() * f.panel.seqChart()->devicePixelRatio());
    // The picture has the marks: the lost SYN's star is filled with its colour at its centre.
    const PointMarksItem* lost = f.panel.seqChart()->marksNamed(SeqChartView::markSeriesName(SegmentMark::Lost));
    ASSERT_NE(lost, nullptr);
    ASSERT_EQ(lost->count(), 1u);
    const QPoint centre = viewportPos(f.panel.seqChart(), lost, 0) * f.panel.seqChart()->devicePixelRatio();
    EXPECT_EQ(img.pixelColor(centre), lost->series()->brush().color());
    const QString svg = dir.filePath(QStringLiteral("rto.svg"));
    EXPECT_EQ(f.panel.rtoChart()->exportImage(svg), QString());
    EXPECT_TRUE(QSvgRenderer(svg).isValid());
}

} // namespace
} // namespace hl::ui
