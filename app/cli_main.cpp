// handshakelab-cli: lessons, run, quiz, check. Headless (QCoreApplication): Qt Core only for the
// translated narration.
#include "app/cli_args.h"
#include "app/cli_commands.h"
#include "ui/texts/language.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("handshakelab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HL_VERSION));
    using namespace hl::cli;

    const QStringList args = QCoreApplication::arguments().mid(1);
    hl::ui::Language::install(hl::ui::Language::startupLanguage(findLanguage(args)));

    const CliArgs parsed = parseArgs(args);
    if (!parsed.error.isEmpty()) {
        writeErr(QStringLiteral("handshakelab-cli: ") + parsed.error + QStringLiteral("\n\n") + usageText());
        return kExitBadInput;
    }
    const auto status = [&] {
        switch (parsed.command) {
        case Command::Help: writeOut(usageText()); return kExitOk;
        case Command::Version: writeOut(QStringLiteral("handshakelab-cli " HL_VERSION "\n")); return kExitOk;
        case Command::Lessons: return listLessons();
        case Command::Run: return runLesson(parsed);
        case Command::Check: return checkFile(parsed.target);
        case Command::Capture: return showCapture(parsed);
        case Command::Quiz: return runQuiz(parsed);
        }
        return kExitBadInput;
    }();
    return finishOutput(status);
}
