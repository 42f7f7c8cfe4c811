#pragma once
// Inject…: craft a segment (flags, seq, ack, length) and send it to the client or the server at
// the cursor, with presets (spoofed RST, old duplicate SYN, stray ACK) filled in from the TCB.
#include "core/inject_presets.h"
#include "core/scenario.h"
#include "core/trace.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hl::ui {

class InjectDialog : public QDialog {
    Q_OBJECT
public:
    InjectDialog(Snapshot snapshot, SimTime at, QWidget* parent = nullptr);

    void applyPreset(InjectPreset preset);
    void setTarget(HostId to);
    // The action to add (kind Inject); empty while a number is not valid.
    std::optional<Action> action() const;

private:
    void validate();

    Snapshot snapshot_;
    SimTime at_;
    QComboBox* to_;
    QComboBox* preset_;
    std::array<QCheckBox*, 5> flags_{}; // SYN ACK FIN RST PSH
    QLineEdit* seq_;
    QLineEdit* ack_;
    QSpinBox* len_;
    QLabel* error_;
    QWidget* ok_ = nullptr;
};

} // namespace hl::ui
