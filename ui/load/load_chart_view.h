#pragma once
// One load run as a stacked-area chart: one side's connections per state group over time, with a
// marker where connects failed (no free ephemeral port). Hover shows the exact counts; the context
// menu exports PNG/SVG.
// moc cannot parse the C++20 library headers the core pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "core/load_chart_data.h"
#include "ui/diagram/theme.h"
#endif

#include <QChartView>

class QAreaSeries;
class QLineSeries;
class QScatterSeries;

namespace hl::ui {

class LoadChartView : public QChartView {
    Q_OBJECT
public:
    explicit LoadChartView(QWidget* parent = nullptr);

    // Draws `result` for `side` under `title` (empty result: an empty chart). The axes reach at
    // least `xEnd` and `yPeak`, so that charts shown side by side share their scales.
    void setResult(const LoadResult& result, HostId side, const QString& title, SimTime xEnd = {}, uint64_t yPeak = 0);
    void setTheme(Theme theme);
    // A dashed, labelled line at the client's port-range size (0: none); drawn when the run's
    // sockets come near it (a quarter of it or more), else it would flatten the areas.
    void setPortLimit(uint64_t ports) { portLimit_ = ports; }
    QLineSeries* portLine() const { return portLine_; }
    // The player's moment (issue 15): a vertical line across the plot at `t`.
    void setCursorTime(SimTime t);
    SimTime cursorTime() const { return cursorAt_; }
    QLineSeries* cursorLine() const { return cursorLine_; }

    const LoadAreas& areas() const { return areas_; }
    // The area of a group (nullptr before the first result).
    QAreaSeries* area(LoadGroup g) const { return areaSeries_[static_cast<size_t>(g)]; }
    QScatterSeries* failures() const { return failures_; }
    // The hover text at sample i: the time and every group's count.
    QString sampleTip(size_t i) const;
    // Every group's count at sample i (and the failed connects so far, if any), joined by `separator`.
    QString countsAt(size_t i, const QString& separator) const;

    static QString groupName(LoadGroup g);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void placeCursor();

    LoadResult result_;
    HostId side_ = HostId::Server;
    QString title_;
    SimTime xEnd_;
    uint64_t yPeak_ = 0;
    Theme theme_ = Theme::Light;
    LoadAreas areas_;
    std::array<QAreaSeries*, kLoadGroups.size()> areaSeries_{};
    QScatterSeries* failures_ = nullptr;
    QLineSeries* portLine_ = nullptr;
    uint64_t portLimit_ = 0;
    QLineSeries* cursorLine_ = nullptr;
    SimTime cursorAt_;
};

} // namespace hl::ui
