#include "ui/charts/state_timeline_view.h"

#include "ui/diagram/diagram_palette.h"
#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>

#include <set>

namespace hl::ui {

namespace {
constexpr double kHalfBand = 0.32;
} // namespace

StateTimelineView::StateTimelineView(SessionController* session, QWidget* parent) : TraceChartView(session, parent) {
    setObjectName(QStringLiteral("stateTimeline"));
}

QString StateTimelineView::chartTitle() const { return tr("Connection states over time"); }

QValueAxis* StateTimelineView::valueAxis() const { return laneAxis_; }

void StateTimelineView::buildSeries(const Trace& trace) {
    spans_ = buildStateSpans(trace, *session()->diagramModel());
    bands_.clear();
    labels_.clear(); // the items belonged to the previous chart, which deletes them
    const TimeUnit& u = timeUnit();

    laneAxis_ = new QCategoryAxis;
    laneAxis_->setRange(0, 2);
    laneAxis_->append(Texts::hostName(HostId::Server), 1);
    laneAxis_->append(Texts::hostName(HostId::Client), 2);
    laneAxis_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    laneAxis_->setGridLineVisible(false);
    chart()->addAxis(laneAxis_, Qt::AlignLeft);

    std::set<TcpState> inLegend;
    for (const StateSpan& s : spans_) {
        const double y = laneY(s.host);
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->append(u.value(s.from), y + kHalfBand);
        upper->append(u.value(s.to), y + kHalfBand);
        lower->append(u.value(s.from), y - kHalfBand);
        lower->append(u.value(s.to), y - kHalfBand);
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setObjectName(QStringLiteral("band"));
        area->setName(Texts::stateName(s.state));
        const QColor fill = stateColor(s.state, theme());
        area->setBrush(fill);
        area->setPen(QPen(fill.darker(150), 1));
        const QString tip = tr("%1: %2\n%3 – %4\n%5")
                                .arg(Texts::hostName(s.host), Texts::stateName(s.state), Texts::timeLabel(s.from),
                                     Texts::timeLabel(s.to), Texts::stateMeaning(s.state));
        addArea(area, laneAxis_, s.event, tip, inLegend.insert(s.state).second);
        bands_.push_back(area);

        auto* label = new QGraphicsSimpleTextItem(Texts::stateName(s.state), chart());
        label->setBrush(stateTextColor(s.state, theme()));
        label->setZValue(20);
        labels_.push_back(label);
    }
    // The legend would repeat the labels; the names are on the bands.
    listLegend(false);
    connect(chart(), &QChart::plotAreaChanged, this, &StateTimelineView::layoutLabels);
    layoutLabels();
}

void StateTimelineView::layoutLabels() {
    const TimeUnit& u = timeUnit();
    for (size_t i = 0; i < spans_.size() && i < labels_.size() && i < bands_.size(); ++i) {
        const StateSpan& s = spans_[i];
        const double y = laneY(s.host);
        const QPointF left = chart()->mapToPosition(QPointF(u.value(s.from), y), bands_[i]);
        const QPointF right = chart()->mapToPosition(QPointF(u.value(s.to), y), bands_[i]);
        QGraphicsSimpleTextItem* label = labels_[i];
        const QRectF text = label->boundingRect();
        const bool fits = right.x() - left.x() > text.width() + 6;
        label->setVisible(fits);
        label->setPos((left.x() + right.x() - text.width()) / 2, left.y() - text.height() / 2);
    }
}

} // namespace hl::ui
