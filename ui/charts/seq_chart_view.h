#pragma once
// The sequence-number graph (Stevens/tcptrace) of one direction: each segment the sender sent as
// a marker at (send time, sequence number relative to its ISN) with a vertical bar for its
// SEG.LEN (a SYN or a FIN takes one), markers of their own for retransmissions, lost segments and
// duplicated ones, and the peer's acknowledgement numbers as a step line.
#include "ui/charts/trace_chart_view.h"

namespace hl::ui {

class LengthBarsItem;

class SeqChartView : public TraceChartView {
    Q_OBJECT
public:
    explicit SeqChartView(SessionController* session, QWidget* parent = nullptr);

    HostId sender() const { return sender_; }
    void setSender(HostId sender);
    // The direction shown, as computed from the trace at the last rebuild.
    const SeqDirection& data() const { return data_; }

    // Object names of the series (tests and the legend): one per SegmentMark, the ACK line.
    static QString markSeriesName(SegmentMark mark);
    // The length bars of the last rebuild (owned by the chart).
    const LengthBarsItem* lengthBars() const { return lengthBars_; }

protected:
    void buildSeries(const Trace& trace) override;
    QString chartTitle() const override;
    QValueAxis* valueAxis() const override { return seqAxis_; }
    SimTime timeExtent(const Trace& trace) const override;

private:
    QString segmentTip(const Trace& trace, const SeqPoint& p) const;
    // The tooltip of point `point` of the ACK step line.
    QString ackTip(size_t point) const;

    HostId sender_ = HostId::Client;
    SeqDirection data_;
    QValueAxis* seqAxis_ = nullptr;
    LengthBarsItem* lengthBars_ = nullptr;
};

} // namespace hl::ui
