#include "ui/charts/polylines_item.h"

#include "ui/charts/point_marks_item.h"

#include <QAbstractAxis>
#include <QChart>
#include <QPainter>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace hl::ui {

namespace {
// Where Qt Charts stacks its series (ChartPresenter::LineChartZValue).
constexpr qreal kLinesZ = 4;
} // namespace

PolylinesItem::PolylinesItem(QChart* chart, QXYSeries* look, std::vector<std::vector<QPointF>> lines)
    : QGraphicsObject(chart), chart_(chart), look_(look), lines_(std::move(lines)), pen_(look->pen()) {
    setZValue(kLinesZ);
    setAcceptedMouseButtons(Qt::NoButton);
    rect_ = chart->plotArea();
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        prepareGeometryChange();
        rect_ = area;
    });
    for (QAbstractAxis* axis : look->attachedAxes())
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            connect(value, &QValueAxis::rangeChanged, this, [this] { update(); });
}

QRectF PolylinesItem::boundingRect() const { return rect_; }

void PolylinesItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painted_ = 0;
    painter->save();
    painter->setClipRect(rect_); // as Qt's line item clips to the plot area
    painter->setPen(pen_);
    const QTransform map = valueToPosition(chart_, look_);
    auto pixel = [](const QPointF& p) {
        return QPoint(static_cast<int>(std::lround(p.x())), static_cast<int>(std::lround(p.y())));
    };
    for (const std::vector<QPointF>& line : lines_) {
        if (line.size() < 2) continue;
        QPointF from = map.map(line.front());
        for (size_t i = 1; i < line.size(); ++i) {
            const QPointF to = map.map(line[i]);
            // (The last point is always drawn to: the line ends where it ends.)
            if (i + 1 < line.size() && pixel(to) == pixel(from)) continue;
            painter->drawLine(from, to);
            ++painted_;
            from = to;
        }
    }
    painter->restore();
}

} // namespace hl::ui
