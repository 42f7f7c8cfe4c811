#pragma once
// Tells a screen reader each step as the player moves (issue 21): "Step 3 of 9: The server
// receives SYN; now SYN_RECEIVED." It is an invisible notification object: on every step change
// it takes the step's short caption as its accessible name and is shown anew, the events Orca
// reads a notification on (object:state-changed:showing of a NOTIFICATION) besides the name
// change. It never takes the focus. View → Announce steps turns it off.
#include <QWidget>

namespace hl::ui {

class SessionController;

class StepAnnouncer : public QWidget {
    Q_OBJECT
public:
    explicit StepAnnouncer(SessionController* session, QWidget* parent = nullptr);

    void setAnnouncing(bool on);
    bool isAnnouncing() const { return announcing_; }
    // What was announced last (empty before the first announcement or while off).
    QString lastAnnouncement() const { return accessibleName(); }
    // The words for the session's current step.
    QString textForStep() const;

    QSize sizeHint() const override { return {1, 1}; }

private:
    void announce();

    SessionController* session_;
    bool announcing_ = true;
};

} // namespace hl::ui
