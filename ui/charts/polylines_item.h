#pragma once
// Lines through values (the ACK step line, the RTO chart's runs) as ONE item in the chart, in the
// pen of an empty line series (`look`: its legend entry and value space), drawn segment by
// segment as Qt's line series draws a solid line. A line series builds a path and its stroked
// outline through every point on each rebuild and draws every segment on each paint; here a
// point that lands on the pixel of the point drawn before it is skipped, so a long lesson's
// 100,000 points cost a few hundred segments.
#include "ui/charts/plot_item.h"

#include <QPen>

#include <vector>

class QChart;
class QXYSeries;

namespace hl::ui {

class PolylinesItem : public PlotItem {
public:
    PolylinesItem(QChart* chart, QXYSeries* look, std::vector<std::vector<QPointF>> lines);

    const std::vector<std::vector<QPointF>>& lines() const { return lines_; }
    // Segments drawn by the last paint() (tests).
    size_t paintedLastTime() const { return painted_; }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::vector<std::vector<QPointF>> lines_;
    QPen pen_;
    size_t painted_ = 0;
};

} // namespace hl::ui
