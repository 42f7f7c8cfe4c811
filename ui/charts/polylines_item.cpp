#include "ui/charts/polylines_item.h"

#include <QChart>
#include <QPainter>
#include <QXYSeries>

#include <cmath>

namespace hl::ui {

namespace {
// Where Qt Charts stacks its series (ChartPresenter::LineChartZValue).
constexpr qreal kLinesZ = 4;
} // namespace

PolylinesItem::PolylinesItem(QChart* chart, QXYSeries* look, std::vector<std::vector<QPointF>> lines)
    : PlotItem(chart, look, kLinesZ), lines_(std::move(lines)), pen_(look->pen()) {
    setAcceptedMouseButtons(Qt::NoButton);
}

void PolylinesItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painted_ = 0;
    painter->save();
    painter->setClipRect(rect_); // as Qt's line item clips to the plot area
    painter->setPen(pen_);
    const QTransform map = valueToPosition();
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
