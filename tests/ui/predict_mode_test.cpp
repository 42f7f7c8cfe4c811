// Predict mode (issue 17) in the window: before each question no view shows the step it asks
// about; every kind of question can be answered from the keyboard alone; the language can be
// switched in the middle of a quiz; class mode reveals with PageDown and scores nothing; the
// review exports atomically as CSV and JSON.
#include "core/builtin_lessons.h"
#include "core/quiz.h"
#include "core/simulation.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/panels/event_list_model.h"
#include "ui/panels/event_list_view.h"
#include "ui/panels/narration_panel.h"
#include "ui/panels/segment_inspector.h"
#include "ui/panels/state_box.h"
#include "ui/panels/state_machine_layout.h"
#include "ui/panels/state_machine_view.h"
#include "ui/quiz/predict_mode.h"
#include "ui/quiz/quiz_panel.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "ui/texts/texts_quiz.h"
#include "ui/window/main_window.h"

#include "window_test_support.h"

#include <QAction>
#include <QCursor>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <set>

namespace hl {
namespace {

using ui::MainWindow;
using ui::PredictMode;

std::unique_ptr<MainWindow> lessonWindow(const char* lesson) {
    MainWindow::Options options;
    options.useSettings = false;
    auto w = std::make_unique<MainWindow>(options);
    EXPECT_TRUE(w->openLesson(QString::fromLatin1(lesson)).isEmpty());
    w->resize(1600, 1000);
    return w;
}

// Types text into the focus widget, key by key, then Enter: what a keyboard user does.
void typeAnswer(QWidget& window, const QString& text) {
    for (QChar c : text) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        const int key = c.unicode() < 128 ? c.toUpper().unicode() : 0; // Qt::Key of an ASCII character
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &release);
    }
    uitest::pressKey(window, Qt::Key_Return);
    QApplication::processEvents();
}

// Plays on until the lesson stops at the next question: Space, or Enter in the quiz's answer field
// (which keeps the focus between questions), as a keyboard user does.
void playToQuestion(MainWindow& w) {
    if (w.predictMode()->waiting()) return; // already stopped at one
    if (QApplication::focusWidget() == w.quizPanel()->answerField())
        uitest::pressKey(w, Qt::Key_Return);
    else
        uitest::pressKey(w, Qt::Key_Space);
    for (int i = 0; i < 400 && w.session()->isPlaying(); ++i) w.session()->advance(500);
    QApplication::processEvents();
}

TEST(PredictMode, NoViewShowsTheStepBeforeItIsAnswered) {
    ui::Language::install(QStringLiteral("en"));
    for (const char* lesson : {"handshake-and-close", "rst-in-window", "lost-syn", "simultaneous-close"}) {
        SCOPED_TRACE(lesson);
        auto w = lessonWindow(lesson);
        uitest::activate(*w);
        uitest::pressKey(*w, Qt::Key_P);
        ASSERT_TRUE(w->isPredictMode());
        PredictMode* mode = w->predictMode();
        const Trace full = simulate(*findBuiltinLesson(lesson));
        ASSERT_EQ(mode->questions().size(), makeQuiz(full).size());
        size_t asked = 0;
        while (mode->next() < mode->questions().size()) {
            playToQuestion(*w);
            ASSERT_TRUE(mode->waiting().has_value());
            const QuizQuestion& q = mode->questions()[*mode->waiting()];
            const auto ends = stepEnds(full);
            const size_t stepEnd = ends[q.step];
            // What the views are given ends where the question's step begins.
            EXPECT_EQ(w->session()->trace().events.size(), q.cursor);
            EXPECT_EQ(w->eventList()->eventModel()->rowCount(), static_cast<int>(q.cursor));
            // No arrow, label or state band of the step: the diagram holds only earlier events.
            for (const auto& c : w->diagram()->model().copies) {
                EXPECT_LT(c.sendEvent, q.cursor);
                if (c.endEvent != kNoEvent) {
                    EXPECT_LT(c.endEvent, q.cursor);
                }
            }
            for (const auto& b : w->diagram()->model().bands)
                if (b.event != kNoEvent) {
                    EXPECT_LT(b.event, q.cursor);
                }
            // The state boxes and the state machine stand where the step starts.
            const Snapshot before = snapshotAt(full, q.cursor);
            for (HostId h : {HostId::Client, HostId::Server}) {
                const ConnSnapshot* c = before.primary(h);
                EXPECT_EQ(w->stateBox(h)->state(), c ? c->state : TcpState::Closed);
            }
            // Neither the narration nor the inspector tells the step.
            const QString narration = ui::Texts::stepNarration(full, q.step);
            EXPECT_FALSE(w->narration()->bodyText().contains(narration));
            for (size_t i = q.cursor; i < stepEnd; ++i)
                if (full.events[i].type == EventType::Send) {
                    EXPECT_EQ(w->session()->trace().segment(full.events[i].segId), nullptr);
                }
            EXPECT_LE(w->inspector()->segmentId(), w->session()->trace().segments.size());
            // The run is held back, not ended: no "the run stops here: the lesson's time limit".
            EXPECT_TRUE(w->diagram()->endNotes().isEmpty()) << w->diagram()->endNotes().join(' ').toStdString();
            // Stepping on is refused until the question is answered.
            uitest::pressKey(*w, Qt::Key_Right);
            EXPECT_EQ(w->session()->cursor(), q.cursor);
            // Answer (the right answer, typed), and the step is shown.
            const size_t index = *mode->waiting();
            typeAnswer(*w, QString::fromStdString(formatAnswer(q.kind, q.answer)));
            ASSERT_TRUE(mode->records()[index].answered);
            EXPECT_TRUE(w->quizPanel()->feedbackText().contains(QStringLiteral("Right")));
            // A second question about the same step (short lessons) keeps it hidden a little longer.
            const bool more = index + 1 < mode->questions().size() && mode->questions()[index + 1].step == q.step;
            if (more) continue;
            EXPECT_EQ(w->session()->cursor(), stepEnd);
            EXPECT_TRUE(w->narration()->bodyText().contains(narration.left(30)));
            ++asked;
        }
        EXPECT_EQ(asked, mode->questions().size());
        EXPECT_EQ(mode->score().right, asked);
        // All answered: the rest of the run is shown again.
        EXPECT_EQ(w->session()->trace().events.size(), full.events.size());
    }
}

// A lesson and a kind of question it asks; every kind is answered with the keyboard alone.
TEST(PredictMode, EveryKindOfQuestionCanBeAnsweredWithTheKeyboard) {
    ui::Language::install(QStringLiteral("en"));
    std::set<QuizKind> answered;
    for (const char* lesson : {"handshake-and-close", "rst-in-window", "lost-syn"}) {
        auto w = lessonWindow(lesson);
        uitest::activate(*w);
        uitest::pressKey(*w, Qt::Key_P);
        PredictMode* mode = w->predictMode();
        bool letters = false;
        while (mode->next() < mode->questions().size()) {
            playToQuestion(*w);
            ASSERT_TRUE(mode->waiting());
            const QuizQuestion& q = mode->questions()[*mode->waiting()];
            // The answer field has the focus: no mouse needed.
            EXPECT_EQ(QApplication::focusWidget(), w->quizPanel()->answerField());
            size_t right = 0;
            while (!(q.choices[right].answer == q.answer)) ++right;
            // Alternate between the choice letter and the typed form of the answer.
            const QString text = letters ? QString(QChar(QLatin1Char(choiceLetter(right))))
                                         : QString::fromStdString(formatAnswer(q.kind, q.answer));
            letters = !letters;
            const size_t index = *mode->waiting();
            typeAnswer(*w, text);
            ASSERT_TRUE(mode->records()[index].answered);
            EXPECT_EQ(mode->records()[index].verdict, QuizVerdict::Right) << text.toStdString();
            answered.insert(q.kind);
        }
    }
    EXPECT_EQ(answered, (std::set<QuizKind>{QuizKind::NextState, QuizKind::Sends, QuizKind::SeqAck, QuizKind::Fate,
                                            QuizKind::Timer}));
}

TEST(PredictMode, AWrongAnswerIsMarkedAndExplainedWithTheRuleAndAGlossaryLink) {
    ui::Language::install(QStringLiteral("en"));
    auto w = lessonWindow("handshake-and-close");
    uitest::activate(*w);
    w->setPredictMode(true);
    playToQuestion(*w);
    typeAnswer(*w, QStringLiteral("nonsense"));
    const QString feedback = w->quizPanel()->feedbackText();
    EXPECT_TRUE(feedback.contains(QStringLiteral("✗"))) << feedback.toStdString();
    EXPECT_TRUE(feedback.contains(QStringLiteral("RFC 9293"))) << feedback.toStdString();
    EXPECT_TRUE(feedback.contains(QStringLiteral("<a href="))) << feedback.toStdString();
    EXPECT_EQ(w->predictMode()->score().right, 0u);
    EXPECT_EQ(w->predictMode()->score().answered, 1u);
    EXPECT_TRUE(w->quizPanel()->summaryText().startsWith(QStringLiteral("0 of ")));
    EXPECT_TRUE(w->quizPanel()->summaryText().contains(QStringLiteral("missed: Q1")));
}

TEST(PredictMode, TheLanguageCanBeSwitchedDuringAQuiz) {
    ui::Language::install(QStringLiteral("en"));
    auto w = lessonWindow("handshake-and-close");
    uitest::activate(*w);
    w->setPredictMode(true);
    playToQuestion(*w);
    const QuizQuestion q = w->predictMode()->questions()[*w->predictMode()->waiting()];
    typeAnswer(*w, QString::fromStdString(formatAnswer(q.kind, q.answer)));
    playToQuestion(*w);
    const size_t waiting = *w->predictMode()->waiting();
    const QString en = w->quizPanel()->questionText();
    const QString enFeedback = w->quizPanel()->feedbackText();
    w->findChild<QAction*>(QStringLiteral("actionLanguageKorean"))->trigger();
    QApplication::processEvents();
    const QString ko = w->quizPanel()->questionText();
    EXPECT_NE(ko, en);
    EXPECT_TRUE(ko.contains(QStringLiteral("서버")) || ko.contains(QStringLiteral("클라이언트"))) << ko.toStdString();
    EXPECT_NE(w->quizPanel()->feedbackText(), enFeedback);
    // The quiz goes on where it was, and answering still works.
    ASSERT_TRUE(w->predictMode()->waiting());
    EXPECT_EQ(*w->predictMode()->waiting(), waiting);
    const QuizQuestion& q2 = w->predictMode()->questions()[waiting];
    typeAnswer(*w, QString::fromStdString(formatAnswer(q2.kind, q2.answer)));
    EXPECT_EQ(w->predictMode()->score().right, 2u);
    ui::Language::install(QStringLiteral("en"));
}

TEST(PredictMode, ClassModeRevealsWithPageDownAndScoresNothing) {
    ui::Language::install(QStringLiteral("en"));
    auto w = lessonWindow("handshake-and-close");
    uitest::activate(*w);
    w->setPresentationMode(true);
    w->setPredictMode(true);
    PredictMode* mode = w->predictMode();
    ASSERT_TRUE(mode->isClassMode());
    playToQuestion(*w);
    ASSERT_TRUE(mode->waiting());
    const QuizQuestion q = mode->questions()[*mode->waiting()];
    // Nothing to answer and no hint before the reveal.
    EXPECT_FALSE(w->quizPanel()->answerField()->isVisible());
    EXPECT_TRUE(w->quizPanel()->revealButton()->isVisible());
    EXPECT_TRUE(w->quizPanel()->feedbackText().isEmpty());
    uitest::pressKey(*w, Qt::Key_PageDown);
    EXPECT_EQ(w->session()->cursor(), stepEnds(w->session()->fullTrace())[q.step]);
    EXPECT_TRUE(w->quizPanel()->feedbackText().contains(QString::fromStdString(formatAnswer(q.kind, q.answer))));
    EXPECT_EQ(mode->score().answered, 0u);
    EXPECT_FALSE(w->quizPanel()->review()->isVisible());
    // The answer stays up (no next question over it) until the teacher moves on with PageDown;
    // then the next question, alone, and the next PageDown reveals that one.
    EXPECT_FALSE(mode->waiting());
    EXPECT_FALSE(w->quizPanel()->revealButton()->isVisible());
    const size_t next = mode->next();
    for (int i = 0; i < 40 && !mode->waiting(); ++i) uitest::pressKey(*w, Qt::Key_PageDown);
    ASSERT_TRUE(mode->waiting());
    EXPECT_EQ(*mode->waiting(), next);
    EXPECT_TRUE(w->quizPanel()->feedbackText().isEmpty() ||
                !w->quizPanel()->findChild<QLabel*>(QStringLiteral("quizFeedback"))->isVisible());
    uitest::pressKey(*w, Qt::Key_PageDown);
    EXPECT_EQ(mode->lastDone(), std::optional<size_t>(next));
}

// Plays on, answering rightly by typing, until a question of `kind` waits; false if none is left.
bool answerUntil(MainWindow& w, QuizKind kind) {
    PredictMode* mode = w.predictMode();
    while (mode->next() < mode->questions().size()) {
        playToQuestion(w);
        if (!mode->waiting()) return false;
        const QuizQuestion& q = mode->questions()[*mode->waiting()];
        if (q.kind == kind) return true;
        typeAnswer(w, QString::fromStdString(formatAnswer(q.kind, q.answer)));
    }
    return false;
}

// Issue 17: a "which state will X be in" question is answered by clicking a box of the state
// machine; the boxes are buttons (pointer, frame under the pointer) only while such a question is
// open, and a click at other times answers nothing.
TEST(PredictMode, AStateQuestionIsAnsweredByClickingItsBoxInTheStateMachine) {
    ui::Language::install(QStringLiteral("en"));
    auto w = lessonWindow("handshake-and-close");
    uitest::activate(*w);
    w->setPredictMode(true);
    PredictMode* mode = w->predictMode();
    ui::StateMachineView* fsm = w->stateMachine();
    ASSERT_TRUE(fsm->isVisible());

    // Before a state question: not clickable, and a click changes nothing.
    if (!mode->asksState()) {
        EXPECT_FALSE(fsm->isPickable());
        QTest::mouseClick(fsm, Qt::LeftButton, {}, fsm->stateRect(TcpState::Listen).center().toPoint());
        EXPECT_EQ(mode->score().answered, 0u);
    }

    int clicked = 0;
    bool wrongTried = false;
    while (answerUntil(*w, QuizKind::NextState)) {
        const size_t index = *mode->waiting();
        const QuizQuestion q = mode->questions()[index];
        ASSERT_TRUE(fsm->isPickable());
        EXPECT_TRUE(w->quizPanel()->findChild<QLabel*>(QStringLiteral("quizPickHint"))->isVisible());
        // Pick a wrong state once (a distractor), the right one otherwise: the box's own state is
        // the answer given.
        TcpState pick = q.answer.state;
        if (!wrongTried)
            for (const QuizChoice& c : q.choices)
                if (c.answer.state != q.answer.state) {
                    pick = c.answer.state;
                    break;
                }
        const QPoint at = fsm->stateRect(pick).center().toPoint();
        // Hovering the box marks it and shows a pointing hand.
        QMouseEvent move(QEvent::MouseMove, QPointF(at), fsm->mapToGlobal(QPointF(at)), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(fsm, &move);
        ASSERT_TRUE(fsm->hoveredNode().has_value());
        EXPECT_EQ(ui::fsmNodes()[size_t(*fsm->hoveredNode())].state, pick);
        EXPECT_EQ(fsm->cursor().shape(), Qt::PointingHandCursor);
        QTest::mouseClick(fsm, Qt::LeftButton, {}, at);
        QApplication::processEvents();
        ASSERT_TRUE(mode->records()[index].answered) << "question " << index;
        EXPECT_EQ(mode->records()[index].verdict, pick == q.answer.state ? QuizVerdict::Right : QuizVerdict::Wrong);
        EXPECT_EQ(mode->records()[index].given.toStdString(), std::string(toString(pick)));
        wrongTried = true;
        ++clicked;
        // Answered: the boxes are no longer buttons, even under the pointer.
        if (!mode->asksState()) {
            EXPECT_FALSE(fsm->isPickable());
            EXPECT_FALSE(fsm->hoveredNode().has_value());
            EXPECT_NE(fsm->cursor().shape(), Qt::PointingHandCursor);
        }
    }
    // handshake-and-close asks the state of both ends several times (RFC 9293 §3.5, §3.6).
    EXPECT_GE(clicked, 2);
    // Every answer but the one wrong pick was right.
    EXPECT_EQ(mode->score().answered, mode->questions().size());
    EXPECT_EQ(mode->score().right + 1, mode->score().answered);
}

// Other kinds of question leave the boxes alone: a Sends question is not answered by a click.
TEST(PredictMode, OtherQuestionsAreNotAnsweredByTheStateMachine) {
    ui::Language::install(QStringLiteral("en"));
    auto w = lessonWindow("handshake-and-close");
    uitest::activate(*w);
    w->setPredictMode(true);
    ASSERT_TRUE(answerUntil(*w, QuizKind::Sends));
    const size_t index = *w->predictMode()->waiting();
    ui::StateMachineView* fsm = w->stateMachine();
    EXPECT_FALSE(fsm->isPickable());
    EXPECT_FALSE(w->quizPanel()->findChild<QLabel*>(QStringLiteral("quizPickHint"))->isVisible());
    QTest::mouseClick(fsm, Qt::LeftButton, {}, fsm->stateRect(TcpState::Established).center().toPoint());
    EXPECT_FALSE(w->predictMode()->records()[index].answered);
    EXPECT_EQ(*w->predictMode()->waiting(), index);
}

TEST(PredictMode, NewNumbersKeepTheStoryAndTheResultsExportAtomically) {
    ui::Language::install(QStringLiteral("en"));
    auto w = lessonWindow("handshake-and-close");
    uitest::activate(*w);
    w->setPredictMode(true);
    PredictMode* mode = w->predictMode();
    const std::vector<QuizQuestion> before = mode->questions();
    const uint32_t isnBefore = w->session()->fullTrace().segments.at(0).seg.seq.value();
    w->quizPanel()->findChild<QPushButton*>(QStringLiteral("quizNewNumbers"))->click();
    ASSERT_EQ(mode->questions().size(), before.size());
    EXPECT_NE(w->session()->fullTrace().segments.at(0).seg.seq.value(), isnBefore);
    for (size_t i = 0; i < before.size(); ++i) EXPECT_EQ(mode->questions()[i].kind, before[i].kind);
    EXPECT_EQ(mode->next(), 0u);

    playToQuestion(*w);
    const QuizQuestion q = mode->questions()[*mode->waiting()];
    typeAnswer(*w, QString::fromStdString(formatAnswer(q.kind, q.answer)));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("r.csv")), json = dir.filePath(QStringLiteral("r.json"));
    EXPECT_EQ(mode->exportTo(csv), QString());
    EXPECT_EQ(mode->exportTo(json), QString());
    QFile c(csv);
    ASSERT_TRUE(c.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(c.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(rows.size(), static_cast<int>(before.size()) + 1); // header + one per question
    EXPECT_TRUE(rows.value(1).contains(QStringLiteral(",right,")));
    QFile j(json);
    ASSERT_TRUE(j.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(j.readAll()).object();
    EXPECT_EQ(o.value(QStringLiteral("score")).toInt(), 1);
    EXPECT_EQ(o.value(QStringLiteral("questions")).toInt(), static_cast<int>(before.size()));
    // A path that cannot be written: an error, and nothing half-written.
    const QString bad = dir.filePath(QStringLiteral("no-such-dir/r.csv"));
    EXPECT_FALSE(mode->exportTo(bad).isEmpty());
    EXPECT_FALSE(QFile::exists(bad));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);
}

} // namespace
} // namespace hl

namespace hl::ui {
namespace {

// Every choice of every question of every single-connection lesson is worded in the current
// language: in Korean no choice is the bare English typed word ("c) nothing" was shown); the typed
// form stays in brackets so that it can still be typed.
TEST(QuizChoices, NothingIsWordedInEachLanguage) {
    size_t nothing = 0;
    for (const Scenario& lesson : builtinLessons()) {
        if (lesson.load) continue;
        const Trace trace = simulate(lesson);
        for (const QuizQuestion& q : makeQuiz(trace)) {
            for (size_t i = 0; i < q.choices.size(); ++i) {
                if (q.kind != QuizKind::Sends || q.choices[i].answer.flags) continue;
                ++nothing;
                EXPECT_EQ(QuizTexts::choice(q, i), QStringLiteral("%1) nothing").arg(QChar(QLatin1Char(choiceLetter(i)))));
                Language::install(QStringLiteral("ko"));
                const QString ko = QuizTexts::choice(q, i);
                Language::install(QStringLiteral("en"));
                EXPECT_TRUE(ko.contains(QStringLiteral("보내지 않음"))) << ko.toStdString();
                EXPECT_TRUE(ko.contains(QStringLiteral("(nothing)"))) << ko.toStdString();
                // The typed word still reads as that answer.
                EXPECT_TRUE(parseAnswer(q, "nothing").has_value());
            }
        }
    }
    EXPECT_GT(nothing, 0u);
}

} // namespace
} // namespace hl::ui
