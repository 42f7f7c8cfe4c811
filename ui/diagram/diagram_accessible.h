#pragma once
// The sequence diagram read by a screen reader (issue 21): every segment copy, state band and timer
// bracket is an accessible item in time order, named like what the ladder shows and described in
// words (direction, times, fate, the state change it caused). The items are mirrored from the
// trace, not from the scene's items: they are built on first use after each setTrace() (or
// language change), and the interfaces handed out for the old trace are deleted then, so a
// screen reader never reads a replaced run.
#include "core/diagram_model.h"
#include "core/trace.h"

#include <QAccessible>
#include <QString>

#include <vector>

namespace hl::ui {

class SequenceDiagramView;

struct DiagramAccessItem {
    enum class Kind { Segment, Band, Timer };
    Kind kind = Kind::Segment;
    size_t index = 0;    // into DiagramModel::copies, bands or timers (and the view's parallel items)
    SimTime at;          // when it begins: the order of the list
    QString name;        // the arrow's label, "Client: SYN_SENT", "Client: retransmission timer"
    QString description; // the rest in words
};

// The items of a trace's ladder in time order (at equal times: bands, then segments, then timers,
// as they read top to bottom on each lifeline).
std::vector<DiagramAccessItem> describeDiagram(const Trace& trace, const DiagramModel& model);

// The accessible items of one view and the child interfaces handed out for them.
class DiagramAccessList {
public:
    DiagramAccessList() = default;
    DiagramAccessList(const DiagramAccessList&) = delete;
    DiagramAccessList& operator=(const DiagramAccessList&) = delete;
    ~DiagramAccessList() { invalidate(); }

    const std::vector<DiagramAccessItem>& items(const Trace* trace, const DiagramModel& model);
    // The trace changed: the items are built again on next use; old interfaces are deleted.
    void invalidate();
    // The interface of item i (created and registered on first use).
    QAccessibleInterface* child(SequenceDiagramView* view, int i);
    // The index of the item behind `iface`, or -1.
    int indexOf(const QAccessibleInterface* iface) const;

private:
    std::vector<DiagramAccessItem> items_;
    bool built_ = false;
    std::vector<QAccessible::Id> ids_; // parallel to items_; 0: not created yet
};

// The view's accessible interface (a list of the items above); accessible_factory.cpp makes it.
QAccessibleInterface* makeDiagramAccessible(SequenceDiagramView* view);

} // namespace hl::ui
