#pragma once
// One series of point marks (circles, triangles, stars, diamonds, as a QScatterSeries draws them)
// as ONE item in the chart. Qt 6.4's scatter series makes a QGraphicsItem per point
// (ScatterChartItem::createPoints): 50,000 items for a 100,000-segment lesson on every rebuild.
// This item keeps the values, paints every mark in one pass (marks that would land on the same
// pixel as an earlier one of the series are drawn once), finds the mark under the mouse, and
// builds a mark's tooltip only when it is asked for.
//
// Its look comes from an empty QScatterSeries in the chart (`look`): marker shape, size, pen and
// brush as the chart's theme left them, and that series is also the legend entry and gives the
// value-to-position mapping of its axes.
#include "ui/charts/plot_item.h"

#include <QPainterPath>
#include <QScatterSeries>
#include <QTransform>

#include <cstdint>
#include <functional>
#include <vector>

class QChart;

namespace hl::ui {

class PointMarksItem : public PlotItem {
public:
    // The tooltip of mark i, built when shown.
    using TipFn = std::function<QString(size_t)>;

    PointMarksItem(QChart* chart, QScatterSeries* look, std::vector<QPointF> values, std::vector<uint32_t> events,
                   TipFn tip);

    QScatterSeries* series() const { return look_; }
    size_t count() const { return values_.size(); }
    // Mark i's value on the series' axes, its event (kNoEvent if none) and its tooltip.
    QPointF value(size_t i) const { return values_[i]; }
    uint32_t eventOf(size_t i) const;
    QString tip(size_t i) const;
    // The centre of mark i as drawn, in chart coordinates.
    QPointF position(size_t i) const;
    // The mark under `pos` (chart coordinates): the nearest one whose outline, with a pixel or two
    // of slack, contains it; -1 if none. `distance` gets its distance in pixels.
    int markAt(const QPointF& pos, qreal* distance = nullptr) const;
    // Number of marks painted by the last paint() (marks on an already painted pixel are not).
    size_t paintedLastTime() const { return painted_; }

    // A marker's outline in a size × size box at (0, 0), as Qt's scatter series draws it.
    static QPainterPath markerPath(QScatterSeries::MarkerShape shape, qreal size);

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void plotChanged() override { positionsValid_ = false; }

private:
    void updatePositions() const;

    QScatterSeries* look_;
    std::vector<QPointF> values_;
    std::vector<uint32_t> events_;
    TipFn tip_;
    QPainterPath marker_; // in its box, moved by offset_ from a mark's value position
    QPointF offset_;
    bool circle_ = false;
    QPen pen_;
    QBrush brush_;
    qreal radius_ = 0; // of the marker's outline around its centre, for hit tests
    // The marks' positions in the plot area, recomputed when it or an axis changes.
    mutable std::vector<QPointF> positions_;
    mutable bool positionsValid_ = false;
    size_t painted_ = 0;
};

} // namespace hl::ui
