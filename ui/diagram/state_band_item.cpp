#include "ui/diagram/state_band_item.h"

#include "ui/diagram/time_axis.h"
#include "ui/panels/glossary_tips.h"
#include "ui/texts/texts.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace hl::ui {

namespace {
constexpr qreal kRepeatEvery = 480.0; // long bands repeat their name so it stays on screen
} // namespace

StateBandItem::StateBandItem(const DiagramBand& band, const QRectF& rect, const DiagramTheme& theme)
    : band_(band), size_(rect.size()), name_(Texts::stateName(band.state)) {
    setPos(rect.topLeft());
    font_ = theme.style.font(theme.style.bandPx, true);
    fill_ = stateColor(band.state, theme.kind);
    text_ = stateTextColor(band.state, theme.kind);
    // The future part: the fill mixed with the background beforehand, so painting is an opaque
    // fill (much cheaper per pixel than blending a translucent colour every frame).
    faint_ = stateFutureColor(band.state, theme.kind);
    dimText_ = stateFutureTextColor(band.state, theme.kind);
    hatch_ = text_;
    hatch_.setAlphaF(0.45);
    name_static_.setText(name_);
    name_static_.prepare(QTransform(), font_);
    name_static_.setTextFormat(Qt::PlainText);
    lineH_ = QFontMetricsF(font_).height();
    lit_ = size_.height();
    // The state's glossary line first: hovering a band explains the state.
    setToolTip(GlossaryTips::state(band.state) + QStringLiteral("<br>") + spanText(band).toHtmlEscaped());
    setZValue(1);
    // Paints only what is exposed: a long run's ESTABLISHED band is tens of thousands of pixels
    // tall, and without this flag Qt passes the whole band as exposed (its name written hundreds of
    // times, off screen).
    setFlag(ItemUsesExtendedStyleOption);
}

QString StateBandItem::spanText(const DiagramBand& band) {
    QString span = tr("%1 from %2 to %3")
                       .arg(Texts::stateName(band.state), TimeAxis::formatTime(band.from), TimeAxis::formatTime(band.to));
    //: Tooltip addition on a state band of a capture: the capture does not show this state itself.
    if (band.inferred) span += QLatin1Char(' ') + tr("(inferred: the capture implies this state, it does not show it)");
    return span;
}

void StateBandItem::setLitUntil(qreal sceneY) {
    const qreal lit = std::clamp(sceneY - pos().y(), 0.0, size_.height());
    if (qFuzzyCompare(1.0 + lit, 1.0 + lit_)) return;
    lit_ = lit;
    update();
}

void StateBandItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    // Axis-aligned rectangles need no antialiasing; without it they are plain fills.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QRectF all(QPointF(0, 0), size_);
    const QRectF shown = option->exposedRect.isEmpty() ? all : option->exposedRect & all;
    painter->fillRect(shown, faint_);
    if (lit_ > 0) painter->fillRect(QRectF(0, 0, size_.width(), lit_) & shown, fill_);
    // An inferred state is hatched: the capture implies it, it does not show it.
    if (band_.inferred) painter->fillRect(shown, QBrush(hatch_, Qt::BDiagPattern));
    if (size_.height() < lineH_) return; // too short to write in; the tooltip names it
    painter->setFont(font_);
    const qreal x = (size_.width() - name_static_.size().width()) / 2;
    // The names at 2, 2 + kRepeatEvery, ...: from the last one that may reach into the exposed part.
    const qreal firstRepeat = std::max(0.0, std::floor((shown.top() - lineH_ - 2) / kRepeatEvery));
    for (qreal y = 2 + firstRepeat * kRepeatEvery; y + lineH_ <= size_.height() && y <= shown.bottom(); y += kRepeatEvery) {
        painter->setPen(y + lineH_ / 2 > lit_ ? dimText_ : text_);
        painter->drawStaticText(QPointF(x, y), name_static_);
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
