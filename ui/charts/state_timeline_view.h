#pragma once
// Both endpoints' states over time as coloured bands, one lane per host, in the diagram's colours
// (diagram_palette), each band labelled with its state's name where it is wide enough.
#include "ui/charts/trace_chart_view.h"

#include <vector>

class QCategoryAxis;
class QGraphicsSimpleTextItem;

namespace hl::ui {

class StateTimelineView : public TraceChartView {
    Q_OBJECT
public:
    explicit StateTimelineView(SessionController* session, QWidget* parent = nullptr);

    const std::vector<StateSpan>& spans() const { return spans_; }
    // The area series of span i (same order as spans()).
    QAreaSeries* bandSeries(size_t i) const { return i < bands_.size() ? bands_[i] : nullptr; }
    // Lane centre on the y axis.
    static double laneY(HostId h) { return h == HostId::Client ? 1.5 : 0.5; }

protected:
    void buildSeries(const Trace& trace) override;
    QString chartTitle() const override;
    QValueAxis* valueAxis() const override;

private:
    void layoutLabels();

    std::vector<StateSpan> spans_;
    std::vector<QAreaSeries*> bands_;
    std::vector<QGraphicsSimpleTextItem*> labels_;
    QCategoryAxis* laneAxis_ = nullptr;
};

} // namespace hl::ui
