#pragma once
// The time ruler on the left of the sequence diagram: ticks in µs/ms/s from the time axis.
#include "ui/diagram/diagram_palette.h"
#include "ui/diagram/time_axis.h"

#include <QGraphicsItem>
#include <QStaticText>
#include <optional>
#include <vector>

namespace hl::ui {

class TimeRulerItem : public QGraphicsItem {
public:
    enum { Type = UserType + 6 };
    // axisX: the ruler's line; labels are right-aligned left of it.
    TimeRulerItem(const TimeAxis& axis, qreal axisX, const DiagramTheme& theme);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return rect_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const std::vector<TimeAxis::Tick>& ticks() const { return ticks_; }
    // Width the labels need left of the axis line.
    static qreal labelWidth(const DiagramTheme& theme, SimTime maxTime);

private:
    std::vector<TimeAxis::Tick> ticks_;
    std::vector<std::optional<QStaticText>> labels_; // parallel to ticks_, made when first painted
    qreal axisX_, top_, bottom_;
    QRectF rect_;
    QFont font_;
    QColor color_;
};

} // namespace hl::ui
