#include "ui/panels/narration_panel.h"

#include "ui/panels/wrapped_label.h"

#include "ui/session/session_controller.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "ui/window/accessible_names.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hl::ui {

NarrationPanel::NarrationPanel(SessionController* session, QWidget* parent)
    : QWidget(parent), session_(session), heading_(new QLabel(this)), body_(new WrappedLabel), other_(new WrappedLabel) {
    heading_->setTextFormat(Qt::PlainText);
    // A long lesson title wraps instead of setting the window's minimum width (issue 13 §9).
    heading_->setWordWrap(true);
    heading_->setObjectName(QStringLiteral("narrationHeading"));
    for (QLabel* l : {body_, other_}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    body_->setObjectName(QStringLiteral("narrationBody"));
    other_->setObjectName(QStringLiteral("narrationOther"));
    // The second language at the same size and contrast as the first (issue 15): a bilingual
    // class reads both.
    other_->hide();
    auto* captions = new QWidget;
    auto* captionsLayout = new QVBoxLayout(captions);
    captionsLayout->setContentsMargins(0, 0, 0, 0);
    captionsLayout->setSpacing(8);
    captionsLayout->addWidget(body_);
    captionsLayout->addWidget(other_);
    captionsLayout->addStretch(1);
    scroll_ = new QScrollArea(this);
    auto* scroll = scroll_;
    scroll->setWidget(captions);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(heading_);
    layout->addWidget(scroll, 1);
    applyFonts();
    retranslateUi();
    connect(session_, &SessionController::traceReplaced, this, &NarrationPanel::refresh);
    connect(session_, &SessionController::cursorMoved, this, &NarrationPanel::refresh);
    refresh();
}

QString NarrationPanel::headingText() const { return heading_->text(); }
QString NarrationPanel::bodyText() const { return body_->text(); }
QString NarrationPanel::otherText() const { return bilingual_ ? other_->text() : QString(); }
bool NarrationPanel::isOtherVisible() const { return !other_->isHidden(); }
qreal NarrationPanel::bodyPointSize() const { return body_->font().pointSizeF(); }
qreal NarrationPanel::otherPointSize() const { return other_->font().pointSizeF(); }

void NarrationPanel::setBilingual(bool on) {
    if (on == bilingual_) return;
    bilingual_ = on;
    refresh();
}

void NarrationPanel::setPresentationMode(bool on) {
    if (on == presentation_) return;
    presentation_ = on;
    full_ = false;
    refresh();
}

void NarrationPanel::setFullNarration(bool on) {
    if (on == full_) return;
    full_ = on;
    refresh();
}

bool NarrationPanel::showsShortCaption() const { return presentation_ && !full_; }

int NarrationPanel::neededHeight(int width) const {
    const QMargins m = layout()->contentsMargins();
    const int inner = width - m.left() - m.right() - 4;
    // The heading wraps (a long lesson title): its height depends on the width too.
    const int heading = heading_->hasHeightForWidth() ? heading_->heightForWidth(inner) : heading_->sizeHint().height();
    int h = m.top() + m.bottom() + heading + layout()->spacing() + 6;
    h += body_->heightForWidth(inner);
    if (bilingual_) h += 8 + other_->heightForWidth(inner);
    return h;
}

std::pair<QString, QString> NarrationPanel::compose() const {
    const size_t step = session_->step();
    const size_t count = session_->stepCount();
    if (step == 0) {
        // A title of thousands of characters (a valid file) is cut: the heading is a heading.
        constexpr qsizetype kMaxTitleChars = 200;
        QString title = Texts::localized(session_->scenario().title);
        if (title.size() > kMaxTitleChars) title = title.left(kMaxTitleChars) + QStringLiteral("…");
        QString body = showsShortCaption() ? QString() : Texts::localized(session_->scenario().summary);
        if (!body.isEmpty()) body += QStringLiteral("\n\n");
        body += tr("Press Space to play, or → to go one step at a time.");
        return {title.isEmpty() ? tr("Start") : title, body};
    }
    //: Narration heading: "Step 3 of 12 · t = 0.200 s".
    const QString heading = tr("Step %1 of %2 · t = %3")
                                .arg(Texts::count(step), Texts::count(count))
                                .arg(Texts::timeLabel(session_->timeAtStep(step)));
    // A projector shows the step's one line; the whole narration is one key (N) away.
    if (showsShortCaption()) return {heading, Texts::shortCaption(session_->trace(), step - 1)};
    return {heading, Texts::stepNarration(session_->trace(), step - 1)};
}

void NarrationPanel::refresh() {
    const auto [heading, body] = compose();
    heading_->setText(heading);
    body_->setText(body);
    other_->setVisible(bilingual_);
    if (!bilingual_) {
        other_->clear();
        return;
    }
    // The other language rendered without switching the interface (no LanguageChange storm).
    const QString code = Language::current() == QLatin1String("ko") ? QStringLiteral("en") : QStringLiteral("ko");
    other_->setText(Language::translatedIn(code, [this] {
        const auto [h, b] = compose();
        // Before the first step the heading is the lesson's title: worth showing in both languages.
        return session_->step() == 0 ? h + QStringLiteral("\n") + b : b;
    }));
}

void NarrationPanel::applyFonts() {
    QFont h = font();
    h.setBold(true);
    h.setPointSizeF(font().pointSizeF() * 1.15);
    heading_->setFont(h);
    QFont b = font();
    b.setPointSizeF(font().pointSizeF() * 1.45);
    body_->setFont(b);
    other_->setFont(b); // both languages alike
    body_->setWordWrap(true);
}

void NarrationPanel::retranslateUi() {
    //: Accessible name of the narration's scrolling text (read by screen readers).
    setControlName(scroll_, tr("Narration"));
}

void NarrationPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh();
    }
    if (event->type() == QEvent::FontChange) applyFonts();
    QWidget::changeEvent(event);
}

} // namespace hl::ui
