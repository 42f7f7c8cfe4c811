#include "ui/window/run_progress.h"

#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace hl::ui {

RunProgress::RunProgress(SessionController* session, QWidget* parent)
    : QWidget(parent), session_(session), label_(new QLabel(this)), bar_(new QProgressBar(this)),
      cancel_(new QPushButton(this)) {
    setObjectName(QStringLiteral("runProgress"));
    cancel_->setObjectName(QStringLiteral("runCancel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    label_->setWordWrap(true); // never sizes the window (Korean is longer)
    layout->addWidget(label_, 1);
    bar_->setRange(0, 100);
    bar_->setMaximumWidth(220);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    hide();
    connect(cancel_, &QPushButton::clicked, session_, &SessionController::cancelRun);
    connect(session_, &SessionController::runStarted, this, [this](bool opening) {
        opening_ = opening;
        events_ = 0;
        bar_->setValue(0);
        retranslate();
        show();
    });
    connect(session_, &SessionController::runProgressed, this, [this](quint64 events, double fraction) {
        events_ = events;
        bar_->setValue(static_cast<int>(std::lround(fraction * 100)));
        retranslate();
    });
    connect(session_, &SessionController::runFinished, this, [this] {
        if (!session_->isRunning()) hide();
    });
    retranslate();
}

QString RunProgress::text() const { return label_->text(); }

void RunProgress::retranslate() {
    const QString events = Texts::count(events_);
    label_->setText(
        opening_
            //: Above the diagram while a large lesson is simulated; %1 is a number of trace events.
            ? tr("Simulating the lesson… %1 events so far. The current lesson stays until it is ready.").arg(events)
            //: Above the diagram while a change to a large lesson is replayed; %1 is a number of events.
            : tr("Replaying your change… %1 events so far. Cancel undoes the change.").arg(events));
    //: Stops simulating a large lesson (the lesson shown before stays).
    cancel_->setText(tr("Cancel"));
}

void RunProgress::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace hl::ui
