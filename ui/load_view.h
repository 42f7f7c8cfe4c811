#pragma once
// The centre of the window for a load lesson (scenario.load): runs simulateLoad() in a worker
// thread (never on the GUI thread) with progress and Cancel, then draws the connections per state
// as stacked areas for the server's or the client's sockets, with the summary figures. A selector
// runs one variant (another profile, the other closer, a leak fraction) and shows it beside the
// base run.
// moc cannot parse the C++20 library headers the core pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "core/load_simulation.h"
#endif

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace hl::ui {

class LoadChartView;

class LoadView : public QWidget {
    Q_OBJECT
public:
    using Runner = std::function<LoadResult(const Scenario&, const LoadOptions&)>;

    // `runner` is hl::simulateLoad in the app; tests pass hand-built results.
    explicit LoadView(Runner runner, QWidget* parent = nullptr);
    ~LoadView() override;

    // Starts the base run (and the chosen comparison) for a load lesson; cancels a run in progress.
    // The same scenario again (a replay of the session) keeps the results it has.
    void setScenario(const Scenario& scenario);
    void setDarkTheme(bool dark);

    // The comparison choices, in the selector's order.
    enum class Variant { None, ProfileLinux, ProfileWindows, OtherCloser, NoLeak, Leak10 };
    void setVariant(Variant v);
    void setSide(HostId side);
    HostId side() const { return side_; }
    // The overrides a variant applies (none for Variant::None).
    static LoadOptions optionsFor(Variant v, const Scenario& scenario);

    bool isRunning() const { return thread_ != nullptr; }
    void cancel();
    // Tests: processes events until the run in progress ends (false on timeout).
    bool waitForIdle(int timeoutMs);

    const std::optional<LoadResult>& baseResult() const { return base_; }
    const std::optional<LoadResult>& variantResult() const { return variant_; }
    LoadChartView* baseChart() const { return baseChart_; }
    LoadChartView* variantChart() const { return variantChart_; }
    QLabel* baseSummary() const { return baseSummary_; }
    QLabel* statusLabel() const { return status_; }
    // The lesson's story under the charts, as the narration is under the ladder (issue 15).
    QLabel* storyLabel() const { return story_; }
    // The side the comparison chart shows: the other closer's TIME_WAITs sit on the other side.
    HostId variantSide() const;

signals:
    void runFinished(bool cancelled);

protected:
    void changeEvent(QEvent* event) override;

private:
    void start();
    void stopWorker();
    void onProgress(unsigned generation, double fraction);
    void onFinished(unsigned generation, std::vector<LoadResult> results);
    void redraw();
    void retranslateUi();
    QString variantTitle(Variant v) const;
    QString summaryText(const LoadResult& r) const;

    Runner runner_;
    Scenario scenario_;
    bool hasScenario_ = false;
    Variant variantKind_ = Variant::None;
    HostId side_ = HostId::Server;
    bool dark_ = false;

    QThread* thread_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    unsigned generation_ = 0;
    std::optional<LoadResult> base_;
    std::optional<LoadResult> variant_;

    QLabel* sideLabel_;
    QComboBox* sideBox_;
    QLabel* compareLabel_;
    QComboBox* compareBox_;
    QProgressBar* progress_;
    QPushButton* cancelButton_;
    QLabel* status_;
    LoadChartView* baseChart_;
    LoadChartView* variantChart_;
    QLabel* baseSummary_;
    QLabel* variantSummary_;
    QWidget* variantColumn_;
    QLabel* story_ = nullptr;
};

} // namespace hl::ui
