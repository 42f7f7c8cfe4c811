#include "ui/quiz/quiz_panel.h"

#include "ui/quiz/predict_mode.h"
#include "ui/texts/texts.h"
#include "ui/texts/texts_quiz.h"
#include "ui/window/accessible_names.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hl::ui {

QuizPanel::QuizPanel(PredictMode* mode, QWidget* parent)
    : QWidget(parent), mode_(mode), progress_(new QLabel), question_(new QLabel), choicesBox_(new QWidget),
      choices_(new QVBoxLayout(choicesBox_)), field_(new QLineEdit), answer_(new QPushButton), reveal_(new QPushButton),
      feedback_(new QLabel), newNumbers_(new QPushButton), summary_(new QLabel), review_(new QTableWidget),
      export_(new QPushButton) {
    setObjectName(QStringLiteral("quizPanel"));
    field_->setObjectName(QStringLiteral("quizAnswerField"));
    reveal_->setObjectName(QStringLiteral("quizReveal"));
    newNumbers_->setObjectName(QStringLiteral("quizNewNumbers"));
    export_->setObjectName(QStringLiteral("quizExport"));
    for (QLabel* l : {progress_, question_, feedback_, summary_}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    }
    question_->setObjectName(QStringLiteral("quizQuestion"));
    feedback_->setObjectName(QStringLiteral("quizFeedback"));
    feedback_->setTextFormat(Qt::RichText);
    choices_->setContentsMargins(0, 0, 0, 0);

    auto* answerRow = new QHBoxLayout;
    answerRow->addWidget(field_, 1);
    answerRow->addWidget(answer_);

    // Question, answer (yours and the right one), time; long texts wrap, nothing is elided.
    review_->setColumnCount(3);
    review_->verticalHeader()->hide();
    review_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    review_->setWordWrap(true);
    review_->setTextElideMode(Qt::ElideNone);
    review_->horizontalHeader()->setStretchLastSection(false);
    review_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    review_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Rows grow with their wrapped text whenever the columns change width.
    connect(review_->horizontalHeader(), &QHeaderView::sectionResized, review_, &QTableWidget::resizeRowsToContents);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newNumbers_);
    buttons->addStretch(1);
    buttons->addWidget(export_);

    // The panel scrolls rather than forcing the window taller than the screen (1280×720).
    auto* inner = new QWidget;
    scroll_ = new QScrollArea;
    auto* scroll = scroll_;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    review_->setMinimumHeight(120);
    auto* layout = new QVBoxLayout(inner);
    layout->addWidget(progress_);
    layout->addWidget(question_);
    layout->addWidget(choicesBox_);
    layout->addLayout(answerRow);
    layout->addWidget(reveal_);
    layout->addWidget(feedback_);
    layout->addWidget(summary_);
    layout->addWidget(review_, 1);
    layout->addLayout(buttons);

    connect(field_, &QLineEdit::returnPressed, this, [this] { submit(field_->text()); });
    connect(answer_, &QPushButton::clicked, this, [this] { submit(field_->text()); });
    connect(reveal_, &QPushButton::clicked, mode_, &PredictMode::reveal);
    connect(newNumbers_, &QPushButton::clicked, this,
            [this] { mode_->newNumbers(QRandomGenerator::global()->generate64()); });
    connect(export_, &QPushButton::clicked, this, &QuizPanel::exportReview);
    connect(feedback_, &QLabel::linkActivated, this, &QuizPanel::glossaryRequested);
    connect(mode_, &PredictMode::changed, this, &QuizPanel::refresh);
    applyFonts();
    refresh();
}

QString QuizPanel::questionText() const { return question_->text(); }
QString QuizPanel::feedbackText() const { return feedback_->text(); }
QString QuizPanel::summaryText() const { return summary_->text(); }

QPushButton* QuizPanel::choiceButton(int i) const {
    if (i < 0 || i >= choices_->count()) return nullptr;
    return qobject_cast<QPushButton*>(choices_->itemAt(i)->widget());
}

int QuizPanel::choiceCount() const { return choices_->count(); }

void QuizPanel::setPresentationMode(bool on) {
    presentation_ = on;
    applyFonts();
}

void QuizPanel::applyFonts() {
    QFont f = font();
    // Class mode: the question is read from the back of the room.
    f.setPointSizeF(presentation_ ? f.pointSizeF() * 1.8 : f.pointSizeF() * 1.2);
    f.setBold(true);
    question_->setFont(f);
}

void QuizPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) refresh();
    QWidget::changeEvent(event);
}

void QuizPanel::submit(const QString& text) {
    // Enter with nothing typed, after a reveal: on to the next question.
    if (text.trimmed().isEmpty()) {
        if (!mode_->waiting()) mode_->playOn();
        return;
    }
    if (mode_->answer(text)) field_->clear();
}

void QuizPanel::refresh() {
    const Trace& trace = mode_->trace();
    const auto& qs = mode_->questions();
    const std::optional<size_t> waiting = mode_->waiting();
    const bool classMode = mode_->isClassMode();
    const QuizScore score = mode_->score();

    answer_->setText(tr("Answer"));
    //: Class mode: shows the answer of the question on screen (also PageDown, the clicker key).
    reveal_->setText(tr("Reveal (PageDown)"));
    newNumbers_->setText(tr("New numbers"));
    newNumbers_->setToolTip(tr("The same lesson with new initial sequence numbers and ports"));
    export_->setText(tr("Export results…"));
    //: Placeholder of the answer field (short: the field is narrow).
    field_->setPlaceholderText(waiting ? tr("Your answer, then Enter") : tr("Enter: next question"));
    //: Accessible names in the Predict panel (read by screen readers).
    setControlName(field_, tr("Your answer"));
    setControlName(review_, tr("Answers so far"));
    setControlName(scroll_, tr("Predict"));

    if (!mode_->isOn()) {
        progress_->setText(tr("Predict mode is off (Play → Predict mode, P)."));
        question_->clear();
    } else if (qs.empty()) {
        progress_->setText(tr("This run has no step to ask about."));
        question_->clear();
    } else if (mode_->next() >= qs.size()) {
        progress_->setText(tr("All %n question(s) done.", nullptr, static_cast<int>(qs.size())));
        question_->clear();
    } else {
        //: %1 question number, %2 number of questions.
        progress_->setText(tr("Question %1 of %2").arg(mode_->next() + 1).arg(qs.size()));
        if (waiting)
            question_->setText(QuizTexts::question(trace, qs[*waiting]));
        else
            question_->setText(tr("Play or step on: the lesson stops before the next question."));
    }

    // The choices of the waiting question, one button each ("b) SYN_RECEIVED").
    while (QLayoutItem* item = choices_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool answering = waiting && !classMode;
    if (waiting) {
        const QuizQuestion& q = qs[*waiting];
        for (size_t i = 0; i < q.choices.size(); ++i) {
            auto* b = new QPushButton(QuizTexts::choice(q, i));
            b->setObjectName(QStringLiteral("quizChoice%1").arg(i));
            b->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
            b->setEnabled(answering);
            const QString letter(QLatin1Char(choiceLetter(i)));
            connect(b, &QPushButton::clicked, this, [this, letter] { submit(letter); });
            choices_->addWidget(b);
        }
        field_->setToolTip(QuizTexts::answerForms(q));
    }
    choicesBox_->setVisible(waiting.has_value());
    // The field stays (and keeps the focus) between questions: Enter plays on to the next one.
    field_->setVisible(mode_->isOn() && !classMode);
    answer_->setVisible(answering);
    reveal_->setVisible(waiting && classMode);
    if (answering && isVisible()) field_->setFocus();

    // The reveal of the question done last.
    if (const std::optional<size_t> done = mode_->lastDone(); done && mode_->isOn()) {
        const QuizQuestion& q = qs[*done];
        const QuizRecord& r = mode_->records()[*done];
        QString head;
        if (!r.answered)
            head = tr("Answer: %1.").arg(QuizTexts::answer(q, q.answer));
        else if (r.verdict == QuizVerdict::Right)
            head = QStringLiteral("✓ ") + QuizTexts::verdict(q, r.verdict, r.given);
        else
            head = QStringLiteral("✗ ") + QuizTexts::verdict(q, r.verdict, r.given);
        QString body = r.answered && r.verdict == QuizVerdict::Right ? Texts::stepNarration(trace, q.step)
                                                                     : QuizTexts::explanation(trace, q, r.given);
        const GlossaryEntry term = Texts::glossaryEntry(QString::fromStdString(q.glossaryKey));
        QString link;
        if (!term.key.isEmpty())
            //: A link under the quiz explanation; %1 a glossary term such as "SYN_RECEIVED".
            link = QStringLiteral("<br>") +
                   tr("Glossary: %1")
                       .arg(QStringLiteral("<a href=\"%1\">%2</a>").arg(term.key.toHtmlEscaped(), term.term.toHtmlEscaped()));
        feedback_->setText(QStringLiteral("<b>%1</b><br>%2%3").arg(head.toHtmlEscaped(), body.toHtmlEscaped(), link));
        feedback_->show();
    } else {
        feedback_->clear();
        feedback_->hide();
    }

    // The review: every question so far, the answer given, the right one, the time.
    //: Review columns: the question, "✗ your answer → right answer" (or "✓ answer"), the time taken.
    review_->setHorizontalHeaderLabels({tr("Question"), tr("Answer", "review column"), tr("Time")});
    const bool scored = mode_->isOn() && !classMode;
    review_->setVisible(scored);
    summary_->setVisible(scored && score.answered > 0);
    export_->setVisible(scored);
    if (scored) {
        int rows = 0;
        for (size_t i = 0; i < qs.size(); ++i)
            if (mode_->records()[i].answered) ++rows;
        review_->setRowCount(rows);
        int row = 0;
        std::vector<std::optional<QuizVerdict>> verdicts(qs.size());
        for (size_t i = 0; i < qs.size(); ++i) {
            const QuizRecord& r = mode_->records()[i];
            if (!r.answered) continue;
            verdicts[i] = r.verdict;
            const QString answer = r.verdict == QuizVerdict::Right
                                       ? QStringLiteral("✓ ") + QuizTexts::answer(qs[i], qs[i].answer)
                                       : QStringLiteral("✗ ") + r.given + QStringLiteral(" → ") +
                                             QuizTexts::answer(qs[i], qs[i].answer);
            const QStringList cells{QStringLiteral("Q%1: ").arg(i + 1) + QuizTexts::topic(trace, qs[i]), answer,
                                    Texts::timeLabel(SimTime::fromMs(r.ms))};
            for (int c = 0; c < cells.size(); ++c) review_->setItem(row, c, new QTableWidgetItem(cells[c]));
            ++row;
        }
        review_->resizeRowsToContents();
        summary_->setText(QuizTexts::summary(trace, qs, verdicts));
    }
}

void QuizPanel::exportReview() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export quiz results"), QStringLiteral("quiz-results.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty()) return;
    if (const QString error = mode_->exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export quiz results"), error);
}

} // namespace hl::ui
