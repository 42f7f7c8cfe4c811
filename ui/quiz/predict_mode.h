#pragma once
// Predict mode (issue 17): the lesson stops before each step that teaches something and asks a
// question about it (core/quiz.h). It holds the session's reveal limit at the waiting question,
// so that no view can show the step before it is answered; an answer (or, in class mode, the
// teacher's reveal) moves the limit to the next question and plays the step. Owns the answers
// and their times; the views (QuizPanel) only show them.
#include "core/quiz.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace hl::ui {

class SessionController;

struct QuizRecord {
    bool answered = false; // false: not yet, or revealed in class mode (not scored)
    QString given;
    QuizVerdict verdict = QuizVerdict::Unreadable;
    qint64 ms = 0; // time from the question to the answer
};

class PredictMode : public QObject {
    Q_OBJECT
public:
    explicit PredictMode(SessionController* session, QObject* parent = nullptr);

    bool isOn() const { return on_; }
    // On: the quiz starts over from the lesson's start. Off: the whole run is shown again.
    void setOn(bool on);
    // Class mode (presentation): the teacher reveals, nobody is scored.
    bool isClassMode() const { return classMode_; }
    void setClassMode(bool on);

    const Trace& trace() const;
    const std::vector<QuizQuestion>& questions() const { return questions_; }
    const std::vector<QuizRecord>& records() const { return records_; }
    // The question the lesson is stopped at (the cursor is at its step), if any.
    std::optional<size_t> waiting() const;
    // The next question not yet answered (waiting or further on); questions().size() when done.
    size_t next() const { return next_; }
    // The question answered or revealed last (for the feedback), if any.
    std::optional<size_t> lastDone() const { return lastDone_; }
    QuizScore score() const;

    // Answers the waiting question; returns its verdict (nullopt if no question is waiting).
    std::optional<QuizVerdict> answer(const QString& text);
    // A "which state will X be in" question is waiting for the student's answer (not in class
    // mode): the state machine's boxes answer it when clicked (answerState).
    bool asksState() const;
    std::optional<QuizVerdict> answerState(TcpState state);
    // Class mode: shows the waiting question's answer and plays the step, unscored.
    bool reveal();
    // Plays on to the next question (Enter in the empty answer field).
    void playOn();
    // Reloads the lesson with new ISNs and ports (core/new_numbers.h) and starts over.
    void newNumbers(uint64_t seed);

    // The review as CSV or JSON (in the current language), and the atomic export (QSaveFile):
    // ".json" writes JSON, anything else CSV. Returns an error text or "".
    QString toCsv() const;
    QString toJson() const;
    QString exportTo(const QString& path) const;

signals:
    void changed();

private:
    void restart();
    void holdAtNext();
    void onCursorMoved();

    SessionController* session_;
    bool on_ = false;
    bool classMode_ = false;
    std::vector<QuizQuestion> questions_;
    std::vector<QuizRecord> records_;
    size_t next_ = 0;
    std::optional<size_t> lastDone_;
    QElapsedTimer asked_;
    bool restarting_ = false;
    // Class mode: a revealed answer stays on screen until the teacher moves on (PageDown, a step):
    // only then is the next question shown, even when it is asked at the same step.
    bool holdingReveal_ = false;
    size_t revealedAt_ = 0; // the cursor the revealed step ended at
};

} // namespace hl::ui
