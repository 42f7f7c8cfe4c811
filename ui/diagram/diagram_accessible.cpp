#include "ui/diagram/diagram_accessible.h"

#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/diagram/state_band_item.h"
#include "ui/diagram/time_axis.h"
#include "ui/diagram/timer_bracket_item.h"
#include "ui/texts/language_korean.h"
#include "ui/texts/texts.h"
#include "ui/window/accessible_list_item.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWindow>

#include <algorithm>

namespace hl::ui {

namespace {

class DiagramWords {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::DiagramAccessible)
public:
    static QString segment(const Trace& trace, const DiagramCopy& c) {
        QStringList parts;
        //: Accessible description of an arrow: who sent it to whom.
        parts << tr("from %1 to %2").arg(Texts::hostName(c.from), Texts::hostName(c.to));
        if (c.injected) parts << tr("injected by the lesson");
        if (c.retransmission) parts << tr("retransmission");
        //: A second copy of a segment made by the network; %1 is 1, 2, ...
        if (c.copy > 0) parts << tr("duplicate copy %1").arg(c.copy);
        parts << tr("sent at %1").arg(TimeAxis::formatTime(c.sentAt));
        if (c.delay > SimDuration{}) parts << tr("delayed by %1").arg(TimeAxis::formatTime(c.delay));
        if (c.arrived) parts << tr("delivered at %1").arg(TimeAxis::formatTime(c.endsAt));
        //: %1 the time, %2 the cause ("random loss").
        else if (c.lost)
            parts << tr("lost at %1 (%2)").arg(TimeAxis::formatTime(c.endsAt), Texts::dropCause(c.dropCause));
        else
            parts << tr("still in flight when the run ended");
        // The state changes its arrival caused (RFC 9293 §3.10.7: a segment's arrival is what
        // moves the receiver's state).
        if (c.arrived && c.endEvent != kNoEvent) {
            for (size_t i = c.endEvent + 1; i < trace.events.size(); ++i) {
                const TraceEvent& e = trace.events[i];
                if (e.t != trace.events[c.endEvent].t) break; // caused events share the instant
                if (e.type != EventType::State || !causedBy(trace, i, c.endEvent)) continue;
                //: The state change an arrival caused: "the server goes from LISTEN to SYN_RECEIVED".
                parts << tr("%1 goes from %2 to %3")
                             .arg(Texts::hostName(e.host), Texts::stateName(e.from), Texts::stateName(e.to));
            }
        }
        return KoreanGrammar::resolveParticles(parts.join(QStringLiteral("; "))); // "(으)로" after a host
    }

    static QString bandName(const DiagramBand& b) {
        //: Accessible name of a state band: "Client: SYN_SENT".
        return tr("%1: %2").arg(Texts::hostName(b.host), Texts::stateName(b.state));
    }

    static QString band(const Trace& trace, const DiagramBand& b) {
        QStringList parts{StateBandItem::spanText(b), Texts::stateMeaning(b.state)};
        if (b.event != kNoEvent && b.event < trace.events.size()) {
            const TraceEvent& e = trace.events[b.event];
            //: Why a state band began: "from SYN_SENT: received SYN,ACK acknowledging our SYN".
            parts << tr("from %1: %2").arg(Texts::stateName(e.from), Texts::reasonShort(e.reason));
        }
        return parts.join(QStringLiteral("; "));
    }

    static QString timerName(const DiagramTimer& t) {
        //: Accessible name of a timer bracket: "Client: retransmission timer".
        return tr("%1: %2").arg(Texts::hostName(t.host), Texts::timerName(t.kind));
    }

private:
    // Whether event i was caused, directly or through other events, by event `root`.
    static bool causedBy(const Trace& trace, size_t i, uint32_t root) {
        for (uint32_t c = trace.events[i].cause; c != kNoEvent && c < trace.events.size(); c = trace.events[c].cause)
            if (c == root) return true;
        return false;
    }
};

// One item of the ladder: a segment copy, a band or a timer. It holds its view and index; the
// view's list deletes it when the trace is replaced (DiagramAccessList::invalidate).
class DiagramItemAccessible : public AccessibleListItem<SequenceDiagramView>, public QAccessibleActionInterface {
public:
    using AccessibleListItem::AccessibleListItem;

    bool isValid() const override { return view_ && index_ < static_cast<int>(items().size()); }

    QString text(QAccessible::Text t) const override {
        if (!isValid()) return {};
        const DiagramAccessItem& item = items()[static_cast<size_t>(index_)];
        if (t == QAccessible::Name) return item.name;
        if (t == QAccessible::Description) return item.description;
        return {};
    }

    QRect rect() const override {
        if (!isValid()) return {};
        const QRectF scene = view_->accessItemSceneRect(index_);
        const QRect inViewport = view_->mapFromScene(scene).boundingRect();
        return QRect(view_->viewport()->mapToGlobal(inViewport.topLeft()), inViewport.size());
    }

    QAccessible::State state() const override {
        QAccessible::State s;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        const DiagramAccessItem& item = items()[static_cast<size_t>(index_)];
        const bool isSegment = item.kind == DiagramAccessItem::Kind::Segment;
        s.focusable = isSegment;
        s.selectable = isSegment;
        s.selected = isSegment && view_->accessFocus() == index_;
        s.focused = s.selected && view_->hasFocus();
        s.offscreen = !view_->viewport()->rect().intersects(
            view_->mapFromScene(view_->accessItemSceneRect(index_)).boundingRect());
        return s;
    }

    void* interface_cast(QAccessible::InterfaceType t) override {
        return t == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface*>(this) : nullptr;
    }

    // A segment opens in the inspector (as Enter does); a band or timer moves to its step.
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString& name) override {
        if (name == pressAction() && isValid()) view_->activateAccessItem(index_);
    }
    QStringList keyBindingsForAction(const QString&) const override { return {}; }

private:
    const std::vector<DiagramAccessItem>& items() const { return view_->accessItems(); }
};

// The diagram: a list of the items (its scroll bars are left out: the items are what it says).
class DiagramAccessible : public QAccessibleWidget {
public:
    explicit DiagramAccessible(SequenceDiagramView* view) : QAccessibleWidget(view, QAccessible::List) {}

    SequenceDiagramView* view() const { return static_cast<SequenceDiagramView*>(widget()); }
    int childCount() const override { return static_cast<int>(view()->accessItems().size()); }
    QAccessibleInterface* child(int index) const override {
        if (index < 0 || index >= childCount()) return nullptr;
        return view()->accessChild(index);
    }
    int indexOfChild(const QAccessibleInterface* child) const override { return view()->accessIndexOf(child); }
    QAccessibleInterface* focusChild() const override {
        const int i = view()->accessFocus();
        return i >= 0 && view()->hasFocus() ? child(i) : nullptr;
    }
    QAccessibleInterface* childAt(int x, int y) const override {
        for (int i = childCount() - 1; i >= 0; --i) {
            QAccessibleInterface* c = child(i);
            if (c && c->rect().contains(x, y)) return c;
        }
        return nullptr;
    }
};

} // namespace

std::vector<DiagramAccessItem> describeDiagram(const Trace& trace, const DiagramModel& model) {
    std::vector<DiagramAccessItem> items;
    items.reserve(model.copies.size() + model.bands.size() + model.timers.size());
    for (size_t i = 0; i < model.bands.size(); ++i) {
        const DiagramBand& b = model.bands[i];
        items.push_back(
            {DiagramAccessItem::Kind::Band, i, b.from, DiagramWords::bandName(b), DiagramWords::band(trace, b)});
    }
    for (size_t i = 0; i < model.copies.size(); ++i) {
        const DiagramCopy& c = model.copies[i];
        const SegmentRecord* rec = trace.segment(c.segId);
        const QString name = rec ? SegmentItem::labelFor(rec->seg) : QString();
        items.push_back({DiagramAccessItem::Kind::Segment, i, c.sentAt, name, DiagramWords::segment(trace, c)});
    }
    for (size_t i = 0; i < model.timers.size(); ++i) {
        const DiagramTimer& t = model.timers[i];
        items.push_back(
            {DiagramAccessItem::Kind::Timer, i, t.from, DiagramWords::timerName(t), TimerBracketItem::describe(t)});
    }
    // Stable: at one instant bands come before segments before timers, each in its own order.
    std::stable_sort(items.begin(), items.end(),
                     [](const DiagramAccessItem& a, const DiagramAccessItem& b) { return a.at < b.at; });
    return items;
}

const std::vector<DiagramAccessItem>& DiagramAccessList::items(const Trace* trace, const DiagramModel& model) {
    if (!built_) {
        items_ = trace ? describeDiagram(*trace, model) : std::vector<DiagramAccessItem>{};
        ids_.assign(items_.size(), 0);
        built_ = true;
    }
    return items_;
}

void DiagramAccessList::invalidate() {
    for (QAccessible::Id id : ids_)
        if (id != 0) QAccessible::deleteAccessibleInterface(id);
    ids_.clear();
    items_.clear();
    built_ = false;
}

QAccessibleInterface* DiagramAccessList::child(SequenceDiagramView* view, int i) {
    if (i < 0 || static_cast<size_t>(i) >= ids_.size()) return nullptr;
    auto& id = ids_[static_cast<size_t>(i)];
    if (id == 0) id = QAccessible::registerAccessibleInterface(new DiagramItemAccessible(view, i));
    return QAccessible::accessibleInterface(id);
}

int DiagramAccessList::indexOf(const QAccessibleInterface* iface) const {
    if (!iface) return -1;
    for (size_t i = 0; i < ids_.size(); ++i)
        if (ids_[i] != 0 && QAccessible::accessibleInterface(ids_[i]) == iface) return static_cast<int>(i);
    return -1;
}

QAccessibleInterface* makeDiagramAccessible(SequenceDiagramView* view) { return new DiagramAccessible(view); }

} // namespace hl::ui
