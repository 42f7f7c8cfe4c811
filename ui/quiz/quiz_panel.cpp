#include "ui/quiz/quiz_panel.h"

#include "ui/quiz/predict_mode.h"
#include "ui/texts/texts.h"
#include "ui/texts/texts_quiz.h"
#include "ui/window/accessible_names.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
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

#include <algorithm>

namespace hl::ui {

namespace {
// Class mode's question and choices against the application's (presentation) font: the size of
// the projected caption, so that they are read from the back row as it is.
constexpr qreal kClassScale = 1.4;
} // namespace

QuizPanel::QuizPanel(PredictMode* mode, QWidget* parent)
    : QWidget(parent), mode_(mode), progress_(new QLabel), question_(new QLabel), pickHint_(new QLabel),
      choicesBox_(new QWidget), choices_(new QGridLayout(choicesBox_)), field_(new QLineEdit), answer_(new QPushButton),
      reveal_(new QPushButton), feedback_(new QLabel), newNumbers_(new QPushButton), summary_(new QLabel),
      review_(new QTableWidget), export_(new QPushButton) {
    setObjectName(QStringLiteral("quizPanel"));
    field_->setObjectName(QStringLiteral("quizAnswerField"));
    reveal_->setObjectName(QStringLiteral("quizReveal"));
    newNumbers_->setObjectName(QStringLiteral("quizNewNumbers"));
    export_->setObjectName(QStringLiteral("quizExport"));
    pickHint_->setObjectName(QStringLiteral("quizPickHint"));
    progress_->setObjectName(QStringLiteral("quizProgress"));
    for (QLabel* l : {progress_, question_, pickHint_, feedback_, summary_}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    }
    question_->setObjectName(QStringLiteral("quizQuestion"));
    feedback_->setObjectName(QStringLiteral("quizFeedback"));
    feedback_->setTextFormat(Qt::RichText);
    choices_->setContentsMargins(0, 0, 0, 0);

    answerRow_ = new QHBoxLayout;
    answerRow_->addWidget(field_, 1);
    answerRow_->addWidget(answer_);

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

    buttons_ = new QHBoxLayout; // New numbers, a stretch, Export (arrange() puts the buttons in)
    buttons_->addStretch(1);

    // The panel scrolls rather than forcing the window taller than the screen (1280×720).
    inner_ = new QWidget;
    scroll_ = new QScrollArea;
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setWidget(inner_);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll_);
    review_->setMinimumHeight(120);
    grid_ = new QGridLayout(inner_);
    arrange();

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

// Alone, a column beside the diagram: progress, question, choices one under the other, the answer
// field, the reveal, the review. In class mode a strip under the ladder, as wide as the window:
// the question with its number at the right, the choices side by side with Reveal at the right,
// the revealed answer under them.
void QuizPanel::arrange() {
    while (QLayoutItem* item = grid_->takeAt(0)) {
        if (QLayout* row = item->layout())
            row->setParent(nullptr); // the two row layouts are kept and put back
        else
            delete item;
    }
    buttons_->removeWidget(newNumbers_);
    buttons_->removeWidget(export_);
    for (int r = 0; r < 12; ++r) grid_->setRowStretch(r, 0);
    grid_->setColumnStretch(0, 1);
    grid_->setColumnStretch(1, 0);
    if (presentation_) {
        grid_->addWidget(question_, 0, 0);
        grid_->addWidget(progress_, 0, 1, Qt::AlignRight | Qt::AlignTop);
        grid_->addWidget(choicesBox_, 1, 0);
        grid_->addWidget(reveal_, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
        grid_->addWidget(feedback_, 2, 0, 1, 2);
        grid_->addWidget(newNumbers_, 3, 1, Qt::AlignRight | Qt::AlignTop);
        grid_->addWidget(pickHint_, 3, 0);
        grid_->setColumnMinimumWidth(0, 0);
        grid_->addLayout(answerRow_, 4, 0);
        grid_->addWidget(summary_, 5, 0);
        grid_->addWidget(review_, 6, 0);
        grid_->addWidget(export_, 7, 0);
        grid_->setRowStretch(8, 1); // what is left stays empty below
    } else {
        int row = 0;
        for (QWidget* w : {static_cast<QWidget*>(progress_), static_cast<QWidget*>(question_),
                           static_cast<QWidget*>(pickHint_), choicesBox_})
            grid_->addWidget(w, row++, 0, 1, 2);
        grid_->addLayout(answerRow_, row++, 0, 1, 2);
        grid_->addWidget(reveal_, row++, 0, 1, 2);
        grid_->addWidget(feedback_, row++, 0, 1, 2);
        grid_->addWidget(summary_, row++, 0, 1, 2);
        grid_->setRowStretch(row, 1);
        grid_->addWidget(review_, row++, 0, 1, 2);
        buttons_->insertWidget(0, newNumbers_);
        buttons_->addWidget(export_);
        grid_->addLayout(buttons_, row, 0, 1, 2);
    }
    arrangeChoices();
}

// Class mode puts the choices side by side when they fit the strip (two rows of two when four do
// not fit in one); alone they stand one under the other.
void QuizPanel::arrangeChoices() {
    for (QPushButton* b : choiceButtons_) choices_->removeWidget(b);
    const int n = static_cast<int>(choiceButtons_.size());
    int columns = 1;
    if (presentation_ && n > 1) {
        int widest = 0;
        for (QPushButton* b : choiceButtons_) widest = std::max(widest, b->sizeHint().width());
        const int spacing = std::max(0, choices_->horizontalSpacing());
        const int room = std::max(1, choicesRoom());
        columns = std::clamp((room + spacing) / (widest + spacing), 1, n);
        const int rows = (n + columns - 1) / columns;
        columns = (n + rows - 1) / rows; // balanced rows: 2 + 2 rather than 3 + 1
    }
    for (int i = 0; i < n; ++i) choices_->addWidget(choiceButtons_[size_t(i)], i / columns, i % columns);
    for (int c = 0; c < choices_->columnCount(); ++c) choices_->setColumnStretch(c, c < columns ? 1 : 0);
    choiceColumns_ = columns;
}

// The width the choices have: the strip without the Reveal column in class mode.
int QuizPanel::choicesRoom() const {
    const QMargins m = grid_->contentsMargins();
    int room = scroll_->viewport()->width() - m.left() - m.right();
    if (presentation_)
        room -= std::max(reveal_->sizeHint().width(), progress_->sizeHint().width()) + grid_->horizontalSpacing();
    return room;
}

int QuizPanel::neededHeight(int width) const {
    const int h = grid_->hasHeightForWidth() ? grid_->totalHeightForWidth(width) : grid_->totalSizeHint().height();
    return h + 2;
}

void QuizPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (presentation_) arrangeChoices();
}

QString QuizPanel::questionText() const { return question_->text(); }
QString QuizPanel::feedbackText() const { return feedback_->text(); }
QString QuizPanel::summaryText() const { return summary_->text(); }

QPushButton* QuizPanel::choiceButton(int i) const {
    if (i < 0 || i >= choiceCount()) return nullptr;
    return choiceButtons_[size_t(i)];
}

int QuizPanel::choiceCount() const { return static_cast<int>(choiceButtons_.size()); }

void QuizPanel::setPresentationMode(bool on) {
    if (on == presentation_) return;
    presentation_ = on;
    arrange();
    applyFonts();
    refresh();
}

void QuizPanel::applyFonts() {
    // The application's font is already presentation mode's large type there (the caption's): in
    // class mode the question is a little larger still and the choices bold, to be read from the
    // back of the room; alone, the question stands out from the panel's text.
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * (presentation_ ? kClassScale : 1.2));
    f.setBold(true);
    question_->setFont(f);
    QFont choice = font();
    if (presentation_) choice.setPointSizeF(choice.pointSizeF() * kClassScale);
    choice.setBold(presentation_);
    for (QPushButton* b : choiceButtons_) b->setFont(choice);
}

void QuizPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) refresh();
    // Presentation mode changes the application's font: the question's and choices' follow.
    if (event->type() == QEvent::FontChange) applyFonts();
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
    // Class mode between questions: the strip holds the revealed answer alone (the clicker goes on).
    question_->setVisible(!(classMode && !waiting && mode_->lastDone()));

    // The choices of the waiting question, one button each ("b) SYN_RECEIVED").
    // Later: refresh() may run inside a choice's own clicked().
    for (QPushButton* b : choiceButtons_) {
        b->hide();
        choices_->removeWidget(b);
        b->deleteLater();
    }
    choiceButtons_.clear();
    const bool answering = waiting && !classMode;
    if (waiting) {
        const QuizQuestion& q = qs[*waiting];
        for (size_t i = 0; i < q.choices.size(); ++i) {
            auto* b = new QPushButton(QuizTexts::choice(q, i));
            b->setObjectName(QStringLiteral("quizChoice%1").arg(i));
            b->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
            // In class mode the teacher reveals: the choices are read, not pressed (but not greyed
            // out either, which would make them hard to read on a projector).
            b->setEnabled(answering || classMode);
            b->setFocusPolicy(answering ? Qt::StrongFocus : Qt::NoFocus);
            b->setAttribute(Qt::WA_TransparentForMouseEvents, classMode);
            const QString letter(QLatin1Char(choiceLetter(i)));
            connect(b, &QPushButton::clicked, this, [this, letter] { submit(letter); });
            choiceButtons_.push_back(b);
        }
        field_->setToolTip(QuizTexts::answerForms(q));
    }
    applyFonts();
    arrangeChoices();
    choicesBox_->setVisible(waiting.has_value());
    //: Under a "which state will … be in" question in predict mode.
    pickHint_->setText(tr("Or click the state in the state machine."));
    pickHint_->setVisible(mode_->asksState());
    // The field stays (and keeps the focus) between questions: Enter plays on to the next one.
    field_->setVisible(mode_->isOn() && !classMode);
    answer_->setVisible(answering);
    reveal_->setVisible(waiting && classMode);
    // Class mode's strip keeps its room for the question while one is showing.
    newNumbers_->setVisible(!(waiting && classMode));
    if (answering && isVisible()) field_->setFocus();

    // The reveal of the question done last.
    // In class mode a new question takes the strip (the teacher moved on from the last answer).
    if (const std::optional<size_t> done = mode_->lastDone(); done && mode_->isOn() && !(classMode && waiting)) {
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
