// The Charts dock on real lessons: series equal the trace's segments, the cursor line follows the
// session, clicking a point moves the session to that point's event, export works.
#include "core/builtin_lessons.h"
#include "ui/charts/charts_panel.h"
#include "ui/charts/length_bars_item.h"
#include "ui/charts/rto_chart_view.h"
#include "ui/charts/seq_chart_view.h"
#include "ui/charts/state_timeline_view.h"
#include "ui/session/session_controller.h"
#include "ui/texts/language.h"

#include <QApplication>
#include <QAreaSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

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

int markerCount(TraceChartView* chart) {
    int n = 0;
    for (SegmentMark m : {SegmentMark::Normal, SegmentMark::Retransmission, SegmentMark::Lost, SegmentMark::Duplicated})
        if (QXYSeries* s = chart->seriesNamed(SeqChartView::markSeriesName(m))) n += s->count();
    return n;
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
    session.loadScenario(*findBuiltinLesson("handshake-and-close"));
    window.show();
    panel->tabs()->setCurrentWidget(panel->seqChart());
    QApplication::processEvents();
    ASSERT_FALSE(panel->isStale(panel->seqChart()));

    session.loadScenario(*findBuiltinLesson("lost-syn"));
    EXPECT_FALSE(panel->isStale(panel->seqChart())) << "the chart in sight follows every replay";
    EXPECT_EQ(static_cast<size_t>(markerCount(panel->seqChart())), sentBy(session.trace(), HostId::Client));
    EXPECT_TRUE(panel->isStale(panel->stateTimeline()));
    EXPECT_TRUE(panel->isStale(panel->rtoChart()));

    panel->hide(); // the dock behind another dock's tab
    session.loadScenario(*findBuiltinLesson("handshake-and-close"));
    EXPECT_TRUE(panel->isStale(panel->seqChart()));
    panel->show();
    QApplication::processEvents();
    EXPECT_FALSE(panel->isStale(panel->seqChart()));
    EXPECT_EQ(static_cast<size_t>(markerCount(panel->seqChart())), sentBy(session.trace(), HostId::Client));

    panel->tabs()->setCurrentWidget(panel->rtoChart());
    EXPECT_FALSE(panel->isStale(panel->rtoChart()));
    EXPECT_TRUE(panel->isStale(panel->stateTimeline()));
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
    QXYSeries* segs = f.panel.seqChart()->seriesNamed(SeqChartView::markSeriesName(SegmentMark::Normal));
    ASSERT_NE(segs, nullptr);
    ASSERT_GT(segs->count(), 0);
    const SegmentRecord& syn = f.trace().segments.front();
    ASSERT_TRUE(syn.seg.flags.has(Flag::SYN));
    ASSERT_EQ(syn.from, HostId::Client);
    EXPECT_DOUBLE_EQ(segs->at(0).y(), 0.0);
    EXPECT_DOUBLE_EQ(segs->at(0).x(), f.panel.seqChart()->timeUnit().value(syn.sentAt));
    EXPECT_TRUE(f.panel.seqChart()->tipOfPoint(segs, 0).contains(QStringLiteral("SYN")));
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
    SeqChartView* chart = f.panel.seqChart();
    QXYSeries* segs = chart->seriesNamed(SeqChartView::markSeriesName(SegmentMark::Normal));
    ASSERT_NE(segs, nullptr);
    const int last = segs->count() - 1;
    const uint32_t event = chart->eventOfPoint(segs, last);
    ASSERT_LT(event, f.trace().events.size());
    EXPECT_EQ(f.trace().events[event].type, EventType::Send);
    // A real click arrives as the series' clicked() signal with the point's value.
    emit segs->clicked(segs->at(last));
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
    QXYSeries* armings = chart->seriesNamed(RtoChartView::armingsName(HostId::Client));
    ASSERT_NE(armings, nullptr);
    ASSERT_GE(armings->count(), 3);
    // RFC 6298 §5.5: each expiry doubles the RTO.
    for (int i = 1; i < armings->count(); ++i) EXPECT_DOUBLE_EQ(armings->at(i).y(), 2 * armings->at(i - 1).y());
    QXYSeries* giveUp = chart->seriesNamed(QStringLiteral("give-up"));
    ASSERT_NE(giveUp, nullptr);
    ASSERT_EQ(giveUp->count(), 1);
    EXPECT_DOUBLE_EQ(giveUp->at(0).y(), armings->at(armings->count() - 1).y());
    // Clicking the give-up goes to the step where the connection gave up.
    emit giveUp->clicked(giveUp->at(0));
    EXPECT_EQ(f.session.stepOfEvent(chart->eventOfPoint(giveUp, 0)), f.session.step());
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
    const QString svg = dir.filePath(QStringLiteral("rto.svg"));
    EXPECT_EQ(f.panel.rtoChart()->exportImage(svg), QString());
    EXPECT_TRUE(QSvgRenderer(svg).isValid());
}

} // namespace
} // namespace hl::ui
