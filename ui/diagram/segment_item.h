#pragma once
// One copy of a segment in the sequence diagram: an arrow from the sender's lifeline at its send
// time to the receiver's at its arrival (or to the point of loss, with a ✕). Its label is a
// separate item (SegmentLabelItem) so that every label is drawn above every line. Like Qt's
// diagramscene Arrow, shape() covers the line with a generous stroke and the arrowhead, so the
// arrow is easy to click.
#include "core/diagram_model.h"
#include "core/segment.h"
#include "ui/diagram/diagram_palette.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPen>
#include <QStringList>
#include <functional>

namespace hl::ui {

class SegmentLabelItem;

class SegmentItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::SegmentItem)
public:
    enum { Type = UserType + 1 };
    enum class Progress : uint8_t { Future, InFlight, Done };

    // start/end in scene coordinates; end is the arrow tip, or the point of loss.
    SegmentItem(const DiagramCopy& copy, const Segment& seg, QPointF start, QPointF end, const DiagramTheme& theme);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    // The bounding rectangle of an arrow from start to end in this theme, item or not.
    static QRectF boundsOf(QPointF start, QPointF end, const DiagramTheme& theme);
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const DiagramCopy& copy() const { return copy_; }
    uint64_t segId() const { return copy_.segId; }
    // Placed (and placed again) by the view's layout.
    void setEnds(QPointF start, QPointF end);
    QPointF startPoint() const { return start_; }
    QPointF endPoint() const { return end_; }
    QString labelText() const { return labelText_; }
    // The tooltip: the segment's fields with what they mean (glossary lines). Built on the first
    // hover (prepareToolTip), not with the item: a scene of thousands of arrows is rebuilt on every
    // replay, and these texts were most of that time.
    QString toolTipText() const;
    void prepareToolTip();
    QStringList tags() const { return tags_; }
    Qt::PenStyle lineStyle() const { return pen_.style(); }
    QColor lineColor() const { return pen_.color(); }
    qreal lineWidth() const { return pen_.widthF(); }
    SegmentLabelItem* label() const { return label_; }
    // The label, already placed: it takes the arrow's state at once.
    void setLabel(SegmentLabelItem* label) {
        label_ = label;
        applyLabelState();
    }

    // Cursor state: fraction is how far along the line the copy has got (0..1, for InFlight).
    void setProgress(Progress p, double fraction, bool current);
    Progress progress() const { return progress_; }
    // Where the copy is now (the in-flight dot, drawn by the view above every label).
    QPointF headPoint() const { return start_ + (end_ - start_) * fraction_; }
    bool isCurrent() const { return current_; }
    void setChosen(bool chosen); // the selected segment (setSelectedSegment)
    bool isChosen() const { return chosen_; }

    // Called on a click on the arrow or its label.
    std::function<void(uint64_t)> onActivated;
    void activate();

    // "SYN,ACK seq=300 ack=101 len=10" (Texts::segmentLabel; protocol notation, never translated).
    static QString labelFor(const Segment& seg);
    // The written marks that pair with the line style: injected, retransmission, copy, lost.
    static QStringList tagsFor(const DiagramCopy& copy);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QPolygonF arrowHead() const;
    void applyLabelState();

    DiagramCopy copy_;
    Segment seg_;
    QPointF start_, end_;
    QPen pen_;
    QColor lossColor_, haloColor_;
    qreal headLen_, lossMark_;
    QString labelText_;
    QStringList tags_;
    SegmentLabelItem* label_ = nullptr;
    Progress progress_ = Progress::Done;
    double fraction_ = 1.0;
    bool current_ = false;
    bool chosen_ = false;
    bool hovered_ = false;
};

// The label of a SegmentItem: the segment in protocol notation and its tags on a small plate in the
// background colour, so that it stays readable where lines cross.
class SegmentLabelItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    SegmentLabelItem(SegmentItem* owner, const DiagramTheme& theme);
    // The plate a label of this text and these tags gets (the layout asks before any item exists).
    static QSizeF plateSize(const DiagramTheme& theme, const QString& label, const QStringList& tags);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return rect_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    SegmentItem* owner() const { return owner_; }
    QSizeF size() const { return rect_.size(); }
    void setEmphasis(bool on);
    // Where the label rests (placed clear of other labels); while its segment is in flight the
    // view carries it beside the moving dot instead.
    void setRestPos(QPointF p) {
        rest_ = p;
        setPos(p);
    }
    QPointF restPos() const { return rest_; }
    // No free place was found: the label only shows while its segment is in flight, hovered or
    // selected (the tooltip always has it).
    void setCrowded(bool crowded) { crowded_ = crowded; }
    bool isCrowded() const { return crowded_; }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override; // shows the owner's tooltip

private:
    SegmentItem* owner_;
    QFont font_, tagFont_;
    QColor text_, tagText_, plate_, border_;
    QRectF rect_; // centred on the item's position
    QPointF rest_;
    bool crowded_ = false;
    qreal lineH_, tagH_;
    bool emphasis_ = false;
};

} // namespace hl::ui
