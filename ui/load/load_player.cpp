#include "ui/load/load_player.h"

#include <algorithm>
#include <cmath>

namespace hl::ui {

LoadPlayer::LoadPlayer(QObject* parent) : QObject(parent) {
    connect(&timer_, &QTimer::timeout, this, &LoadPlayer::onTick);
}

int LoadPlayer::intervalMs() const { return std::max(1, static_cast<int>(std::lround(kStepMs / speed_))); }

void LoadPlayer::setLastStep(size_t last) {
    last_ = last;
    if (step_ > last_) setStep(last_);
    if (last_ == 0) pause();
}

void LoadPlayer::setStep(size_t step) {
    step = std::min(step, last_);
    if (step == step_) return;
    step_ = step;
    emit stepChanged(step_);
}

void LoadPlayer::stepForward() {
    pause();
    if (step_ < last_) setStep(step_ + 1);
}

void LoadPlayer::stepBack() {
    pause();
    if (step_ > 0) setStep(step_ - 1);
}

void LoadPlayer::goToStart() {
    pause();
    setStep(0);
}

void LoadPlayer::goToEnd() {
    pause();
    setStep(last_);
}

void LoadPlayer::play() {
    if (last_ == 0 || isPlaying()) return;
    if (step_ >= last_) setStep(0); // play at the end starts over
    timer_.start(intervalMs());
    emit playingChanged(true);
}

void LoadPlayer::pause() {
    if (!isPlaying()) return;
    timer_.stop();
    emit playingChanged(false);
}

void LoadPlayer::togglePlay() {
    if (isPlaying())
        pause();
    else
        play();
}

void LoadPlayer::setSpeed(double speed) {
    if (!std::isfinite(speed) || speed <= 0) return;
    speed_ = speed;
    if (isPlaying()) timer_.setInterval(intervalMs());
}

void LoadPlayer::onTick() {
    if (step_ >= last_) return pause();
    setStep(step_ + 1);
    if (step_ >= last_) pause();
}

} // namespace hl::ui
