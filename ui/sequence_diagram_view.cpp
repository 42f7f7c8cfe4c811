#include "ui/sequence_diagram_view.h"

#include "ui/now_marker_item.h"
#include "ui/segment_item.h"
#include "ui/state_band_item.h"
#include "ui/texts.h"
#include "ui/time_break_item.h"
#include "ui/time_ruler_item.h"
#include "ui/timer_bracket_item.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QScrollBar>
#include <QVariantAnimation>
#include <QWheelEvent>
#include <algorithm>
#include <map>

namespace hl::ui {

namespace {
constexpr qreal kMargin = 10;
constexpr qreal kMinZoom = 0.25, kMaxZoom = 4.0, kZoomStep = 1.25;
constexpr qreal kMinFit = 0.6; // fit-to-width never shrinks text below 60 %
constexpr qreal kPacketRadius = 6.0;
size_t hostIndex(HostId h) { return h == HostId::Client ? 0 : 1; }
} // namespace

// Every x position of the layout. Widths come from font metrics, so translated lane names and
// tags (Korean is wider than English) push the lanes apart instead of overlapping.
struct SequenceDiagramView::Lanes {
    qreal rulerAxis = 0;
    qreal x[2] = {0, 0};     // lifelines
    qreal bandW = 0;
    qreal colW = 0;
    qreal timerLabelW[2] = {0, 0};
    qreal right = 0;         // scene width
    qreal headerH = 0;
    qreal axisTop = 0;
    qreal maxLabelW = 0;     // widest segment label plate
    QString header[2];
};

SequenceDiagramView::SequenceDiagramView(QWidget* parent)
    : QGraphicsView(parent), scene_(new QGraphicsScene(this)), scroll_(new QVariantAnimation(this)) {
    setScene(scene_);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setDragMode(QGraphicsView::ScrollHandDrag);
    // Always there, so fitting to the width cannot make it appear and disappear in turn.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    theme_.style = DiagramStyle::normal();
    scroll_->setDuration(260);
    scroll_->setEasingCurve(QEasingCurve::OutCubic);
    connect(scroll_, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& v) { verticalScrollBar()->setValue(v.toInt()); });
    rebuild();
}

SequenceDiagramView::~SequenceDiagramView() = default;

void SequenceDiagramView::setTrace(const hl::Trace* trace, std::shared_ptr<const hl::DiagramModel> model) {
    trace_ = trace;
    sharedModel_ = trace ? std::move(model) : nullptr;
    cursor_ = 0;
    now_ = SimTime{};
    selected_ = 0;
    rebuild();
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void SequenceDiagramView::setPresentationMode(bool on) {
    if (on == theme_.style.presentation) return;
    theme_.style = on ? DiagramStyle::presentationMode() : DiagramStyle::normal();
    rebuild();
}

void SequenceDiagramView::setDarkTheme(bool dark) {
    if (dark == theme_.dark) return;
    theme_.dark = dark;
    rebuild();
}

void SequenceDiagramView::setSelectedSegment(uint64_t segId) {
    selected_ = segId;
    for (SegmentItem* item : segments_) item->setChosen(segId != 0 && item->segId() == segId);
}

void SequenceDiagramView::setExtraTimes(std::vector<hl::SimTime> times) {
    if (times == extraTimes_) return;
    extraTimes_ = std::move(times);
    rebuild();
}

void SequenceDiagramView::setCursor(size_t cursor, hl::SimTime now) {
    cursor_ = cursor;
    now_ = now;
    applyCursor();
    followNow();
}

// --- building ------------------------------------------------------------------------------------

void SequenceDiagramView::rebuild() {
    scroll_->stop();
    scene_->clear();
    segments_.clear();
    bands_.clear();
    timers_.clear();
    breaks_.clear();
    packets_.clear();
    nowMarker_ = nullptr;
    model_ = sharedModel_ ? *sharedModel_ : trace_ ? buildDiagramModel(*trace_) : DiagramModel{};
    setBackgroundBrush(backgroundColor(theme_.dark));
    const Lanes lanes = computeLanes();
    laneX_[0] = lanes.x[0];
    laneX_[1] = lanes.x[1];
    buildAxis(lanes);
    addBands(lanes);
    addLanes(lanes);
    addTimers(lanes);
    addSegments(lanes);
    placeLabels(lanes);
    addBreaksAndRuler(lanes);
    nowMarker_ = new NowMarkerItem(lanes.rulerAxis, lanes.right - kMargin, lanes.rulerAxis - 2, theme_);
    scene_->addItem(nowMarker_);
    const qreal bottom = axis_.y(model_.shownEnd) + 2 * kMargin + 20;
    scene_->setSceneRect(0, 0, lanes.right, bottom);
    setSelectedSegment(selected_);
    updateTransform();
    applyCursor();
    emit sceneRebuilt();
}

SequenceDiagramView::Lanes SequenceDiagramView::computeLanes() const {
    const DiagramStyle& st = theme_.style;
    Lanes l;
    l.header[0] = Texts::hostName(HostId::Client);
    l.header[1] = Texts::hostName(HostId::Server);
    const QFontMetricsF headerFm(st.font(st.headerPx, true));
    l.headerH = headerFm.height() + 8;
    l.axisTop = kMargin + l.headerH + 22;
    l.rulerAxis = kMargin + TimeRulerItem::labelWidth(theme_, model_.end) + 8;
    const QFontMetricsF bandFm(st.font(st.bandPx, true));
    for (TcpState s : kAllStates)
        l.bandW = std::max(l.bandW, bandFm.horizontalAdvance(Texts::stateName(s)));
    l.bandW += 14;
    l.colW = st.timerColumn;
    for (const DiagramTimer& t : model_.timers) {
        const size_t h = hostIndex(t.host);
        l.timerLabelW[h] = std::max(l.timerLabelW[h], TimerBracketItem::maxLabelWidth(theme_, t.kind) + 16);
    }
    // The widest label plate decides the gap between the lifelines.
    if (trace_) {
        QFont bold = st.font(st.labelPx, true);
        const QFontMetricsF fm(bold);
        QFont tagFont = st.font(st.tagPx);
        tagFont.setItalic(true);
        const QFontMetricsF tfm(tagFont);
        for (const DiagramCopy& c : model_.copies) {
            const SegmentRecord* rec = trace_->segment(c.segId);
            if (!rec) continue;
            l.maxLabelW = std::max({l.maxLabelW, fm.horizontalAdvance(SegmentItem::labelFor(rec->seg)) + 12,
                                    tfm.horizontalAdvance(SegmentItem::tagsFor(c).join(QStringLiteral("  "))) + 12});
        }
    }
    const qreal clientCols = model_.timerColumns[0] * l.colW + (model_.timerColumns[0] ? 6 : 0);
    const qreal serverCols = model_.timerColumns[1] * l.colW + (model_.timerColumns[1] ? 6 : 0);
    l.x[0] = l.rulerAxis + 12 + l.timerLabelW[0] + clientCols + l.bandW;
    l.x[0] = std::max(l.x[0], kMargin + headerFm.horizontalAdvance(l.header[0]) / 2 + 4);
    const qreal headers = (headerFm.horizontalAdvance(l.header[0]) + headerFm.horizontalAdvance(l.header[1])) / 2;
    const qreal gap = std::max({st.minLaneGap, l.maxLabelW * 1.25 + 2 * st.arrowHead, headers + 40});
    l.x[1] = l.x[0] + gap;
    l.right = l.x[1] + l.bandW + serverCols + 12 + l.timerLabelW[1] + kMargin;
    l.right = std::max(l.right, l.x[1] + headerFm.horizontalAdvance(l.header[1]) / 2 + kMargin);
    return l;
}

void SequenceDiagramView::buildAxis(const Lanes& l) {
    const DiagramStyle& st = theme_.style;
    TimeAxis::Params p;
    const double flightUs = static_cast<double>(std::max<int64_t>(1, model_.typicalFlight.us()));
    p.pxPerUs = st.flightPx / flightUs;
    // Room for one line of text between distinct instants, so every band can show its name.
    p.minGapPx = QFontMetricsF(st.font(st.bandPx, true)).height() + 4;
    // Idle for longer than three one-way trips (e.g. a retransmission timeout, TIME_WAIT): compress.
    p.breakAfterUs = static_cast<int64_t>(flightUs * 3.0);
    p.breakPx = st.breakPx;
    p.top = l.axisTop + 8;
    std::vector<SimTime> times = model_.times;
    for (SimTime t : extraTimes_)
        if (t <= model_.shownEnd) times.push_back(t); // the scene ends at shownEnd
    axis_ = TimeAxis(std::move(times), p);
}

void SequenceDiagramView::addLanes(const Lanes& l) {
    const DiagramStyle& st = theme_.style;
    const qreal bottom = axis_.y(model_.shownEnd);
    for (size_t h = 0; h < 2; ++h) {
        const HostId host = h == 0 ? HostId::Client : HostId::Server;
        const QColor accent = hostAccentColor(host, theme_.dark);
        auto* line = scene_->addLine(QLineF(l.x[h], l.axisTop - 6, l.x[h], bottom + 6),
                                     QPen(accent, st.lifelineWidth, Qt::SolidLine, Qt::FlatCap));
        line->setZValue(4);
        auto* header = scene_->addSimpleText(l.header[h], st.font(st.headerPx, true));
        header->setBrush(accent);
        const QRectF r = header->boundingRect();
        header->setPos(l.x[h] - r.width() / 2, kMargin);
        // A short accent bar under the name ties it to its lifeline.
        auto* bar = scene_->addRect(QRectF(l.x[h] - r.width() / 2, kMargin + r.height() + 3, r.width(), 3),
                                    Qt::NoPen, accent);
        bar->setZValue(4);
    }
}

void SequenceDiagramView::addBands(const Lanes& l) {
    bands_.reserve(model_.bands.size());
    for (const DiagramBand& b : model_.bands) {
        const size_t h = hostIndex(b.host);
        const qreal left = h == 0 ? l.x[0] - l.bandW : l.x[1];
        const QRectF rect(QPointF(left, axis_.y(b.from)), QPointF(left + l.bandW, axis_.y(b.to)));
        auto* item = new StateBandItem(b, rect, theme_);
        item->onActivated = [this](size_t ev) { emit eventActivated(ev); };
        scene_->addItem(item);
        bands_.push_back(item);
    }
}

void SequenceDiagramView::addTimers(const Lanes& l) {
    const qreal labelH = QFontMetricsF(theme_.style.font(theme_.style.tagPx)).height();
    qreal lastLabelBottom[2] = {-1e300, -1e300};
    timers_.reserve(model_.timers.size());
    for (const DiagramTimer& t : model_.timers) {
        const size_t h = hostIndex(t.host);
        const int cols = model_.timerColumns[h];
        TimerBracketItem::Geometry g;
        g.y0 = axis_.y(t.from);
        g.y1 = axis_.y(t.to);
        g.tick = l.colW * 0.45;
        if (h == 0) {
            const qreal inner = l.x[0] - l.bandW - 6;
            g.x = inner - (t.column + 0.5) * l.colW;
            g.inward = 1;
            g.labelEdge = inner - cols * l.colW - 4;
        } else {
            const qreal inner = l.x[1] + l.bandW + 6;
            g.x = inner + (t.column + 0.5) * l.colW;
            g.inward = -1;
            g.labelEdge = inner + cols * l.colW + 4;
        }
        // Labels of one side never overlap: a label moves down, or is left to the tooltip when
        // its bracket ends before there is room.
        g.labelY = std::max(g.y0 - labelH / 2, lastLabelBottom[h] + 1);
        g.labelShown = g.labelY <= std::max(g.y1 - labelH / 2, g.y0 - labelH / 2);
        if (g.labelShown) lastLabelBottom[h] = g.labelY + labelH;
        auto* item = new TimerBracketItem(t, g, theme_);
        item->onActivated = [this](size_t ev) { emit eventActivated(ev); };
        scene_->addItem(item);
        timers_.push_back(item);
    }
}

void SequenceDiagramView::addSegments(const Lanes& l) {
    if (!trace_) return;
    segments_.reserve(model_.copies.size());
    for (const DiagramCopy& c : model_.copies) {
        const SegmentRecord* rec = trace_->segment(c.segId);
        const qreal xFrom = l.x[hostIndex(c.from)];
        const qreal xTo = l.x[hostIndex(c.to)];
        // A crafted segment does not come from the pretended sender's lifeline: it enters from
        // the side, out of the middle of the wire, and arrives at once.
        const QPointF start(c.injected ? xTo + (xFrom - xTo) * 0.6 : xFrom, axis_.y(c.sentAt));
        // A lost copy stops half-way across, at the time it was dropped.
        const QPointF end(c.lost ? (xFrom + xTo) / 2 : xTo, axis_.y(c.endsAt));
        auto* item = new SegmentItem(c, rec->seg, start, end, theme_);
        item->onActivated = [this](uint64_t id) { emit segmentActivated(id); };
        scene_->addItem(item);
        auto* label = new SegmentLabelItem(item, theme_);
        item->setLabel(label);
        scene_->addItem(label);
        segments_.push_back(item);
    }
}

// Greedy placement, as in timeline charts: each label slides along its own arrow to the first
// position that overlaps no label placed before it (or, failing that, overlaps least).
void SequenceDiagramView::placeLabels(const Lanes& l) {
    constexpr qreal kBucket = 64;
    std::map<long, std::vector<QRectF>> placed; // by y bucket
    auto add = [&](const QRectF& r) {
        for (long b = static_cast<long>(std::floor(r.top() / kBucket)); b <= static_cast<long>(std::floor(r.bottom() / kBucket)); ++b)
            placed[b].push_back(r);
    };
    auto overlap = [&](const QRectF& r) {
        qreal area = 0;
        for (long b = static_cast<long>(std::floor(r.top() / kBucket)); b <= static_cast<long>(std::floor(r.bottom() / kBucket)); ++b) {
            auto it = placed.find(b);
            if (it == placed.end()) continue;
            for (const QRectF& o : it->second) {
                const QRectF i = r.intersected(o);
                if (!i.isEmpty()) area += i.width() * i.height();
            }
        }
        return area;
    };
    // The ✕ marks are obstacles too: a label must never hide a loss.
    for (const SegmentItem* s : segments_) {
        if (!s->copy().lost) continue;
        const qreal k = theme_.style.lossMark + 3;
        add(QRectF(s->endPoint() - QPointF(k, k), QSizeF(2 * k, 2 * k)));
    }
    std::vector<SegmentItem*> order(segments_);
    std::stable_sort(order.begin(), order.end(), [](const SegmentItem* a, const SegmentItem* b) {
        return a->startPoint().y() < b->startPoint().y();
    });
    static constexpr qreal kFractions[] = {0.5, 0.38, 0.62, 0.28, 0.72, 0.18, 0.82, 0.1, 0.9};
    const qreal minX = l.x[0] + theme_.style.arrowHead + 4;
    const qreal maxX = l.x[1] - theme_.style.arrowHead - 4;
    for (SegmentItem* s : order) {
        SegmentLabelItem* label = s->label();
        const QSizeF size = label->size();
        QPointF best;
        qreal bestArea = -1;
        for (const qreal f : kFractions) {
            QPointF c = s->startPoint() + (s->endPoint() - s->startPoint()) * f;
            c.setX(std::clamp(c.x(), minX + size.width() / 2, std::max(minX, maxX - size.width() / 2)));
            const QRectF r(c - QPointF(size.width() / 2, size.height() / 2), size);
            const qreal a = overlap(r.adjusted(-2, -1, 2, 1));
            if (bestArea < 0 || a < bestArea) {
                bestArea = a;
                best = c;
            }
            if (a <= 0) break;
        }
        label->setRestPos(best);
        label->setCrowded(bestArea > 0);
        if (bestArea <= 0) add(QRectF(best - QPointF(size.width() / 2, size.height() / 2), size));
    }
}

void SequenceDiagramView::addBreaksAndRuler(const Lanes& l) {
    auto* ruler = new TimeRulerItem(axis_, l.rulerAxis, theme_);
    scene_->addItem(ruler);
    for (const TimeAxis::Break& b : axis_.breaks()) {
        auto* item = new TimeBreakItem(b, kMargin, l.right - kMargin, {l.rulerAxis, l.x[0], l.x[1]},
                                       (l.x[0] + l.x[1]) / 2, theme_);
        scene_->addItem(item);
        breaks_.push_back(item);
    }
}

// --- cursor ----------------------------------------------------------------------------------------

void SequenceDiagramView::applyCursor() {
    const qreal nowY = axis_.y(now_);
    const auto reached = [this](uint32_t ev) { return ev != kNoEvent && ev < cursor_; };
    for (size_t i = 0; i < segments_.size(); ++i) {
        const DiagramCopy& c = model_.copies[i];
        SegmentItem* item = segments_[i];
        if (!reached(c.sendEvent)) {
            item->setProgress(SegmentItem::Progress::Future, 0, false);
            continue;
        }
        // A copy with no end event was still on the wire when the run stopped: in flight for good.
        const bool ended = c.endEvent != kNoEvent && reached(c.endEvent) && now_ >= c.endsAt;
        if (ended) {
            item->setProgress(SegmentItem::Progress::Done, 1, c.endsAt == now_ && c.endEvent != kNoEvent);
            continue;
        }
        const qreal y0 = item->startPoint().y(), y1 = item->endPoint().y();
        const double f = y1 > y0 ? (nowY - y0) / (y1 - y0) : 1.0;
        item->setProgress(SegmentItem::Progress::InFlight, f, true);
    }
    const qreal minLit = QFontMetricsF(theme_.style.font(theme_.style.bandPx, true)).height() + 4;
    for (size_t i = 0; i < bands_.size(); ++i) {
        const DiagramBand& b = model_.bands[i];
        StateBandItem* item = bands_[i];
        if (b.event != kNoEvent && !reached(b.event)) {
            item->setLitUntil(-1e300);
            continue;
        }
        const bool current = b.from <= now_ && now_ < b.to;
        // The state just entered is lit at least far enough to read its name.
        item->setLitUntil(current ? std::max(nowY, item->pos().y() + minLit) : nowY);
    }
    for (size_t i = 0; i < timers_.size(); ++i) {
        const DiagramTimer& t = model_.timers[i];
        TimerBracketItem* item = timers_[i];
        if (!reached(t.setEvent)) {
            item->setCursorState(-1e300, false, SimDuration{});
            continue;
        }
        const bool ended = (t.endEvent == kNoEvent || reached(t.endEvent)) && now_ >= t.to;
        const bool active = !ended && now_ >= t.from;
        const SimDuration left = t.due > now_ ? t.due - now_ : SimDuration{};
        item->setCursorState(ended ? 1e300 : nowY, active, left);
    }
    if (nowMarker_) nowMarker_->setTime(now_, nowY);
    placePackets();
}

// The dots of the copies in flight are separate items above every label, so a label never hides
// where a segment is.
void SequenceDiagramView::placePackets() {
    size_t used = 0;
    const qreal minX = laneX_[0] + theme_.style.arrowHead + 4;
    const qreal maxX = laneX_[1] - theme_.style.arrowHead - 4;
    for (const SegmentItem* s : segments_) {
        SegmentLabelItem* label = s->label();
        if (s->progress() != SegmentItem::Progress::InFlight) {
            if (label->pos() != label->restPos()) label->setPos(label->restPos());
            continue;
        }
        // The label rides beside its dot, the segment carrying its name across the wire: above the
        // dot, or below it where a resting label is in the way above.
        const QSizeF size = label->size();
        const QPointF head = s->headPoint();
        const qreal x = std::clamp(head.x(), minX + size.width() / 2, std::max(minX, maxX - size.width() / 2));
        const qreal dy = size.height() / 2 + kPacketRadius + 4;
        const QPointF above(x, head.y() - dy), below(x, head.y() + dy);
        label->setPos(restingOverlap(label, above) <= restingOverlap(label, below) ? above : below);
        if (used == packets_.size()) {
            auto* dot = scene_->addEllipse(QRectF(-kPacketRadius, -kPacketRadius, 2 * kPacketRadius, 2 * kPacketRadius));
            dot->setZValue(28);
            dot->setAcceptedMouseButtons(Qt::NoButton);
            packets_.push_back(dot);
        }
        QGraphicsEllipseItem* dot = packets_[used++];
        dot->setBrush(s->lineColor());
        dot->setPen(QPen(backgroundColor(theme_.dark), 2));
        dot->setPos(s->headPoint());
        dot->setVisible(true);
    }
    for (size_t i = used; i < packets_.size(); ++i) packets_[i]->setVisible(false);
}

// How much of a label placed at `centre` would cover the labels of segments that have arrived and
// the written lengths of breaks (the faint labels of future segments may be covered: they are not
// history yet).
qreal SequenceDiagramView::restingOverlap(const SegmentLabelItem* label, QPointF centre) const {
    const QSizeF size = label->size();
    const QRectF r(centre - QPointF(size.width() / 2, size.height() / 2), size);
    qreal area = 0;
    for (const SegmentItem* other : segments_) {
        const SegmentLabelItem* l = other->label();
        if (l == label || !l->isVisible() || other->progress() != SegmentItem::Progress::Done) continue;
        const QRectF hit = r.intersected(l->sceneBoundingRect());
        area += hit.width() * hit.height();
    }
    for (const TimeBreakItem* b : breaks_) { // "… 800 ms …" must stay readable too
        const QRectF hit = r.intersected(b->mapRectToScene(b->textRect()));
        area += hit.width() * hit.height();
    }
    return area;
}

// Keeps the cursor's time on screen: while it glides (playback) the view glides with it; after a
// jump (scrub, step back) it scrolls there in a short animation.
void SequenceDiagramView::followNow() {
    if (!isVisible() || !trace_) return;
    QScrollBar* bar = verticalScrollBar();
    if (bar->maximum() <= bar->minimum()) return;
    const qreal viewH = viewport()->height() / sceneScale();
    const qreal top = mapToScene(QPoint(0, 0)).y();
    const qreal nowY = axis_.y(now_);
    qreal targetTop = top;
    if (nowY > top + 0.7 * viewH) {
        const qreal over = nowY - (top + 0.7 * viewH);
        targetTop = over < 0.3 * viewH ? top + over : nowY - 0.4 * viewH;
    } else if (nowY < top + 0.1 * viewH) {
        const qreal under = top + 0.1 * viewH - nowY;
        targetTop = under < 0.3 * viewH ? top - under : nowY - 0.4 * viewH;
    } else {
        return;
    }
    const int delta = static_cast<int>(std::lround((targetTop - top) * sceneScale()));
    const int target = std::clamp(bar->value() + delta, bar->minimum(), bar->maximum());
    const bool jump = std::abs(targetTop - top) >= 0.3 * viewH;
    scroll_->stop();
    if (!jump) {
        bar->setValue(target);
        return;
    }
    scroll_->setStartValue(bar->value());
    scroll_->setEndValue(target);
    scroll_->start();
}

// --- zoom --------------------------------------------------------------------------------------------

void SequenceDiagramView::setZoom(qreal zoom) {
    zoom_ = std::clamp(zoom, kMinZoom, kMaxZoom);
    updateTransform();
}

void SequenceDiagramView::updateTransform() {
    const qreal sceneW = scene_->sceneRect().width();
    const qreal viewW = viewport()->width() - 2;
    fit_ = sceneW > 0 && viewW > 0 ? std::clamp(viewW / sceneW, kMinFit, 1.0) : 1.0;
    const qreal s = zoom_ * fit_;
    setTransform(QTransform::fromScale(s, s));
}

void SequenceDiagramView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    updateTransform();
    followNow();
}

void SequenceDiagramView::showEvent(QShowEvent* event) {
    QGraphicsView::showEvent(event);
    updateTransform();
    followNow();
}

void SequenceDiagramView::zoomIn() { setZoom(zoom_ * kZoomStep); }
void SequenceDiagramView::zoomOut() { setZoom(zoom_ / kZoomStep); }
void SequenceDiagramView::resetZoom() { setZoom(1.0); }

void SequenceDiagramView::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0) zoomIn();
        else if (event->angleDelta().y() < 0) zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void SequenceDiagramView::changeEvent(QEvent* event) {
    // Lane names and tags are translated; rebuild in the new language, keeping the cursor.
    if (event->type() == QEvent::LanguageChange) rebuild();
    QGraphicsView::changeEvent(event);
}

} // namespace hl::ui
