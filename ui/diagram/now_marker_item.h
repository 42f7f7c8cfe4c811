#pragma once
// The simulated "now" across the sequence diagram: a line at the cursor's time with the time
// written on the ruler. Moving it is the per-frame cost of playback, so it only changes position.
#include "core/sim_time.h"
#include "ui/diagram/diagram_palette.h"

#include <QGraphicsItem>

namespace hl::ui {

class NowMarkerItem : public QGraphicsItem {
public:
    enum { Type = UserType + 7 };
    // The line runs from x0 to x1; the time label is right-aligned at labelRight.
    NowMarkerItem(qreal x0, qreal x1, qreal labelRight, const DiagramTheme& theme);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return rect_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    void setTime(SimTime now, qreal y);
    SimTime time() const { return now_; }

private:
    qreal x0_, x1_, labelRight_;
    QRectF rect_;
    QFont font_;
    QColor color_, lineColor_, text_;
    qreal lineWidth_ = 1.5;
    SimTime now_;
    QString label_;
};

} // namespace hl::ui
