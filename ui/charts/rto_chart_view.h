#pragma once
// The retransmission timer: each arming as a step at its RTO, from arming to expiry, numbered per
// run (attempt 1, 2, 3 ...) so the exponential backoff (RFC 6298 §5.5) reads as a staircase, and
// a marker where the retry limit gave up (RFC 1122 §4.2.3.5).
#include "ui/charts/trace_chart_view.h"

namespace hl::ui {

class RtoChartView : public TraceChartView {
    Q_OBJECT
public:
    explicit RtoChartView(SessionController* session, QWidget* parent = nullptr);

    const RtoSeries& data() const { return data_; }
    // Series object names: "armings-client", "armings-server", "give-up".
    static QString armingsName(HostId h);

protected:
    void buildSeries(const Trace& trace) override;
    QString chartTitle() const override;
    QValueAxis* valueAxis() const override { return rtoAxis_; }

private:
    QString armingTip(const RtoAttempt& a) const;

    RtoSeries data_;
    QValueAxis* rtoAxis_ = nullptr;
    bool rtoInSeconds_ = true;
};

} // namespace hl::ui
