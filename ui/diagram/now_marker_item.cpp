#include "ui/diagram/now_marker_item.h"

#include "ui/diagram/time_axis.h"

#include <QFontMetricsF>
#include <QPainter>

namespace hl::ui {

NowMarkerItem::NowMarkerItem(qreal x0, qreal x1, qreal labelRight, const DiagramTheme& theme)
    : x0_(x0), x1_(x1), labelRight_(labelRight) {
    font_ = theme.style.font(theme.style.rulerPx, true);
    color_ = cursorColor(theme.kind);
    // High contrast: the line at full strength; otherwise a little faded, so it does not hide arrows.
    lineColor_ = color_;
    if (theme.kind != Theme::HighContrast) lineColor_.setAlphaF(0.7);
    lineWidth_ = theme.style.cursorWidth;
    text_ = backgroundColor(theme.kind);
    const qreal h = QFontMetricsF(font_).height() + 4;
    rect_ = QRectF(0, -h / 2 - 1, x1_ + 2, h + 2);
    label_ = TimeAxis::formatTime(now_);
    setZValue(30);
    setAcceptedMouseButtons(Qt::NoButton);
}

void NowMarkerItem::setTime(SimTime now, qreal y) {
    setY(y);
    if (now == now_) return;
    now_ = now;
    label_ = TimeAxis::formatTime(now);
    update();
}

void NowMarkerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(lineColor_, lineWidth_, Qt::DashLine));
    painter->drawLine(QPointF(x0_, 0), QPointF(x1_, 0));
    painter->setFont(font_);
    const QFontMetricsF fm(font_);
    const qreal w = fm.horizontalAdvance(label_) + 10;
    const QRectF box(labelRight_ - w, rect_.top() + 1, w, rect_.height() - 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color_);
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(text_);
    painter->drawText(box, Qt::AlignCenter, label_);
}

} // namespace hl::ui
