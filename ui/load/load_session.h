#pragma once
// The run of a load lesson (scenario.load), the sibling of SessionController for load lessons: it
// owns the scenario, the worker thread that runs simulateLoad() (never the GUI thread), its
// cancel flag and the results: the base run and, if asked, one variant run with other overrides.
// LoadView observes it (started, progressed, finished) and draws what it holds.
// moc cannot parse the C++20 library headers the core pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "core/load_simulation.h"
#endif

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace hl::ui {

class LoadPlayer;

class LoadSession : public QObject {
    Q_OBJECT
public:
    using Runner = std::function<LoadResult(const Scenario&, const LoadOptions&)>;

    // `runner` is hl::simulateLoad in the app; tests pass hand-built results.
    explicit LoadSession(Runner runner, QObject* parent = nullptr);
    ~LoadSession() override;

    // A lesson and its comparison run's overrides: a load lesson starts its runs (cancelling a run
    // in progress); the same scenario again (a replay of the session) keeps the results it has;
    // a lesson without load clears them.
    void setScenario(const Scenario& scenario, std::optional<LoadOptions> variant = std::nullopt);
    // The comparison run's overrides (none: no comparison); a change starts the runs again.
    void setVariant(std::optional<LoadOptions> variant);
    // Runs the lesson again (after a cancel).
    void restart();
    void cancel();

    const Scenario& scenario() const { return scenario_; }
    bool hasScenario() const { return hasScenario_; }
    bool hasVariant() const { return variantOptions_.has_value(); }
    bool isRunning() const { return thread_ != nullptr; }
    const std::optional<LoadResult>& baseResult() const { return base_; }
    const std::optional<LoadResult>& variantResult() const { return variant_; }
    // Tests: processes events until the run in progress ends (false on timeout).
    bool waitForIdle(int timeoutMs);

    // The cursor over the runs' samples (issue 15): one step per sample of the longest run; a
    // new lesson starts at step 0, new results of the same lesson keep the moment shown.
    LoadPlayer* player() const { return player_; }
    // The time of a step: that of the longest run's sample (zero with no results).
    SimTime timeAtStep(size_t step) const;

signals:
    void started();
    void progressed(double fraction);
    // cancelled: the run stopped early; what was simulated so far is kept.
    void finished(bool cancelled);
    // The results were dropped (another lesson, not a load lesson).
    void cleared();

private:
    void start();
    void stopWorker();
    void onProgress(unsigned generation, double fraction);
    void onFinished(unsigned generation, std::vector<LoadResult> results);
    const LoadResult* longestResult() const;

    Runner runner_;
    Scenario scenario_;
    bool hasScenario_ = false;
    std::optional<LoadOptions> variantOptions_;
    QThread* thread_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    unsigned generation_ = 0;
    std::optional<LoadResult> base_;
    std::optional<LoadResult> variant_;
    LoadPlayer* player_;
};

} // namespace hl::ui
