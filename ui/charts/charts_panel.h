#pragma once
// The Charts dock of a single-connection lesson: the sequence-number graph (with a direction
// switch), the state timeline and the retransmission timer, in tabs. Rebuilt from the trace on
// traceReplaced(), the cursor line moved on cursorMoved().
#include "core/host.h"

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

    SeqChartView* seqChart() const { return seq_; }
    StateTimelineView* stateTimeline() const { return states_; }
    RtoChartView* rtoChart() const { return rto_; }
    QTabWidget* tabs() const { return tabs_; }
    TraceChartView* currentChart() const;

    void setDarkTheme(bool dark);
    void setSender(HostId sender);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuildAll();
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
};

} // namespace hl::ui
