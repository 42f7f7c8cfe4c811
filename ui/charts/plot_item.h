#pragma once
// What the charts' own drawing items share (PointMarksItem, PolylinesItem, LengthBarsItem: one item
// each instead of Qt's item or path per point): they draw in the plot area, in the value space of
// a series attached to both axes, and follow the plot area (a resize) and the axes' ranges.
#include <QGraphicsObject>
#include <QTransform>

class QAbstractSeries;
class QChart;

namespace hl::ui {

// The value-to-position mapping of `series` in `chart` (chart coordinates) as one transform: the
// charts' axes are linear, so three QChart::mapToPosition calls give it for every point instead
// of one call per point.
QTransform valueToPosition(QChart* chart, const QAbstractSeries* series);

// A QGraphicsObject so that its connections to the chart end with it: the chart deletes its child
// items before it stops emitting signals.
class PlotItem : public QGraphicsObject {
public:
    QRectF boundingRect() const override { return rect_; }

protected:
    // On `chart` at `z`, in the value space of `reference`.
    PlotItem(QChart* chart, const QAbstractSeries* reference, qreal z);
    // The plot area or an axis's range changed (rect_ is already the new area); a repaint follows.
    virtual void plotChanged() {}
    QTransform valueToPosition() const { return hl::ui::valueToPosition(chart_, reference_); }
    QChart* chart() const { return chart_; }

    // The plot area as last announced: the bounding rect may change only through
    // prepareGeometryChange(), or the scene's index keeps the item where it no longer is.
    QRectF rect_;

private:
    QChart* chart_;
    const QAbstractSeries* reference_;
};

} // namespace hl::ui
