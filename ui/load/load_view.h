#pragma once
// The centre of the window for a load lesson (scenario.load): shows the progress of the
// LoadSession's run with a Cancel button, then draws the connections per state as stacked areas
// for the server's or the client's sockets, with the summary figures. A selector asks the session
// for one variant run (another profile, the other closer, a leak fraction), shown beside the base
// run. The run, its thread and its results are the session's; the view only observes them.
// moc cannot parse the C++20 library headers the core pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "core/load_simulation.h"
#include "ui/diagram/theme.h"
#endif

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace hl::ui {

class LoadChartView;
class LoadSession;

class LoadView : public QWidget {
    Q_OBJECT
public:
    explicit LoadView(LoadSession* session, QWidget* parent = nullptr);

    // Hands a lesson to the session (which runs a load lesson, see LoadSession::setScenario) and
    // opens a new lesson on the side where its story happens.
    void setScenario(const Scenario& scenario);
    void setTheme(Theme theme);

    // The comparison choices, in the selector's order.
    enum class Variant { None, ProfileLinux, ProfileWindows, OtherCloser, NoLeak, Leak10 };
    void setVariant(Variant v);
    void setSide(HostId side);
    HostId side() const { return side_; }
    // The overrides a variant applies (none for Variant::None).
    static LoadOptions optionsFor(Variant v, const Scenario& scenario);

    bool isRunning() const;
    void cancel();
    // Tests: processes events until the run in progress ends (false on timeout).
    bool waitForIdle(int timeoutMs);

    const std::optional<LoadResult>& baseResult() const;
    const std::optional<LoadResult>& variantResult() const;
    LoadChartView* baseChart() const { return baseChart_; }
    LoadChartView* variantChart() const { return variantChart_; }
    QLabel* baseSummary() const { return baseSummary_; }
    QLabel* statusLabel() const { return status_; }
    // The lesson's story under the charts, as the narration is under the ladder (issue 15).
    QLabel* storyLabel() const { return story_; }
    // The side the comparison chart shows: the other closer's TIME_WAITs sit on the other side.
    HostId variantSide() const;
    // The moment the player shows (issue 15): its step caption above the story, and under each
    // chart the counts at that moment for the side the chart shows.
    QLabel* captionLabel() const { return caption_; }
    QLabel* baseCounts() const { return baseCounts_; }
    QLabel* variantCounts() const { return variantCounts_; }
    // Presentation mode (F5): the caption in the narration's large type.
    void setPresentationMode(bool on);

signals:
    void runFinished(bool cancelled);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStarted();
    void onFinished(bool cancelled);
    void redraw();
    void showMoment();
    void applyCaptionFont();
    void retranslateUi();
    QString variantTitle(Variant v) const;
    QString summaryText(const LoadResult& r) const;

    LoadSession* session_;
    Variant variantKind_ = Variant::None;
    HostId side_ = HostId::Server;

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
    QLabel* caption_ = nullptr;
    QLabel* baseCounts_ = nullptr;
    QLabel* variantCounts_ = nullptr;
    bool presentation_ = false;
};

} // namespace hl::ui
