#pragma once
// The sequence-number graph's length bars (one short vertical line per segment, seq .. seq +
// SEG.LEN) as one item in the chart, placed through the chart's own value-to-position mapping.
// One QLineSeries per bar made a long lesson's chart cost QtCharts O(n^2) work in its legend on
// every rebuild (hundreds of ms for 1,000 segments); this item draws them all in one pass.
#include <QColor>
#include <QGraphicsObject>

#include <vector>

class QAbstractSeries;
class QChart;

namespace hl::ui {

// A QGraphicsObject so that its connections to the chart end with it: the chart deletes its
// child items before it stops emitting signals.
class LengthBarsItem : public QGraphicsObject {
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

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QLineF barLine(size_t i, const QTransform& map) const;

    QChart* chart_;
    QAbstractSeries* reference_;
    std::vector<Bar> bars_;
    qreal width_;
    // The plot area as last announced: the bounding rect may change only through
    // prepareGeometryChange(), or the scene's index keeps the item where it no longer is.
    QRectF rect_;
};

} // namespace hl::ui
