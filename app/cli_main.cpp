// handshakelab-cli: lessons, run, quiz, check, capture, export. Headless: every command but export
// runs under a QCoreApplication (Qt Core only, no display needed). export draws pictures and PDFs
// with the app's widgets (hlui), so it gets a QApplication on the offscreen platform instead:
// still no display, and the pictures do not depend on the screen the command was started from.
#include "app/cli_args.h"
#include "app/cli_commands.h"
#include "ui/texts/language.h"
#include "ui/window/hangul_font.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHashSeed>

namespace {
QtMessageHandler qtHandler = nullptr;

void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) return;
    if (qtHandler) qtHandler(type, context, message);
}
} // namespace

int main(int argc, char** argv) {
    // Qt's PDF writer orders its font objects by a QHash: with the per-process random seed, two
    // exports of one lesson would differ in bytes. Nothing here hashes untrusted input at scale.
    QHashSeed::setDeterministicGlobalSeed();
    using namespace hl::cli;
    CliArgs parsed;
    QString language;
    {
        // Read the command line first: which kind of application the command needs depends on it.
        QCoreApplication probe(argc, argv);
        const QStringList args = QCoreApplication::arguments().mid(1);
        language = hl::ui::Language::startupLanguage(findLanguage(args));
        hl::ui::Language::install(language);
        parsed = parseArgs(args);
        if (parsed.command != Command::Export || !parsed.error.isEmpty()) {
            QCoreApplication::setApplicationName(QStringLiteral("handshakelab-cli"));
            QCoreApplication::setApplicationVersion(QStringLiteral(HL_VERSION));
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
                case Command::Export: break;
                }
                return kExitBadInput;
            }();
            return finishOutput(status);
        }
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's note that XDG_RUNTIME_DIR is unset (as under cron or CI) is not the user's concern:
    // stderr keeps to our one-line errors.
    qtHandler = qInstallMessageHandler(quietMessages);
    qunsetenv("QT_SCALE_FACTOR"); // the pictures have the size asked for, whatever the desktop's scale
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("handshakelab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HL_VERSION));
    hl::ui::HangulFont::apply(app); // Korean text must never show as boxes
    hl::ui::Language::install(language);
    return finishOutput(exportPack(parsed));
}
