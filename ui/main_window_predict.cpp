// MainWindow: predict mode (issue 17): Play → Predict mode (P), the quiz panel as a tab beside the
// inspector, class mode while in presentation mode.
#include "ui/main_window.h"

#include "ui/predict_mode.h"
#include "ui/quiz_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace hl::ui {

void MainWindow::buildPredictMode() {
    predict_ = new PredictMode(session_, this);
    quizPanel_ = new QuizPanel(predict_);
    quizDock_ = new QDockWidget(this);
    quizDock_->setObjectName(QStringLiteral("quizDock"));
    quizDock_->setWidget(quizPanel_);
    quizDock_->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                           QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, quizDock_);
    tabifyDockWidget(inspectorDock_, quizDock_);
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
    if (on) quizDock_->raise();
    predict_->setOn(on);
}

bool MainWindow::isPredictMode() const { return predict_->isOn(); }

void MainWindow::retranslatePredictMode() {
    //: Play menu: stop before each step and ask what will happen (a quiz).
    predictAction_->setText(tr("Pre&dict mode"));
    quizDock_->setWindowTitle(tr("Predict"));
}

} // namespace hl::ui
