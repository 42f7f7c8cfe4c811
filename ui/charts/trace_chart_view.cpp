#include "ui/charts/trace_chart_view.h"

#include "ui/charts/chart_theme.h"
#include "ui/charts/plot_item.h"
#include "ui/charts/point_marks_item.h"
#include "ui/diagram/diagram_palette.h"
#include "ui/session/session_controller.h"
#include "ui/window/image_export.h"
#include "ui/window/image_export_dialog.h"

#include <QAreaSeries>
#include <QChart>
#include <QContextMenuEvent>
#include <QCursor>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace hl::ui {

TraceChartView::TraceChartView(SessionController* session, QWidget* parent)
    : QChartView(parent), session_(session), legend_(new QLabel(this)) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
    viewport()->setMouseTracking(true); // the marks' tooltips follow the mouse
    legend_->setObjectName(QStringLiteral("chartLegend"));
    legend_->setWordWrap(true);
    legend_->setTextFormat(Qt::RichText);
    legend_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    legend_->setAutoFillBackground(true);
    legend_->setContentsMargins(6, 2, 6, 4);
    legend_->hide();
}

namespace {

// A mark that draws like the series in the chart: its marker shape, or a line (dashed if dashed).
QString legendMark(QLegendMarker* m) {
    if (const auto* scatter = qobject_cast<const QScatterSeries*>(m->series())) {
        switch (scatter->markerShape()) {
        case QScatterSeries::MarkerShapeCircle: return QStringLiteral("●");
        case QScatterSeries::MarkerShapeRectangle: return QStringLiteral("■");
        case QScatterSeries::MarkerShapeRotatedRectangle: return QStringLiteral("◆");
        case QScatterSeries::MarkerShapeTriangle: return QStringLiteral("▲");
        case QScatterSeries::MarkerShapeStar: return QStringLiteral("★");
        case QScatterSeries::MarkerShapePentagon: return QStringLiteral("⬟");
        }
        return QStringLiteral("●");
    }
    const auto* line = qobject_cast<const QXYSeries*>(m->series());
    const Qt::PenStyle style = line ? line->pen().style() : m->pen().style();
    return style == Qt::SolidLine ? QStringLiteral("━━") : QStringLiteral("╍╍");
}

QColor legendColour(QLegendMarker* m) {
    // The series' own colours: a marker's pen and brush are the legend's, not always the plot's.
    if (const auto* scatter = qobject_cast<const QScatterSeries*>(m->series())) return scatter->color();
    if (const auto* line = qobject_cast<const QXYSeries*>(m->series())) return line->pen().color();
    return m->brush().style() != Qt::NoBrush ? m->brush().color() : m->pen().color();
}

} // namespace

void TraceChartView::buildLegend() {
    QLegend* legend = chart()->legend();
    QStringList entries;
    if (legendListed_)
        for (QLegendMarker* m : legend->markers()) {
            // (A marker's own visibility says nothing before the chart is laid out: the list says.)
            const bool unlisted = std::find(unlisted_.begin(), unlisted_.end(), m->series()) != unlisted_.end();
            if (unlisted || !m->series() || !m->series()->isVisible() || m->label().isEmpty()) continue;
            // The name never breaks inside (no-break spaces); the label wraps between entries.
            QString name = m->label().toHtmlEscaped();
            name.replace(QLatin1Char(' '), QChar(0x00A0));
            entries << QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                           .arg(legendColour(m).name(), legendMark(m), name);
        }
    QPalette pal = legend_->palette();
    pal.setColor(QPalette::Window, backgroundColor(theme_));
    pal.setColor(QPalette::WindowText, textColor(theme_));
    legend_->setPalette(pal);
    legend_->setText(entries.join(QStringLiteral(" &nbsp; ")));
    legend_->setVisible(!entries.isEmpty());
    placeLegend();
}

// The legend takes the height its wrapped lines need at the view's width, below the plot.
void TraceChartView::placeLegend() {
    int h = 0;
    if (legend_->isVisibleTo(this)) {
        // Laying out the rich text is most of a replay's legend cost, and a replay rarely changes
        // the entries: the height is measured again only when the text, width or font changed.
        const LegendFit fit{legend_->text(), width(), legend_->font()};
        if (!(fit == legendFit_)) {
            legendFit_ = fit;
            legendHeight_ = legend_->heightForWidth(width());
        }
        h = legendHeight_;
    }
    setViewportMargins(0, 0, 0, h);
    legend_->setGeometry(0, height() - h, width(), h);
    // QChartView sizes its chart to the whole view: the plot must end where the legend begins.
    if (QChart* c = chart()) {
        c->resize(viewport()->size());
        setSceneRect(QRectF(QPointF(0, 0), viewport()->size()));
    }
}

void TraceChartView::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    placeLegend();
}

void TraceChartView::setTheme(Theme theme) {
    if (theme_ == theme) return;
    theme_ = theme;
    rebuild();
}

void TraceChartView::rebuild() {
    auto* fresh = new QChart;
    applyChartTheme(*fresh, theme_);
    fresh->setAnimationOptions(QChart::NoAnimation);
    fresh->setTitle(chartTitle());
    // The chart's own legend is never shown (see legendLabel()): hidden before anything is in
    // the chart, hiding it costs no layout.
    fresh->legend()->setVisible(false);
    legendListed_ = true;
    fresh->setMargins(QMargins(4, 4, 4, 4));
    QChart* old = chart();
    setChart(fresh); // the view releases the old chart: it is ours to delete
    delete old;
    points_.clear();
    marks_.clear(); // the old chart deleted them
    tipShown_ = pressed_ = {};
    unlisted_.clear();
    cursorLine_ = nullptr;

    const Trace& trace = session_->trace();
    const SimTime extent = timeExtent(trace);
    unit_ = timeUnitFor(extent);
    timeAxis_ = new QValueAxis;
    timeAxis_->setTitleText(unit_.seconds ? tr("Time (s)") : tr("Time (ms)"));
    timeAxis_->setRange(0, std::max(unit_.value(extent) * 1.03, unit_.seconds ? 1.0 : 10.0));
    timeAxis_->applyNiceNumbers();
    timeAxis_->setLabelFormat(unit_.seconds ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    fresh->addAxis(timeAxis_, Qt::AlignBottom);

    buildSeries(trace);
    if (QValueAxis* y = valueAxis()) {
        cursorLine_ = new QLineSeries;
        cursorLine_->setObjectName(QStringLiteral("cursor"));
        cursorLine_->setName(tr("Cursor"));
        QPen pen(cursorColor(theme_));
        pen.setWidthF(DiagramStyle::normal().forTheme(theme_).cursorWidth);
        pen.setStyle(Qt::DashLine);
        cursorLine_->setPen(pen);
        fresh->addSeries(cursorLine_);
        cursorLine_->attachAxis(timeAxis_);
        cursorLine_->attachAxis(y);
        unlisted_.push_back(cursorLine_);
    }
    buildLegend();
    updateCursor();
}

void TraceChartView::updateCursor() {
    if (!cursorLine_) return;
    auto* y = valueAxis();
    if (!y || session_->step() == 0) {
        cursorLine_->clear();
        return;
    }
    const double x = unit_.value(session_->timeAtStep(session_->step()));
    cursorLine_->replace(QList<QPointF>{{x, y->min()}, {x, y->max()}});
}

double TraceChartView::cursorX() const {
    if (!cursorLine_ || cursorLine_->count() == 0) return std::numeric_limits<double>::quiet_NaN();
    return cursorLine_->at(0).x();
}

void TraceChartView::addSeries(QXYSeries* series, QValueAxis* y, std::vector<uint32_t> events, TipFn tip, bool inLegend) {
    chart()->addSeries(series);
    series->attachAxis(timeAxis_);
    series->attachAxis(y);
    if (!inLegend) unlisted_.push_back(series);
    if (events.empty() && !tip) return;
    points_.push_back({series, std::move(events), std::move(tip)});
    connect(series, &QXYSeries::hovered, this,
            [this, series](const QPointF& p, bool state) { onHovered(series, p, state); });
    connect(series, &QXYSeries::clicked, this, [this, series](const QPointF& p) {
        const int i = nearestPoint(series, p);
        if (i >= 0) activatePoint(series, i);
    });
}

PointMarksItem* TraceChartView::addMarks(QScatterSeries* look, QValueAxis* y, std::vector<QPointF> values,
                                         std::vector<uint32_t> events, TipFn tip, bool inLegend) {
    // The series joins the chart first: its theme sets the pen and brush the item copies.
    chart()->addSeries(look);
    look->attachAxis(timeAxis_);
    look->attachAxis(y);
    if (!inLegend) unlisted_.push_back(look);
    auto* item = new PointMarksItem(chart(), look, std::move(values), std::move(events), std::move(tip));
    marks_.push_back(item);
    return item;
}

void TraceChartView::addArea(QAreaSeries* area, QValueAxis* y, uint32_t event, const QString& tip, bool inLegend) {
    chart()->addSeries(area);
    area->attachAxis(timeAxis_);
    area->attachAxis(y);
    if (!inLegend) unlisted_.push_back(area);
    points_.push_back({area, {event}, [tip](size_t) { return tip; }});
    connect(area, &QAreaSeries::hovered, this, [this, area](const QPointF&, bool state) {
        if (!state)
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), tipOfArea(area), this);
    });
    connect(area, &QAreaSeries::clicked, this, [this, area](const QPointF&) { activateArea(area); });
}

uint32_t TraceChartView::eventOfArea(const QAreaSeries* area) const {
    const PointInfo* info = infoOf(area);
    return info && !info->events.empty() ? info->events.front() : kNoEvent;
}

QString TraceChartView::tipOfArea(const QAreaSeries* area) const {
    const PointInfo* info = infoOf(area);
    return info && info->tip ? info->tip(0) : QString();
}

bool TraceChartView::activateArea(const QAreaSeries* area) { return activateEvent(eventOfArea(area)); }

bool TraceChartView::activateEvent(uint32_t event) {
    const size_t step = event == kNoEvent ? 0 : session_->stepOfEvent(event);
    if (step == 0) return false;
    session_->setStep(step);
    return true;
}

const TraceChartView::PointInfo* TraceChartView::infoOf(const QAbstractSeries* series) const {
    for (const PointInfo& p : points_)
        if (p.series == series) return &p;
    return nullptr;
}

PointMarksItem* TraceChartView::marksOf(const QAbstractSeries* series) const {
    for (PointMarksItem* item : marks_)
        if (item->series() == series) return item;
    return nullptr;
}

PointMarksItem* TraceChartView::marksNamed(const QString& name) const {
    for (PointMarksItem* item : marks_)
        if (item->series()->objectName() == name) return item;
    return nullptr;
}

uint32_t TraceChartView::eventOfPoint(const QXYSeries* series, int index) const {
    if (const PointMarksItem* marks = marksOf(series))
        return index >= 0 && static_cast<size_t>(index) < marks->count() ? marks->eventOf(static_cast<size_t>(index))
                                                                         : kNoEvent;
    const PointInfo* info = infoOf(series);
    if (!info || index < 0 || static_cast<size_t>(index) >= info->events.size()) return kNoEvent;
    return info->events[static_cast<size_t>(index)];
}

QString TraceChartView::tipOfPoint(const QXYSeries* series, int index) const {
    if (const PointMarksItem* marks = marksOf(series))
        return index >= 0 && static_cast<size_t>(index) < marks->count() ? marks->tip(static_cast<size_t>(index))
                                                                         : QString();
    const PointInfo* info = infoOf(series);
    if (!info || !info->tip || index < 0 || index >= series->count()) return {};
    return info->tip(static_cast<size_t>(index));
}

bool TraceChartView::activatePoint(const QXYSeries* series, int index) {
    return activateEvent(eventOfPoint(series, index));
}

QXYSeries* TraceChartView::seriesNamed(const QString& name) const {
    for (QAbstractSeries* s : chart()->series())
        if (s->objectName() == name) return qobject_cast<QXYSeries*>(s);
    return nullptr;
}

int TraceChartView::nearestPoint(const QXYSeries* series, const QPointF& value) const {
    // Compare in pixels: the axes have very different scales.
    const QTransform map = valueToPosition(chart(), series);
    const QPointF at = map.map(value);
    int best = -1;
    double bestDist = 1e18;
    const QList<QPointF> points = series->points();
    for (int i = 0; i < points.size(); ++i) {
        const QPointF p = map.map(points[i]);
        const double d = std::hypot(p.x() - at.x(), p.y() - at.y());
        if (d < bestDist) {
            bestDist = d;
            best = i;
        }
    }
    return best;
}

void TraceChartView::onHovered(QXYSeries* series, const QPointF& point, bool state) {
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QString tip = tipOfPoint(series, nearestPoint(series, point));
    if (!tip.isEmpty()) QToolTip::showText(QCursor::pos(), tip, this);
}

TraceChartView::Mark TraceChartView::markAt(const QPoint& viewportPos) const {
    Mark best;
    qreal bestDist = 0;
    const QPointF at = chart()->mapFromScene(mapToScene(viewportPos));
    for (PointMarksItem* item : marks_) {
        qreal dist = 0;
        const int i = item->markAt(at, &dist);
        if (i >= 0 && (!best.item || dist <= bestDist)) { // (a later item is drawn on top)
            best = {item, i};
            bestDist = dist;
        }
    }
    return best;
}

void TraceChartView::mouseMoveEvent(QMouseEvent* event) {
    QChartView::mouseMoveEvent(event);
    const Mark mark = markAt(event->position().toPoint());
    if (mark == tipShown_) return;
    tipShown_ = mark;
    if (mark.item)
        QToolTip::showText(event->globalPosition().toPoint(), mark.item->tip(static_cast<size_t>(mark.index)), this);
    else
        QToolTip::hideText();
}

void TraceChartView::mousePressEvent(QMouseEvent* event) {
    pressed_ = event->button() == Qt::LeftButton ? markAt(event->position().toPoint()) : Mark{};
    if (pressed_.item)
        event->accept();
    else
        QChartView::mousePressEvent(event);
}

// A click on a mark (pressed and released on it) moves the session to its event's step, as a
// click on a point of a series does.
void TraceChartView::mouseReleaseEvent(QMouseEvent* event) {
    const Mark pressed = std::exchange(pressed_, Mark{});
    if (!pressed.item) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    if (markAt(event->position().toPoint()) == pressed)
        activateEvent(pressed.item->eventOf(static_cast<size_t>(pressed.index)));
}

void TraceChartView::leaveEvent(QEvent* event) {
    if (tipShown_.item) QToolTip::hideText();
    tipShown_ = {};
    QChartView::leaveEvent(event);
}

QString TraceChartView::exportImage(const QString& path) { return saveImage(this, path); }

void TraceChartView::exportWithDialog(bool svg) { exportImageWithDialog(this, svg); }

void TraceChartView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Export as PNG…"), this, [this] { exportWithDialog(false); });
    menu.addAction(tr("Export as SVG…"), this, [this] { exportWithDialog(true); });
    menu.exec(event->globalPos());
}

void TraceChartView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) rebuild();
    QChartView::changeEvent(event);
}

} // namespace hl::ui
