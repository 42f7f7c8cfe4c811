#pragma once
// The words of the quiz (issue 17, core/quiz.h): each question, its choices, the accepted answer
// forms, the explanation after an answer and the summary. Qt Core only, so the command-line quiz
// and the GUI's predict mode say the same thing in both languages.
#include "core/quiz.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hl::ui {

class QuizTexts {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::QuizTexts)
public:
    // What is about to happen (never its outcome), then the question: "The server receives SYN
    // seq=100. Which state will the server be in?"
    static QString question(const Trace& trace, const QuizQuestion& q);
    // One choice: "b) SYN_RECEIVED", "c) challenge-ack — answered with a challenge ACK".
    static QString choice(const QuizQuestion& q, size_t i);
    // The accepted forms: "Answer with a letter a–d or a state name such as SYN_RECEIVED."
    static QString answerForms(const QuizQuestion& q);
    // The right answer as written in the key (core formatAnswer), with the fate's meaning.
    static QString answer(const QuizQuestion& q, const QuizAnswer& a);
    // "Right." / "Wrong: the answer is X." / "Cannot read "…": the answer is X."
    static QString verdict(const QuizQuestion& q, QuizVerdict v, const QString& given);
    // The step's narration with its RFC rule, and the confusion behind the chosen wrong answer.
    static QString explanation(const Trace& trace, const QuizQuestion& q, const QString& given);
    // What a question is about, for the summary: "the state after FIN_WAIT_2 receives FIN,ACK".
    static QString topic(const Trace& trace, const QuizQuestion& q);
    // "7 of 9 right; missed: Q3 (the server's state after it receives FIN,ACK)." Questions not
    // answered yet (nullopt) are neither right nor missed.
    static QString summary(const Trace& trace, const std::vector<QuizQuestion>& questions,
                           const std::vector<std::optional<QuizVerdict>>& verdicts);
    static QString misconception(Misconception m); // one sentence; empty for None
    static QString fateMeaning(SegmentFate f);     // "answered with a RST"
};

} // namespace hl::ui
