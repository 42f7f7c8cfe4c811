#include "ui/narration_panel.h"

#include "ui/session_controller.h"
#include "ui/texts.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hl::ui {

NarrationPanel::NarrationPanel(SessionController* session, QWidget* parent)
    : QWidget(parent), session_(session), heading_(new QLabel(this)), body_(new QLabel) {
    heading_->setTextFormat(Qt::PlainText);
    body_->setTextFormat(Qt::PlainText);
    body_->setWordWrap(true);
    body_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    body_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(heading_);
    layout->addWidget(scroll, 1);
    applyFonts();
    connect(session_, &SessionController::traceReplaced, this, &NarrationPanel::refresh);
    connect(session_, &SessionController::cursorMoved, this, &NarrationPanel::refresh);
    refresh();
}

QString NarrationPanel::headingText() const { return heading_->text(); }
QString NarrationPanel::bodyText() const { return body_->text(); }

void NarrationPanel::refresh() {
    const size_t step = session_->step();
    const size_t count = session_->stepCount();
    if (step == 0) {
        const QString title = Texts::localized(session_->scenario().title);
        heading_->setText(title.isEmpty() ? tr("Start") : title);
        QString body = Texts::localized(session_->scenario().summary);
        if (!body.isEmpty()) body += QStringLiteral("\n\n");
        body += tr("Press Space to play, or → to go one step at a time.");
        body_->setText(body);
        return;
    }
    //: Narration heading: "Step 3 of 12 · t = 0.200 s".
    heading_->setText(tr("Step %1 of %2 · t = %3").arg(step).arg(count).arg(Texts::timeLabel(session_->timeAtStep(step))));
    body_->setText(Texts::stepNarration(session_->trace(), step - 1));
}

void NarrationPanel::applyFonts() {
    QFont h = font();
    h.setBold(true);
    h.setPointSizeF(font().pointSizeF() * 1.15);
    heading_->setFont(h);
    QFont b = font();
    b.setPointSizeF(font().pointSizeF() * 1.45);
    body_->setFont(b);
}

void NarrationPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) refresh();
    if (event->type() == QEvent::FontChange) applyFonts();
    QWidget::changeEvent(event);
}

} // namespace hl::ui
