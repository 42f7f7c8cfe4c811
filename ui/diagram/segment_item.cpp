#include "ui/diagram/segment_item.h"

#include "ui/diagram/text_widths.h"
#include "ui/diagram/time_axis.h"
#include "ui/panels/glossary_tips.h"
#include "ui/texts/texts.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

#include <optional>

namespace hl::ui {

namespace {
constexpr qreal kFutureOpacity = 0.22;
} // namespace

QString SegmentItem::labelFor(const Segment& seg) { return Texts::segmentLabel(seg); }

QStringList SegmentItem::tagsFor(const DiagramCopy& copy) {
    QStringList tags;
    if (copy.injected) tags << tr("⚡ injected");
    if (copy.retransmission) tags << tr("↻ retransmission");
    if (copy.copy > 0) tags << tr("⇉ copy");
    if (copy.lost) tags << tr("✕ lost");
    //: A segment the network held back (a Delay perturbation); %1 is "500 ms".
    if (copy.delay > SimDuration{}) tags << tr("delayed +%1").arg(TimeAxis::formatTime(copy.delay));
    return tags;
}

SegmentItem::SegmentItem(const DiagramCopy& copy, const Segment& seg, QPointF start, QPointF end, const DiagramTheme& theme)
    : copy_(copy), seg_(seg), start_(start), end_(end), headLen_(theme.style.arrowHead),
      lossMark_(theme.style.lossMark), labelText_(labelFor(seg)) {
    const Theme t = theme.kind;
    QColor color = copy.injected ? injectedColor(t) : hostAccentColor(copy.from, t);
    pen_ = QPen(color, theme.style.lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    // Line style pairs with a written tag, so no distinction rests on colour alone.
    if (copy.injected) pen_.setStyle(Qt::DashDotLine);
    if (copy.delay > SimDuration{}) pen_.setStyle(Qt::DashDotDotLine); // held by the network
    if (copy.retransmission) pen_.setStyle(Qt::DashLine);
    if (copy.copy > 0) pen_.setStyle(Qt::DotLine);
    tags_ = tagsFor(copy);
    lossColor_ = lossColor(t);
    haloColor_ = cursorColor(t);
    haloColor_.setAlpha(80);
    setAcceptHoverEvents(true);
    setCursor(QCursor(Qt::PointingHandCursor));
    setZValue(10);
}

void SegmentItem::setEnds(QPointF start, QPointF end) {
    if (start == start_ && end == end_) return;
    prepareGeometryChange();
    start_ = start;
    end_ = end;
}

void SegmentItem::prepareToolTip() {
    if (toolTip().isEmpty()) setToolTip(toolTipText());
}

QString SegmentItem::toolTipText() const {
    const Segment& seg = seg_;
    const auto host = [](HostId h) { return Texts::hostName(h); };
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(labelText_.toHtmlEscaped());
    lines << tr("Segment #%1").arg(copy_.segId) +
                 (copy_.copy > 0 ? QStringLiteral(" · ") + tr("duplicate copy %1").arg(copy_.copy) : QString());
    lines << tr("Ports: %1 → %2").arg(seg.srcPort).arg(seg.dstPort);
    lines << tr("Flags: %1").arg(Texts::flagsLabel(seg.flags));
    // What each flag and number means, from the glossary: the tooltip teaches the notation.
    for (const QString& flag : GlossaryTips::flags(seg.flags)) lines << QStringLiteral("&nbsp;&nbsp;• ") + flag;
    const auto meaning = [](const QString& key) {
        return QStringLiteral(" — <i>%1</i>").arg(GlossaryTips::brief(key).toHtmlEscaped());
    };
    lines << tr("Sequence number: %1").arg(seg.seq.value()) + meaning(QStringLiteral("seq"));
    lines << (seg.flags.has(Flag::ACK)
                  ? tr("Acknowledgement number: %1").arg(seg.ack.value()) + meaning(QStringLiteral("ack"))
                  : tr("Acknowledgement number: %1").arg(tr("(ACK flag off)")));
    lines << tr("Window: %1").arg(seg.window);
    lines << tr("Payload: %1 bytes").arg(seg.len);
    lines << tr("Sent by %1 at %2").arg(host(copy_.from), TimeAxis::formatTime(copy_.sentAt));
    if (copy_.arrived)
        lines << tr("Arrived at %1 at %2").arg(host(copy_.to), TimeAxis::formatTime(copy_.endsAt));
    else if (copy_.lost)
        lines << tr("Lost at %1 (%2)").arg(TimeAxis::formatTime(copy_.endsAt), Texts::dropCause(copy_.dropCause));
    else
        lines << tr("Still in flight when the run ended");
    if (copy_.delay > SimDuration{})
        lines << tr("Delayed by the network: %1 longer than the usual one-way trip").arg(TimeAxis::formatTime(copy_.delay));
    if (copy_.retransmission) lines << tr("A retransmission of data sent before");
    if (copy_.injected) lines << tr("Crafted and injected by the lesson, not sent by an endpoint");
    return lines.join(QStringLiteral("<br>"));
}

QPolygonF SegmentItem::arrowHead() const {
    const QLineF line(end_, start_);
    if (line.length() < 1e-6) return {};
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const qreal spread = M_PI / 7;
    const QPointF a = end_ + QPointF(std::cos(angle + spread) * headLen_, -std::sin(angle + spread) * headLen_);
    const QPointF b = end_ + QPointF(std::cos(angle - spread) * headLen_, -std::sin(angle - spread) * headLen_);
    return QPolygonF({end_, a, b});
}

namespace {
QRectF arrowBounds(QPointF start, QPointF end, qreal headLen, qreal lossMark, qreal lineWidth) {
    const qreal m = std::max({headLen, lossMark + 3, lineWidth * 4}) + 4;
    return QRectF(start, end).normalized().adjusted(-m, -m, m, m);
}
} // namespace

QRectF SegmentItem::boundingRect() const { return arrowBounds(start_, end_, headLen_, lossMark_, pen_.widthF()); }

QRectF SegmentItem::boundsOf(QPointF start, QPointF end, const DiagramTheme& theme) {
    return arrowBounds(start, end, theme.style.arrowHead, theme.style.lossMark, theme.style.lineWidth);
}

QPainterPath SegmentItem::shape() const {
    QPainterPath line(start_);
    line.lineTo(end_);
    QPainterPathStroker stroker;
    stroker.setWidth(std::max<qreal>(12.0, pen_.widthF() * 6));
    stroker.setCapStyle(Qt::RoundCap);
    QPainterPath path = stroker.createStroke(line);
    if (copy_.arrived) path.addPolygon(arrowHead());
    if (copy_.lost)
        path.addRect(QRectF(end_ - QPointF(lossMark_ + 2, lossMark_ + 2), QSizeF(2 * lossMark_ + 4, 2 * lossMark_ + 4)));
    return path.simplified();
}

void SegmentItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen = pen_;
    if (current_ || hovered_ || chosen_) pen.setWidthF(pen_.widthF() * 1.8);
    if (chosen_ || hovered_) {
        QPen halo(haloColor_, pen.widthF() + 8, Qt::SolidLine, Qt::RoundCap);
        painter->setPen(halo);
        painter->drawLine(start_, end_);
    }
    const QPointF head = start_ + (end_ - start_) * fraction_;
    if (progress_ == Progress::InFlight) {
        // The part still ahead of the segment is faint; the travelled part is solid.
        QPen faint = pen;
        QColor c = faint.color();
        c.setAlphaF(0.25);
        faint.setColor(c);
        painter->setPen(faint);
        painter->drawLine(head, end_);
        painter->setPen(pen);
        painter->drawLine(start_, head);
    } else {
        painter->setPen(pen);
        painter->drawLine(start_, end_);
    }
    const bool endReached = progress_ != Progress::InFlight;
    if (copy_.arrived) {
        QColor c = pen.color();
        if (!endReached) c.setAlphaF(0.25);
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawPolygon(arrowHead());
    }
    if (copy_.lost) {
        QColor c = lossColor_;
        if (!endReached) c.setAlphaF(0.25);
        painter->setPen(QPen(c, std::max<qreal>(3.0, pen_.widthF() * 2), Qt::SolidLine, Qt::RoundCap));
        const qreal k = lossMark_;
        painter->drawLine(end_ + QPointF(-k, -k), end_ + QPointF(k, k));
        painter->drawLine(end_ + QPointF(-k, k), end_ + QPointF(k, -k));
    }
}

void SegmentItem::applyLabelState() {
    const qreal o = progress_ == Progress::Future ? kFutureOpacity : 1.0;
    setOpacity(o);
    if (label_) {
        label_->setOpacity(o);
        label_->setEmphasis(current_ || chosen_);
        // A label with no free place would cover another one: only the hovered arrow shows it.
        label_->setVisible(!label_->isCrowded() || hovered_);
        label_->setZValue(chosen_ || hovered_ || progress_ == Progress::InFlight ? 22 : 20);
    }
}

void SegmentItem::setProgress(Progress p, double fraction, bool current) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (p != Progress::InFlight) fraction = 1.0;
    if (p == progress_ && qFuzzyCompare(1.0 + fraction, 1.0 + fraction_) && current == current_) return;
    progress_ = p;
    fraction_ = fraction;
    current_ = current;
    applyLabelState();
    update();
}

void SegmentItem::setChosen(bool chosen) {
    if (chosen == chosen_) return;
    chosen_ = chosen;
    applyLabelState();
    update();
}

void SegmentItem::activate() {
    if (onActivated) onActivated(copy_.segId);
}

void SegmentItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    activate();
    event->accept();
}

void SegmentItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    prepareToolTip(); // before the scene asks for it (QGraphicsScene::helpEvent)
    hovered_ = true;
    applyLabelState();
    update();
}

void SegmentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    hovered_ = false;
    applyLabelState();
    update();
}

// --- SegmentLabelItem ---------------------------------------------------------------------------

namespace {
// The label fonts and their metrics, made once per style and application font: a QFontMetricsF
// made for each of thousands of labels loaded the font engine each time. The widths are remembered
// (TextWidths): a replay draws mostly the same labels again.
struct LabelFonts {
    QFont font, tagFont;
    TextWidths bold, tags;
};

LabelFonts& labelFonts(const DiagramStyle& st) {
    static std::optional<LabelFonts> cached;
    const QFont font = st.font(st.labelPx);
    QFont tagFont = st.font(st.tagPx);
    tagFont.setItalic(true);
    if (!cached || cached->font != font || cached->tagFont != tagFont) {
        QFont bold = font;
        bold.setBold(true);
        cached.emplace(LabelFonts{font, tagFont, TextWidths(bold), TextWidths(tagFont)});
    }
    return *cached;
}
} // namespace

QSizeF SegmentLabelItem::plateSize(const DiagramTheme& theme, const QString& label, const QStringList& tags) {
    LabelFonts& fonts = labelFonts(theme.style);
    qreal w = fonts.bold.width(label); // emphasis draws bold: size the plate for it
    const QString tagLine = tags.join(QStringLiteral("  "));
    if (!tagLine.isEmpty()) w = std::max(w, fonts.tags.width(tagLine));
    const qreal padX = 6, padY = 2;
    return {w + 2 * padX,
            fonts.bold.metrics().height() + (tags.isEmpty() ? 0.0 : fonts.tags.metrics().height()) + 2 * padY};
}

SegmentLabelItem::SegmentLabelItem(SegmentItem* owner, const DiagramTheme& theme) : owner_(owner) {
    const LabelFonts& fonts = labelFonts(theme.style);
    font_ = fonts.font;
    tagFont_ = fonts.tagFont;
    text_ = textColor(theme.kind);
    tagText_ = accentTextColor(owner->copy().lost ? lossColor(theme.kind) : owner->lineColor(), theme.kind);
    plate_ = backgroundColor(theme.kind);
    plate_.setAlpha(235);
    border_ = owner->lineColor();
    lineH_ = fonts.bold.metrics().height();
    tagH_ = owner->tags().isEmpty() ? 0.0 : fonts.tags.metrics().height();
    const QSizeF size = plateSize(theme, owner->labelText(), owner->tags());
    rect_ = QRectF(QPointF(-size.width() / 2, -size.height() / 2), size);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(QCursor(Qt::PointingHandCursor));
    setAcceptHoverEvents(true);
    setZValue(20);
    // Text shaping is the dearest part of a frame; a label changes rarely, so paint it from a pixmap.
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

void SegmentLabelItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    owner_->prepareToolTip();
    if (toolTip().isEmpty()) setToolTip(owner_->toolTip());
}

void SegmentLabelItem::setEmphasis(bool on) {
    if (on == emphasis_) return;
    emphasis_ = on;
    update();
}

void SegmentLabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor border = border_;
    if (!emphasis_) border.setAlphaF(0.55);
    painter->setPen(QPen(border, emphasis_ ? 2.0 : 1.0));
    painter->setBrush(plate_);
    painter->drawRoundedRect(rect_.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QFont f = font_;
    f.setBold(emphasis_);
    painter->setFont(f);
    painter->setPen(text_);
    const QRectF top(rect_.left(), rect_.top() + 2, rect_.width(), lineH_);
    painter->drawText(top, Qt::AlignCenter, owner_->labelText());
    if (tagH_ > 0) {
        painter->setFont(tagFont_);
        painter->setPen(tagText_);
        const QRectF bottom(rect_.left(), top.bottom(), rect_.width(), tagH_);
        painter->drawText(bottom, Qt::AlignCenter, owner_->tags().join(QStringLiteral("  ")));
    }
}

void SegmentLabelItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    owner_->activate();
    event->accept();
}

} // namespace hl::ui
