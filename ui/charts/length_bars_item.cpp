#include "ui/charts/length_bars_item.h"

#include "ui/charts/point_marks_item.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QPainter>
#include <QValueAxis>

namespace hl::ui {

namespace {
// Above the grid and the axes, under the series' markers (QtCharts draws its series at z 4).
constexpr qreal kBarsZ = 3.5;
} // namespace

LengthBarsItem::LengthBarsItem(QChart* chart, QAbstractSeries* reference, std::vector<Bar> bars, qreal width)
    : QGraphicsObject(chart), chart_(chart), reference_(reference), bars_(std::move(bars)), width_(width) {
    setZValue(kBarsZ);
    rect_ = chart->plotArea();
    // The bars follow the plot area (a resize) and the axes' ranges.
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        prepareGeometryChange();
        rect_ = area;
    });
    for (QAbstractAxis* axis : reference->attachedAxes())
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            connect(value, &QValueAxis::rangeChanged, this, [this] { update(); });
}

QLineF LengthBarsItem::barLine(size_t i) const { return barLine(i, valueToPosition(chart_, reference_)); }

QLineF LengthBarsItem::barLine(size_t i, const QTransform& map) const {
    const Bar& b = bars_[i];
    return QLineF(map.map(QPointF(b.x, b.y0)), map.map(QPointF(b.x, b.y1)));
}

QRectF LengthBarsItem::boundingRect() const { return rect_; }

void LengthBarsItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->save();
    painter->setClipRect(rect_);
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QTransform map = valueToPosition(chart_, reference_);
    for (size_t i = 0; i < bars_.size(); ++i) {
        if (i == 0 || bars_[i].color != bars_[i - 1].color)
            painter->setPen(QPen(bars_[i].color, width_, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(barLine(i, map));
    }
    painter->restore();
}

} // namespace hl::ui
