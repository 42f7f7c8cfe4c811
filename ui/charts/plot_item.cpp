#include "ui/charts/plot_item.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QValueAxis>

namespace hl::ui {

QTransform valueToPosition(QChart* chart, const QAbstractSeries* series) {
    auto* s = const_cast<QAbstractSeries*>(series); // (mapToPosition takes a non-const series)
    const QPointF origin = chart->mapToPosition(QPointF(0, 0), s);
    const QPointF dx = chart->mapToPosition(QPointF(1, 0), s) - origin;
    const QPointF dy = chart->mapToPosition(QPointF(0, 1), s) - origin;
    return QTransform(dx.x(), dx.y(), dy.x(), dy.y(), origin.x(), origin.y());
}

PlotItem::PlotItem(QChart* chart, const QAbstractSeries* reference, qreal z)
    : QGraphicsObject(chart), rect_(chart->plotArea()), chart_(chart), reference_(reference) {
    setZValue(z);
    connect(chart, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        prepareGeometryChange();
        rect_ = area;
        plotChanged();
    });
    for (QAbstractAxis* axis : const_cast<QAbstractSeries*>(reference)->attachedAxes())
        if (auto* value = qobject_cast<QValueAxis*>(axis))
            connect(value, &QValueAxis::rangeChanged, this, [this] {
                plotChanged();
                update();
            });
}

} // namespace hl::ui
