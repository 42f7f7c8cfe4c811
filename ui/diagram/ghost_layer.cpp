#include "ui/diagram/ghost_layer.h"

#include "ui/diagram/sequence_diagram_view.h"
#include "ui/session/session_controller.h"

#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QPen>

namespace hl::ui {

namespace {
// Just under the segment arrows (z 10), above lanes and state bands.
constexpr qreal kGhostZ = 9;
} // namespace

GhostLayer::GhostLayer(SessionController* session, SequenceDiagramView* view, QObject* parent)
    : QObject(parent), session_(session), view_(view) {
    connect(view_, &SequenceDiagramView::sceneRebuilt, this, &GhostLayer::onSceneRebuilt);
    connect(session_, &SessionController::traceReplaced, this, &GhostLayer::onTraceReplaced);
}

std::vector<SimTime> GhostLayer::originalTimes() const {
    std::vector<SimTime> times;
    for (const SegmentRecord& r : session_->baseline().segments) {
        times.push_back(r.sentAt);
        for (const SegmentCopy& c : r.copies) times.push_back(c.endsAt);
    }
    return times;
}

void GhostLayer::refreshOriginal() {
    view_->setExtraTimes(originalTimes()); // rebuilds (and so adds our items) if they changed
}

void GhostLayer::onTraceReplaced() {
    // After every view has taken the new trace: rebuilding the diagram from here, in the middle
    // of the signal, paired the new run's model with the old trace (a crash when Compare was on
    // and another lesson was opened after a capture).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (enabled_) refreshOriginal();
        },
        Qt::QueuedConnection);
}

void GhostLayer::setEnabled(bool on) {
    if (on == enabled_) return;
    enabled_ = on;
    removeItems();
    if (!enabled_) {
        view_->setExtraTimes({});
        return;
    }
    refreshOriginal();
    if (items_.empty()) addItems(); // the view did not need a rebuild
}

void GhostLayer::onSceneRebuilt() {
    items_.clear(); // already deleted by QGraphicsScene::clear()
    if (enabled_) addItems();
}

void GhostLayer::removeItems() {
    for (QGraphicsItem* item : items_) delete item; // removes it from the scene
    items_.clear();
}

void GhostLayer::addItems() {
    if (!session_->canCompare() || !view_->scene()) return; // a lesson or a capture, not a load lesson
    const TimeAxis& axis = view_->timeAxis();
    QPen pen(ghostColor(view_->theme()), 2.0, Qt::DashLine);
    pen.setCosmetic(true);
    for (const SegmentRecord& r : session_->baseline().segments) {
        const QPointF start(view_->lifelineX(r.from), axis.y(r.sentAt));
        for (const SegmentCopy& c : r.copies) {
            const qreal toX = view_->lifelineX(r.to);
            // A lost copy stops half-way, as the diagram draws it.
            const qreal endX = c.lost ? (start.x() + toX) / 2 : toX;
            auto* line = new QGraphicsLineItem(QLineF(start, QPointF(endX, axis.y(c.endsAt))));
            line->setPen(pen);
            line->setZValue(kGhostZ);
            line->setAcceptedMouseButtons(Qt::NoButton);
            line->setAcceptHoverEvents(false);
            line->setData(0, QStringLiteral("ghost"));
            view_->scene()->addItem(line);
            items_.push_back(line);
        }
    }
}

} // namespace hl::ui
