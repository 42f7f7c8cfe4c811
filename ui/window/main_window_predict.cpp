// MainWindow: predict mode (issue 17): Play → Predict mode (P), the quiz panel as a tab beside the
// inspector, class mode while in presentation mode.
#include "ui/window/main_window.h"

#include "ui/panels/state_machine_view.h"
#include "ui/perturb/perturb_actions.h"
#include "ui/quiz/predict_mode.h"
#include "ui/quiz/quiz_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QLayout>
#include <QMenu>

#include <algorithm>

namespace hl::ui {

void MainWindow::buildPredictMode() {
    predict_ = new PredictMode(session_, this);
    quizPanel_ = new QuizPanel(predict_);
    quizDock_ = new QDockWidget(this);
    quizDock_->setObjectName(QStringLiteral("quizDock"));
    quizDock_->setWidget(quizPanel_);
    quizDock_->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                           QDockWidget::DockWidgetFloatable);
    // At the top of the left-hand column (the lesson's perturbation panels follow below it): the
    // right-hand column's panels keep their room, and the question is in view beside the diagram.
    addDockWidget(Qt::LeftDockWidgetArea, quizDock_);
    quizDock_->hide();
    connect(quizPanel_, &QuizPanel::glossaryRequested, this, [this](const QString& key) { showGlossary(key); });
    // A state question is answered by clicking a box of the state machine (the keyboard path, a
    // letter or the name typed, stays): the boxes are buttons only while such a question is open,
    // and the figure comes to the front of its tab group then.
    connect(fsm_, &StateMachineView::statePicked, predict_, &PredictMode::answerState);
    connect(predict_, &PredictMode::changed, this, [this] {
        if (presentation_ && predict_->isOn())
            QMetaObject::invokeMethod(this, &MainWindow::fitCaption, Qt::QueuedConnection);
        const bool asks = predict_->asksState();
        if (asks && !fsm_->isPickable() && !fsmDock_->isHidden()) fsmDock_->raise();
        fsm_->setPickable(asks);
    });

    predictAction_ = new QAction(this);
    predictAction_->setObjectName(QStringLiteral("actionPredictMode"));
    predictAction_->setShortcut(QKeySequence(Qt::Key_P));
    predictAction_->setShortcutContext(Qt::WindowShortcut);
    predictAction_->setCheckable(true);
    addAction(predictAction_);
    playMenu_->addSeparator();
    playMenu_->addAction(predictAction_);
    connect(predictAction_, &QAction::toggled, this, &MainWindow::setPredictMode);
}

void MainWindow::setPredictMode(bool on) {
    predictAction_->setChecked(on);
    predict_->setClassMode(presentation_);
    quizPanel_->setPresentationMode(presentation_);
    // Class mode: a strip across the bottom of the projector's picture, under the caption, without
    // a title bar (the ladder keeps its whole width); alone, the left-hand column.
    if (presentation_ && dockWidgetArea(quizDock_) != Qt::BottomDockWidgetArea) {
        addDockWidget(Qt::BottomDockWidgetArea, quizDock_);
        quizDock_->setTitleBarWidget(new QWidget(quizDock_));
    } else if (!presentation_ && dockWidgetArea(quizDock_) == Qt::BottomDockWidgetArea) {
        addDockWidget(Qt::LeftDockWidgetArea, quizDock_);
    }
    if (!presentation_ && quizDock_->titleBarWidget()) {
        delete quizDock_->titleBarWidget();
        quizDock_->setTitleBarWidget(nullptr);
    }
    quizDock_->setVisible(on); // first: the panel takes the focus when it is shown
    // The lesson's perturbation panels step aside while the quiz has the left-hand column (the
    // Perturb menu still works); they come back as they were.
    if (on && hiddenForPredict_.empty()) {
        for (QDockWidget* d : {perturb_->perturbationsDock(), perturb_->settingsDock()})
            if (d && !d->isHidden()) {
                d->hide();
                hiddenForPredict_.push_back(d);
            }
    } else if (!on) {
        for (QDockWidget* d : hiddenForPredict_) d->show();
        hiddenForPredict_.clear();
    }
    if (on && presentation_) {
        QMetaObject::invokeMethod(this, &MainWindow::fitCaption, Qt::QueuedConnection); // sizes the strip too
    } else if (on) {
        // Room for a question and its choices beside the diagram.
        const auto share = [this] { resizeDocks({quizDock_}, {std::max(380, width() * 27 / 100)}, Qt::Horizontal); };
        share();
        QMetaObject::invokeMethod(this, share, Qt::QueuedConnection); // again once laid out
    }
    predict_->setOn(on);
}

bool MainWindow::isPredictMode() const { return predict_->isOn(); }

// Class mode's strip gets the height its question and choices (or the revealed answer) need, up
// to a third of the window: the ladder keeps at least half of the picture (past that the strip
// scrolls).
void MainWindow::fitClassStrip() {
    if (!presentation_ || !quizDock_->isVisible() || dockWidgetArea(quizDock_) != Qt::BottomDockWidgetArea) return;
    const int frame = std::max(0, quizDock_->height() - quizPanel_->height()); // the dock's own margins
    const int want = quizPanel_->neededHeight(quizPanel_->width()) + frame;
    resizeDocks({quizDock_}, {std::min(want, height() / 3)}, Qt::Vertical);
    if (layout()) layout()->activate(); // now: the caption's share is computed from the centre's new height
}

void MainWindow::retranslatePredictMode() {
    //: Play menu: stop before each step and ask what will happen (a quiz).
    predictAction_->setText(tr("Pre&dict mode"));
    quizDock_->setWindowTitle(tr("Predict"));
}

} // namespace hl::ui
