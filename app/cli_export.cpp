// handshakelab-cli export: a teacher's pack (issue 20). The pictures and PDFs are drawn with the
// app's own widgets, so this command alone needs a QApplication; cli_main.cpp makes one on the
// offscreen platform for it, and the other commands stay Qt-Core-only at run time.
#include "app/cli_commands.h"
#include "core/simulation.h"
#include "ui/language.h"
#include "ui/lesson_pack.h"

#include <QCoreApplication>
#include <QDir>

namespace hl::cli {
namespace {

class ExportTexts {
    Q_DECLARE_TR_FUNCTIONS(hl::cli::Cli)
public:
    //: After a successful export: %1 number of files, %2 the folder.
    static QString written(qsizetype files, const QString& dir) {
        return tr("Wrote %1 files into %2\n").arg(files).arg(QDir::toNativeSeparators(dir));
    }
};

} // namespace

int exportPack(const CliArgs& args) {
    const std::optional<Scenario> scenario = loadLesson(args.target);
    if (!scenario) return kExitBadInput;
    SimOptions sim;
    sim.profileOverride = args.profile;
    sim.seedOverride = args.seed;
    const Trace trace = scenario->load ? Trace{} : simulate(*scenario, sim);
    ui::PackOptions options;
    options.directory = args.outDir;
    options.languages = args.bothLanguages ? ui::Language::available() : QStringList{ui::Language::current()};
    if (args.size) options.size = *args.size;
    const QString error = ui::writeLessonPack(*scenario, trace, options);
    if (!error.isEmpty()) {
        writeErr(QStringLiteral("handshakelab-cli: ") + error + QLatin1Char('\n'));
        return kExitBadInput;
    }
    writeOut(ExportTexts::written(ui::packFileNames(stepEnds(trace).size()).size(), args.outDir));
    return kExitOk;
}

} // namespace hl::cli
