#include "app/cli_commands.h"

#include "app/cli_ladder.h"
#include "app/cli_width.h"
#include "core/builtin_lessons.h"
#include "core/lesson_file.h"
#include "core/load_counts_csv.h"
#include "core/load_simulation.h"
#include "core/simulation.h"
#include "core/trace_jsonl.h"
#include "ui/language_korean.h"
#include "ui/texts.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <variant>

namespace hl::cli {
namespace {

using ui::Texts;

class Commands {
    Q_DECLARE_TR_FUNCTIONS(hl::cli::Cli)
public:
    // A built-in lesson id, else a file. Errors go to stderr; nullopt means exit 2.
    static std::optional<Scenario> load(const QString& target) {
        if (const Scenario* s = findBuiltinLesson(target.toStdString())) return *s;
        if (!QFileInfo(target).isFile()) {
            writeErr(tr("handshakelab-cli: \"%1\" is neither a built-in lesson nor a file "
                        "(\"handshakelab-cli lessons\" lists the lessons)\n").arg(target));
            return std::nullopt;
        }
        LessonResult result = readLessonFile(target.toStdString());
        if (auto* error = std::get_if<LessonError>(&result)) {
            writeErr(QString::fromStdString(error->toString()) + QLatin1Char('\n'));
            return std::nullopt;
        }
        return std::get<Scenario>(std::move(result));
    }

    static QString text(const Scenario& scenario, const Trace& trace) {
        QString out = Texts::localized(scenario.title);
        if (out.isEmpty()) out = QString::fromStdString(scenario.id);
        out += QStringLiteral("\n\n");
        const std::vector<size_t> ends = stepEnds(trace);
        size_t begin = 0;
        for (size_t step = 0; step < ends.size(); ++step) {
            const TraceEvent& root = trace.events[begin];
            out += padded(Texts::timeLabel(root.t), 10, true) + QStringLiteral("  ") +
                   padded(Texts::hostName(root.host), 10) + QStringLiteral("  ") +
                   Texts::stepNarration(trace, step) + QLatin1Char('\n');
            begin = ends[step];
        }
        if (trace.truncated)
            //: %1 is a time such as "16.000 s". until_ms is a lesson-file field: keep it as is.
            out += tr("(The run stops at %1, the lesson's until_ms: later events are not shown.)")
                       .arg(Texts::timeLabel(scenario.until)) + QLatin1Char('\n');
        const Snapshot last = snapshotAt(trace, trace.events.size());
        const auto stateOf = [&](HostId h) {
            const ConnSnapshot* c = last.primary(h);
            return Texts::stateName(c ? c->state : TcpState::Closed);
        };
        //: Last line of the text output: %1 time, %2 and %3 state names.
        out += QLatin1Char('\n') + tr("End at %1: client %2, server %3.")
                                       .arg(Texts::timeLabel(trace.end), stateOf(HostId::Client), stateOf(HostId::Server)) +
               QLatin1Char('\n');
        return out;
    }

    static QString loadNeedsCounts(const QString& target) {
        //: %1 is a lesson id or file name. Keep "--format counts" as it is.
        return ui::KoreanGrammar::resolveParticles(
            tr("handshakelab-cli: \"%1\" is a load lesson: print it with \"--format counts\"\n").arg(target));
    }

    static QString countsNeedsLoad(const QString& target) {
        //: %1 is a lesson id or file name. Keep "--format counts" and "load" as they are.
        return tr("handshakelab-cli: \"--format counts\" is for load lessons; \"%1\" has no \"load\"\n").arg(target);
    }

    static int check(const QString& path) {
        LessonResult result = readLessonFile(path.toStdString());
        if (auto* error = std::get_if<LessonError>(&result)) {
            writeErr(QString::fromStdString(error->toString()) + QLatin1Char('\n'));
            return kExitBadInput;
        }
        //: Printed by "handshakelab-cli check FILE" for a valid file; %1 is the file name. Scripts
        //: read this line: keep "ok" untranslated.
        writeOut(tr("%1: ok").arg(path) + QLatin1Char('\n'));
        return kExitOk;
    }
};

void write(std::FILE* f, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), f);
}

} // namespace

void writeOut(const QString& text) { write(stdout, text); }
void writeErr(const QString& text) { write(stderr, text); }

int listLessons() {
    QString out;
    for (const Scenario& s : builtinLessons())
        out += QString::fromStdString(s.id) + QLatin1Char('\t') + QString::fromStdString(s.title.en) +
               QLatin1Char('\t') + QString::fromStdString(s.title.ko) + QLatin1Char('\n');
    writeOut(out);
    return kExitOk;
}

namespace {
// A load lesson has no single trace: only its per-state counts can be printed.
int runLoadLesson(const CliArgs& args, Scenario scenario) {
    if (args.format != Format::Counts) {
        writeErr(Commands::loadNeedsCounts(args.target));
        return kExitBadInput;
    }
    if (args.seed) scenario.seed = *args.seed;
    LoadOptions options;
    options.profileOverride = args.profile;
    const std::string csv = loadCountsToCsv(simulateLoad(scenario, options));
    std::fwrite(csv.data(), 1, csv.size(), stdout);
    return kExitOk;
}
} // namespace

int runLesson(const CliArgs& args) {
    const std::optional<Scenario> scenario = Commands::load(args.target);
    if (!scenario) return kExitBadInput;
    if (scenario->load) return runLoadLesson(args, *scenario);
    if (args.format == Format::Counts) {
        writeErr(Commands::countsNeedsLoad(args.target));
        return kExitBadInput;
    }
    SimOptions options;
    options.profileOverride = args.profile;
    options.seedOverride = args.seed;
    const Trace trace = simulate(*scenario, options);
    switch (args.format) {
    case Format::Jsonl: {
        const std::string jsonl = traceToJsonl(trace);
        std::fwrite(jsonl.data(), 1, jsonl.size(), stdout);
        break;
    }
    case Format::Text: writeOut(Commands::text(*scenario, trace)); break;
    case Format::Ladder: writeOut(renderLadder(*scenario, trace)); break;
    case Format::Counts: break; // handled above
    }
    return kExitOk;
}

int checkFile(const QString& path) { return Commands::check(path); }

} // namespace hl::cli
