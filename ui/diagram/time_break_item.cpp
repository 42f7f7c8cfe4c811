#include "ui/diagram/time_break_item.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace hl::ui {

TimeBreakItem::TimeBreakItem(const TimeAxis::Break& br, qreal left, qreal right, std::vector<qreal> cutXs, qreal textX,
                             const DiagramTheme& theme)
    : br_(br), rect_(left, br.y0, right - left, br.y1 - br.y0), cutXs_(std::move(cutXs)), textX_(textX) {
    //: A compressed idle stretch in the sequence diagram; %1 is its real length ("9.8 s").
    text_ = tr("… %1 …").arg(TimeAxis::formatTime(br.to - br.from));
    font_ = theme.style.font(theme.style.tagPx + 1);
    font_.setItalic(true);
    line_ = mutedTextColor(theme.kind);
    text_color_ = textColor(theme.kind);
    fill_ = mutedTextColor(theme.kind);
    fill_.setAlpha(28);
    bg_ = backgroundColor(theme.kind);
    setToolTip(tr("Nothing happens for %1 (from %2 to %3); the diagram shortens this stretch.")
                   .arg(TimeAxis::formatTime(br.to - br.from), TimeAxis::formatTime(br.from), TimeAxis::formatTime(br.to)));
    setZValue(5);
}

void TimeBreakItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->fillRect(rect_, fill_);
    // Two parallel zig-zags across each vertical line: the classic axis-break mark.
    const qreal mid = rect_.center().y();
    const qreal half = 13, amp = 4, gap = 5;
    for (const qreal x : cutXs_) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(bg_);
        painter->drawRect(QRectF(x - half, mid - gap, 2 * half, 2 * gap));
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(line_, 1.5));
        for (const qreal dy : {-gap, gap}) {
            QPainterPath zz(QPointF(x - half, mid + dy));
            for (int i = 1; i <= 4; ++i) zz.lineTo(x - half + i * half / 2, mid + dy + ((i % 2) ? -amp : amp));
            painter->drawPath(zz);
        }
    }
    painter->setFont(font_);
    const QRectF box = textRect();
    QColor plate = bg_;
    plate.setAlpha(220);
    painter->setPen(Qt::NoPen);
    painter->setBrush(plate);
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(text_color_);
    painter->drawText(box, Qt::AlignCenter, text_);
}

} // namespace hl::ui

namespace hl::ui {

QRectF TimeBreakItem::textRect() const {
    const QFontMetricsF fm(font_);
    const qreal w = fm.horizontalAdvance(text_) + 12;
    return {textX_ - w / 2, rect_.center().y() - fm.height() / 2 - 1, w, fm.height() + 2};
}

} // namespace hl::ui
