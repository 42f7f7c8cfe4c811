#include "ui/state_band_item.h"

#include "ui/texts.h"
#include "ui/time_axis.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace hl::ui {

namespace {
constexpr qreal kRepeatEvery = 480.0; // long bands repeat their name so it stays on screen
constexpr qreal kFaintAlpha = 0.28;
} // namespace

StateBandItem::StateBandItem(const DiagramBand& band, const QRectF& rect, const DiagramTheme& theme)
    : band_(band), size_(rect.size()), name_(Texts::stateName(band.state)) {
    setPos(rect.topLeft());
    font_ = theme.style.font(theme.style.bandPx, true);
    fill_ = stateColor(band.state, theme.dark);
    text_ = stateTextColor(band.state, theme.dark);
    lineH_ = QFontMetricsF(font_).height();
    lit_ = size_.height();
    setToolTip(tr("%1 from %2 to %3")
                   .arg(name_, TimeAxis::formatTime(band.from), TimeAxis::formatTime(band.to)));
    setZValue(1);
}

void StateBandItem::setLitUntil(qreal sceneY) {
    const qreal lit = std::clamp(sceneY - pos().y(), 0.0, size_.height());
    if (qFuzzyCompare(1.0 + lit, 1.0 + lit_)) return;
    lit_ = lit;
    update();
}

void StateBandItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const QRectF all(QPointF(0, 0), size_);
    QColor faint = fill_;
    faint.setAlphaF(kFaintAlpha);
    painter->fillRect(all, faint);
    if (lit_ > 0) painter->fillRect(QRectF(0, 0, size_.width(), lit_), fill_);
    if (size_.height() < lineH_) return; // too short to write in; the tooltip names it
    painter->setFont(font_);
    for (qreal y = 2; y + lineH_ <= size_.height(); y += kRepeatEvery) {
        QColor c = text_;
        if (y + lineH_ / 2 > lit_) c.setAlphaF(0.45);
        painter->setPen(c);
        painter->drawText(QRectF(0, y, size_.width(), lineH_), Qt::AlignCenter, name_);
    }
}

void StateBandItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (onActivated && band_.event != kNoEvent) {
        onActivated(band_.event);
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace hl::ui
