// SessionController's worker thread (issue 13: the window never freezes). A large run is
// simulated off the GUI thread, as LoadSession does for load lessons: the worker gets copies of
// what it reads, reports progress and its trace through queued calls tagged with a generation
// (a superseded run's late calls are ignored), and stops at its next progress call when cancelled.
#include "core/work_budget.h"
#include "ui/session/session_controller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <optional>

namespace hl::ui {

bool SessionController::runsInBackground(const Scenario& effective) {
    if (effective.load) return false; // LoadSession runs those
    return estimateCost(effective).dataSegments > kSyncDataSegments;
}

std::optional<Trace> SessionController::simulateIfSmall(const Scenario& effective) {
    // A run the estimate called small may still be long (an ACK storm runs to the event budget on
    // a few bytes): past kSyncEvents it is dropped here and run again on the worker thread (the
    // simulation is deterministic: the same trace, a few milliseconds of work lost).
    std::optional<Trace> trace = simulateWithProgress_(effective, [](uint64_t events) { return events < kSyncEvents; });
    if (trace->events.size() >= kSyncEvents && !trace->stop) return std::nullopt;
    return trace;
}

void SessionController::openScenario(Scenario scenario, QString source) {
    if (scenario.load) {
        loadScenario(std::move(scenario), std::move(source));
        return;
    }
    cancelRun(); // a replay in progress goes back to what is on screen; an older open is dropped
    if (!runsInBackground(scenario)) {
        if (std::optional<Trace> trace = simulateIfSmall(scenario)) {
            captured_.reset();
            adopt(std::move(scenario), std::move(source));
            presentRun(std::move(*trace));
            emit perturbationsChanged();
            return;
        }
    }
    auto pending = std::make_unique<Pending>();
    pending->opening = true;
    pending->scenario = std::move(scenario);
    pending->source = std::move(source);
    startRun(std::move(pending));
}

void SessionController::startRun(std::unique_ptr<Pending> pending) {
    stopWorker();
    const unsigned generation = ++generation_;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    // Each data segment costs about 4 events (its send and arrival, an ACK's send and arrival);
    // the run never passes the event budget. Only the bar's fraction uses this estimate.
    const double segments = static_cast<double>(estimateCost(pending->scenario).dataSegments);
    pending->expectedEvents = std::clamp(
        4 * segments + 4 * static_cast<double>(pending->scenario.actions.size()), 1.0,
        static_cast<double>(std::min(kDefaultBudget.maxEvents, pending->scenario.maxEvents.value_or(UINT64_MAX))));
    worker_ = QThread::create([this, generation, flag = cancel_, run = simulateWithProgress_, scenario = pending->scenario] {
        Trace trace = run(scenario, [&](uint64_t events) {
            QMetaObject::invokeMethod(
                this, [this, generation, events] { onRunProgress(generation, events); }, Qt::QueuedConnection);
            return !*flag;
        });
        if (*flag) return; // cancelled: nobody waits for this trace
        QMetaObject::invokeMethod(
            this, [this, generation, t = std::move(trace)]() mutable { onRunDone(generation, std::move(t)); },
            Qt::QueuedConnection);
    });
    const bool opening = pending->opening;
    pending_ = std::move(pending);
    worker_->start();
    emit runStarted(opening);
}

void SessionController::stopWorker() {
    if (!worker_) return;
    // The run stops at its next progress call (a few thousand events at most); what it posted
    // before is ignored (older generation) or dropped with this object.
    *cancel_ = true;
    worker_->wait();
    delete worker_;
    worker_ = nullptr;
    pending_.reset();
    ++generation_;
}

void SessionController::cancelRun() {
    if (!isRunning()) return;
    const bool opening = pending_->opening;
    stopWorker();
    if (!opening) {
        // Back to the undo step of the trace on screen; its perturbations need no run.
        restoring_ = true;
        undo_.setIndex(presentedIndex_);
        restoring_ = false;
        perturbations_ = presented_;
        emit perturbationsChanged();
    }
    emit runFinished(true);
}

bool SessionController::waitForRun(int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (isRunning() && clock.elapsed() < timeoutMs) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isRunning();
}

void SessionController::onRunProgress(unsigned generation, quint64 events) {
    if (generation != generation_ || !pending_) return;
    emit runProgressed(events, std::min(1.0, static_cast<double>(events) / pending_->expectedEvents));
}

void SessionController::onRunDone(unsigned generation, Trace trace) {
    if (generation != generation_ || !pending_) return;
    std::unique_ptr<Pending> done = std::move(pending_);
    worker_->wait(); // it posted this as its last act
    delete worker_;
    worker_ = nullptr;
    if (done->opening) {
        captured_.reset();
        adopt(std::move(done->scenario), std::move(done->source));
        presentRun(std::move(trace));
        presentedIndex_ = undo_.index();
        emit perturbationsChanged();
    } else {
        presentRun(std::move(trace));
        presentedIndex_ = undo_.index();
    }
    emit runFinished(false);
}

} // namespace hl::ui
