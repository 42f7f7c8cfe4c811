#include "ui/charts/charts_panel.h"

#include "ui/charts/rto_chart_view.h"
#include "ui/charts/seq_chart_view.h"
#include "ui/charts/state_timeline_view.h"
#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"
#include "ui/window/accessible_names.h"
#include "ui/window/on_screen.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace hl::ui {

ChartsPanel::ChartsPanel(SessionController* session, QWidget* parent)
    : QWidget(parent), session_(session), tabs_(new QTabWidget(this)), direction_(new QComboBox(this)),
      directionLabel_(new QLabel(this)), exportButton_(new QToolButton(this)), seq_(new SeqChartView(session, this)),
      states_(new StateTimelineView(session, this)), rto_(new RtoChartView(session, this)) {
    setObjectName(QStringLiteral("chartsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    bar->addWidget(directionLabel_);
    bar->addWidget(direction_);
    bar->addStretch(1);
    bar->addWidget(exportButton_);
    layout->addLayout(bar);
    layout->addWidget(tabs_, 1);
    tabs_->addTab(seq_, QString());
    tabs_->addTab(states_, QString());
    tabs_->addTab(rto_, QString());
    direction_->setObjectName(QStringLiteral("chartDirection"));
    direction_->addItem(QString(), static_cast<int>(HostId::Client));
    direction_->addItem(QString(), static_cast<int>(HostId::Server));
    directionLabel_->setBuddy(direction_);
    connect(direction_, &QComboBox::currentIndexChanged, this, [this](int index) {
        seq_->setSender(direction_->itemData(index).toInt() == static_cast<int>(HostId::Server) ? HostId::Server
                                                                                                : HostId::Client);
    });
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        const bool seqShown = tabs_->currentWidget() == seq_;
        direction_->setVisible(seqShown);
        directionLabel_->setVisible(seqShown);
        rebuildShown();
    });

    exportButton_->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton_);
    auto exportAs = [this](bool svg) {
        if (TraceChartView* chart = currentChart()) chart->exportWithDialog(svg);
    };
    menu->addAction(QString(), this, [exportAs] { exportAs(false); })->setObjectName(QStringLiteral("exportPng"));
    menu->addAction(QString(), this, [exportAs] { exportAs(true); })->setObjectName(QStringLiteral("exportSvg"));
    exportButton_->setMenu(menu);

    connect(session_, &SessionController::traceReplaced, this, &ChartsPanel::rebuildAll);
    connect(session_, &SessionController::cursorMoved, this, &ChartsPanel::updateCursor);
    retranslateUi();
    rebuildAll();
}

void ChartsPanel::freshen(TraceChartView* chart) const {
    if (stale_.remove(chart)) chart->rebuild();
}

SeqChartView* ChartsPanel::seqChart() const {
    freshen(seq_);
    return seq_;
}

StateTimelineView* ChartsPanel::stateTimeline() const {
    freshen(states_);
    return states_;
}

RtoChartView* ChartsPanel::rtoChart() const {
    freshen(rto_);
    return rto_;
}

TraceChartView* ChartsPanel::currentChart() const { return qobject_cast<TraceChartView*>(tabs_->currentWidget()); }

void ChartsPanel::setTheme(Theme theme) {
    seq_->setTheme(theme);
    states_->setTheme(theme);
    rto_->setTheme(theme);
}

void ChartsPanel::setSender(HostId sender) { direction_->setCurrentIndex(sender == HostId::Client ? 0 : 1); }

void ChartsPanel::rebuildAll() {
    stale_ = {seq_, states_, rto_};
    rebuildShown();
}

// A chart the user cannot see (the dock behind another dock's tab, another chart's tab, a window
// not shown yet) waits until it is shown or asked for (seqChart() and the others): one chart of a
// long run costs as much as the rest of a replay, and the window's start built all three twice.
void ChartsPanel::rebuildShown() {
    if (isOnScreen(this)) revealed();
}

void ChartsPanel::revealed() {
    if (auto* chart = currentChart()) freshen(chart);
}

void ChartsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    rebuildShown();
}

void ChartsPanel::updateCursor() {
    for (TraceChartView* chart :
         {static_cast<TraceChartView*>(seq_), static_cast<TraceChartView*>(states_), static_cast<TraceChartView*>(rto_)})
        if (!stale_.contains(chart)) chart->updateCursor();
}

void ChartsPanel::retranslateUi() {
    //: Tab of the Charts panel: the Stevens/tcptrace sequence-number graph.
    tabs_->setTabText(0, tr("Sequence numbers"));
    tabs_->setTabText(1, tr("States"));
    tabs_->setTabText(2, tr("Retransmission timer"));
    directionLabel_->setText(tr("&Direction:"));
    //: Accessible name of the Charts panel's tabs (read by screen readers).
    setControlName(tabs_, tr("Charts"));
    for (int i = 0; i < tabs_->count(); ++i) setControlName(tabs_->widget(i), tabs_->tabText(i));
    setControlName(direction_, labelName(directionLabel_->text()));
    direction_->setItemText(0, tr("%1 → %2").arg(Texts::hostName(HostId::Client), Texts::hostName(HostId::Server)));
    direction_->setItemText(1, tr("%1 → %2").arg(Texts::hostName(HostId::Server), Texts::hostName(HostId::Client)));
    exportButton_->setText(tr("Export…"));
    exportButton_->setToolTip(tr("Save the chart shown as a PNG or SVG image"));
    const auto actions = exportButton_->menu()->actions();
    actions[0]->setText(tr("As PNG image…"));
    actions[1]->setText(tr("As SVG image…"));
}

void ChartsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hl::ui
