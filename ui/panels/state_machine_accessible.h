#pragma once
// The state machine read by a screen reader (issue 21): a list of the 11 states, each named with
// who is in it ("ESTABLISHED: client here"), described by its meaning; the list's description
// says the transition each endpoint took last.
#include <QAccessibleInterface>

namespace hl::ui {

class StateMachineView;

QAccessibleInterface* makeStateMachineAccessible(StateMachineView* view);
// The node of state kAllStates[index] (the view keeps it, StateMachineView::accessNode).
QAccessibleInterface* makeStateNodeAccessible(StateMachineView* view, int index);

} // namespace hl::ui
