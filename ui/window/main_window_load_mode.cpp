// The window in a load lesson: the load view takes the centre, and the panels that describe one
// connection (state machine, segment, TCB, events, charts, perturbations) step aside, since a load
// run has thousands of connections and no single trace to show. They return as they were.
#include "ui/window/main_window.h"

#include "ui/load/load_player.h"
#include "ui/load/load_session.h"
#include "ui/load/load_view.h"
#include "ui/perturb/perturb_actions.h"
#include "ui/window/main_window_actions.h"

#include <QAction>
#include <QDockWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>

namespace hl::ui {

LoadView* MainWindow::loadView() {
    if (loadView_) return loadView_;
    loadView_ = new LoadView(loadSession_);
    loadView_->setTheme(theme_);
    loadView_->setPresentationMode(presentation_);
    // A stack is as wide as its widest page: the hidden load view must not widen the window on a
    // small screen (an explicit minimum of 1 replaces its size hint while it is hidden).
    loadView_->setMinimumWidth(loadMode_ ? 0 : 1);
    centreStack_->addWidget(loadView_);
    return loadView_;
}

void MainWindow::setLoadMode(bool load) {
    if (load) loadView(); // the first load lesson builds it
    centreStack_->setCurrentWidget(load ? static_cast<QWidget*>(loadView_) : centreSplit_);
    if (loadView_) loadView_->setMinimumWidth(load ? 0 : 1);
    if (load) loadView_->setScenario(session_->scenario());
    // The player moves through the run's samples in a load lesson, with its own scrubber.
    timelineItem_->setVisible(!load);
    loadTimelineItem_->setVisible(load);
    actions_->exportCapture->setEnabled(!load); // a load lesson has no single run to capture
    if (load == loadMode_) return;
    session_->pause();
    loadSession_->player()->pause();
    loadMode_ = load;
    retranslateActions(); // Play or Pause, as the player now in use says
    if (load) {
        stateBeforeLoad_ = saveState();
        for (QDockWidget* d : {fsmDock_, inspectorDock_, tcbDock_, eventsDock_, chartsDock_,
                               perturb_->perturbationsDock(), perturb_->settingsDock()}) {
            if (!d || d->isHidden()) continue;
            d->hide();
            hiddenForLoad_.push_back(d);
        }
        return;
    }
    for (QDockWidget* d : hiddenForLoad_) d->show();
    hiddenForLoad_.clear();
    inspectorDock_->raise();
}

} // namespace hl::ui
