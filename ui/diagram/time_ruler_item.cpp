#include "ui/diagram/time_ruler_item.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace hl::ui {

qreal TimeRulerItem::labelWidth(const DiagramTheme& theme, SimTime maxTime) {
    const QFontMetricsF fm(theme.style.font(theme.style.rulerPx));
    // The widest forms the ruler writes: "888.8 ms" and the run's end in seconds.
    return std::max(fm.horizontalAdvance(TimeAxis::formatTime(SimTime::fromUs(888800))),
                    fm.horizontalAdvance(TimeAxis::formatTime(maxTime + SimTime::fromUs(888888)))) +
           10;
}

TimeRulerItem::TimeRulerItem(const TimeAxis& axis, qreal axisX, const DiagramTheme& theme)
    : axisX_(axisX), top_(axis.top()), bottom_(axis.bottom()) {
    font_ = theme.style.font(theme.style.rulerPx);
    color_ = mutedTextColor(theme.kind);
    const qreal lineH = QFontMetricsF(font_).height();
    ticks_ = axis.ticks(std::max<qreal>(lineH * 2.2, 36.0));
    labels_.resize(ticks_.size()); // written when first painted: a long run has thousands of ticks
    rect_ = QRectF(0, top_ - lineH, axisX_ + 2, bottom_ - top_ + 2 * lineH);
    setZValue(2);
    // option->exposedRect is then the part being painted, not the whole ruler (thousands of ticks).
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

void TimeRulerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    painter->setPen(QPen(color_, 1));
    painter->drawLine(QPointF(axisX_, top_), QPointF(axisX_, bottom_));
    painter->setFont(font_);
    const qreal h = QFontMetricsF(font_).height();
    const QRectF exposed = option->exposedRect;
    // The ticks run down the axis: start at the first one in the exposed part.
    const auto first = std::lower_bound(ticks_.begin(), ticks_.end(), exposed.top() - h,
                                        [](const TimeAxis::Tick& t, qreal y) { return t.y < y; });
    for (auto i = static_cast<size_t>(first - ticks_.begin()); i < ticks_.size(); ++i) {
        const qreal y = ticks_[i].y;
        if (y > exposed.bottom() + h) break;
        painter->drawLine(QPointF(axisX_ - 6, y), QPointF(axisX_, y));
        if (!labels_[i]) {
            labels_[i].emplace(TimeAxis::formatTime(ticks_[i].t));
            labels_[i]->setTextFormat(Qt::PlainText);
            labels_[i]->prepare(QTransform(), font_);
        }
        const QSizeF size = labels_[i]->size();
        painter->drawStaticText(QPointF(axisX_ - 9 - size.width(), y - size.height() / 2), *labels_[i]);
    }
}

} // namespace hl::ui
