#pragma once
// The Charts dock of a single-connection lesson: the sequence-number graph (with a direction
// switch), the state timeline and the retransmission timer, in tabs. Rebuilt from the trace on
// traceReplaced() — in a shown window only the chart the user can see; the others when they are
// shown (a dock tabbed behind another is not seen: ui/window/on_screen.h) — and the cursor line
// moved on cursorMoved().
#include "core/host.h"
#include "ui/diagram/theme.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;
class QToolButton;

namespace hl::ui {

class RtoChartView;
class SeqChartView;
class SessionController;
class StateTimelineView;
class TraceChartView;

class ChartsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartsPanel(SessionController* session, QWidget* parent = nullptr);

    // Each chart as of the current trace (one not shown yet is built now).
    SeqChartView* seqChart() const;
    StateTimelineView* stateTimeline() const;
    RtoChartView* rtoChart() const;
    QTabWidget* tabs() const { return tabs_; }
    TraceChartView* currentChart() const;

    void setTheme(Theme theme);
    void setSender(HostId sender);
    // True while `chart` still shows an older trace (it is rebuilt when it is shown).
    bool isStale(const TraceChartView* chart) const { return stale_.contains(chart); }
    // The dock holding the panel came into view (its tab was chosen): the chart shown is brought
    // up to date now, before it is painted.
    void revealed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuildAll();
    void rebuildShown();
    void updateCursor();
    void retranslateUi();

    SessionController* session_;
    QTabWidget* tabs_;
    QComboBox* direction_;
    QLabel* directionLabel_;
    QToolButton* exportButton_;
    SeqChartView* seq_;
    StateTimelineView* states_;
    RtoChartView* rto_;
    void freshen(TraceChartView* chart) const; // rebuilt if stale
    mutable QSet<const TraceChartView*> stale_;
};

} // namespace hl::ui
