#include "ui/diagram/sequence_diagram_view.h"

#include "ui/diagram/now_marker_item.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/state_band_item.h"
#include "ui/diagram/time_break_item.h"
#include "ui/diagram/time_ruler_item.h"
#include "ui/diagram/timer_bracket_item.h"
#include "ui/texts/texts.h"
#include "ui/window/accessible_factory.h"
#include "ui/window/accessible_names.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QVariantAnimation>
#include <QWheelEvent>
#include <algorithm>
#include <limits>
#include <map>
#include <numeric>
#include <optional>

namespace hl::ui {

namespace {
constexpr qreal kMargin = 10;
constexpr qreal kMinZoom = 0.25, kMaxZoom = 4.0, kZoomStep = 1.25;
constexpr qreal kMinFit = 0.6; // fit-to-width never shrinks text below 60 %
constexpr qreal kPacketRadius = 6.0;
size_t hostIndex(HostId h) { return h == HostId::Client ? 0 : 1; }

// The spotlight keeps an arrow's own opacity (the future is faint) on the item itself, so that
// the next cursor move or switching it off gives it back.
constexpr int kOwnOpacityKey = 0x5350;
void dim(QGraphicsItem* item, qreal to) {
    if (!item->data(kOwnOpacityKey).isValid()) item->setData(kOwnOpacityKey, item->opacity());
    item->setOpacity(std::min(item->opacity(), to));
}
void undim(QGraphicsItem* item) {
    const QVariant own = item->data(kOwnOpacityKey);
    if (!own.isValid()) return;
    item->setOpacity(own.toReal());
    item->setData(kOwnOpacityKey, QVariant());
}
} // namespace

// Every x position of the layout. Widths come from font metrics, so translated lane names and
// tags (Korean is wider than English) push the lanes apart instead of overlapping.
struct SequenceDiagramView::Lanes {
    qreal rulerAxis = 0;
    qreal x[2] = {0, 0}; // lifelines
    qreal bandW = 0;
    qreal colW = 0;
    qreal timerLabelW[2] = {0, 0};
    qreal right = 0; // scene width
    qreal headerH = 0;
    qreal axisTop = 0;
    qreal maxLabelW = 0; // widest segment label plate
    QString header[2];
};

SequenceDiagramView::SequenceDiagramView(QWidget* parent)
    : QGraphicsView(parent), scene_(new QGraphicsScene(this)), scroll_(new QVariantAnimation(this)),
      noteTimer_(new QTimer(this)) {
    noteTimer_->setSingleShot(true);
    connect(noteTimer_, &QTimer::timeout, this, [this] {
        note_.clear();
        viewport()->update();
    });
    setScene(scene_);
    installAccessibleFactories();
    setFocusPolicy(Qt::StrongFocus); // ↑ ↓ Enter and the menu key work on its segments
    setControlName(this, tr("Sequence diagram"));
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
    focusCopy_ = -1;
    access_.invalidate();
    rebuild();
    accessReplaced();
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

void SequenceDiagramView::setPresentationMode(bool on) {
    if (on == theme_.style.presentation) return;
    theme_.style.presentation = on;
    applyStyle();
}

void SequenceDiagramView::setTextScale(qreal scale) {
    scale = std::clamp(scale, 0.7, 2.0);
    if (scale == textScale_) return;
    textScale_ = scale;
    applyStyle();
}

// The mode's sizes with the user's text scale on every font (the geometry follows the text).
void SequenceDiagramView::applyStyle() {
    DiagramStyle st = theme_.style.presentation ? DiagramStyle::presentationMode() : DiagramStyle::normal();
    const auto px = [this](int size) { return std::max(6, static_cast<int>(std::lround(size * textScale_))); };
    st.labelPx = px(st.labelPx);
    st.tagPx = px(st.tagPx);
    st.headerPx = px(st.headerPx);
    st.bandPx = px(st.bandPx);
    st.rulerPx = px(st.rulerPx);
    theme_.style = st.forTheme(theme_.kind);
    rebuild();
    updateTransform();
}

void SequenceDiagramView::setTheme(Theme theme) {
    if (theme == theme_.kind) return;
    theme_.kind = theme;
    applyStyle(); // the theme's line widths, then a rebuild in its colours
}

void SequenceDiagramView::setSelectedSegment(uint64_t segId) {
    selected_ = segId;
    // The keyboard follows a segment chosen elsewhere (a click, the event list).
    const auto& copies = model_.copies;
    if (segId == 0)
        focusCopy_ = -1;
    else if (focusCopy_ < 0 || static_cast<size_t>(focusCopy_) >= copies.size() ||
             copies[size_t(focusCopy_)].segId != segId) {
        const auto it = std::find_if(copies.begin(), copies.end(),
                                     [segId](const DiagramCopy& c) { return c.segId == segId; });
        focusCopy_ = it == copies.end() ? -1 : static_cast<int>(it - copies.begin());
    }
    for (SegmentItem* item : segments_)
        if (item) item->setChosen(segId != 0 && item->segId() == segId);
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
    followNowHorizontally();
}

// --- building ------------------------------------------------------------------------------------

void SequenceDiagramView::rebuild() {
    scroll_->stop();
    scene_->clear();
    segments_.clear();
    labelSizes_.clear();
    copiesByBand_.clear();
    bands_.clear();
    timers_.clear();
    breaks_.clear();
    packets_.clear();
    headers_.clear();
    nowMarker_ = nullptr;
    model_ = sharedModel_ ? *sharedModel_ : trace_ ? buildDiagramModel(*trace_) : DiagramModel{};
    setBackgroundBrush(backgroundColor(theme_.kind));
    measureLabels(); // first: the label plates decide the gap between the lifelines
    const Lanes lanes = computeLanes();
    laneX_[0] = lanes.x[0];
    laneX_[1] = lanes.x[1];
    layOut(lanes);
    indexCopies();
    if (model_.copies.size() <= kAllItemsUpTo) materializeAll();
    addBands(lanes);
    addLanes(lanes);
    addTimers(lanes);
    addBreaksAndRuler(lanes);
    addEndNotes(lanes);
    nowMarker_ = new NowMarkerItem(lanes.rulerAxis, lanes.right - kMargin, lanes.rulerAxis - 2, theme_);
    scene_->addItem(nowMarker_);
    const qreal notesH = endNotes_.size() * (QFontMetricsF(theme_.style.font(theme_.style.tagPx + 1)).height() + 4);
    const qreal bottom = axis_.y(model_.shownEnd) + 2 * kMargin + 20 + notesH;
    scene_->setSceneRect(0, 0, lanes.right, bottom);
    setSelectedSegment(selected_);
    updateTransform(); // (makes the arrows in view: materializeVisible())
    applyCursor();
    placeHeaders();
    // Every pixel comes from the new scene: nothing drawn from the old one may stay on screen.
    viewport()->update();
    emit sceneRebuilt();
}

// The time axis and the labels decide each other: labels go on their own arrows, clear of every
// other label, loss mark and fold; where one finds no free place, the stretch its arrow starts in
// gets taller and everything is placed again. The passes work on plain geometry; the items are
// moved once, at the end.
void SequenceDiagramView::layOut(const Lanes& l) {
    constexpr int kMaxPasses = 12;
    std::map<int64_t, double> room; // extra pixels below an instant
    const qreal slot = slotPx();
    for (const DiagramCopy& c : model_.copies) {
        room[c.sentAt.us()] = std::max(room[c.sentAt.us()], c.sendSlot * slot);
        room[c.endsAt.us()] = std::max(room[c.endsAt.us()], c.endSlot * slot);
    }
    std::vector<int64_t> times; // the instants of the axis, sorted
    for (const SimTime t : model_.times) times.push_back(t.us());
    std::sort(times.begin(), times.end());
    // The axis's own instants, sorted once for every pass.
    std::vector<SimTime> axisTimes = model_.times;
    for (SimTime t : extraTimes_)
        if (t <= model_.shownEnd) axisTimes.push_back(t); // the scene ends at shownEnd
    std::sort(axisTimes.begin(), axisTimes.end());
    axisTimes.erase(std::unique(axisTimes.begin(), axisTimes.end()), axisTimes.end());
    LabelLayout layout;
    for (int pass = 0;; ++pass) {
        std::vector<TimeAxis::Room> rooms;
        for (const auto& [us, px] : room)
            if (px > 0) rooms.push_back({SimTime::fromUs(us), px});
        buildAxis(l, axisTimes, rooms);
        positionSegments(l, layout);
        const std::vector<size_t> crowded = placeLabels(l, layout);
        if (crowded.empty() || pass == kMaxPasses) break;
        // Room above and below the instant the crowded arrow leaves (a flat, injected arrow
        // only gains from room above it).
        int64_t firstChanged = std::numeric_limits<int64_t>::max();
        for (const size_t i : crowded) {
            const qreal px = labelSizes_[i].height() / 2 + 4;
            const int64_t sent = model_.copies[i].sentAt.us();
            room[sent] += px;
            firstChanged = std::min(firstChanged, sent);
            const auto before = std::lower_bound(times.begin(), times.end(), sent);
            if (before != times.begin()) {
                room[*std::prev(before)] += px;
                firstChanged = std::min(firstChanged, *std::prev(before));
            }
        }
        // Room below an instant moves only what comes after it: every loss mark and fold the next
        // pass moves starts below this line, so labels wholly above it keep their places.
        layout.keepAbove = axis_.y(SimTime::fromUs(firstChanged)) - (theme_.style.lossMark + 3) - 1;
    }
    layout.grid = {}; // scratch of the passes
    layout_ = std::move(layout);
}

qreal SequenceDiagramView::slotPx() const {
    // Far enough apart to see two arrows, close enough to read them as one instant.
    return QFontMetricsF(theme_.style.font(theme_.style.labelPx)).height() * 0.6;
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
    for (TcpState s : kAllStates) l.bandW = std::max(l.bandW, bandFm.horizontalAdvance(Texts::stateName(s)));
    l.bandW += 14;
    l.colW = st.timerColumn;
    for (const DiagramTimer& t : model_.timers) {
        const size_t h = hostIndex(t.host);
        l.timerLabelW[h] = std::max(l.timerLabelW[h], TimerBracketItem::maxLabelWidth(theme_, t.kind) + 16);
    }
    // The widest label plate decides the gap between the lifelines.
    for (const QSizeF& size : labelSizes_) l.maxLabelW = std::max(l.maxLabelW, size.width());
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

void SequenceDiagramView::buildAxis(const Lanes& l, const std::vector<SimTime>& axisTimes,
                                    const std::vector<TimeAxis::Room>& room) {
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
    std::vector<SimTime> times = axisTimes;
    // A segment on the wire keeps its whole flight on the axis: a delay must look like one.
    std::vector<TimeAxis::Span> held;
    held.reserve(model_.copies.size());
    for (const DiagramCopy& c : model_.copies) held.push_back({c.sentAt, c.endsAt});
    axis_ = TimeAxis(std::move(times), p, held, room);
}

void SequenceDiagramView::addLanes(const Lanes& l) {
    const DiagramStyle& st = theme_.style;
    const qreal bottom = axis_.y(model_.shownEnd);
    for (size_t h = 0; h < 2; ++h) {
        const HostId host = h == 0 ? HostId::Client : HostId::Server;
        const QColor accent = hostAccentColor(host, theme_.kind);
        auto* line = scene_->addLine(QLineF(l.x[h], l.axisTop - 6, l.x[h], bottom + 6),
                                     QPen(accent, st.lifelineWidth, Qt::SolidLine, Qt::FlatCap));
        line->setZValue(4);
        auto* header = scene_->addSimpleText(l.header[h], st.font(st.headerPx, true));
        header->setBrush(accent);
        const QRectF r = header->boundingRect();
        header->setPos(l.x[h] - r.width() / 2, kMargin);
        // A short accent bar under the name ties it to its lifeline.
        auto* bar = scene_->addRect(QRectF(l.x[h] - r.width() / 2, kMargin + r.height() + 3, r.width(), 3), Qt::NoPen,
                                    accent);
        bar->setZValue(4);
        headers_.push_back({l.header[h], accent, l.x[h]});
        headerBottom_ = kMargin + r.height() + 6;
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

void SequenceDiagramView::measureLabels() {
    if (!trace_) return;
    labelSizes_.reserve(model_.copies.size());
    for (const DiagramCopy& c : model_.copies) {
        const SegmentRecord* rec = trace_->segment(c.segId);
        labelSizes_.push_back(
            SegmentLabelItem::plateSize(theme_, SegmentItem::labelFor(rec->seg), SegmentItem::tagsFor(c)));
    }
}

// Each copy under the 256 px bands of y its arrow and label reach: which copies a part of the
// scene shows, without looking at all of them.
void SequenceDiagramView::indexCopies() {
    segments_.assign(labelSizes_.size(), nullptr);
    for (size_t i = 0; i < labelSizes_.size(); ++i) {
        const qreal half = labelSizes_[i].height() / 2 + 32; // with the arrowhead, the ✕ and the dot
        const qreal top = std::min({layout_.start[i].y(), layout_.end[i].y(), layout_.spot[i].y()}) - half;
        const qreal bottom = std::max({layout_.start[i].y(), layout_.end[i].y(), layout_.spot[i].y()}) + half;
        const auto last = static_cast<size_t>(std::max<qreal>(0, bottom) / kIndexBand);
        if (copiesByBand_.size() <= last) copiesByBand_.resize(last + 1);
        for (auto b = static_cast<size_t>(std::max<qreal>(0, top) / kIndexBand); b <= last; ++b)
            copiesByBand_[b].push_back(static_cast<uint32_t>(i));
    }
}

// Arrows are made when first seen: a run of thousands of segments builds the items of the screen
// it shows, not of every screen (issue 13). Each is made in the state the view would have given it.
SegmentItem* SequenceDiagramView::materialize(size_t i) {
    if (segments_[i]) return segments_[i];
    const DiagramCopy& c = model_.copies[i];
    auto* item = new SegmentItem(c, trace_->segment(c.segId)->seg, layout_.start[i], layout_.end[i], theme_);
    item->onActivated = [this](uint64_t id) { emit segmentActivated(id); };
    scene_->addItem(item);
    auto* label = new SegmentLabelItem(item, theme_);
    label->setCrowded(layout_.crowded[i] != 0);
    label->setRestPos(layout_.spot[i]);
    item->setLabel(label);
    scene_->addItem(label);
    segments_[i] = item;
    if (selected_ != 0) item->setChosen(item->segId() == selected_);
    return item;
}

void SequenceDiagramView::materializeAll() {
    bool made = false;
    for (size_t i = 0; i < segments_.size(); ++i) {
        if (segments_[i]) continue;
        materialize(i);
        made = true;
    }
    if (made && nowMarker_) applyCursor(); // the new arrows in the cursor's state
}

std::optional<QPointF> SequenceDiagramView::segmentMiddle(uint64_t segId) const {
    for (size_t i = 0; i < model_.copies.size() && i < layout_.start.size(); ++i)
        if (model_.copies[i].segId == segId) return (layout_.start[i] + layout_.end[i]) / 2;
    return std::nullopt;
}

size_t SequenceDiagramView::madeSegmentCount() const {
    return static_cast<size_t>(std::count_if(segments_.begin(), segments_.end(), [](const SegmentItem* s) { return s; }));
}

void SequenceDiagramView::materializeVisible() {
    if (copiesByBand_.empty()) return;
    // The view and one more screen above and below: scrolling finds its arrows made.
    const QRectF seen = mapToScene(viewport()->rect()).boundingRect();
    const qreal top = seen.top() - seen.height(), bottom = seen.bottom() + seen.height();
    const auto first = static_cast<size_t>(std::max<qreal>(0, top) / kIndexBand);
    const size_t last = std::min(copiesByBand_.size() - 1, static_cast<size_t>(std::max<qreal>(0, bottom) / kIndexBand));
    if (first > last) return;
    const qreal nowY = axis_.y(now_);
    bool made = false;
    for (size_t b = first; b <= last; ++b)
        for (const uint32_t i : copiesByBand_[b]) {
            if (segments_[i]) continue;
            materialize(i);
            applyCursorTo(i, nowY);
            applySpotlightTo(i);
            made = true;
        }
    if (made) placePackets();
}

void SequenceDiagramView::positionSegments(const Lanes& l, LabelLayout& layout) const {
    const qreal slot = slotPx();
    const size_t n = model_.copies.size();
    layout.start.resize(n);
    layout.end.resize(n);
    if (layout.knots != axis_.knotCount() || layout.sentKnot.size() != n) {
        layout.knots = axis_.knotCount();
        layout.sentKnot.resize(n);
        layout.endKnot.resize(n);
        for (size_t i = 0; i < n; ++i) {
            layout.sentKnot[i] = axis_.knotAt(model_.copies[i].sentAt);
            layout.endKnot[i] = axis_.knotAt(model_.copies[i].endsAt);
        }
    }
    const auto yOf = [this](size_t knot, SimTime t) {
        return knot != TimeAxis::kNoKnot ? axis_.knotY(knot) : axis_.y(t);
    };
    for (size_t i = 0; i < n; ++i) {
        const DiagramCopy& c = model_.copies[i];
        const qreal xFrom = l.x[hostIndex(c.from)];
        const qreal xTo = l.x[hostIndex(c.to)];
        // A crafted segment does not come from the pretended sender's lifeline: it enters from
        // the side, out of the middle of the wire, and arrives at once.
        layout.start[i] = QPointF(c.injected ? xTo + (xFrom - xTo) * 0.6 : xFrom,
                                  yOf(layout.sentKnot[i], c.sentAt) + c.sendSlot * slot);
        // A lost copy stops half-way across, at the time it was dropped.
        layout.end[i] = QPointF(c.lost ? (xFrom + xTo) / 2 : xTo, yOf(layout.endKnot[i], c.endsAt) + c.endSlot * slot);
    }
}

// One rule for every label, as in timeline charts: each label slides along its own arrow to the
// first place that overlaps no label placed before it, no loss mark and no fold, and stays there
// whatever the cursor does (the moving dot shows where the segment is). Returns the arrows whose
// label found no such place.
std::vector<size_t> SequenceDiagramView::placeLabels(const Lanes& l, LabelLayout& layout) const {
    const size_t n = labelSizes_.size();
    // Placed rectangles in 32 px rows over the whole drawing (every label, mark and fold lies
    // within the arrows' span plus the tallest label). Rows, not cells: labels span most of the gap
    // between the lifelines, so columns only stored each plate several times (measured: a third
    // faster on a 2,000-segment run).
    constexpr qreal kRow = 32;
    qreal top = l.axisTop, bottom = l.axisTop, tallest = 0;
    for (size_t i = 0; i < n; ++i) {
        top = std::min({top, layout.start[i].y(), layout.end[i].y()});
        bottom = std::max({bottom, layout.start[i].y(), layout.end[i].y()});
        tallest = std::max(tallest, labelSizes_[i].height());
    }
    for (const TimeAxis::Break& b : axis_.breaks()) {
        top = std::min(top, b.y0);
        bottom = std::max(bottom, b.y1);
    }
    const qreal margin = tallest + theme_.style.lossMark + 16;
    using Box = LabelLayout::Box;
    // floor(y / 32) without a libm call (the baseline x86-64 has no rounding instruction): this
    // runs for every place tried of every label, on each pass. The product is exact.
    const auto rowOf = [](qreal y) {
        const qreal q = y * (1.0 / kRow);
        const auto t = static_cast<long>(q);
        return t - static_cast<long>(q < static_cast<qreal>(t));
    };
    const long row0 = rowOf(top - margin);
    const long rows = rowOf(bottom + margin) - row0 + 1;
    LabelLayout::Grid& grid = layout.grid;
    if (grid.row0 != row0) grid = LabelLayout::Grid{row0, 0, grid.pass, {}, {}};
    if (grid.rows < rows) {
        grid.rows = rows;
        grid.cells.resize(static_cast<size_t>(rows));
        grid.passOf.resize(static_cast<size_t>(rows), 0);
    }
    const unsigned pass = ++grid.pass;
    const auto rowsOf = [&](const Box& r) {
        return std::pair{static_cast<size_t>(std::clamp(rowOf(r.t) - row0, 0L, rows - 1)),
                         static_cast<size_t>(std::clamp(rowOf(r.b) - row0, 0L, rows - 1))};
    };
    // Plain edges: QRectF::intersects normalises first, and none of these is ever empty.
    const auto boxOf = [](const QRectF& r) { return Box{r.left(), r.top(), r.right(), r.bottom()}; };
    auto add = [&](const QRectF& rect) {
        const Box r = boxOf(rect);
        const auto [first, last] = rowsOf(r);
        for (size_t row = first; row <= last; ++row) {
            if (grid.passOf[row] != pass) {
                grid.cells[row].clear();
                grid.passOf[row] = pass;
            }
            grid.cells[row].push_back(r);
        }
    };
    auto isFree = [&](const QRectF& rect) {
        const Box r = boxOf(rect);
        const auto [first, last] = rowsOf(r);
        for (size_t row = first; row <= last; ++row) {
            if (grid.passOf[row] != pass) continue; // a row of an earlier pass is empty
            for (const Box& o : grid.cells[row])
                if (r.l < o.r && o.l < r.r && r.t < o.b && o.t < r.b) return false;
        }
        return true;
    };
    // The ✕ marks are obstacles: a label must never hide a loss. So are the folds, with their
    // written lengths: nothing is drawn on a shortened stretch.
    for (size_t i = 0; i < n; ++i) {
        if (!model_.copies[i].lost) continue;
        const qreal k = theme_.style.lossMark + 3;
        add(QRectF(layout.end[i] - QPointF(k, k), QSizeF(2 * k, 2 * k)));
    }
    for (const TimeAxis::Break& b : axis_.breaks()) add(QRectF(QPointF(l.x[0], b.y0), QPointF(l.x[1], b.y1)));
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return layout.start[a].y() < layout.start[b].y(); });
    static constexpr qreal kFractions[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85, 0.1, 0.9};
    const qreal minX = l.x[0] + theme_.style.arrowHead + 4;
    const qreal maxX = l.x[1] - theme_.style.arrowHead - 4;
    // The last pass's places, kept while every label so far lay wholly above what changed (the
    // arrows are sorted as before up to there, and nothing they were tested against has moved).
    const bool reuse = layout.keepAbove.has_value() && layout.spot.size() == n;
    bool reusing = reuse;
    std::vector<QPointF> spot(n);
    std::vector<char> crowdedFlag(n, 0);
    std::vector<size_t> crowded;
    for (const size_t i : order) {
        const QSizeF size = labelSizes_[i];
        const QPointF from = layout.start[i], to = layout.end[i];
        if (reusing && std::max(from.y(), to.y()) + size.height() / 2 + 1 >= *layout.keepAbove) reusing = false;
        if (reusing) {
            spot[i] = layout.spot[i]; // never crowded: a crowded arrow starts below keepAbove
            add(QRectF(spot[i] - QPointF(size.width() / 2, size.height() / 2), size));
            continue;
        }
        std::optional<QPointF> found;
        for (const qreal f : kFractions) {
            QPointF c = from + (to - from) * f;
            c.setX(std::clamp(c.x(), minX + size.width() / 2, std::max(minX, maxX - size.width() / 2)));
            const QRectF r(c - QPointF(size.width() / 2, size.height() / 2), size);
            if (isFree(r.adjusted(-2, -1, 2, 1))) {
                found = c;
                break;
            }
        }
        if (!found) {
            crowded.push_back(i);
            crowdedFlag[i] = 1;
            // Kept on its arrow's middle, shown only while hovered (the tooltip always has it).
            spot[i] = from + (to - from) * 0.5;
            continue;
        }
        spot[i] = *found;
        add(QRectF(*found - QPointF(size.width() / 2, size.height() / 2), size));
    }
    layout.spot = std::move(spot);
    layout.crowded = std::move(crowdedFlag);
    layout.keepAbove.reset();
    return crowded;
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
    for (size_t i = 0; i < segments_.size(); ++i)
        if (segments_[i]) applyCursorTo(i, nowY);
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
    applySpotlight();
}

void SequenceDiagramView::applyCursorTo(size_t i, qreal nowY) {
    SegmentItem* item = segments_[i];
    undim(item);
    if (item->label()) undim(item->label());
    const auto reached = [this](uint32_t ev) { return ev != kNoEvent && ev < cursor_; };
    const DiagramCopy& c = model_.copies[i];
    if (!reached(c.sendEvent)) {
        item->setProgress(SegmentItem::Progress::Future, 0, false);
        return;
    }
    // A copy with no end event was still on the wire when the run stopped: in flight for good.
    const bool ended = c.endEvent != kNoEvent && reached(c.endEvent) && now_ >= c.endsAt;
    if (ended) {
        item->setProgress(SegmentItem::Progress::Done, 1, c.endsAt == now_ && c.endEvent != kNoEvent);
        return;
    }
    const qreal y0 = item->startPoint().y(), y1 = item->endPoint().y();
    const double f = y1 > y0 ? (nowY - y0) / (y1 - y0) : 1.0;
    item->setProgress(SegmentItem::Progress::InFlight, f, true);
}

void SequenceDiagramView::setStepStart(size_t firstEvent) {
    if (firstEvent == stepStart_) return;
    stepStart_ = firstEvent;
    if (spotlight_) applyCursor();
}

void SequenceDiagramView::setSpotlight(bool on) {
    if (on == spotlight_) return;
    spotlight_ = on;
    applyCursor(); // the arrows' own opacity (the future is faint), then the spotlight's
}

qreal SequenceDiagramView::focusX() const {
    const auto inStep = [this](uint32_t ev) { return ev != kNoEvent && ev >= stepStart_ && ev < cursor_; };
    for (const DiagramCopy& c : model_.copies)
        if (inStep(c.endEvent) && !c.lost) return laneX_[hostIndex(c.to)];
    for (const DiagramCopy& c : model_.copies)
        if (inStep(c.sendEvent)) return laneX_[hostIndex(c.from)];
    return (laneX_[0] + laneX_[1]) / 2;
}

bool SequenceDiagramView::isSceneXInView(qreal x) const {
    const qreal left = mapToScene(QPoint(0, 0)).x();
    const qreal right = mapToScene(QPoint(viewport()->width(), 0)).x();
    return x >= left && x <= right;
}

// Zoomed in, the step's lifeline may lie beside the view: scroll sideways to it (stepping used
// to scroll only vertically and leave the server's events off-screen).
void SequenceDiagramView::followNowHorizontally() {
    if (!isVisible() || !trace_) return;
    QScrollBar* bar = horizontalScrollBar();
    if (bar->maximum() <= bar->minimum()) return;
    const qreal viewW = viewport()->width() / sceneScale();
    const qreal margin = std::min(60.0, viewW / 6);
    // Both lifelines when they fit together, else the one the step happens on.
    const bool both = laneX_[1] - laneX_[0] + 2 * margin <= viewW;
    if (both ? isSceneXInView(laneX_[0] - margin / 2) && isSceneXInView(laneX_[1] + margin / 2)
             : isSceneXInView(focusX() - margin / 2) && isSceneXInView(focusX() + margin / 2))
        return;
    const qreal target = both ? (laneX_[0] + laneX_[1]) / 2 : focusX();
    const qreal centre = mapToScene(viewport()->rect().center()).x();
    bar->setValue(bar->value() + static_cast<int>(std::lround((target - centre) * sceneScale())));
}

// Presentation mode's spotlight: the current step's arrows and states at full strength, the rest
// faint, so that the room looks where the teacher talks.
void SequenceDiagramView::applySpotlight() {
    // applyCursor() has given each arrow its own opacity back; the spotlight only lowers it.
    for (size_t i = 0; i < segments_.size(); ++i)
        if (segments_[i]) applySpotlightTo(i);
    const auto inStep = [this](uint32_t ev) { return ev != kNoEvent && ev >= stepStart_ && ev < cursor_; };
    for (size_t i = 0; i < bands_.size(); ++i)
        bands_[i]->setOpacity(!spotlight_ || inStep(model_.bands[i].event) ? 1.0 : kSpotlightDimmed);
    for (TimerBracketItem* t : timers_) t->setOpacity(spotlight_ ? kSpotlightDimmed : 1.0);
}

void SequenceDiagramView::applySpotlightTo(size_t i) {
    if (!spotlight_) return;
    const auto inStep = [this](uint32_t ev) { return ev != kNoEvent && ev >= stepStart_ && ev < cursor_; };
    const DiagramCopy& c = model_.copies[i];
    if (inStep(c.sendEvent) || inStep(c.endEvent)) return;
    dim(segments_[i], kSpotlightDimmed);
    if (segments_[i]->label()) dim(segments_[i]->label(), kSpotlightDimmed);
}

// The dots of the copies in flight are separate items above every label, so a label never hides
// where a segment is.
void SequenceDiagramView::placePackets() {
    size_t used = 0;
    for (const SegmentItem* s : segments_) {
        if (!s || s->progress() != SegmentItem::Progress::InFlight) continue;
        if (used == packets_.size()) {
            auto* dot = scene_->addEllipse(QRectF(-kPacketRadius, -kPacketRadius, 2 * kPacketRadius, 2 * kPacketRadius));
            dot->setZValue(28);
            dot->setAcceptedMouseButtons(Qt::NoButton);
            packets_.push_back(dot);
        }
        QGraphicsEllipseItem* dot = packets_[used++];
        dot->setBrush(s->lineColor());
        dot->setPen(QPen(backgroundColor(theme_.kind), 2));
        dot->setPos(s->headPoint());
        dot->setVisible(true);
    }
    for (size_t i = used; i < packets_.size(); ++i) packets_[i]->setVisible(false);
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
    // Zooming from the keyboard or a menu keeps the cursor in view (the wheel zooms under the mouse).
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    updateTransform();
    setTransformationAnchor(anchor);
    if (trace_) centerOn(QPointF(focusX(), axis_.y(now_)));
    followNowHorizontally();
}

void SequenceDiagramView::fitWidth() {
    const qreal sceneW = scene_->sceneRect().width();
    const qreal viewW = viewport()->width() - 2;
    if (sceneW <= 0 || viewW <= 0 || fit_ <= 0) return;
    setZoom(viewW / sceneW / fit_);
}

void SequenceDiagramView::fitLesson() {
    const QRectF r = scene_->sceneRect();
    const qreal viewW = viewport()->width() - 2, viewH = viewport()->height() - 2;
    if (r.isEmpty() || viewW <= 0 || viewH <= 0 || fit_ <= 0) return;
    setZoom(std::min(viewW / r.width(), viewH / r.height()) / fit_);
}

void SequenceDiagramView::updateTransform() {
    const qreal sceneW = scene_->sceneRect().width();
    const qreal viewW = viewport()->width() - 2;
    fit_ = sceneW > 0 && viewW > 0 ? std::clamp(viewW / sceneW, kMinFit, 1.0) : 1.0;
    const qreal s = zoom_ * fit_;
    setTransform(QTransform::fromScale(s, s));
    materializeVisible();
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
        // The wheel zooms about the mouse (the transformation anchor), not about the cursor.
        if (event->angleDelta().y() != 0) {
            zoom_ = std::clamp(event->angleDelta().y() > 0 ? zoom_ * kZoomStep : zoom_ / kZoomStep, kMinZoom, kMaxZoom);
            updateTransform();
        }
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

// Under the ladder, what the whole run says and no arrow can: how many segments random loss took,
// and that the lesson's time limit cut the story (the CLI's ladder says the same).
void SequenceDiagramView::addEndNotes(const Lanes& l) {
    endNotes_.clear();
    if (!trace_) return;
    size_t copies = 0, randomLosses = 0;
    for (const DiagramCopy& c : model_.copies) {
        if (c.injected) continue;
        ++copies;
        randomLosses += c.lost && c.dropCause == DropCause::Loss ? 1 : 0;
    }
    if (randomLosses > 0)
        //: Under the diagram when the lesson has random loss: "3 of 24 segments lost".
        endNotes_ << tr("Random loss: %1 of %2 segments lost").arg(randomLosses).arg(copies);
    if (trace_->truncated) {
        //: Under the diagram when the run was cut at the lesson's time limit ("until").
        endNotes_ << tr("The run stops here: the lesson's time limit (%1)").arg(TimeAxis::formatTime(trace_->end));
        const qreal y = axis_.y(trace_->end);
        QPen cut(mutedTextColor(theme_.kind), 1.5, Qt::DashDotLine);
        scene_->addLine(QLineF(l.x[0] - l.bandW, y, l.x[1] + l.bandW, y), cut)->setZValue(6);
    }
    const QFont font = theme_.style.font(theme_.style.tagPx + 1);
    qreal y = axis_.y(model_.shownEnd) + kMargin;
    for (const QString& text : endNotes_) {
        auto* item = scene_->addSimpleText(text, font);
        item->setBrush(textColor(theme_.kind));
        item->setPos((l.x[0] + l.x[1]) / 2 - item->boundingRect().width() / 2, y);
        item->setZValue(6);
        y += item->boundingRect().height() + 4;
    }
}

void SequenceDiagramView::showNote(const QString& text, int ms) {
    note_ = text;
    noteTimer_->start(ms);
    viewport()->update();
}

bool SequenceDiagramView::headersPinned() const { return !headers_.empty() && mapToScene(QPoint(0, 0)).y() > kMargin; }

void SequenceDiagramView::placeHeaders() {
    const bool pinned = headersPinned();
    if (pinned != pinned_ || pinned || !note_.isEmpty()) viewport()->update(); // drawn by drawForeground
    pinned_ = pinned;
}

// Scrolling moves the viewport's pixels; the pinned names must be drawn again at the top.
void SequenceDiagramView::scrollContentsBy(int dx, int dy) {
    QGraphicsView::scrollContentsBy(dx, dy);
    materializeVisible();
    placeHeaders();
}

// The lifeline names stay readable while the ladder scrolls: once the scene's own names leave the
// view, a copy is drawn across the top on a plate. It belongs to the view, not the scene, so an
// exported diagram has its names once, at the top.
void SequenceDiagramView::drawForeground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawForeground(painter, rect);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (!note_.isEmpty()) {
        // The note: a plate at the bottom centre of the view, in the cursor's colour.
        painter->save();
        const QFont font = theme_.style.font(theme_.style.labelPx, true);
        const QFontMetricsF fm(font);
        const qreal w = fm.horizontalAdvance(note_) + 24, h = fm.height() + 12;
        const QRectF box(visible.center().x() - w / 2, visible.bottom() - h - 12 / sceneScale(), w, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(cursorColor(theme_.kind));
        painter->drawRoundedRect(box, 6, 6);
        painter->setPen(backgroundColor(theme_.kind));
        painter->setFont(font);
        painter->drawText(box, Qt::AlignCenter, note_);
        painter->restore();
    }
    if (!headersPinned()) {
        if (hasFocus()) drawFocusFrame(painter);
        return;
    }
    const DiagramStyle& st = theme_.style;
    const QFont font = st.font(st.headerPx, true);
    const QFontMetricsF fm(font);
    const qreal top = visible.top();
    const QColor plate = backgroundColor(theme_.kind); // opaque: what scrolls under it is hidden
    painter->save();
    painter->fillRect(QRectF(visible.left(), top, visible.width(), headerBottom_), plate);
    painter->setFont(font);
    for (const Header& h : headers_) {
        const qreal w = fm.horizontalAdvance(h.text);
        painter->setPen(h.color);
        painter->drawText(QRectF(h.x - w / 2 - 2, top + kMargin / 2, w + 4, fm.height()), Qt::AlignCenter, h.text);
        painter->fillRect(QRectF(h.x - w / 2, top + kMargin / 2 + fm.height() + 2, w, 3), h.color);
    }
    painter->restore();
    if (hasFocus()) drawFocusFrame(painter); // over the pinned names too
}

void SequenceDiagramView::changeEvent(QEvent* event) {
    // Lane names and tags are translated; rebuild in the new language, keeping the cursor.
    if (event->type() == QEvent::LanguageChange) {
        //: Accessible name of the ladder (read by screen readers).
        setControlName(this, tr("Sequence diagram"));
        access_.invalidate();
        rebuild();
        accessReplaced();
    }
    QGraphicsView::changeEvent(event);
}

} // namespace hl::ui
