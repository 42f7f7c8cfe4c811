#include "ui/diagram/timer_bracket_item.h"

#include "ui/diagram/text_widths.h"
#include "ui/diagram/time_axis.h"
#include "ui/texts/texts.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

#include <optional>
#include <utility>

namespace hl::ui {

namespace {
QFont timerFont(const DiagramTheme& theme) {
    QFont f = theme.style.font(theme.style.tagPx);
    f.setItalic(true);
    return f;
}

// The running timer is drawn bold. Remembered: a long run has a bracket for every segment sent,
// and each asks for the widest of its kind's labels.
TextWidths& boldWidths(const DiagramTheme& theme) {
    static std::optional<std::pair<QFont, TextWidths>> cached;
    QFont f = timerFont(theme);
    f.setBold(true);
    if (!cached || cached->first != f) cached.emplace(f, TextWidths(f));
    return cached->second;
}
} // namespace

QString TimerBracketItem::timerName(TimerKind k) {
    // Protocol notation, short enough to sit beside the lifeline; the tooltip spells it out.
    switch (k) {
    case TimerKind::Retransmit: return QStringLiteral("RTO");
    case TimerKind::TimeWait: return QStringLiteral("2·MSL");
    case TimerKind::FinWait2: return QStringLiteral("FIN_WAIT_2");
    case TimerKind::DelayedAck: return QStringLiteral("ACK delay");
    }
    return {};
}

QString TimerBracketItem::countdownText(SimDuration left) {
    //: Time left on a running timer in the sequence diagram; %1 is "1.95 s".
    return tr("%1 left").arg(TimeAxis::formatTime(left));
}

QString TimerBracketItem::labelName(const DiagramTimer& timer) {
    //: A timer set again while it ran (e.g. TIME_WAIT's 2·MSL after a retransmitted FIN,
    //: RFC 9293 §3.10.7.4); %1 is the timer's notation, "2·MSL".
    return timer.restarted ? tr("%1 restarted").arg(timerName(timer.kind)) : timerName(timer.kind);
}

qreal TimerBracketItem::maxLabelWidth(const DiagramTheme& theme, TimerKind k) {
    TextWidths& widths = boldWidths(theme);
    DiagramTimer restarted;
    restarted.kind = k;
    restarted.restarted = true;
    return std::max({widths.width(timerName(k)), widths.width(labelName(restarted)),
                     widths.width(countdownText(SimTime::fromUs(888888888)))});
}

TimerBracketItem::TimerBracketItem(const DiagramTimer& timer, const Geometry& g, const DiagramTheme& theme)
    : timer_(timer), g_(g), name_(labelName(timer)), font_(timerFont(theme)) {
    color_ = timerColor(theme.kind);
    text_ = textColor(theme.kind);
    labelW_ = maxLabelWidth(theme, timer.kind);
    labelH_ = QFontMetricsF(font_).height();
    QFont bold = font_;
    bold.setBold(true);
    boldFont_ = bold;
    lit_ = g_.y1;
    setToolTip(describe(timer));
    setZValue(3);
}

// The tooltip and the accessible description (issue 21) say the same.
QString TimerBracketItem::describe(const DiagramTimer& timer) {
    QString end;
    switch (timer.end) {
    case TimerEnd::Fired: end = tr("fired at %1").arg(TimeAxis::formatTime(timer.to)); break;
    case TimerEnd::Cancelled: end = tr("cancelled at %1").arg(TimeAxis::formatTime(timer.to)); break;
    case TimerEnd::Rearmed: end = tr("restarted at %1").arg(TimeAxis::formatTime(timer.to)); break;
    case TimerEnd::Closed: end = tr("stopped at %1: the connection closed").arg(TimeAxis::formatTime(timer.to)); break;
    case TimerEnd::Open: end = tr("still running when the run ended"); break;
    }
    //: Timer tooltip: %1 timer name, %2 when it was set, %3 when it was due to expire, %4 how it ended.
    return tr("%1: set at %2, due at %3; %4")
        .arg(Texts::timerName(timer.kind), TimeAxis::formatTime(timer.from), TimeAxis::formatTime(timer.due), end);
}

QString TimerBracketItem::labelText() const {
    if (!active_) return name_;
    return name_ + QLatin1Char('\n') + countdownText(timeLeft_);
}

QRectF TimerBracketItem::boundingRect() const {
    const qreal left = std::min({g_.x - g_.tick, g_.x + g_.tick * g_.inward, g_.labelEdge - labelW_ * g_.inward});
    const qreal right = std::max({g_.x + g_.tick, g_.x + g_.tick * g_.inward, g_.labelEdge - labelW_ * g_.inward});
    const qreal top = std::min(g_.y0, g_.labelY) - 2;
    const qreal bottom = std::max(g_.y1, g_.labelY + 2 * labelH_) + g_.tick + 2;
    return QRectF(left - 2, top, right - left + 4, bottom - top);
}

void TimerBracketItem::setCursorState(qreal litY, bool active, SimDuration timeLeft) {
    const qreal lit = std::clamp(litY, g_.y0, g_.y1);
    if (qFuzzyCompare(lit + 1.0, lit_ + 1.0) && active == active_ && timeLeft == timeLeft_) return;
    lit_ = lit;
    active_ = active;
    timeLeft_ = timeLeft;
    update();
}

void TimerBracketItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor faint = color_;
    faint.setAlphaF(0.3);
    const qreal w = active_ ? 2.6 : 1.6;
    const qreal in = g_.tick * g_.inward;
    const QPen full(color_, w, Qt::SolidLine, Qt::FlatCap);
    const QPen dim(faint, w, Qt::SolidLine, Qt::FlatCap);
    // Arming tick and the vertical line (solid up to the cursor, faint after).
    const bool armed = active_ || lit_ > g_.y0; // reached, even at the very instant of arming
    painter->setPen(armed ? full : dim);
    painter->drawLine(QPointF(g_.x, g_.y0), QPointF(g_.x + in, g_.y0));
    painter->setPen(dim);
    painter->drawLine(QPointF(g_.x, g_.y0), QPointF(g_.x, g_.y1));
    if (lit_ > g_.y0) {
        painter->setPen(full);
        painter->drawLine(QPointF(g_.x, g_.y0), QPointF(g_.x, lit_));
    }
    // The end says how the timer ended: a filled dot when it fired, a bar when stopped.
    const bool endLit = lit_ >= g_.y1 && !active_;
    painter->setPen(endLit ? full : dim);
    switch (timer_.end) {
    case TimerEnd::Fired:
        painter->setBrush(endLit ? color_ : faint);
        painter->drawEllipse(QPointF(g_.x, g_.y1), g_.tick * 0.6, g_.tick * 0.6);
        break;
    case TimerEnd::Cancelled:
    case TimerEnd::Rearmed:
    case TimerEnd::Closed: painter->drawLine(QPointF(g_.x, g_.y1), QPointF(g_.x + in, g_.y1)); break;
    case TimerEnd::Open: break;
    }
    if (!g_.labelShown && !active_) return;
    // The label sits outside the columns; a dotted leader joins it to the arming tick. While the
    // timer runs, a second line counts down.
    const Qt::Alignment align = (g_.inward > 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    const qreal labelLeft = g_.inward > 0 ? g_.labelEdge - labelW_ : g_.labelEdge;
    painter->setPen(QPen(faint, 1, Qt::DotLine));
    const qreal leaderY = g_.labelY + labelH_ / 2;
    painter->drawLine(QPointF(g_.labelEdge + 2 * g_.inward, leaderY), QPointF(g_.x, g_.y0));
    QColor tc = text_;
    if (!armed) tc.setAlphaF(0.4);
    painter->setPen(tc);
    painter->setFont(active_ ? boldFont_ : font_);
    painter->drawText(QRectF(labelLeft, g_.labelY, labelW_, labelH_), align, name_);
    if (active_)
        painter->drawText(QRectF(labelLeft, g_.labelY + labelH_, labelW_, labelH_), align, countdownText(timeLeft_));
}

void TimerBracketItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (onActivated && timer_.setEvent != kNoEvent) {
        onActivated(timer_.setEvent);
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace hl::ui
