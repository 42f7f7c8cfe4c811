#pragma once
// The Lesson settings dock: random loss (0–50 %) with its seed, one-way latency per direction
// and the behaviour profile. Every change is an undoable perturbation and replays the run; the
// same seed gives the same run.
#include "core/perturbations.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace hl::ui {

class SessionController;

class LessonSettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit LessonSettingsPanel(SessionController* session, QWidget* parent = nullptr);

    QSlider* lossSlider() const { return loss_; }
    QSpinBox* seedBox() const { return seed_; }
    QSpinBox* latencyBox(HostId from) const { return from == HostId::Client ? c2s_ : s2c_; }
    QComboBox* profileBox() const { return profile_; }
    // A new random seed (what the "New seed" button does).
    void newSeed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void sync(); // the controls show the session's settings
    void apply(const LessonSettings& s, const QString& description);
    void retranslate();

    SessionController* session_;
    QLabel* lossLabel_;
    QLabel* lossValue_;
    QSlider* loss_;
    QLabel* seedLabel_;
    QSpinBox* seed_;
    QPushButton* newSeed_;
    QLabel* c2sLabel_;
    QSpinBox* c2s_;
    QLabel* s2cLabel_;
    QSpinBox* s2c_;
    QLabel* profileLabel_;
    QComboBox* profile_;
    QLabel* note_;
    bool syncing_ = false;
};

} // namespace hl::ui
