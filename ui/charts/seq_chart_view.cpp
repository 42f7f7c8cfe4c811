#include "ui/charts/seq_chart_view.h"

#include "ui/charts/length_bars_item.h"
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
#include <array>

namespace hl::ui {

namespace {
constexpr std::array<SegmentMark, 4> kMarks = {SegmentMark::Normal, SegmentMark::Retransmission, SegmentMark::Lost,
                                               SegmentMark::Duplicated};
} // namespace

SeqChartView::SeqChartView(SessionController* session, QWidget* parent) : TraceChartView(session, parent) {
    setObjectName(QStringLiteral("seqChart"));
}

void SeqChartView::setSender(HostId sender) {
    if (sender_ == sender) return;
    sender_ = sender;
    rebuild();
}

QString SeqChartView::markSeriesName(SegmentMark mark) {
    switch (mark) {
    case SegmentMark::Normal: return QStringLiteral("segments");
    case SegmentMark::Retransmission: return QStringLiteral("retransmissions");
    case SegmentMark::Lost: return QStringLiteral("lost");
    case SegmentMark::Duplicated: return QStringLiteral("duplicated");
    }
    return {};
}

SimTime SeqChartView::timeExtent(const Trace& trace) const {
    // The graph ends with the last segment: a long TIME_WAIT after it would squeeze it to a line.
    SimTime last;
    for (const SegmentRecord& r : trace.segments) last = std::max(last, r.sentAt);
    return trace.segments.empty() ? trace.end : last + (last / 10);
}

QString SeqChartView::chartTitle() const {
    //: Chart title; %1 and %2 are "Client"/"Server".
    return tr("Sequence numbers over time: %1 → %2")
        .arg(Texts::hostName(sender_), Texts::hostName(sender_ == HostId::Client ? HostId::Server : HostId::Client));
}

QString SeqChartView::segmentTip(const Trace& trace, const SeqPoint& p) const {
    const SegmentRecord* rec = trace.segment(p.segId);
    QString tip = tr("Segment #%1 at %2").arg(p.segId).arg(Texts::timeLabel(p.t));
    if (rec) tip += QLatin1Char('\n') + Texts::segmentLabel(rec->seg);
    //: Relative sequence numbers: the range a segment occupies, counted from the sender's ISN.
    tip += QLatin1Char('\n') + tr("relative seq %1 … %2 (SEG.LEN %3)").arg(p.relSeq).arg(p.relSeq + p.segLen).arg(p.segLen);
    switch (p.mark) {
    case SegmentMark::Retransmission: tip += QLatin1Char('\n') + tr("retransmission"); break;
    case SegmentMark::Lost: tip += QLatin1Char('\n') + tr("lost in the network"); break;
    case SegmentMark::Duplicated: tip += QLatin1Char('\n') + tr("duplicated by the network"); break;
    case SegmentMark::Normal: break;
    }
    if (rec && rec->retransmission && p.mark == SegmentMark::Lost) tip += QLatin1Char('\n') + tr("retransmission");
    return tip;
}

QString SeqChartView::ackTip(size_t point) const {
    const AckPoint& a = data_.acks[point / 2];
    if (point % 2 == 0)
        return tr("ACK %1 (relative), segment #%2 at %3").arg(a.relAck).arg(a.segId).arg(Texts::timeLabel(a.t));
    if (point / 2 + 1 == data_.acks.size()) return tr("ACK %1 (relative)").arg(a.relAck);
    return tr("ACK %1 (relative), segment #%2").arg(a.relAck).arg(a.segId);
}

void SeqChartView::buildSeries(const Trace& trace) {
    data_ = buildSeqDirection(trace, sender_);
    const TimeUnit& u = timeUnit();
    seqAxis_ = new QValueAxis;
    //: Axis title: sequence numbers counted from the sender's initial sequence number.
    seqAxis_->setTitleText(tr("Relative seq"));
    seqAxis_->setLabelFormat(QStringLiteral("%d"));
    chart()->addAxis(seqAxis_, Qt::AlignLeft);

    int64_t lo = 0, hi = 1;
    for (const SeqPoint& p : data_.segments) {
        lo = std::min(lo, p.relSeq);
        hi = std::max(hi, p.relSeq + p.segLen);
    }
    for (const AckPoint& a : data_.acks) {
        lo = std::min(lo, a.relAck);
        hi = std::max(hi, a.relAck);
    }
    const double pad = std::max<double>(1.0, static_cast<double>(hi - lo) * 0.06);
    seqAxis_->setRange(static_cast<double>(lo) - pad, static_cast<double>(hi) + pad);
    seqAxis_->applyNiceNumbers();

    const QColor accent = hostAccentColor(sender_, theme());
    // The length bars: one short vertical line per segment, seq .. seq + SEG.LEN (drawn by one
    // item once the markers' series exist: it maps values through them).
    std::vector<LengthBarsItem::Bar> bars;
    for (const SeqPoint& p : data_.segments) {
        if (p.segLen == 0) continue;
        bars.push_back({u.value(p.t), static_cast<double>(p.relSeq), static_cast<double>(p.relSeq + p.segLen),
                        p.mark == SegmentMark::Lost ? lossColor(theme()) : accent});
    }
    // The ACK step line: the peer's acknowledgement number holds until its next segment.
    if (!data_.acks.empty()) {
        auto* acks = new QLineSeries;
        acks->setObjectName(QStringLiteral("acks"));
        acks->setName(tr("ACK from %1").arg(Texts::hostName(sender_ == HostId::Client ? HostId::Server : HostId::Client)));
        QPen pen(hostAccentColor(sender_ == HostId::Client ? HostId::Server : HostId::Client, theme()));
        pen.setWidthF(1.6);
        acks->setPen(pen);
        // Point 2i is ACK i where it was sent, point 2i + 1 the horizontal part of its step (at its
        // value, until the next ACK or the end of the graph): not a point of its own.
        std::vector<QPointF> points;
        std::vector<uint32_t> events;
        points.reserve(2 * data_.acks.size());
        events.reserve(2 * data_.acks.size());
        for (size_t i = 0; i < data_.acks.size(); ++i) {
            const AckPoint& a = data_.acks[i];
            const SimTime until = i + 1 < data_.acks.size() ? data_.acks[i + 1].t : timeExtent(trace);
            points.emplace_back(u.value(a.t), static_cast<double>(a.relAck));
            points.emplace_back(u.value(until), static_cast<double>(a.relAck));
            events.insert(events.end(), 2, a.event);
        }
        // The series is the legend entry; one item draws the line (PolylinesItem) and one its
        // points (a dot of 1.5 pen widths' radius in the pen's colour, as a line series with
        // pointsVisible draws them), the points with their tooltips and clicks.
        addSeries(acks, seqAxis_);
        new PolylinesItem(chart(), acks, {points});
        auto* dots = new QScatterSeries;
        dots->setObjectName(QStringLiteral("ack-points"));
        dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        dots->setMarkerSize(2 * 1.5 * pen.widthF());
        dots->setPen(Qt::NoPen);
        dots->setColor(pen.color());
        addMarks(
            dots, seqAxis_, std::move(points), std::move(events), [this](size_t i) { return ackTip(i); }, false);
    }
    // The segment markers, one series per mark so that each has its own legend entry, drawn by
    // one item each (PointMarksItem: a scatter series would make an item per point).
    for (SegmentMark mark : kMarks) {
        auto* s = new QScatterSeries;
        s->setObjectName(markSeriesName(mark));
        std::vector<QPointF> values;
        std::vector<uint32_t> events;
        std::vector<size_t> indices; // into data_.segments, for the tips
        for (size_t i = 0; i < data_.segments.size(); ++i) {
            const SeqPoint& p = data_.segments[i];
            if (p.mark != mark) continue;
            values.emplace_back(u.value(p.t), static_cast<double>(p.relSeq));
            events.push_back(p.event);
            indices.push_back(i);
        }
        s->setMarkerSize(mark == SegmentMark::Normal ? 9 : 13);
        s->setColor(accent);
        s->setBorderColor(accent.darker(140));
        switch (mark) {
        case SegmentMark::Normal:
            s->setName(tr("Segment"));
            s->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            break;
        case SegmentMark::Retransmission:
            s->setName(tr("Retransmission"));
            s->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            break;
        case SegmentMark::Lost:
            s->setName(tr("Lost"));
            s->setMarkerShape(QScatterSeries::MarkerShapeStar);
            s->setColor(lossColor(theme()));
            s->setBorderColor(lossColor(theme()).darker(140));
            break;
        case SegmentMark::Duplicated:
            s->setName(tr("Duplicated"));
            s->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
            s->setColor(injectedColor(theme()));
            break;
        }
        // The tip is built when shown, from the trace of this rebuild (a chart showing an older
        // trace is out of sight: it is rebuilt before it is shown).
        addMarks(s, seqAxis_, std::move(values), std::move(events), [this, indices = std::move(indices)](size_t i) {
            return segmentTip(session()->trace(), data_.segments[indices[i]]);
        });
    }
    lengthBars_ = new LengthBarsItem(chart(), marksNamed(markSeriesName(SegmentMark::Normal))->series(),
                                     std::move(bars), 3);
}

} // namespace hl::ui
