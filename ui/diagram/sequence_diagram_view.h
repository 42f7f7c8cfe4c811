#pragma once
// The sequence (ladder) diagram: client lifeline left, server right, time running down; one arrow
// per segment copy, state bands along the lifelines, timer brackets beside them, long idle
// stretches compressed. setTrace() rebuilds the scene from the trace (as Wireshark's
// fillDiagram()); setCursor() only moves and restyles a few items, so it can run every frame.
#include "core/diagram_model.h"
#include "core/trace.h"
#include "ui/diagram/diagram_accessible.h"
#include "ui/diagram/diagram_palette.h"
#include "ui/diagram/time_axis.h"

#include <QGraphicsView>
#include <memory>
#include <optional>
#include <vector>

class QGraphicsEllipseItem;
class QTimer;
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
    // The first event of the current step (the main window passes it with each cursor move): the
    // spotlight lights that step, and zooming and stepping keep its lifeline in view.
    void setStepStart(size_t firstEvent);
    // Dims every arrow, band and timer but those of the current step (presentation mode, key S).
    void setSpotlight(bool on);
    bool isSpotlight() const { return spotlight_; }
    // Text size apart from the geometry (Ctrl+Plus / Ctrl+Minus): every text of the ladder
    // scaled by this factor (0.7 to 2.0); the zoom scales the picture as a whole.
    void setTextScale(qreal scale);
    qreal textScale() const { return textScale_; }
    // Whether the scene x (a lifeline) is inside the viewport.
    bool isSceneXInView(qreal x) const;
    void setTheme(Theme theme);
    void setSelectedSegment(uint64_t segId); // 0: none
    // Instants that must get a place on the time axis besides the trace's own (the Compare
    // view's unperturbed run, so its arrows are not squeezed into a compressed stretch).
    void setExtraTimes(std::vector<hl::SimTime> times);

    bool presentationMode() const { return theme_.style.presentation; }
    Theme theme() const { return theme_.kind; }
    uint64_t selectedSegment() const { return selected_; }
    size_t cursorPosition() const { return cursor_; }
    hl::SimTime now() const { return now_; }
    qreal zoomFactor() const { return zoom_; }
    qreal sceneScale() const { return zoom_ * fit_; } // pixels per scene unit

    // The built content, for tests, benchmarks and other views.
    const DiagramModel& model() const { return model_; }
    const TimeAxis& timeAxis() const { return axis_; }
    qreal lifelineX(HostId h) const { return laneX_[h == HostId::Client ? 0 : 1]; }
    // Parallel to model().copies. Up to kAllItemsUpTo arrows all are made with the scene; a longer
    // run makes those in and near the view (nullptr for the others) until materializeAll().
    const std::vector<SegmentItem*>& segmentItems() const { return segments_; }
    void materializeAll();
    // The middle of the (first) arrow of a segment, in scene coordinates.
    std::optional<QPointF> segmentMiddle(uint64_t segId) const;
    // How many arrows exist as items now (the others are made when scrolled into view).
    size_t madeSegmentCount() const;
    static constexpr size_t kAllItemsUpTo = 400;
    const std::vector<StateBandItem*>& bandItems() const { return bands_; }
    const std::vector<TimerBracketItem*>& timerItems() const { return timers_; }
    const std::vector<TimeBreakItem*>& breakItems() const { return breaks_; }
    const NowMarkerItem* nowMarker() const { return nowMarker_; }
    // A short note over the bottom of the view for a few seconds ("Back to step 4: ...").
    void showNote(const QString& text, int ms = 5000);
    QString note() const { return note_; }
    // What the end of the run says under the ladder: random losses counted, a cut by the
    // lesson's time limit (empty when neither).
    QStringList endNotes() const { return endNotes_; }
    // Vertical distance between parallel arrows of one instant (DiagramCopy::sendSlot).
    qreal slotPx() const;
    // The lifeline names are scrolled out of view and drawn pinned to the top instead.
    bool headersPinned() const;
    const std::vector<QGraphicsEllipseItem*>& packetItems() const { return packets_; } // some hidden

    // Keyboard and screen reader (sequence_diagram_keys.cpp, issue 21). With the focus on the
    // diagram, ↑ / ↓ select the previous / next segment in time order (← / → stay the player's
    // steps), Enter opens the selected segment in the inspector, the menu key its perturbations.
    const Trace* trace() const { return trace_; }
    const std::vector<DiagramAccessItem>& accessItems() const { return access_.items(trace_, model_); }
    QAccessibleInterface* accessChild(int index) const;
    int accessIndexOf(const QAccessibleInterface* child) const { return access_.indexOf(child); }
    // The item of the segment copy the keyboard is on, or -1.
    int accessFocus() const;
    QRectF accessItemSceneRect(int index) const;
    // What Enter (or a screen reader's "press") does on an item.
    void activateAccessItem(int index);
    // Moves the keyboard to the next (+1) or previous (-1) segment copy in time order and selects it.
    void moveSegmentFocus(int direction);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Both lifelines in view (the text may shrink; the text size is separate).
    void fitWidth();
    // The whole lesson in view, top to bottom and both lifelines.
    void fitLesson();

signals:
    void segmentActivated(uint64_t segId);
    // Enter on a segment: show it in the inspector.
    void segmentOpened(uint64_t segId);
    void eventActivated(size_t eventIndex);
    // The scene was cleared and rebuilt (other layers, e.g. GhostLayer, add their items again).
    void sceneRebuilt();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    struct Lanes; // x positions, computed per rebuild
    void rebuild();
    Lanes computeLanes() const;
    void layOut(const Lanes& lanes);
    void buildAxis(const Lanes& lanes, const std::vector<hl::SimTime>& axisTimes, const std::vector<TimeAxis::Room>& room);
    // One pass of the layout in plain geometry, parallel to model_.copies.
    struct LabelLayout {
        std::vector<QPointF> start, end; // each arrow's ends
        std::vector<QPointF> spot;       // each label's centre
        std::vector<char> crowded;       // no free place found: shown only while hovered
        // Each arrow's ends as knots of the axis (TimeAxis::knotAt), for axes of `knots` knots.
        std::vector<size_t> sentKnot, endKnot;
        size_t knots = 0;
        // Set between passes: labels wholly above this y may keep the last pass's places.
        std::optional<qreal> keepAbove;
        // The placed plates by 32 px row, kept from pass to pass (a row from an earlier pass
        // counts as empty): a long run has hundreds of thousands of rows.
        struct Box {
            qreal l, t, r, b;
        };
        struct Grid {
            long row0 = 0, rows = 0;
            unsigned pass = 0;
            std::vector<std::vector<Box>> cells;
            std::vector<unsigned> passOf;
        } grid;
    };
    void positionSegments(const Lanes& lanes, LabelLayout& layout) const;
    void addLanes(const Lanes& lanes);
    void addBands(const Lanes& lanes);
    void addTimers(const Lanes& lanes);
    void measureLabels();
    void indexCopies();
    SegmentItem* materialize(size_t i);
    void materializeVisible();
    void applyCursorTo(size_t i, qreal nowY);
    void applySpotlightTo(size_t i);
    std::vector<size_t> placeLabels(const Lanes& lanes, LabelLayout& layout) const;
    void addBreaksAndRuler(const Lanes& lanes);
    void applyCursor();
    void applySpotlight();
    void applyStyle();
    // The lifeline the current step happens on (where its segment arrives, else leaves).
    qreal focusX() const;
    void followNowHorizontally();
    void followNow();
    void setZoom(qreal zoom);
    void updateTransform();
    void placePackets();
    void placeHeaders();
    void addEndNotes(const Lanes& lanes);

    QGraphicsScene* scene_;
    QVariantAnimation* scroll_;
    const Trace* trace_ = nullptr;
    DiagramModel model_;
    std::shared_ptr<const DiagramModel> sharedModel_; // the session's, for trace_
    TimeAxis axis_;
    DiagramTheme theme_;
    qreal laneX_[2] = {0, 0};
    std::vector<SegmentItem*> segments_; // parallel to model_.copies; nullptr: not made yet
    std::vector<QSizeF> labelSizes_;     // parallel to model_.copies
    LabelLayout layout_;                 // where each arrow and label goes
    static constexpr qreal kIndexBand = 256;
    std::vector<std::vector<uint32_t>> copiesByBand_; // copies reaching each kIndexBand of y
    static constexpr qreal kSpotlightDimmed = 0.25;
    std::vector<StateBandItem*> bands_;     // parallel to model_.bands
    std::vector<TimerBracketItem*> timers_; // parallel to model_.timers
    std::vector<TimeBreakItem*> breaks_;
    NowMarkerItem* nowMarker_ = nullptr;
    size_t cursor_ = 0;
    hl::SimTime now_;
    uint64_t selected_ = 0;
    bool spotlight_ = false;
    qreal textScale_ = 1.0;
    size_t stepStart_ = 0;
    qreal zoom_ = 1.0;                           // the user's zoom, on top of the fit-to-width scale
    qreal fit_ = 1.0;                            // shrinks a scene wider than the viewport (never below kMinFit)
    std::vector<QGraphicsEllipseItem*> packets_; // dots of the copies in flight, reused
    std::vector<hl::SimTime> extraTimes_;
    struct Header {
        QString text;
        QColor color;
        qreal x = 0; // its lifeline
    };
    std::vector<Header> headers_; // drawn pinned (drawForeground) once scrolled out of view
    qreal headerBottom_ = 0;      // scene y below the names and their accent bars
    bool pinned_ = false;
    QString note_;
    QTimer* noteTimer_;
    QStringList endNotes_;
    mutable DiagramAccessList access_; // built on first use after each setTrace
    int focusCopy_ = -1;               // index into model_.copies of the keyboard's segment
    void notifyAccessFocus();
    void drawFocusFrame(QPainter* painter) const;
    void accessReplaced();
};

} // namespace hl::ui
