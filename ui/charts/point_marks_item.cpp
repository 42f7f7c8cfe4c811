#include "ui/charts/point_marks_item.h"

#include "core/trace.h"

#include <QChart>
#include <QGraphicsEllipseItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace hl::ui {

namespace {

// Where Qt Charts stacks its series (ChartPresenter::ScatterSeriesZValue): the marks stay above
// the series added before them and under those added after (the cursor line).
constexpr qreal kMarksZ = 4;
// Pixels of slack around a mark's outline for the mouse.
constexpr qreal kHitSlack = 2;

// The polygon of a marker shape in a size × size box, as Qt 6.4's scatter markers
// (qtcharts scatterchartitem.cpp: RotatedRectangleMarker, TriangleMarker, StarMarker,
// PentagonMarker ::polygon); empty for the circle and the rectangle.
QPolygonF markerPolygon(QScatterSeries::MarkerShape shape, qreal s) {
    QPolygonF poly;
    auto around = [&poly, s](int corners, qreal inner) {
        const qreal step = std::numbers::pi / corners;
        qreal rot = std::numbers::pi * 1.5; // the first corner points up
        const QPointF c(s / 2, s / 2);
        for (int i = 0; i < corners; ++i) {
            poly << c + QPointF(std::cos(rot), std::sin(rot)) * (s / 2);
            rot += step;
            if (inner > 0) poly << c + QPointF(std::cos(rot), std::sin(rot)) * (s / 2 * inner);
            rot += step;
        }
    };
    switch (shape) {
    case QScatterSeries::MarkerShapeRotatedRectangle:
        poly << QPointF(0, s / 2) << QPointF(s / 2, s) << QPointF(s, s / 2) << QPointF(s / 2, 0);
        break;
    case QScatterSeries::MarkerShapeTriangle: poly << QPointF(0, s) << QPointF(s, s) << QPointF(s / 2, 0); break;
    case QScatterSeries::MarkerShapeStar: around(5, 0.5); break;
    case QScatterSeries::MarkerShapePentagon: around(5, 0); break;
    case QScatterSeries::MarkerShapeCircle:
    case QScatterSeries::MarkerShapeRectangle: break;
    }
    return poly;
}

// Qt's scatter item places a marker's item at (point - its bounding rect's size / 2), the bounding
// rect including the pen: the same offset keeps every mark where it was drawn before.
QPointF markerOffset(QScatterSeries::MarkerShape shape, qreal s, const QPen& pen) {
    QRectF box;
    if (shape == QScatterSeries::MarkerShapeCircle) {
        QGraphicsEllipseItem item(0, 0, s, s);
        item.setPen(pen);
        box = item.boundingRect();
    } else if (shape == QScatterSeries::MarkerShapeRectangle) {
        QGraphicsRectItem item(0, 0, s, s);
        item.setPen(pen);
        box = item.boundingRect();
    } else {
        QGraphicsPolygonItem item(markerPolygon(shape, s));
        item.setPen(pen);
        box = item.boundingRect();
    }
    return -QPointF(box.width() / 2, box.height() / 2);
}

} // namespace

QPainterPath PointMarksItem::markerPath(QScatterSeries::MarkerShape shape, qreal size) {
    QPainterPath path;
    if (shape == QScatterSeries::MarkerShapeCircle)
        path.addEllipse(QRectF(0, 0, size, size));
    else if (shape == QScatterSeries::MarkerShapeRectangle)
        path.addRect(QRectF(0, 0, size, size));
    else
        path.addPolygon(markerPolygon(shape, size)), path.closeSubpath();
    return path;
}

PointMarksItem::PointMarksItem(QChart* chart, QScatterSeries* look, std::vector<QPointF> values,
                               std::vector<uint32_t> events, TipFn tip)
    : PlotItem(chart, look, kMarksZ), look_(look), values_(std::move(values)), events_(std::move(events)),
      tip_(std::move(tip)) {
    setAcceptedMouseButtons(Qt::NoButton); // the view finds the mark under the mouse (TraceChartView)
    const qreal size = look->markerSize();
    pen_ = look->pen();
    brush_ = look->brush();
    offset_ = markerOffset(look->markerShape(), size, pen_);
    marker_ = markerPath(look->markerShape(), size);
    circle_ = look->markerShape() == QScatterSeries::MarkerShapeCircle;
    const qreal penWidth = pen_.style() == Qt::NoPen ? 0 : pen_.widthF();
    radius_ = size / 2 + penWidth / 2 + kHitSlack;
}

uint32_t PointMarksItem::eventOf(size_t i) const { return i < events_.size() ? events_[i] : kNoEvent; }

QString PointMarksItem::tip(size_t i) const { return tip_ && i < values_.size() ? tip_(i) : QString(); }

void PointMarksItem::updatePositions() const {
    if (positionsValid_) return;
    const QTransform map = valueToPosition();
    positions_.resize(values_.size());
    for (size_t i = 0; i < values_.size(); ++i) positions_[i] = map.map(values_[i]) + offset_;
    positionsValid_ = true;
}

QPointF PointMarksItem::position(size_t i) const {
    updatePositions();
    return positions_[i] + marker_.boundingRect().center();
}

int PointMarksItem::markAt(const QPointF& pos, qreal* distance) const {
    if (!isVisible() || !rect_.contains(pos)) return -1;
    updatePositions();
    const QPointF centre = marker_.boundingRect().center();
    int best = -1;
    qreal bestDist = radius_;
    for (size_t i = 0; i < positions_.size(); ++i) {
        const QPointF d = positions_[i] + centre - pos;
        const qreal dist = std::hypot(d.x(), d.y());
        if (dist <= bestDist) { // (a later mark is drawn on top: it wins a tie)
            bestDist = dist;
            best = static_cast<int>(i);
        }
    }
    if (distance) *distance = bestDist;
    return best;
}

void PointMarksItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painted_ = 0;
    if (values_.empty() || rect_.isEmpty()) return;
    updatePositions();
    painter->save();
    painter->setClipRect(rect_); // as Qt's scatter item clips its markers to the plot area
    painter->setPen(pen_);
    painter->setBrush(brush_);
    // One flag per pixel of the plot area (and a marker's size around it): a mark whose pixel
    // already has a mark of this series would cover it exactly, so it is not drawn again. A long
    // lesson's tens of thousands of marks thus cost at most one draw per pixel.
    const QRectF box = marker_.boundingRect();
    const QRect grid = rect_.adjusted(-box.width(), -box.height(), box.width(), box.height()).toAlignedRect();
    std::vector<bool> taken(static_cast<size_t>(grid.width()) * static_cast<size_t>(grid.height()));
    for (const QPointF& p : positions_) {
        const long x = std::lround(p.x()) - grid.left(), y = std::lround(p.y()) - grid.top();
        if (x < 0 || y < 0 || x >= grid.width() || y >= grid.height()) continue;
        const size_t cell = static_cast<size_t>(y) * static_cast<size_t>(grid.width()) + static_cast<size_t>(x);
        if (taken[cell]) continue;
        taken[cell] = true;
        if (circle_) // (the raster engine's ellipse is cheaper than a path's)
            painter->drawEllipse(QRectF(p, box.size()));
        else
            painter->drawPath(marker_.translated(p));
        ++painted_;
    }
    painter->restore();
}

} // namespace hl::ui
