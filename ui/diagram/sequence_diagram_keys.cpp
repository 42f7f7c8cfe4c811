// SequenceDiagramView: the keyboard and the screen reader (issue 21). The accessible items are
// mirrored from the trace (diagram_accessible.h); the keyboard moves over the segment copies in
// the order they were sent.
#include "ui/diagram/sequence_diagram_view.h"

#include "ui/diagram/diagram_palette.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/state_band_item.h"
#include "ui/diagram/timer_bracket_item.h"

#include <QAccessibleEvent>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace hl::ui {

QAccessibleInterface* SequenceDiagramView::accessChild(int index) const {
    return access_.child(const_cast<SequenceDiagramView*>(this), index);
}

int SequenceDiagramView::accessFocus() const {
    if (focusCopy_ < 0) return -1;
    const auto& items = accessItems();
    for (size_t i = 0; i < items.size(); ++i)
        if (items[i].kind == DiagramAccessItem::Kind::Segment && items[i].index == static_cast<size_t>(focusCopy_))
            return static_cast<int>(i);
    return -1;
}

QRectF SequenceDiagramView::accessItemSceneRect(int index) const {
    const auto& items = accessItems();
    if (index < 0 || static_cast<size_t>(index) >= items.size()) return {};
    const DiagramAccessItem& item = items[static_cast<size_t>(index)];
    // The view's item vectors are parallel to the model's (rebuild() keeps them so).
    switch (item.kind) {
    case DiagramAccessItem::Kind::Segment:
        // From the layout: the arrow may not be made yet (a long run makes what it shows).
        return item.index < segments_.size()
                   ? SegmentItem::boundsOf(layout_.start[item.index], layout_.end[item.index], theme_)
                   : QRectF();
    case DiagramAccessItem::Kind::Band:
        return item.index < bands_.size() ? bands_[item.index]->sceneBoundingRect() : QRectF();
    case DiagramAccessItem::Kind::Timer:
        return item.index < timers_.size() ? timers_[item.index]->sceneBoundingRect() : QRectF();
    }
    return {};
}

void SequenceDiagramView::activateAccessItem(int index) {
    const auto& items = accessItems();
    if (index < 0 || static_cast<size_t>(index) >= items.size()) return;
    const DiagramAccessItem& item = items[static_cast<size_t>(index)];
    switch (item.kind) {
    case DiagramAccessItem::Kind::Segment: {
        const uint64_t id = model_.copies[item.index].segId;
        focusCopy_ = static_cast<int>(item.index);
        emit segmentActivated(id);
        emit segmentOpened(id);
        break;
    }
    case DiagramAccessItem::Kind::Band:
        if (model_.bands[item.index].event != kNoEvent) emit eventActivated(model_.bands[item.index].event);
        break;
    case DiagramAccessItem::Kind::Timer:
        if (model_.timers[item.index].setEvent != kNoEvent) emit eventActivated(model_.timers[item.index].setEvent);
        break;
    }
}

void SequenceDiagramView::moveSegmentFocus(int direction) {
    const auto& copies = model_.copies;
    if (copies.empty()) return;
    // The copies in the order they were sent (the model keeps them in order of arrival).
    std::vector<int> order(copies.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&copies](int a, int b) {
        const DiagramCopy& x = copies[size_t(a)];
        const DiagramCopy& y = copies[size_t(b)];
        return x.sentAt != y.sentAt ? x.sentAt < y.sentAt : x.sendSlot < y.sendSlot;
    });
    int next = 0;
    const auto at = std::find(order.begin(), order.end(), focusCopy_);
    if (at != order.end()) {
        next = std::clamp(static_cast<int>(at - order.begin()) + direction, 0, static_cast<int>(order.size()) - 1);
    } else {
        // Nothing chosen yet: start from the newest copy sent by the cursor (the step just heard).
        next = 0;
        for (size_t k = 0; k < order.size(); ++k)
            if (copies[size_t(order[k])].sendEvent < cursor_) next = static_cast<int>(k);
    }
    focusCopy_ = order[size_t(next)];
    emit segmentActivated(copies[size_t(focusCopy_)].segId); // the session selects it; setSelectedSegment keeps focusCopy_
    if (static_cast<size_t>(focusCopy_) < segments_.size()) ensureVisible(materialize(size_t(focusCopy_)), 40, 40);
    viewport()->update();
    notifyAccessFocus();
}

void SequenceDiagramView::notifyAccessFocus() {
    if (!QAccessible::isActive() || !hasFocus()) return;
    const int i = accessFocus();
    if (i < 0) return;
    if (QAccessibleInterface* child = accessChild(i)) {
        QAccessibleEvent focus(child, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

void SequenceDiagramView::accessReplaced() {
    if (!QAccessible::isActive()) return;
    // The old items are gone: a screen reader reads the list again.
    QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&reorder);
}

void SequenceDiagramView::keyPressEvent(QKeyEvent* event) {
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        switch (event->key()) {
        case Qt::Key_Down: moveSegmentFocus(+1); return;
        case Qt::Key_Up: moveSegmentFocus(-1); return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (focusCopy_ >= 0) {
                activateAccessItem(accessFocus());
                return;
            }
            break;
        default: break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void SequenceDiagramView::focusInEvent(QFocusEvent* event) {
    QGraphicsView::focusInEvent(event);
    viewport()->update(); // the focus frame
    notifyAccessFocus();
}

void SequenceDiagramView::focusOutEvent(QFocusEvent* event) {
    QGraphicsView::focusOutEvent(event);
    viewport()->update();
}

// Keyboard focus shows as a frame inside the view's edge, in the cursor's colour.
void SequenceDiagramView::drawFocusFrame(QPainter* painter) const {
    painter->save();
    painter->resetTransform();
    painter->setPen(QPen(cursorColor(theme_.kind), theme_.style.focusWidth));
    painter->setBrush(Qt::NoBrush);
    const qreal in = theme_.style.focusWidth / 2;
    painter->drawRect(QRectF(viewport()->rect()).adjusted(in, in, -in, -in));
    painter->restore();
}

} // namespace hl::ui
