#include "ui/window/accessible_factory.h"

#include "ui/diagram/diagram_accessible.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/panels/state_machine_accessible.h"
#include "ui/panels/state_machine_view.h"
#include "ui/window/step_announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace hl::ui {

namespace {

QAccessibleInterface* factory(const QString&, QObject* object) {
    if (auto* diagram = qobject_cast<SequenceDiagramView*>(object)) return makeDiagramAccessible(diagram);
    if (auto* fsm = qobject_cast<StateMachineView*>(object)) return makeStateMachineAccessible(fsm);
    if (auto* announcer = qobject_cast<StepAnnouncer*>(object))
        return new QAccessibleWidget(announcer, QAccessible::Notification);
    return nullptr;
}

} // namespace

void installAccessibleFactories() {
    static bool installed = false;
    if (installed) return;
    installed = true;
    QAccessible::installFactory(&factory);
}

} // namespace hl::ui
