#include "ui/charts/rto_chart_view.h"

#include "ui/charts/point_marks_item.h"
#include "ui/charts/polylines_item.h"
#include "ui/diagram/diagram_palette.h"
#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace hl::ui {

RtoChartView::RtoChartView(SessionController* session, QWidget* parent) : TraceChartView(session, parent) {
    setObjectName(QStringLiteral("rtoChart"));
}

QString RtoChartView::armingsName(HostId h) {
    return h == HostId::Client ? QStringLiteral("armings-client") : QStringLiteral("armings-server");
}

QString RtoChartView::chartTitle() const { return tr("Retransmission timeout per attempt"); }

void RtoChartView::buildSeries(const Trace& trace) {
    data_ = buildRtoSeries(trace, *session()->diagramModel());
    const TimeUnit& u = timeUnit();
    SimDuration maxRto = SimTime::fromMs(1);
    for (const RtoAttempt& a : data_.attempts) maxRto = std::max(maxRto, a.rto);
    rtoInSeconds_ = maxRto >= SimTime::fromSeconds(1);
    auto rtoValue = [this](SimDuration d) { return static_cast<double>(d.us()) / (rtoInSeconds_ ? 1e6 : 1e3); };

    rtoAxis_ = new QValueAxis;
    rtoAxis_->setTitleText(rtoInSeconds_ ? tr("RTO (s)") : tr("RTO (ms)"));
    rtoAxis_->setRange(0, rtoValue(maxRto) * 1.15);
    rtoAxis_->applyNiceNumbers();
    rtoAxis_->setLabelFormat(rtoInSeconds_ ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    chart()->addAxis(rtoAxis_, Qt::AlignLeft);

    for (HostId h : {HostId::Client, HostId::Server}) {
        const QColor accent = hostAccentColor(h, theme());
        // The staircase: one line per run, each attempt held from its arming to its end, all the
        // runs of a host drawn by one item (a long lesson has thousands of runs).
        std::vector<std::vector<QPointF>> runs;
        for (const RtoAttempt& a : data_.attempts) {
            if (a.host != h) continue;
            if (a.attempt == 1 || runs.empty()) runs.emplace_back();
            runs.back().emplace_back(u.value(a.armedAt), rtoValue(a.rto));
            runs.back().emplace_back(u.value(a.endedAt), rtoValue(a.rto));
        }
        auto* look = new QLineSeries;
        look->setObjectName(QStringLiteral("runs"));
        QPen pen(accent);
        pen.setWidthF(2);
        look->setPen(pen);
        addSeries(look, rtoAxis_, {}, {}, false);
        new PolylinesItem(chart(), look, std::move(runs));
        auto* armings = new QScatterSeries;
        armings->setObjectName(armingsName(h));
        //: Legend entry of the RTO chart; %1 is "Client" or "Server".
        armings->setName(tr("%1: timer armed").arg(Texts::hostName(h)));
        armings->setColor(accent);
        armings->setMarkerSize(10);
        std::vector<QPointF> values;
        std::vector<uint32_t> events;
        std::vector<size_t> indices; // into data_.attempts, for the tips
        for (size_t i = 0; i < data_.attempts.size(); ++i) {
            const RtoAttempt& a = data_.attempts[i];
            if (a.host != h) continue;
            values.emplace_back(u.value(a.armedAt), rtoValue(a.rto));
            events.push_back(a.event);
            indices.push_back(i);
        }
        const bool any = !values.empty();
        addMarks(
            armings, rtoAxis_, std::move(values), std::move(events),
            [this, indices = std::move(indices)](size_t i) { return armingTip(data_.attempts[indices[i]]); }, any);
    }

    auto* giveUps = new QScatterSeries;
    giveUps->setObjectName(QStringLiteral("give-up"));
    giveUps->setName(tr("Retry limit reached: gave up"));
    giveUps->setMarkerShape(QScatterSeries::MarkerShapeStar);
    giveUps->setMarkerSize(16);
    giveUps->setColor(lossColor(theme()));
    std::vector<QPointF> values;
    std::vector<uint32_t> events;
    for (const RtoGiveUp& g : data_.giveUps) {
        values.emplace_back(u.value(g.t), rtoValue(g.lastRto));
        events.push_back(g.event);
    }
    addMarks(
        giveUps, rtoAxis_, std::move(values), std::move(events),
        [this](size_t i) {
            const RtoGiveUp& g = data_.giveUps[i];
            return tr("%1 gave up at %2\n%3\n%4")
                .arg(Texts::hostName(g.host), Texts::timeLabel(g.t), Texts::reasonShort(g.reason),
                     Texts::reasonRule(g.reason));
        },
        !data_.giveUps.empty());
}

QString RtoChartView::armingTip(const RtoAttempt& a) const {
    QString tip = tr("%1, attempt %2\narmed at %3, RTO %4")
                      .arg(Texts::hostName(a.host))
                      .arg(a.attempt)
                      .arg(Texts::timeLabel(a.armedAt), Texts::timeLabel(a.rto));
    tip += QLatin1Char('\n') + (a.fired ? tr("expired at %1").arg(Texts::timeLabel(a.endedAt))
                                        : tr("stopped at %1").arg(Texts::timeLabel(a.endedAt)));
    return tip;
}

} // namespace hl::ui
