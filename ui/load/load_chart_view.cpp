#include "ui/load/load_chart_view.h"

#include "core/chart_data.h"
#include "ui/charts/chart_theme.h"
#include "ui/diagram/diagram_palette.h"
#include "ui/texts/texts.h"
#include "ui/window/image_export_dialog.h"

#include <QAreaSeries>
#include <QChart>
#include <QContextMenuEvent>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace hl::ui {

namespace {

// The state whose diagram colour a group takes (Others: a neutral grey).
QColor groupColor(LoadGroup g, Theme t) {
    switch (g) {
    case LoadGroup::Established: return stateColor(TcpState::Established, t);
    case LoadGroup::TimeWait: return stateColor(TcpState::TimeWait, t);
    case LoadGroup::CloseWait: return stateColor(TcpState::CloseWait, t);
    case LoadGroup::FinWait2: return stateColor(TcpState::FinWait2, t);
    case LoadGroup::Others: return neutralFillColor(t);
    }
    return {};
}

} // namespace

LoadChartView::LoadChartView(QWidget* parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 240);
}

QString LoadChartView::groupName(LoadGroup g) {
    switch (g) {
    case LoadGroup::Established: return Texts::stateName(TcpState::Established);
    case LoadGroup::TimeWait: return Texts::stateName(TcpState::TimeWait);
    case LoadGroup::CloseWait: return Texts::stateName(TcpState::CloseWait);
    case LoadGroup::FinWait2: return Texts::stateName(TcpState::FinWait2);
    //: Load chart: connections in any state other than the four named ones.
    case LoadGroup::Others: return tr("other states");
    }
    return {};
}

void LoadChartView::setResult(const LoadResult& result, HostId side, const QString& title, SimTime xEnd, uint64_t yPeak) {
    xEnd_ = xEnd;
    yPeak_ = yPeak;
    result_ = result;
    side_ = side;
    title_ = title;
    rebuild();
}

void LoadChartView::setTheme(Theme theme) {
    if (theme_ == theme) return;
    theme_ = theme;
    rebuild();
}

QString LoadChartView::sampleTip(size_t i) const {
    const auto& first = areas_.bands[0];
    if (i >= first.size()) return {};
    QString tip = Texts::timeLabel(first[i].t) + QLatin1Char('\n') + countsAt(i, QStringLiteral("\n"));
    // The hover always says it, zero included; the line under the chart only once connects fail.
    if (i < result_.samples.size() && result_.samples[i].failedConnects == 0)
        tip += QLatin1Char('\n') + tr("failed connection attempts so far: %1").arg(0);
    return tip;
}

QString LoadChartView::countsAt(size_t i, const QString& separator) const {
    if (i >= areas_.bands[0].size()) return {};
    QStringList parts;
    for (LoadGroup g : kLoadGroups) {
        const LoadBandPoint& p = areas_.bands[static_cast<size_t>(g)][i];
        parts << tr("%1: %2").arg(groupName(g)).arg(p.upper - p.lower);
    }
    if (i < result_.samples.size() && result_.samples[i].failedConnects > 0)
        parts << tr("failed connection attempts so far: %1").arg(result_.samples[i].failedConnects);
    return parts.join(separator);
}

void LoadChartView::rebuild() {
    auto* fresh = new QChart;
    applyChartTheme(*fresh, theme_);
    fresh->setAnimationOptions(QChart::NoAnimation);
    fresh->setMargins(QMargins(4, 4, 4, 4));
    fresh->setTitle(title_);
    // On the right: side by side, a legend below would cut the state names short.
    fresh->legend()->setAlignment(Qt::AlignRight);
    QChart* old = chart();
    setChart(fresh); // the view releases the old chart: it is ours to delete
    delete old;
    areaSeries_ = {};
    failures_ = nullptr;
    portLine_ = nullptr;
    cursorLine_ = nullptr;
    // The widget's font (presentation mode enlarges it) for every text of the chart.
    const QFont text = font();
    QFont titleFont = text;
    titleFont.setBold(true);
    fresh->setTitleFont(titleFont);
    fresh->legend()->setFont(text);

    areas_ = buildLoadAreas(result_, side_);
    const SimTime end = std::max(result_.end, xEnd_);
    const TimeUnit unit = timeUnitFor(end);
    auto* x = new QValueAxis;
    x->setTitleText(unit.seconds ? tr("Time (s)") : tr("Time (ms)"));
    // The axis ends where the run ends (nice numbers stretched a 100 s run to 150 s); ticks at a
    // round step from 0.
    const double span = std::max(unit.value(end), 1.0);
    x->setRange(0, span);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(loadAxisTick(span));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setLabelsFont(text);
    x->setTitleFont(text);
    fresh->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    //: Load chart y axis; %1 is "Client" or "Server".
    y->setTitleText(tr("%1 sockets").arg(Texts::hostName(side_)));
    auto peak = static_cast<double>(std::max(areas_.peakTotal, yPeak_));
    const bool showPorts = portLimit_ > 0 && peak * 4 >= static_cast<double>(portLimit_);
    if (showPorts) peak = std::max(peak, static_cast<double>(portLimit_));
    y->setRange(0, std::max(peak * 1.08, 4.0));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setLabelsFont(text);
    y->setTitleFont(text);
    fresh->addAxis(y, Qt::AlignLeft);

    for (LoadGroup g : kLoadGroups) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        for (const LoadBandPoint& p : areas_.bands[static_cast<size_t>(g)]) {
            upper->append(unit.value(p.t), static_cast<double>(p.upper));
            lower->append(unit.value(p.t), static_cast<double>(p.lower));
        }
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(groupName(g));
        const QColor c = groupColor(g, theme_);
        area->setBrush(c);
        area->setPen(QPen(c.darker(140), 1));
        fresh->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        connect(area, &QAreaSeries::hovered, this, [this, unit](const QPointF& p, bool state) {
            if (!state || areas_.bands[0].empty()) {
                QToolTip::hideText();
                return;
            }
            // The nearest sample to the pointer's time.
            const auto& pts = areas_.bands[0];
            size_t best = 0;
            for (size_t i = 1; i < pts.size(); ++i)
                if (std::abs(unit.value(pts[i].t) - p.x()) < std::abs(unit.value(pts[best].t) - p.x())) best = i;
            QToolTip::showText(QCursor::pos(), sampleTip(best), this);
        });
        areaSeries_[static_cast<size_t>(g)] = area;
    }

    if (showPorts) {
        portLine_ = new QLineSeries;
        portLine_->setObjectName(QStringLiteral("portLimit"));
        //: Load chart: the line at the number of the client's ephemeral ports.
        portLine_->setName(tr("Port range: %n port(s)", nullptr, static_cast<int>(portLimit_)));
        portLine_->append(0, static_cast<double>(portLimit_));
        portLine_->append(x->max(), static_cast<double>(portLimit_));
        portLine_->setPen(QPen(lossColor(theme_), 2, Qt::DashLine));
        fresh->addSeries(portLine_);
        portLine_->attachAxis(x);
        portLine_->attachAxis(y);
    }

    // The player's moment, above the areas; not in the legend (it is no group of sockets).
    cursorLine_ = new QLineSeries;
    cursorLine_->setObjectName(QStringLiteral("cursor"));
    cursorLine_->setPen(QPen(cursorColor(theme_), 2)); // the ladder's "now" colour, in every theme
    fresh->addSeries(cursorLine_);
    cursorLine_->attachAxis(x);
    cursorLine_->attachAxis(y);
    for (QLegendMarker* m : fresh->legend()->markers(cursorLine_)) m->setVisible(false);
    placeCursor();

    failures_ = new QScatterSeries;
    failures_->setObjectName(QStringLiteral("failures"));
    failures_->setName(tr("Failed connection attempts"));
    failures_->setMarkerShape(QScatterSeries::MarkerShapeStar);
    failures_->setMarkerSize(14);
    failures_->setColor(lossColor(theme_));
    // Along the top of the plot, where they cover no area.
    for (SimTime t : result_.firstFailures) failures_->append(unit.value(t), y->max() * 0.97);
    fresh->addSeries(failures_);
    failures_->attachAxis(x);
    failures_->attachAxis(y);
    connect(failures_, &QXYSeries::hovered, this, [this, unit](const QPointF& p, bool state) {
        if (!state) return QToolTip::hideText();
        const SimTime t = SimTime::fromUs(static_cast<int64_t>(std::llround(p.x() / unit.perUs)));
        QToolTip::showText(QCursor::pos(),
                           tr("Connection attempts fail from %1 (no free ephemeral port)").arg(Texts::timeLabel(t)), this);
    });
}

void LoadChartView::setCursorTime(SimTime t) {
    cursorAt_ = t;
    placeCursor();
}

void LoadChartView::placeCursor() {
    if (!cursorLine_) return;
    auto* y = qobject_cast<QValueAxis*>(chart()->axes(Qt::Vertical).value(0));
    if (result_.samples.empty() || !y) {
        cursorLine_->clear();
        return;
    }
    const double x = timeUnitFor(std::max(result_.end, xEnd_)).value(cursorAt_);
    cursorLine_->replace(QList<QPointF>{{x, 0.0}, {x, y->max()}});
}

void LoadChartView::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange) rebuild();
}

void LoadChartView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Export as PNG…"), this, [this] { exportImageWithDialog(this, false); });
    menu.addAction(tr("Export as SVG…"), this, [this] { exportImageWithDialog(this, true); });
    menu.exec(event->globalPos());
}

} // namespace hl::ui
