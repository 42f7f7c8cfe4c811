#pragma once
// The sequence (ladder) diagram: client lifeline left, server right, time running down; one arrow
// per segment copy, state bands along the lifelines, timer brackets beside them, long idle
// stretches compressed. setTrace() rebuilds the scene from the trace (as Wireshark's
// fillDiagram()); setCursor() only moves and restyles a few items, so it can run every frame.
#include "core/trace.h"
#include "core/diagram_model.h"
#include "ui/diagram_palette.h"
#include "ui/time_axis.h"

#include <QGraphicsView>
#include <memory>
#include <vector>

class QGraphicsEllipseItem;
class QVariantAnimation;

namespace hl::ui {

class SegmentItem;
class SegmentLabelItem;
class StateBandItem;
class TimerBracketItem;
class TimeBreakItem;
class NowMarkerItem;

class SequenceDiagramView : public QGraphicsView {
    Q_OBJECT
public:
    explicit SequenceDiagramView(QWidget* parent = nullptr);
    ~SequenceDiagramView() override;

    // Rebuilds the scene. The trace must stay valid until the next setTrace (nullptr: empty).
    // With the session's diagram model of that trace (built once per replay); without one the view
    // builds its own.
    void setTrace(const hl::Trace* trace, std::shared_ptr<const hl::DiagramModel> model = nullptr);
    // Cheap: what the cursor has reached is drawn in full, the future faint; segments in flight
    // at `now` sit part-way along their arrows; running timers show their time left at `now`.
    using QGraphicsView::setCursor;
    void setCursor(size_t cursor, hl::SimTime now);
    void setPresentationMode(bool on);
    void setDarkTheme(bool dark);
    void setSelectedSegment(uint64_t segId); // 0: none
    // Instants that must get a place on the time axis besides the trace's own (the Compare
    // view's unperturbed run, so its arrows are not squeezed into a compressed stretch).
    void setExtraTimes(std::vector<hl::SimTime> times);

    bool presentationMode() const { return theme_.style.presentation; }
    bool darkTheme() const { return theme_.dark; }
    uint64_t selectedSegment() const { return selected_; }
    size_t cursorPosition() const { return cursor_; }
    hl::SimTime now() const { return now_; }
    qreal zoomFactor() const { return zoom_; }
    qreal sceneScale() const { return zoom_ * fit_; } // pixels per scene unit

    // The built content, for tests, benchmarks and other views.
    const DiagramModel& model() const { return model_; }
    const TimeAxis& timeAxis() const { return axis_; }
    qreal lifelineX(HostId h) const { return laneX_[h == HostId::Client ? 0 : 1]; }
    const std::vector<SegmentItem*>& segmentItems() const { return segments_; }
    const std::vector<StateBandItem*>& bandItems() const { return bands_; }
    const std::vector<TimerBracketItem*>& timerItems() const { return timers_; }
    const std::vector<TimeBreakItem*>& breakItems() const { return breaks_; }
    const NowMarkerItem* nowMarker() const { return nowMarker_; }
    const std::vector<QGraphicsEllipseItem*>& packetItems() const { return packets_; } // some hidden

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    void segmentActivated(uint64_t segId);
    void eventActivated(size_t eventIndex);
    // The scene was cleared and rebuilt (other layers, e.g. GhostLayer, add their items again).
    void sceneRebuilt();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Lanes; // x positions, computed per rebuild
    void rebuild();
    Lanes computeLanes() const;
    void buildAxis(const Lanes& lanes);
    void addLanes(const Lanes& lanes);
    void addBands(const Lanes& lanes);
    void addTimers(const Lanes& lanes);
    void addSegments(const Lanes& lanes);
    void placeLabels(const Lanes& lanes);
    void addBreaksAndRuler(const Lanes& lanes);
    void applyCursor();
    void followNow();
    void setZoom(qreal zoom);
    void updateTransform();
    void placePackets();
    qreal restingOverlap(const SegmentLabelItem* label, QPointF centre) const;

    QGraphicsScene* scene_;
    QVariantAnimation* scroll_;
    const Trace* trace_ = nullptr;
    DiagramModel model_;
    std::shared_ptr<const DiagramModel> sharedModel_; // the session's, for trace_
    TimeAxis axis_;
    DiagramTheme theme_;
    qreal laneX_[2] = {0, 0};
    std::vector<SegmentItem*> segments_; // parallel to model_.copies
    std::vector<StateBandItem*> bands_;   // parallel to model_.bands
    std::vector<TimerBracketItem*> timers_; // parallel to model_.timers
    std::vector<TimeBreakItem*> breaks_;
    NowMarkerItem* nowMarker_ = nullptr;
    size_t cursor_ = 0;
    hl::SimTime now_;
    uint64_t selected_ = 0;
    qreal zoom_ = 1.0;  // the user's zoom, on top of the fit-to-width scale
    qreal fit_ = 1.0;   // shrinks a scene wider than the viewport (never below kMinFit)
    std::vector<QGraphicsEllipseItem*> packets_; // dots of the copies in flight, reused
    std::vector<hl::SimTime> extraTimes_;
};

} // namespace hl::ui
