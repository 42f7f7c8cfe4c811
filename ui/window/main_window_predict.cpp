// MainWindow: predict mode (issue 17): Play → Predict mode (P), the quiz panel as a tab beside the
// inspector, class mode while in presentation mode.
#include "ui/window/main_window.h"

#include "ui/perturb/perturb_actions.h"
#include "ui/quiz/predict_mode.h"
#include "ui/quiz/quiz_panel.h"

#include <QAction>
#include <QDockWidget>
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
    if (on) {
        // Room for a question and its choices beside the diagram.
        const auto share = [this] { resizeDocks({quizDock_}, {std::max(380, width() * 27 / 100)}, Qt::Horizontal); };
        share();
        QMetaObject::invokeMethod(this, share, Qt::QueuedConnection); // again once laid out
    }
    predict_->setOn(on);
}

bool MainWindow::isPredictMode() const { return predict_->isOn(); }

void MainWindow::retranslatePredictMode() {
    //: Play menu: stop before each step and ask what will happen (a quiz).
    predictAction_->setText(tr("Pre&dict mode"));
    quizDock_->setWindowTitle(tr("Predict"));
}

} // namespace hl::ui
