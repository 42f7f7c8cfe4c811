#pragma once
// The player of a load lesson (issue 15): a cursor over the samples of the run, one step per
// sample, that plays, steps and scrubs like SessionController's player does for the ladder. The
// LoadSession owns it and tells it how many samples its runs have; the views follow stepChanged.
#include <QObject>
#include <QTimer>

#include <cstddef>

namespace hl::ui {

class LoadPlayer : public QObject {
    Q_OBJECT
public:
    // One sample (a second of the run) per this many milliseconds at 1×: a two-minute run plays
    // in about half a minute, slow enough to read the caption as it changes.
    static constexpr int kStepMs = 300;

    explicit LoadPlayer(QObject* parent = nullptr);

    // The last step (the longest run's last sample; 0 with no run). The step stays within it.
    void setLastStep(size_t last);
    size_t lastStep() const { return last_; }
    size_t step() const { return step_; }
    bool isPlaying() const { return timer_.isActive(); }
    double speed() const { return speed_; }
    // Milliseconds between two steps while playing, at the current speed.
    int intervalMs() const;

    void setStep(size_t step);
    void stepForward();
    void stepBack();
    void goToStart();
    void goToEnd();
    void play();
    void pause();
    void togglePlay();
    void setSpeed(double speed);

signals:
    void stepChanged(size_t step);
    void playingChanged(bool playing);

private:
    void onTick();

    QTimer timer_;
    size_t step_ = 0;
    size_t last_ = 0;
    double speed_ = 1.0;
};

} // namespace hl::ui
