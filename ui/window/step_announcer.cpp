#include "ui/window/step_announcer.h"

#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"
#include "ui/window/accessible_factory.h"

namespace hl::ui {

StepAnnouncer::StepAnnouncer(SessionController* session, QWidget* parent) : QWidget(parent), session_(session) {
    installAccessibleFactories(); // its role is Notification
    setObjectName(QStringLiteral("stepAnnouncer"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFixedSize(1, 1); // at the window's corner, painting nothing (a 0×0 widget counts as off-screen)
    connect(session_, &SessionController::cursorMoved, this, &StepAnnouncer::announce);
    connect(session_, &SessionController::traceReplaced, this, &StepAnnouncer::announce);
}

void StepAnnouncer::setAnnouncing(bool on) {
    announcing_ = on;
    if (!on) setAccessibleName(QString());
}

QString StepAnnouncer::textForStep() const {
    const size_t step = session_->step();
    if (step == 0) {
        //: Announced to a screen reader when a lesson opens or the player goes back to its start; %1 the lesson's title.
        return tr("Start of the lesson: %1").arg(Texts::localized(session_->scenario().title));
    }
    //: Announced to a screen reader at each step: "Step 3 of 9: The server receives SYN."
    return tr("Step %1 of %2: %3")
        .arg(Texts::count(step), Texts::count(session_->stepCount()))
        .arg(Texts::shortCaption(session_->trace(), step - 1));
}

void StepAnnouncer::announce() {
    if (!announcing_) return;
    const QString text = textForStep();
    setAccessibleName(text); // a NameChanged event
    if (parentWidget() && parentWidget()->isVisible()) {
        // Shown anew: a screen reader reads a notification when it appears. Focus stays put.
        hide();
        show();
    }
}

} // namespace hl::ui
