#include "ui/quiz/predict_mode.h"

#include "core/new_numbers.h"
#include "ui/files/atomic_file.h"
#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"
#include "ui/texts/texts_quiz.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hl::ui {

PredictMode::PredictMode(SessionController* session, QObject* parent) : QObject(parent), session_(session) {
    // A new lesson, a perturbation or new numbers make a new run: its quiz starts over.
    connect(session_, &SessionController::perturbationsChanged, this, [this] {
        if (on_ && !restarting_) restart();
    });
    connect(session_, &SessionController::cursorMoved, this, &PredictMode::onCursorMoved);
    // Play or step at the limit: class mode reveals (the clicker's PageDown); alone, the student
    // must answer first.
    connect(session_, &SessionController::revealRequested, this, [this] {
        if (on_ && classMode_) reveal();
    });
}

const Trace& PredictMode::trace() const { return session_->fullTrace(); }

void PredictMode::setOn(bool on) {
    if (on == on_) return;
    on_ = on;
    if (on_) {
        restart();
    } else {
        session_->setRevealLimit(std::nullopt);
        emit changed();
    }
}

void PredictMode::setClassMode(bool on) {
    if (on == classMode_) return;
    classMode_ = on;
    emit changed();
}

void PredictMode::restart() {
    restarting_ = true;
    session_->pause();
    // The questions come from the whole run, without any limit.
    questions_ = makeQuiz(session_->fullTrace());
    records_.assign(questions_.size(), QuizRecord{});
    next_ = 0;
    lastDone_.reset();
    session_->setRevealLimit(std::nullopt);
    session_->setStep(0);
    holdAtNext();
    restarting_ = false;
    emit changed();
}

void PredictMode::holdAtNext() {
    if (next_ < questions_.size())
        session_->setRevealLimit(questions_[next_].cursor);
    else
        session_->setRevealLimit(std::nullopt); // all answered: the rest of the run plays freely
    onCursorMoved();
}

std::optional<size_t> PredictMode::waiting() const {
    if (!on_ || next_ >= questions_.size()) return std::nullopt;
    if (session_->cursor() != questions_[next_].cursor) return std::nullopt;
    return next_;
}

void PredictMode::onCursorMoved() {
    if (!on_) return;
    if (waiting() && !asked_.isValid()) asked_.start();
    emit changed();
}

void PredictMode::playOn() {
    if (on_ && !waiting()) session_->play();
}

QuizScore PredictMode::score() const {
    QuizScore s;
    s.total = questions_.size();
    for (const QuizRecord& r : records_) {
        if (!r.answered) continue;
        ++s.answered;
        if (r.verdict == QuizVerdict::Right) ++s.right;
    }
    return s;
}

std::optional<QuizVerdict> PredictMode::answer(const QString& text) {
    const std::optional<size_t> i = waiting();
    if (!i || classMode_) return std::nullopt;
    QuizRecord& r = records_[*i];
    r.answered = true;
    r.given = text.trimmed();
    r.verdict = checkAnswer(questions_[*i], text.toStdString());
    r.ms = asked_.isValid() ? asked_.elapsed() : 0;
    asked_.invalidate();
    lastDone_ = *i;
    ++next_;
    holdAtNext();
    session_->stepForward(); // the step plays: the answer is shown
    emit changed();
    return r.verdict;
}

bool PredictMode::reveal() {
    const std::optional<size_t> i = waiting();
    if (!i) return false;
    asked_.invalidate();
    lastDone_ = *i;
    ++next_;
    holdAtNext();
    session_->stepForward();
    emit changed();
    return true;
}

void PredictMode::newNumbers(uint64_t seed) {
    Scenario s = withNewNumbers(session_->scenario(), seed);
    session_->loadScenario(std::move(s), session_->source()); // perturbationsChanged: restart
}

namespace {

// One row per question, in the current language.
struct ReviewRow {
    QString question, given, right, verdict;
    double seconds = 0;
};

class Review {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::PredictMode)
public:
    static QString verdictWord(const QuizRecord& r) {
        if (!r.answered) return tr("not answered");
        switch (r.verdict) {
        case QuizVerdict::Right: return tr("right");
        case QuizVerdict::Wrong: return tr("wrong");
        case QuizVerdict::Unreadable: return tr("unreadable");
        }
        return {};
    }
    static QStringList header() {
        return {tr("number"), tr("question"), tr("your answer"), tr("right answer"), tr("verdict"), tr("seconds")};
    }
};

QString csvField(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))) return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QString PredictMode::toCsv() const {
    QString out = Review::header().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (size_t i = 0; i < questions_.size(); ++i) {
        const QuizQuestion& q = questions_[i];
        const QuizRecord& r = records_[i];
        const QStringList row{QString::number(i + 1), csvField(QuizTexts::question(trace(), q)),
                              csvField(r.given),      csvField(QString::fromStdString(formatAnswer(q.kind, q.answer))),
                              Review::verdictWord(r), QString::number(static_cast<double>(r.ms) / 1000.0, 'f', 1)};
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QString PredictMode::toJson() const {
    QJsonArray items;
    for (size_t i = 0; i < questions_.size(); ++i) {
        const QuizQuestion& q = questions_[i];
        const QuizRecord& r = records_[i];
        QJsonObject o;
        o[QStringLiteral("number")] = static_cast<int>(i + 1);
        o[QStringLiteral("question")] = QuizTexts::question(trace(), q);
        o[QStringLiteral("answer")] = r.given;
        o[QStringLiteral("right_answer")] = QString::fromStdString(formatAnswer(q.kind, q.answer));
        o[QStringLiteral("answered")] = r.answered;
        o[QStringLiteral("right")] = r.answered && r.verdict == QuizVerdict::Right;
        o[QStringLiteral("seconds")] = static_cast<double>(r.ms) / 1000.0;
        items.append(o);
    }
    const QuizScore s = score();
    QJsonObject root;
    root[QStringLiteral("lesson")] = QString::fromStdString(session_->scenario().id);
    root[QStringLiteral("score")] = static_cast<int>(s.right);
    root[QStringLiteral("answered")] = static_cast<int>(s.answered);
    root[QStringLiteral("questions")] = static_cast<int>(s.total);
    root[QStringLiteral("items")] = items;
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString PredictMode::exportTo(const QString& path) const {
    const bool json = QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = (json ? toJson() : toCsv()).toUtf8();
    if (const auto failure = writeFileAtomically(path, bytes)) return cannotSave(path, *failure);
    return {};
}

} // namespace hl::ui
