#include "ui/session/session_controller.h"

#include "core/trace_diff.h"
#include "core/trace_prefix.h"
#include "ui/perturb/perturbation_command.h"
#include "ui/perturb/perturbation_texts.h"
#include "ui/texts/texts.h"

#include <algorithm>
#include <cmath>

namespace hl::ui {

SessionController::SessionController(QObject* parent)
    : SessionController([](const Scenario& s) { return hl::simulate(s); }, parent) {
    simulateWithProgress_ = [](const Scenario& s, const std::function<bool(uint64_t)>& progress) {
        SimOptions options;
        options.progress = progress;
        return hl::simulate(s, options);
    };
}

SessionController::SessionController(SimulateFn simulate, QObject* parent)
    : QObject(parent), simulate_(std::move(simulate)),
      // A test's hand-built trace comes at once: no progress to report.
      simulateWithProgress_([fn = simulate_](const Scenario& s, const std::function<bool(uint64_t)>&) { return fn(s); }) {
    timer_.setInterval(16); // about 60 frames per second while playing
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &SessionController::onTick);
    // The undo index whose perturbations the trace on screen shows (a run in progress shows the
    // one before: see cancelRun()).
    connect(&undo_, &QUndoStack::indexChanged, this, [this](int index) {
        if (!isRunning()) presentedIndex_ = index;
    });
    snapshot_ = snapshotAt(trace_, 0);
    diagram_ = std::make_shared<const DiagramModel>(buildDiagramModel(trace_));
}

SessionController::~SessionController() {
    stopWorker();
    // ~QUndoStack clears itself and emits indexChanged(); the trace is already gone by then, so
    // no view may hear it.
    undo_.disconnect();
}

void SessionController::loadScenario(Scenario scenario, QString source) {
    cancelRun();
    captured_.reset();
    load(std::move(scenario), std::move(source));
}

void SessionController::loadCapture(Scenario lesson, Trace trace, QString source) {
    cancelRun();
    captured_ = std::move(trace);
    load(std::move(lesson), std::move(source));
}

void SessionController::setCompareProfile(Profile profile) {
    compareProfile_ = profile;
    if (!captured_ || scenario_.profile == profile) return;
    scenario_.profile = profile;
    baseline_.reset(); // Compare's run is the changed lesson's
    replay();          // the same captured trace; the ghost follows
}

void SessionController::load(Scenario scenario, QString source) {
    adopt(std::move(scenario), std::move(source));
    rerun(false);
    emit perturbationsChanged();
}

void SessionController::adopt(Scenario scenario, QString source) {
    pause();
    scenario_ = std::move(scenario);
    source_ = std::move(source);
    baseline_.reset();
    perturbations_ = {};
    undo_.clear();
    step_ = 0;
    selectedSegment_ = 0; // a segment of the lesson before
}

const Trace& SessionController::baseline() const {
    if (!baseline_) baseline_ = canCompare() ? simulate_(scenario_) : Trace{};
    return *baseline_;
}

void SessionController::addUserFault(Fault fault, const QString& description) {
    fault.fromUser = true;
    Perturbations p = perturbations_;
    const QString text = description.isEmpty() ? PerturbationTexts::fault(fault) : description;
    p.faults.push_back(std::move(fault));
    setPerturbations(std::move(p), text);
}

void SessionController::addInjection(Action action, const QString& description) {
    action.kind = ActionKind::Inject;
    Perturbations p = perturbations_;
    p.injections.push_back(action);
    setPerturbations(std::move(p), description.isEmpty() ? PerturbationTexts::injection(action) : description);
}

void SessionController::setSettings(const LessonSettings& settings, const QString& description) {
    Perturbations p = perturbations_;
    if (settings == LessonSettings::of(scenario_))
        p.settings.reset();
    else
        p.settings = settings;
    //: Undo step: a change in the Lesson settings panel.
    setPerturbations(std::move(p), description.isEmpty() ? tr("Change lesson settings") : description);
}

void SessionController::removePerturbation(const PerturbationItem& item, const QString& description) {
    const QString text = description.isEmpty()
                             //: Undo step: one line of the Perturbations list removed.
                             ? tr("Remove: %1").arg(PerturbationTexts::item(scenario_, perturbations_, item))
                             : description;
    setPerturbations(withoutItem(scenario_, perturbations_, item), text);
}

void SessionController::setLessonFault(size_t index, bool on, const QString& description) {
    if (index >= scenario_.faults.size()) return;
    const QString what = PerturbationTexts::fault(scenario_.faults[index]);
    //: Undo steps: one of the lesson's own faults switched off or back on; %1 the fault in words.
    const QString text = !description.isEmpty() ? description
                         : on                   ? tr("Switch on: %1").arg(what)
                                                : tr("Switch off: %1").arg(what);
    setPerturbations(withLessonFault(perturbations_, index, on), text);
}

void SessionController::resetLesson(const QString& description) {
    //: Undo step: every perturbation removed at once.
    setPerturbations({}, description.isEmpty() ? tr("Reset lesson") : description);
}

void SessionController::setPerturbations(Perturbations p, const QString& description) {
    if (!canPerturb() || p == perturbations_) return;
    undo_.push(new PerturbationCommand(this, perturbations_, std::move(p), description));
}

void SessionController::applyPerturbationsNow(const Perturbations& p) {
    perturbations_ = p;
    if (restoring_) return; // cancelRun() steps the undo stack back to what is on screen
    if (isRunning() && !pending_->opening && p == presented_) {
        // Undone while its replay ran: the trace on screen is already this one.
        stopWorker();
        emit runFinished(true);
    } else {
        rerun(true);
    }
    emit perturbationsChanged();
}

void SessionController::replay() { rerun(false); }

void SessionController::rerun(bool mayDefer) {
    if (captured_) {
        presentRun(*captured_);
        return;
    }
    Scenario effective = effectiveScenario();
    std::optional<Trace> done;
    if (mayDefer && (runsInBackground(effective) || !(done = simulateIfSmall(effective)))) {
        auto pending = std::make_unique<Pending>();
        pending->scenario = std::move(effective);
        startRun(std::move(pending)); // the trace on screen stays until the run ends
        return;
    }
    if (isRunning() && !pending_->opening) { // an older replay: this one supersedes it
        stopWorker();
        emit runFinished(true);
    }
    presentRun(done ? std::move(*done) : simulate_(effective));
}

void SessionController::presentRun(Trace full) {
    fullTrace_ = std::move(full);
    presented_ = perturbations_;
    present(revealLimit_ ? tracePrefix(fullTrace_, *revealLimit_) : fullTrace_);
}

void SessionController::setRevealLimit(std::optional<size_t> events) {
    if (events == revealLimit_) return;
    revealLimit_ = events;
    present(revealLimit_ ? tracePrefix(fullTrace_, *revealLimit_) : fullTrace_);
    emit revealLimitChanged();
}

void SessionController::present(Trace next) {
    // Keep the cursor on its step unless the new run differs before it (a change to a segment
    // already in flight, a new setting): then stop just before the first difference, so that
    // what the class has seen stays true and the consequences come next.
    const size_t same = commonPrefix(trace_, next);
    const size_t stepBefore = step_;
    // The selection follows its segment (ids shift when a change adds or removes segments).
    const std::optional<FaultMatch> selected = positionalMatch(trace_, selectedSegment_);
    trace_ = std::move(next);
    steps_ = StepIndex(trace_);
    diagram_ = std::make_shared<const DiagramModel>(buildDiagramModel(trace_));
    size_t step = std::min(step_, steps_.count());
    while (step > 0 && eventsAtStep(step) > same) --step;
    step_ = step;
    phase_ = Phase::Travel;
    phaseMs_ = 0;
    snapshot_ = snapshotAt(trace_, cursor());
    displayTime_ = timeAtStep(step_);
    // A selection survives a replay only if its segment still exists.
    selectedSegment_ = selected ? segmentByMatch(trace_, *selected)
                                : (trace_.segment(selectedSegment_) ? selectedSegment_ : 0);
    emit traceReplaced();
    if (step_ < stepBefore) emit cursorMovedBack(step_);
    emit cursorMoved();
    emit displayTimeChanged();
    emit selectedSegmentChanged(selectedSegment_);
}

void SessionController::setStep(size_t step) {
    pause();
    moveTo(step, false);
}

void SessionController::stepForward() {
    pause();
    if (step_ < steps_.count())
        moveTo(step_ + 1, false);
    else if (revealLimit_)
        emit revealRequested();
}

void SessionController::stepBack() {
    pause();
    if (step_ > 0) moveTo(step_ - 1, false);
}

void SessionController::goToStart() { setStep(0); }
void SessionController::goToEnd() { setStep(steps_.count()); }

void SessionController::moveTo(size_t step, bool fromPlayback) {
    step = std::min(step, steps_.count());
    if (!fromPlayback) {
        phase_ = Phase::Travel;
        phaseMs_ = 0;
    }
    const bool changed = step != step_;
    step_ = step;
    if (changed) snapshot_ = snapshotAt(trace_, cursor());
    displayTime_ = timeAtStep(step_);
    if (changed) {
        const uint64_t seg = segmentOfStep(step_);
        if (seg != 0) setSelectedSegment(seg);
        emit cursorMoved();
    }
    emit displayTimeChanged();
}

void SessionController::play() {
    if (revealLimit_ && step_ >= steps_.count()) {
        emit revealRequested(); // predict mode: the next step waits for an answer
        return;
    }
    if (steps_.count() == 0) return;
    if (step_ >= steps_.count()) moveTo(0, false); // play at the end starts over
    phase_ = Phase::Travel;
    phaseMs_ = 0;
    setPlaying(true);
}

void SessionController::pause() {
    if (!playing_) return;
    // Leave the display at the step, not half-way along an arrow.
    phaseMs_ = 0;
    phase_ = Phase::Travel;
    setPlaying(false);
    if (displayTime_ != timeAtStep(step_)) {
        displayTime_ = timeAtStep(step_);
        emit displayTimeChanged();
    }
}

void SessionController::togglePlay() { playing_ ? pause() : play(); }

void SessionController::setPlaying(bool playing) {
    if (playing == playing_) return;
    playing_ = playing;
    if (playing_) {
        clock_.start();
        timer_.start();
    } else {
        timer_.stop();
    }
    emit playingChanged(playing_);
}

void SessionController::setSpeed(double speed) {
    if (std::isnan(speed)) return;                   // e.g. a hand-edited settings file: keep the current speed
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed); // infinities become the limits
    if (speed == speed_) return;
    speed_ = speed;
    emit speedChanged(speed_);
}

void SessionController::setSelectedSegment(uint64_t id) {
    if (id != 0 && !trace_.segment(id)) return;
    if (id == selectedSegment_) return;
    selectedSegment_ = id;
    emit selectedSegmentChanged(id);
}

void SessionController::onTick() {
    const int elapsed = static_cast<int>(clock_.restart());
    advance(elapsed);
}

void SessionController::advance(int realMs) {
    if (!playing_) return;
    phaseMs_ += realMs * speed_;
    for (;;) {
        if (step_ >= steps_.count()) {
            setPlaying(false);
            return;
        }
        if (phase_ == Phase::Travel) {
            if (phaseMs_ < kTravelMs) {
                // Interpolate the display time so that segments in flight move along their arrows.
                const SimTime from = timeAtStep(step_);
                const SimTime to = timeAtStep(step_ + 1);
                const double f = phaseMs_ / kTravelMs;
                displayTime_ = from + SimTime::fromUs(static_cast<int64_t>(double((to - from).us()) * f));
                emit displayTimeChanged();
                return;
            }
            phaseMs_ -= kTravelMs;
            phase_ = Phase::Dwell;
            moveTo(step_ + 1, true);
            if (pauseAtStates_ && stepChangesState(step_)) {
                pause();
                return;
            }
        } else {
            const int dwell = dwellMs(step_);
            if (phaseMs_ < dwell) return;
            phaseMs_ -= dwell;
            phase_ = Phase::Travel;
        }
    }
}

bool SessionController::stepChangesState(size_t step) const {
    if (step == 0 || step > steps_.count()) return false;
    for (size_t i = firstEventOfStep(step); i < eventsAtStep(step); ++i)
        if (trace_.events[i].type == EventType::State) return true;
    return false;
}

int SessionController::dwellMs(size_t step) const {
    if (step == 0 || step > steps_.count()) return kDwellMs;
    const auto chars = static_cast<int>(Texts::shortCaption(trace_, step - 1).size());
    return std::max(kDwellMs, chars * kReadMsPerChar);
}

} // namespace hl::ui
