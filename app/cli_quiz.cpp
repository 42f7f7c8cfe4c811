// handshakelab-cli quiz: the predict-first questions of a lesson in a terminal (issue 17), one
// answer line per question from standard input. Also the accessible way for a screen reader.
#include "app/cli_commands.h"

#include "core/new_numbers.h"
#include "core/simulation.h"
#include "ui/texts/texts.h"
#include "ui/texts/texts_quiz.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>

namespace hl::cli {
namespace {

using ui::QuizTexts;

class Quiz {
    Q_DECLARE_TR_FUNCTIONS(hl::cli::Cli)
public:
    static QString loadHasNoQuiz(const QString& target) {
        //: %1 is a lesson id or file name.
        return tr("handshakelab-cli: \"%1\" is a load lesson: it has no single connection to quiz on\n").arg(target);
    }

    static QString noQuestions(const QString& target) {
        //: %1 is a lesson id or file name.
        return tr("handshakelab-cli: \"%1\" has no step to ask about\n").arg(target);
    }
};

// One line of standard input without its line end; nullopt at end of input.
std::optional<std::string> readLine() {
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n') break;
        line += static_cast<char>(c);
    }
    if (!any) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

QString indented(const QString& s) { return QStringLiteral("    ") + s + QLatin1Char('\n'); }

} // namespace

int runQuiz(const CliArgs& args) {
    std::optional<Scenario> scenario = loadLesson(args.target);
    if (!scenario) return kExitBadInput;
    if (scenario->load) {
        writeErr(Quiz::loadHasNoQuiz(args.target));
        return kExitBadInput;
    }
    if (args.seed) scenario = withNewNumbers(*scenario, *args.seed);
    const Trace trace = simulate(*scenario);
    const std::vector<QuizQuestion> questions = makeQuiz(trace);
    if (questions.empty()) {
        writeErr(Quiz::noQuestions(args.target));
        return kExitBadInput;
    }
    if (args.answerKey) {
        QString out;
        for (size_t i = 0; i < questions.size(); ++i)
            out += QStringLiteral("Q%1: %2 => %3\n")
                       .arg(i + 1)
                       .arg(QuizTexts::question(trace, questions[i]),
                            QString::fromStdString(formatAnswer(questions[i].kind, questions[i].answer)));
        writeOut(out);
        return kExitOk;
    }
    QString title = ui::Texts::localized(scenario->title);
    writeOut((title.isEmpty() ? QString::fromStdString(scenario->id) : title) + QStringLiteral("\n\n"));
    size_t right = 0;
    for (size_t i = 0; i < questions.size(); ++i) {
        const QuizQuestion& q = questions[i];
        QString text = QStringLiteral("Q%1. ").arg(i + 1) + QuizTexts::question(trace, q) + QLatin1Char('\n');
        for (size_t c = 0; c < q.choices.size(); ++c) text += indented(QuizTexts::choice(q, c));
        text += indented(QuizTexts::answerForms(q));
        writeOut(text);
        std::fflush(stdout);
        const std::optional<std::string> line = readLine();
        if (!line) break; // end of input: score what was answered, out of all questions
        const QString given = QString::fromStdString(*line).trimmed();
        const QuizVerdict v = checkAnswer(q, *line);
        QString reply = QuizTexts::verdict(q, v, given) + QLatin1Char('\n');
        if (v == QuizVerdict::Right)
            ++right;
        else
            reply += QuizTexts::explanation(trace, q, given) + QLatin1Char('\n');
        writeOut(reply + QLatin1Char('\n'));
    }
    writeOut(QStringLiteral("score: %1/%2\n").arg(right).arg(questions.size()));
    return kExitOk;
}

} // namespace hl::cli
