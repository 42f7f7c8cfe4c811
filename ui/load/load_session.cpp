#include "ui/load/load_session.h"

#include "ui/load/load_player.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <utility>

namespace hl::ui {

LoadSession::LoadSession(Runner runner, QObject* parent)
    : QObject(parent), runner_(std::move(runner)), player_(new LoadPlayer(this)) {}

LoadSession::~LoadSession() { stopWorker(); }

void LoadSession::stopWorker() {
    if (!thread_) return;
    // The run stops at its next progress report; what it posts afterwards is ignored (older
    // generation) or dropped with this object.
    *cancel_ = true;
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
}

void LoadSession::setScenario(const Scenario& scenario, std::optional<LoadOptions> variant) {
    if (hasScenario_ && scenario == scenario_ && (base_ || isRunning())) return;
    if (!(hasScenario_ && scenario.id == scenario_.id)) {
        player_->setLastStep(0); // another lesson starts from its beginning
    }
    scenario_ = scenario;
    variantOptions_ = std::move(variant);
    hasScenario_ = scenario.load.has_value();
    if (hasScenario_) {
        start();
        return;
    }
    stopWorker();
    ++generation_;
    base_.reset();
    variant_.reset();
    player_->setLastStep(0);
    emit cleared();
}

void LoadSession::setVariant(std::optional<LoadOptions> variant) {
    variantOptions_ = std::move(variant);
    if (hasScenario_) start();
}

void LoadSession::restart() {
    if (hasScenario_) start();
}

void LoadSession::cancel() {
    if (cancel_) *cancel_ = true;
}

void LoadSession::start() {
    stopWorker();
    player_->pause(); // nothing to play until the new results are in
    const unsigned generation = ++generation_;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    base_.reset();
    variant_.reset();
    std::vector<LoadOptions> runs(1);
    if (variantOptions_) runs.push_back(*variantOptions_);

    // The worker gets copies of everything it reads; it talks back only through queued calls.
    thread_ = QThread::create([this, generation, flag = cancel_, runner = runner_, scenario = scenario_, runs]() mutable {
        std::vector<LoadResult> results;
        const auto n = static_cast<double>(runs.size());
        for (size_t i = 0; i < runs.size() && !*flag; ++i) {
            int lastPercent = -1;
            runs[i].progress = [&, i](double f) {
                const int percent = static_cast<int>(std::lround((static_cast<double>(i) + f) / n * 100));
                if (percent != lastPercent) {
                    lastPercent = percent;
                    QMetaObject::invokeMethod(
                        this, [this, generation, percent] { onProgress(generation, percent / 100.0); },
                        Qt::QueuedConnection);
                }
                return !*flag;
            };
            results.push_back(runner(scenario, runs[i]));
            if (results.back().cancelled) break;
        }
        QMetaObject::invokeMethod(
            this, [this, generation, r = std::move(results)]() mutable { onFinished(generation, std::move(r)); },
            Qt::QueuedConnection);
    });
    emit started();
    thread_->start();
}

void LoadSession::onProgress(unsigned generation, double fraction) {
    if (generation == generation_) emit progressed(fraction);
}

void LoadSession::onFinished(unsigned generation, std::vector<LoadResult> results) {
    if (generation != generation_) return;
    stopWorker(); // it posted this as its last act: the flag changes nothing, joining is immediate
    const bool cancelled = results.empty() || results.back().cancelled || results.size() < (variantOptions_ ? 2u : 1u);
    if (!results.empty()) base_ = std::move(results[0]);
    if (results.size() > 1) variant_ = std::move(results[1]);
    const LoadResult* longest = longestResult();
    player_->setLastStep(longest && !longest->samples.empty() ? longest->samples.size() - 1 : 0);
    emit finished(cancelled);
}

const LoadResult* LoadSession::longestResult() const {
    const LoadResult* longest = base_ ? &*base_ : nullptr;
    if (variant_ && (!longest || variant_->samples.size() > longest->samples.size())) longest = &*variant_;
    return longest;
}

SimTime LoadSession::timeAtStep(size_t step) const {
    const LoadResult* longest = longestResult();
    if (!longest || longest->samples.empty()) return {};
    return longest->samples[std::min(step, longest->samples.size() - 1)].at;
}

bool LoadSession::waitForIdle(int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (isRunning() && clock.elapsed() < timeoutMs) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return !isRunning();
}

} // namespace hl::ui
