// handshakelab-cli export: a teacher's pack (issue 20). The pictures and PDFs are drawn with the
// app's own widgets, so this command alone needs a QApplication; cli_main.cpp makes one on the
// offscreen platform for it, and the other commands stay Qt-Core-only at run time.
#include "app/cli_commands.h"
#include "core/load_simulation.h"
#include "core/simulation.h"
#include "ui/export/lesson_pack.h"
#include "ui/export/load_pack.h"
#include "ui/texts/language.h"

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
    static QString momentsNeedLoad() {
        return tr("--moments is for load lessons (a lesson with steps exports every step)");
    }
};

} // namespace

int exportPack(const CliArgs& args) {
    const std::optional<Scenario> scenario = loadLesson(args.target);
    if (!scenario) return kExitBadInput;
    ui::PackOptions options;
    options.directory = args.outDir;
    options.languages = args.bothLanguages ? ui::Language::available() : QStringList{ui::Language::current()};
    if (args.size) options.size = *args.size;
    QString error;
    qsizetype files = 0;
    if (scenario->load) {
        // A load lesson: its charts at the chosen moments (--moments), not steps.
        Scenario load = *scenario;
        if (args.seed) load.seed = *args.seed;
        if (!loadFitsBudget(args.target, load)) return kExitBadInput;
        LoadOptions sim;
        sim.profileOverride = args.profile;
        const LoadResult result = simulateLoad(load, sim);
        const std::vector<SimTime> moments = args.moments.empty() ? ui::defaultMoments(result) : args.moments;
        error = ui::writeLoadPack(load, result, moments, options);
        files = ui::loadPackFileNames(moments.size()).size();
    } else {
        if (!args.moments.empty()) {
            writeErr(QStringLiteral("handshakelab-cli: ") + ExportTexts::momentsNeedLoad() + QLatin1Char('\n'));
            return kExitBadInput;
        }
        SimOptions sim;
        sim.profileOverride = args.profile;
        sim.seedOverride = args.seed;
        const Trace trace = simulate(*scenario, sim);
        error = ui::writeLessonPack(*scenario, trace, options);
        files = ui::packFileNames(stepEnds(trace).size()).size();
    }
    if (!error.isEmpty()) {
        writeErr(QStringLiteral("handshakelab-cli: ") + error + QLatin1Char('\n'));
        return kExitBadInput;
    }
    writeOut(ExportTexts::written(files, args.outDir));
    return kExitOk;
}

} // namespace hl::cli
