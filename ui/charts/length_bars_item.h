#pragma once
// The sequence-number graph's length bars (one short vertical line per segment, seq .. seq +
// SEG.LEN) as one item in the chart, placed through the chart's own value-to-position mapping.
// One QLineSeries per bar made a long lesson's chart cost QtCharts O(n^2) work in its legend on
// every rebuild (hundreds of ms for 1,000 segments); this item draws them all in one pass.
#include "ui/charts/plot_item.h"
#include <QColor>

#include <vector>

class QAbstractSeries;
class QChart;

namespace hl::ui {

class LengthBarsItem : public PlotItem {
public:
    struct Bar {
        double x;      // in the time axis's unit
        double y0, y1; // relative sequence numbers
        QColor color;
    };
    // Drawn on `chart`, in the value space of `reference` (a series attached to both axes).
    LengthBarsItem(QChart* chart, QAbstractSeries* reference, std::vector<Bar> bars, qreal width);

    const std::vector<Bar>& bars() const { return bars_; }
    // Where bar i is drawn, in chart coordinates (tests).
    QLineF barLine(size_t i) const;

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QLineF barLine(size_t i, const QTransform& map) const;

    std::vector<Bar> bars_;
    qreal width_;
};

} // namespace hl::ui
