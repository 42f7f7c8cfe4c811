#pragma once
// The base of the single-connection charts: a QChartView fed by the session's trace. It owns the
// time axis (in the lesson's unit), a vertical line at the cursor, the hover tooltip and the
// click that moves the cursor to a point's event, and the PNG/SVG export of its context menu.
// Subclasses only turn the trace into series (rebuild()) and register their points.
#include "core/chart_data.h"
#include "ui/diagram/theme.h"

#include <QChartView>
#include <QFont>
#include <QPointer>

#include <functional>
#include <vector>

class QAbstractSeries;
class QAreaSeries;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace hl::ui {

class PointMarksItem;
class SessionController;

class TraceChartView : public QChartView {
    Q_OBJECT
public:
    explicit TraceChartView(SessionController* session, QWidget* parent = nullptr);

    // Rebuilds every series from the session's trace (traceReplaced, language or theme change).
    void rebuild();
    // Moves the cursor line to the session's current step.
    void updateCursor();
    void setTheme(Theme theme);

    // The event and tip of an area added with addArea (kNoEvent / "" if none).
    uint32_t eventOfArea(const QAreaSeries* area) const;
    QString tipOfArea(const QAreaSeries* area) const;
    bool activateArea(const QAreaSeries* area);
    // The event behind point `index` of a series (kNoEvent if the series has no clickable points).
    // For a series of marks (addMarks), point `index` is its item's mark `index`.
    uint32_t eventOfPoint(const QXYSeries* series, int index) const;
    // The tooltip text of a point ("" if none), built now.
    QString tipOfPoint(const QXYSeries* series, int index) const;
    // What a click on that point does: moves the session to the step of its event. Returns false
    // when the point has no event.
    bool activatePoint(const QXYSeries* series, int index);
    // A series by object name (tests), nullptr if none.
    QXYSeries* seriesNamed(const QString& name) const;
    // The item drawing the marks of the series `name` (addMarks), nullptr if none.
    PointMarksItem* marksNamed(const QString& name) const;
    // The cursor line's x (axis units); NaN when hidden.
    double cursorX() const;
    const TimeUnit& timeUnit() const { return unit_; }

    // Writes the chart as PNG or SVG (by suffix), atomically. Returns an error text, "" on success.
    QString exportImage(const QString& path);
    // Asks for a file name, exports, and shows the error if it fails.
    void exportWithDialog(bool svg);

    // The legend: QtCharts lays its legend in one row and elides what does not fit (a narrow dock
    // showed "ACK fro…"), so the chart's own legend is hidden and its entries are shown by a
    // wrapping label under the plot instead (a mark of each entry's shape and colour, then its
    // name, never cut). Exports draw it too (they render the widget). Empty when the chart has
    // no legend (the state timeline names its bands).
    QLabel* legendLabel() const { return legend_; }

protected:
    SessionController* session() const { return session_; }
    Theme theme() const { return theme_; }
    QValueAxis* timeAxis() const { return timeAxis_; }
    // Subclasses fill chart() (series, their y axis) from the trace; the time axis, the cursor and
    // the title are set by the base.
    virtual void buildSeries(const Trace& trace) = 0;
    virtual QString chartTitle() const = 0;
    // The time the x axis reaches (the trace's end unless a chart has nothing to show after it).
    virtual SimTime timeExtent(const Trace& trace) const { return trace.end; }
    // The cursor line spans the y range of this axis.
    virtual QValueAxis* valueAxis() const = 0;

    // The tooltip of point i of a series, built when it is shown (a long lesson has 100,000).
    using TipFn = std::function<QString(size_t)>;
    // Adds a series to the chart on the time axis and `y`, with an event per point and their tips
    // (both may be empty: then the points are not interactive).
    void addSeries(QXYSeries* series, QValueAxis* y, std::vector<uint32_t> events = {}, TipFn tip = {},
                   bool inLegend = true);
    // Adds point marks drawn by one item (PointMarksItem) instead of a scatter series' item per
    // point: `look` is an empty scatter series with the marks' shape, size and colours (it is added
    // too, as their legend entry), `values` on the time axis and `y`, one event per value.
    PointMarksItem* addMarks(QScatterSeries* look, QValueAxis* y, std::vector<QPointF> values,
                             std::vector<uint32_t> events, TipFn tip, bool inLegend = true);
    // Adds an area (one band) with one event and one tip for all of it.
    void addArea(QAreaSeries* area, QValueAxis* y, uint32_t event, const QString& tip, bool inLegend);
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    // The marks' hover tooltip and click (their item takes no mouse events: the nearest mark of
    // all the marks items wins).
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

    // Whether the entries are listed under the plot (from each rebuild's buildSeries).
    void listLegend(bool listed) { legendListed_ = listed; }

private:
    struct PointInfo {
        QPointer<QAbstractSeries> series;
        std::vector<uint32_t> events;
        TipFn tip;
    };
    struct Mark {
        PointMarksItem* item = nullptr;
        int index = -1;
        bool operator==(const Mark&) const = default;
    };
    const PointInfo* infoOf(const QAbstractSeries* series) const;
    PointMarksItem* marksOf(const QAbstractSeries* series) const;
    // The mark under a viewport position, nearest in pixels over all marks items.
    Mark markAt(const QPoint& viewportPos) const;
    // Moves the session to the step of `event`; false if there is none.
    bool activateEvent(uint32_t event);
    void onHovered(QXYSeries* series, const QPointF& point, bool state);
    int nearestPoint(const QXYSeries* series, const QPointF& value) const;
    void buildLegend();
    void placeLegend();

    SessionController* session_;
    TimeUnit unit_;
    QValueAxis* timeAxis_ = nullptr;
    QLineSeries* cursorLine_ = nullptr;
    std::vector<PointInfo> points_;
    std::vector<PointMarksItem*> marks_; // owned by the chart
    Mark tipShown_;                      // the mark whose tooltip is up
    Mark pressed_;                       // the mark a press began on (a click ends on it)
    Theme theme_ = Theme::Light;
    QLabel* legend_ = nullptr;
    std::vector<const QAbstractSeries*> unlisted_; // series left out of the legend (the cursor, helpers)
    struct LegendFit {
        QString text;
        int width = -1;
        QFont font;
        bool operator==(const LegendFit&) const = default;
    };
    bool legendListed_ = true;
    LegendFit legendFit_; // what legendHeight_ was measured for
    int legendHeight_ = 0;
};

} // namespace hl::ui
