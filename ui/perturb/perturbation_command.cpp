#include "ui/perturb/perturbation_command.h"

#include "ui/session/session_controller.h"

namespace hl::ui {

PerturbationCommand::PerturbationCommand(SessionController* session, Perturbations before, Perturbations after,
                                         const QString& text)
    : QUndoCommand(text), session_(session), before_(std::move(before)), after_(std::move(after)) {}

void PerturbationCommand::undo() { session_->applyPerturbationsNow(before_); }
void PerturbationCommand::redo() { session_->applyPerturbationsNow(after_); }

} // namespace hl::ui
