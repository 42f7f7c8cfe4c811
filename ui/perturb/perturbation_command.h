#pragma once
// One undo step over the user's perturbations: it swaps the whole set (before ↔ after), so that
// undo gives back exactly the previous inputs and therefore, by determinism, the previous trace.
#include "core/perturbations.h"

#include <QUndoCommand>

namespace hl::ui {

class SessionController;

class PerturbationCommand : public QUndoCommand {
public:
    PerturbationCommand(SessionController* session, Perturbations before, Perturbations after, const QString& text);
    void undo() override;
    void redo() override;

private:
    SessionController* session_;
    Perturbations before_, after_;
};

} // namespace hl::ui
