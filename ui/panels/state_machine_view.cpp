#include "ui/panels/state_machine_view.h"

#include "ui/panels/glossary_tips.h"
#include "ui/panels/state_machine_accessible.h"
#include "ui/panels/state_machine_layout.h"
#include "ui/texts/language_korean.h"
#include "ui/texts/texts.h"
#include "ui/window/accessible_factory.h"
#include "ui/window/window_theme.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QCursor>
#include <QEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace hl::ui {

struct StateMachineView::Geometry {
    QRectF area;
    double colStep = 0;
    double rowStep = 0;
    QSizeF box;
    bool labels = true;

    QPointF centre(const FsmNode& n) const {
        return {area.left() + box.width() / 2 + n.grid.x() * colStep, area.top() + box.height() / 2 + n.grid.y() * rowStep};
    }
    QRectF rect(const FsmNode& n) const {
        const QPointF c = centre(n);
        return {c.x() - box.width() / 2, c.y() - box.height() / 2, box.width(), box.height()};
    }
};

namespace {

// Where the line from a box's centre towards `towards` leaves the box.
QPointF leaveBox(const QRectF& box, QPointF towards) {
    const QPointF c = box.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y())) return c;
    const double tx = qFuzzyIsNull(d.x()) ? 1e9 : (box.width() / 2 + 3) / std::abs(d.x());
    const double ty = qFuzzyIsNull(d.y()) ? 1e9 : (box.height() / 2 + 3) / std::abs(d.y());
    return c + d * std::min(tx, ty);
}

struct Curve {
    QPainterPath path;
    QPointF mid;
    QPointF tip;
    QPointF tipDir; // unit vector of the arrow at its tip
    QPointF normal; // unit vector to the side the curve bends towards (for a positive bend)
};

Curve makeCurve(const QRectF& a, const QRectF& b, double bendPx) {
    const QPointF ca = a.center(), cb = b.center();
    const QPointF d = cb - ca;
    const double len = std::hypot(d.x(), d.y());
    const QPointF normal = len > 0 ? QPointF(-d.y() / len, d.x() / len) : QPointF();
    const QPointF control = (ca + cb) / 2 + normal * bendPx;
    const QPointF start = leaveBox(a, control);
    const QPointF end = leaveBox(b, control);
    Curve c;
    c.normal = normal;
    c.path.moveTo(start);
    c.path.quadTo(control, end);
    c.mid = c.path.pointAtPercent(0.5);
    c.tip = end;
    const QPointF dir = end - c.path.pointAtPercent(0.93);
    const double dl = std::hypot(dir.x(), dir.y());
    c.tipDir = dl > 0 ? dir / dl : QPointF(0, 1);
    return c;
}

void drawArrowHead(QPainter& p, const Curve& c, double size, const QColor& colour) {
    const QPointF n(-c.tipDir.y(), c.tipDir.x());
    QPolygonF head;
    head << c.tip << c.tip - c.tipDir * size + n * size * 0.5 << c.tip - c.tipDir * size - n * size * 0.5;
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(head);
    p.restore();
}

} // namespace

StateMachineView::StateMachineView(QWidget* parent) : QWidget(parent) {
    installAccessibleFactories();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("TCP state diagram"));
}

void StateMachineView::setMarkers(std::vector<Marker> markers) {
    markers_ = std::move(markers);
    update();
    if (QAccessible::isActive()) {
        // The nodes' names say who is where: a screen reader reads them again.
        QAccessibleEvent changed(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&changed);
    }
}

StateMachineView::~StateMachineView() {
    for (QAccessible::Id id : accessIds_)
        if (id != 0) QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface* StateMachineView::accessNode(int index) const {
    if (index < 0 || static_cast<size_t>(index) >= accessIds_.size()) return nullptr;
    QAccessible::Id& id = accessIds_[size_t(index)];
    if (id == 0)
        id = QAccessible::registerAccessibleInterface(makeStateNodeAccessible(const_cast<StateMachineView*>(this), index));
    return QAccessible::accessibleInterface(id);
}

QRectF StateMachineView::stateRect(TcpState state) const {
    const Geometry g = geometry();
    for (const Marker& m : markers_)
        if (m.state == state) return g.rect(fsmNodes()[size_t(fsmNodeFor(m.state, m.previous))]);
    return g.rect(fsmNodes()[size_t(fsmNodeFor(state, TcpState::Closed))]);
}

std::vector<HostId> StateMachineView::hostsIn(TcpState state) const {
    std::vector<HostId> hosts;
    for (const Marker& m : markers_)
        if (m.state == state) hosts.push_back(m.host);
    return hosts;
}

QString StateMachineView::transitionText(HostId host) const {
    for (const Marker& m : markers_) {
        if (m.host != host || !m.hasTransition) continue;
        //: The transition a host last took, for screen readers: "SYN_SENT to ESTABLISHED".
        QString text = KoreanGrammar::resolveParticles(
            tr("%1 to %2").arg(Texts::stateName(m.previous), Texts::stateName(m.state)));
        if (const auto edge = fsmEdgeFor(m.previous, m.state)) text += QStringLiteral(": ") + labelText(*edge);
        return text;
    }
    return {};
}

void StateMachineView::setTheme(Theme theme) {
    theme_ = theme;
    update();
}

void StateMachineView::setPresentationMode(bool on) {
    presentation_ = on;
    update();
}

std::optional<int> StateMachineView::markedNode(HostId host) const {
    for (const Marker& m : markers_)
        if (m.host == host) return fsmNodeFor(m.state, m.previous);
    return std::nullopt;
}

std::optional<int> StateMachineView::litEdge(HostId host) const {
    for (const Marker& m : markers_)
        if (m.host == host && m.hasTransition) return fsmEdgeFor(m.previous, m.state);
    return std::nullopt;
}

std::optional<TcpState> StateMachineView::stateAt(QPointF pos) const {
    const std::optional<int> node = nodeAt(pos);
    if (!node) return std::nullopt;
    return fsmNodes()[size_t(*node)].state;
}

std::optional<int> StateMachineView::nodeAt(QPointF pos) const {
    const Geometry g = geometry();
    const auto& nodes = fsmNodes();
    for (size_t i = 0; i < nodes.size(); ++i)
        if (g.rect(nodes[i]).contains(pos)) return static_cast<int>(i);
    return std::nullopt;
}

void StateMachineView::setPickable(bool on) {
    if (on == pickable_) return;
    pickable_ = on;
    setMouseTracking(on);
    setHovered(on ? nodeAt(mapFromGlobal(QCursor::pos())) : std::nullopt);
}

void StateMachineView::setHovered(std::optional<int> node) {
    if (!pickable_) node.reset();
    if (node == hovered_) return;
    hovered_ = node;
    if (node)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    update();
}

void StateMachineView::mouseMoveEvent(QMouseEvent* event) {
    setHovered(nodeAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void StateMachineView::leaveEvent(QEvent* event) {
    setHovered(std::nullopt);
    QWidget::leaveEvent(event);
}

void StateMachineView::mouseReleaseEvent(QMouseEvent* event) {
    if (pickable_ && event->button() == Qt::LeftButton)
        if (const auto state = stateAt(event->position())) {
            emit statePicked(*state);
            return;
        }
    QWidget::mouseReleaseEvent(event);
}

bool StateMachineView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const auto state = stateAt(help->pos()))
            QToolTip::showText(help->globalPos(), GlossaryTips::state(*state), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

QSizeF StateMachineView::stateBoxSize() const { return geometry().box; }

QFont StateMachineView::stateNameFont() const {
    QFont bold = font();
    bold.setBold(true);
    // State names stay whole: in a small dock (a projector, 200 %) the font shrinks until the
    // longest name fits its box, in width and in height.
    const QSizeF box = stateBoxSize();
    const QFontMetricsF fm(bold);
    const double wide = (box.width() - 8) / fm.horizontalAdvance(QStringLiteral("SYN_RECEIVED"));
    const double tall = (box.height() - 2) / fm.height();
    const double scale = std::min({1.0, wide, tall});
    if (scale < 1.0 && scale > 0) bold.setPointSizeF(std::max(1.0, bold.pointSizeF() * scale));
    return bold;
}

StateMachineView::Geometry StateMachineView::geometry() const {
    Geometry g;
    const QFontMetricsF fm(font());
    const double margin = 14;
    g.area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    const double boxW = std::min(g.area.width() / 3.0 * 0.78,
                                 fm.horizontalAdvance(QStringLiteral("SYN_RECEIVED")) * 1.25 + 16);
    const double boxH = std::min(g.area.height() / 7.0 * 0.6, fm.height() * 2.0);
    g.box = QSizeF(boxW, boxH);
    g.colStep = (g.area.width() - boxW) / 2.0;
    g.rowStep = (g.area.height() - boxH) / 6.0;
    g.labels = g.rowStep > fm.height() * 2.6;
    return g;
}

void StateMachineView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const Geometry g = geometry();
    drawEdges(p, g, false);
    drawMarkedTransitions(p, g);
    // The labels last but the boxes: a lit transition must not run through a label's words.
    drawEdges(p, g, true);
    drawNodes(p, g);
}

QFont StateMachineView::labelFont() const {
    QFont small = font();
    // The window enlarges its whole font in presentation mode, but the edge labels sit in a fixed
    // layout between the boxes: keep them near their normal size so they do not run into each
    // other (the state names and the highlighted transition carry the class view).
    small.setPointSizeF(font().pointSizeF() * (presentation_ ? 0.6 : 0.78));
    return small;
}

QString StateMachineView::labelText(int edge) {
    const FsmEdge& e = fsmEdges()[size_t(edge)];
    QString label = QCoreApplication::translate("hl::ui::StateMachineView", e.event);
    if (*e.action) label += QStringLiteral(" / ") + QCoreApplication::translate("hl::ui::StateMachineView", e.action);
    return label;
}

std::vector<StateMachineView::EdgeLabel> StateMachineView::edgeLabels() const { return placeLabels(geometry()); }

std::vector<StateMachineView::EdgeLabel> StateMachineView::placeLabels(const Geometry& g) const {
    std::vector<EdgeLabel> placed;
    if (!g.labels) return placed;
    const auto& nodes = fsmNodes();
    const auto& edges = fsmEdges();
    const QFontMetricsF sm(labelFont());
    std::vector<QRectF> taken;
    taken.reserve(nodes.size() + edges.size());
    for (const FsmNode& n : nodes) taken.push_back(g.rect(n).adjusted(-2, -2, 2, 2));
    const QRectF inside = QRectF(rect()).adjusted(1, 1, -1, -1);
    // The transitions the endpoints took come first: their labels must not be the ones left out.
    std::vector<int> order;
    for (HostId h : {HostId::Client, HostId::Server})
        if (const auto lit = litEdge(h); lit && std::find(order.begin(), order.end(), *lit) == order.end())
            order.push_back(*lit);
    for (int i = 0; i < static_cast<int>(edges.size()); ++i)
        if (std::find(order.begin(), order.end(), i) == order.end()) order.push_back(i);

    for (int i : order) {
        const FsmEdge& e = edges[size_t(i)];
        const Curve c = makeCurve(g.rect(nodes[size_t(e.from)]), g.rect(nodes[size_t(e.to)]), e.bend * g.colStep);
        const QSizeF size(sm.horizontalAdvance(labelText(i)) + 6, sm.height());
        const auto rectAt = [&](double along, double shift) {
            QPointF at = c.path.pointAtPercent(std::clamp(along, 0.1, 0.9));
            if (e.bend != 0.0) {
                // A pair of opposite transitions: each label goes to the outer side of its own curve.
                const QPointF n = c.normal * (e.bend > 0 ? 1.0 : -1.0);
                at += n * (std::abs(n.x()) * size.width() / 2 + std::abs(n.y()) * size.height() / 2 + 2);
            }
            at += c.normal * shift * size.height();
            return QRectF(at - QPointF(size.width() / 2, size.height() / 2), size);
        };
        // The designed place first, then nearby along the curve and a line to either side.
        for (double shift : {e.labelShift, e.labelShift - 1.0, e.labelShift + 1.0}) {
            bool done = false;
            for (double delta : {0.0, -0.12, 0.12, -0.24, 0.24}) {
                const QRectF r = rectAt(e.labelAt + delta, shift);
                const bool free = inside.contains(r) && std::none_of(taken.begin(), taken.end(),
                                                                     [&](const QRectF& t) { return t.intersects(r); });
                if (!free) continue;
                placed.push_back({i, r});
                taken.push_back(r.adjusted(-1, -1, 1, 1));
                done = true;
                break;
            }
            if (done) break;
        }
    }
    return placed;
}

void StateMachineView::drawEdges(QPainter& p, const Geometry& g, bool labels) const {
    if (labels) {
        p.setFont(labelFont());
        QColor halo = palette().color(QPalette::Base);
        halo.setAlphaF(0.85);
        for (const EdgeLabel& l : placeLabels(g)) {
            p.fillRect(l.rect, halo);
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(l.rect, Qt::AlignCenter, labelText(l.edge));
        }
        return;
    }
    const auto& nodes = fsmNodes();
    const QColor line = palette().color(QPalette::Text);
    QColor faint = line;
    faint.setAlphaF(0.45);
    const double width = presentation_ ? 2.0 : 1.2;
    for (const FsmEdge& e : fsmEdges()) {
        const Curve c = makeCurve(g.rect(nodes[size_t(e.from)]), g.rect(nodes[size_t(e.to)]), e.bend * g.colStep);
        p.setPen(QPen(faint, width));
        p.setBrush(Qt::NoBrush);
        p.drawPath(c.path);
        drawArrowHead(p, c, presentation_ ? 10 : 8, faint);
    }
}

void StateMachineView::drawMarkedTransitions(QPainter& p, const Geometry& g) const {
    const auto& nodes = fsmNodes();
    const auto& edges = fsmEdges();
    for (const Marker& m : markers_) {
        if (!m.hasTransition) continue;
        const QColor colour = hostColor(m.host, theme_);
        const double w = (m.fresh ? 5.0 : 2.5) * (presentation_ ? 1.5 : 1.0);
        const TcpState from = m.previous;
        const auto edge = fsmEdgeFor(from, m.state);
        Curve c;
        Qt::PenStyle style = Qt::SolidLine;
        if (edge) {
            const FsmEdge& e = edges[size_t(*edge)];
            c = makeCurve(g.rect(nodes[size_t(e.from)]), g.rect(nodes[size_t(e.to)]), e.bend * g.colStep);
        } else {
            // A transition the figure does not draw (a reset, an abort, a give-up): a dashed arc.
            const int a = fsmNodeFor(from, TcpState::Closed);
            const int b = fsmNodeFor(m.state, m.previous);
            c = makeCurve(g.rect(nodes[size_t(a)]), g.rect(nodes[size_t(b)]), 0.35 * g.colStep);
            style = Qt::DashLine;
        }
        QColor stroke = colour;
        if (!m.fresh) stroke.setAlphaF(0.55);
        p.setPen(QPen(stroke, w, style, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(c.path);
        drawArrowHead(p, c, w * 3 + 6, stroke);
    }
}

void StateMachineView::drawNodes(QPainter& p, const Geometry& g) const {
    const auto& nodes = fsmNodes();
    const QColor text = palette().color(QPalette::Text);
    const QFont bold = stateNameFont();
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
        const FsmNode& n = nodes[size_t(i)];
        const QRectF r = g.rect(n);
        std::vector<const Marker*> here;
        for (const Marker& m : markers_)
            if (fsmNodeFor(m.state, m.previous) == i) here.push_back(&m);
        p.setPen(QPen(text, here.empty() ? 1.2 : 2.5));
        p.setBrush(palette().color(QPalette::AlternateBase));
        p.drawRoundedRect(r, 6, 6);
        if (hovered_ == i) {
            // The box a click would pick: a frame in the highlight colour around it.
            p.save();
            p.setPen(QPen(palette().color(QPalette::Highlight), 3));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 8, 8);
            p.restore();
        }
        // Each endpoint here fills its share of the box with its colour.
        for (size_t k = 0; k < here.size(); ++k) {
            QRectF part = r.adjusted(2, 2, -2, -2);
            const double w = part.width() / double(here.size());
            part.setLeft(part.left() + w * double(k));
            part.setWidth(w);
            QPainterPath clip;
            clip.addRoundedRect(r.adjusted(2, 2, -2, -2), 5, 5);
            p.save();
            p.setClipPath(clip);
            p.fillRect(part, hostColor(here[k]->host, theme_));
            p.restore();
        }
        p.setFont(bold);
        if (here.size() >= 2) {
            // The name spans both colours, and no one text colour reads on both at 4.5:1: it sits
            // on a plate of the base colour instead.
            const QSizeF t = QFontMetricsF(bold).size(Qt::TextSingleLine, Texts::stateName(n.state));
            const QRectF plate(r.center() - QPointF(t.width() / 2 + 3, t.height() / 2), t + QSizeF(6, 0));
            p.setPen(Qt::NoPen);
            p.setBrush(palette().color(QPalette::Base));
            p.drawRoundedRect(plate, 3, 3);
        }
        p.setPen(here.size() == 1 ? hostTextColor(here[0]->host, theme_) : text);
        p.drawText(r, Qt::AlignCenter, Texts::stateName(n.state));
        // Badges: colour is never the only cue.
        const double d = std::min(r.height() * 0.62, QFontMetricsF(bold).height() + 4);
        for (size_t k = 0; k < here.size(); ++k) {
            const HostId h = here[k]->host;
            const QRectF badge(k == 0 ? r.left() - d / 3 : r.right() - d * 2 / 3, r.top() - d / 2, d, d);
            p.setPen(QPen(palette().color(QPalette::Base), 2));
            p.setBrush(hostColor(h, theme_));
            p.drawEllipse(badge);
            p.setPen(hostTextColor(h, theme_));
            p.drawText(badge, Qt::AlignCenter, hostBadge(h));
        }
    }
}

void StateMachineView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("TCP state diagram"));
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace hl::ui
