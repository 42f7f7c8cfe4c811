#include "app/cli_commands.h"

#include "app/cli_ladder.h"
#include "app/cli_width.h"
#include "core/builtin_lessons.h"
#include "core/capture_export.h"
#include "core/lesson_file.h"
#include "core/load_counts_csv.h"
#include "core/load_simulation.h"
#include "core/simulation.h"
#include "core/trace_jsonl.h"
#include "core/work_budget.h"
#include "ui/files/atomic_file.h"
#include "ui/texts/language.h"
#include "ui/texts/language_korean.h"
#include "ui/texts/texts.h"
#include "ui/texts/texts_capture.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <variant>

namespace hl::cli {
namespace {

using ui::Texts;

constexpr size_t kChunkBytes = size_t{64} * 1024; // output is written in chunks of about this size
constexpr qsizetype kChunkChars = 64 * 1024;

void writeBytes(std::FILE* f, const char* data, size_t size);

class Commands {
    Q_DECLARE_TR_FUNCTIONS(hl::cli::Cli)
public:
    // A built-in lesson id, else a file. Errors go to stderr; nullopt means exit 2.
    static std::optional<Scenario> load(const QString& target) {
        if (const Scenario* s = findBuiltinLesson(target.toStdString())) return *s;
        if (!QFileInfo::exists(target)) {
            writeErr(tr("handshakelab-cli: \"%1\" is neither a built-in lesson nor a file "
                        "(\"handshakelab-cli lessons\" lists the lessons)\n")
                         .arg(target));
            return std::nullopt;
        }
        LessonResult result = readLessonFile(target.toStdString());
        if (auto* error = std::get_if<LessonError>(&result)) {
            writeErr(Texts::lessonError(*error) + QLatin1Char('\n'));
            return std::nullopt;
        }
        return std::get<Scenario>(std::move(result));
    }

    // The text format, written a chunk at a time as the steps are narrated (stepEnds once: linear).
    static void text(const Scenario& scenario, const Trace& trace) {
        QString out = Texts::localized(scenario.title);
        if (out.isEmpty()) out = QString::fromStdString(scenario.id);
        out += QStringLiteral("\n\n");
        writeOut(out);
        writeSteps(scenario, trace);
    }

    // One line per step, then the end states, written a chunk at a time.
    static void writeSteps(const Scenario& scenario, const Trace& trace) {
        QString out;
        const std::vector<size_t> ends = stepEnds(trace);
        size_t begin = 0;
        for (size_t step = 0; step < ends.size(); ++step) {
            const TraceEvent& root = trace.events[begin];
            out += padded(Texts::timeLabel(root.t), 10, true) + QStringLiteral("  ") +
                   padded(Texts::hostName(root.host), 10) + QStringLiteral("  ") +
                   Texts::stepNarration(trace, ends, step) + QLatin1Char('\n');
            begin = ends[step];
            if (out.size() >= kChunkChars) {
                writeOut(out);
                out.clear();
            }
        }
        if (trace.truncated)
            //: %1 is a time such as "16.000 s". until_ms is a lesson-file field: keep it as is.
            out += tr("(The run stops at %1, the lesson's until_ms: later events are not shown.)")
                       .arg(Texts::timeLabel(scenario.until)) +
                   QLatin1Char('\n');
        const Snapshot last = snapshotAt(trace, trace.events.size());
        const auto stateOf = [&](HostId h) {
            const ConnSnapshot* c = last.primary(h);
            return Texts::stateName(c ? c->state : TcpState::Closed);
        };
        //: Last line of the text output: %1 time, %2 and %3 state names.
        out += QLatin1Char('\n') +
               tr("End at %1: client %2, server %3.")
                   .arg(Texts::timeLabel(trace.end), stateOf(HostId::Client), stateOf(HostId::Server)) +
               QLatin1Char('\n');
        writeOut(out);
    }

    // A run stopped by the work budget still prints its trace; stderr says why it is short.
    static void reportStop(const Trace& trace) {
        if (trace.stop)
            writeErr(QStringLiteral("handshakelab-cli: ") + Texts::budgetStop(*trace.stop) + QLatin1Char('\n'));
    }

    static QString loadTooBig(const QString& target, const CostEstimate& cost) {
        //: %1 lesson id or file name, %2 and %3 numbers of segments such as "4,000,000,000".
        return tr("handshakelab-cli: \"%1\" cannot finish: its load would send about %2 segments, more than "
                  "the %3 one run may send (lower rate_per_s, duration_ms or the bytes, or raise the mss)\n")
            .arg(target, QLocale(QLocale::English).toString(static_cast<qulonglong>(cost.loadSegments)),
                 QLocale(QLocale::English).toString(static_cast<qulonglong>(kMaxLoadSegments)));
    }

    static QString budgetWarning(const QString& path, const CostEstimate& cost) {
        //: Printed by "check" for a valid lesson that the work budget will stop. %1 file name,
        //: %2 number of data segments, %3 number of events.
        return tr("%1: warning: the lesson's data needs about %2 segments; the run will be stopped at %3 "
                  "events and show only its beginning\n")
            .arg(path, QLocale(QLocale::English).toString(static_cast<qulonglong>(cost.dataSegments)),
                 QLocale(QLocale::English).toString(static_cast<qulonglong>(kDefaultBudget.maxEvents)));
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

    // Binary output goes to --output (atomically: all or nothing), else to stdout unless that is
    // a terminal.
    static int writeBinary(const QString& output, const std::string& bytes) {
        if (output.isEmpty()) {
            if (isatty(STDOUT_FILENO) != 0) {
                //: Keep "--output" as it is.
                writeErr(
                    tr("handshakelab-cli: a capture is binary: give --output FILE or redirect stdout to a file\n"));
                return kExitBadInput;
            }
            std::fwrite(bytes.data(), 1, bytes.size(), stdout);
            return kExitOk;
        }
        if (const auto failure = ui::writeFileAtomically(
                output, QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())))) {
            //: %1 file name, %2 what failed and why.
            writeErr(tr("handshakelab-cli: cannot write \"%1\": %2\n").arg(output, failure->what()));
            return kExitBadInput;
        }
        return kExitOk;
    }

    static int check(const QString& path) {
        LessonResult result = readLessonFile(path.toStdString());
        if (auto* error = std::get_if<LessonError>(&result)) {
            writeErr(Texts::lessonError(*error) + QLatin1Char('\n'));
            return kExitBadInput;
        }
        const Scenario& scenario = std::get<Scenario>(result);
        const CostEstimate cost = estimateCost(scenario);
        if (scenario.load && exceedsLoadBudget(cost)) {
            writeErr(loadTooBig(path, cost));
            return kExitBadInput;
        }
        if (!scenario.load && exceedsEventBudget(cost)) writeErr(budgetWarning(path, cost));
        //: Printed by "handshakelab-cli check FILE" for a valid file; %1 is the file name. Scripts
        //: read this line: keep "ok" untranslated.
        writeOut(tr("%1: ok").arg(path) + QLatin1Char('\n'));
        return kExitOk;
    }
};

int outputErrno = 0; // the first failed write to stdout

void writeBytes(std::FILE* f, const char* data, size_t size) {
    if (std::fwrite(data, 1, size, f) != size && f == stdout && outputErrno == 0) outputErrno = errno ? errno : EIO;
}

void write(std::FILE* f, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    writeBytes(f, bytes.constData(), static_cast<size_t>(bytes.size()));
}

} // namespace

void writeOut(const QString& text) { write(stdout, text); }
void writeErr(const QString& text) { write(stderr, text); }

int finishOutput(int status) {
    if (std::fflush(stdout) != 0 && outputErrno == 0) outputErrno = errno ? errno : EIO;
    if (outputErrno == 0) return status;
    //: %1 is the system's reason, e.g. "No space left on device".
    writeErr(QStringLiteral("handshakelab-cli: ") +
             QCoreApplication::translate("hl::cli::Cli", "cannot write the output: %1")
                 .arg(QString::fromLocal8Bit(std::strerror(outputErrno))) +
             QLatin1Char('\n'));
    return kExitOutputFailed;
}

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
    if (const CostEstimate cost = estimateCost(scenario); exceedsLoadBudget(cost)) {
        writeErr(Commands::loadTooBig(args.target, cost));
        return kExitBadInput;
    }
    const std::string csv = loadCountsToCsv(simulateLoad(scenario, options));
    writeBytes(stdout, csv.data(), csv.size());
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
        // Line by line into a small buffer: no second copy of a large trace in memory.
        std::string chunk;
        for (size_t i = 0; i < trace.events.size(); ++i) {
            appendJsonlLine(chunk, trace, i);
            if (chunk.size() >= kChunkBytes) {
                writeBytes(stdout, chunk.data(), chunk.size());
                chunk.clear();
            }
        }
        writeBytes(stdout, chunk.data(), chunk.size());
        break;
    }
    case Format::Text: Commands::text(*scenario, trace); break;
    case Format::Ladder: writeOut(renderLadder(*scenario, trace)); break;
    case Format::Counts: break; // handled above
    case Format::Lesson: break; // capture only (refused by parseArgs)
    case Format::Pcapng: {
        CaptureOptions capture = captureOptionsFor(*scenario, args.profile);
        capture.clientTap = args.tap != Tap::Server;
        capture.serverTap = args.tap != Tap::Client;
        const std::vector<CapturePacket> packets = capturePackets(trace, capture);
        const QStringList languages = args.bothLanguages ? ui::Language::available()
                                                         : QStringList{ui::Language::current()};
        return Commands::writeBinary(
            args.output, capturePcapng(packets, capture, ui::CaptureTexts::packetComments(trace, packets, languages)));
    }
    }
    Commands::reportStop(trace);
    return kExitOk;
}

bool loadFitsBudget(const QString& target, const Scenario& scenario) {
    const CostEstimate cost = estimateCost(scenario);
    if (!exceedsLoadBudget(cost)) return true;
    writeErr(Commands::loadTooBig(target, cost));
    return false;
}

int checkFile(const QString& path) { return Commands::check(path); }

void writeTraceSteps(const Scenario& scenario, const Trace& trace) { Commands::writeSteps(scenario, trace); }

int writeBinaryOutput(const QString& output, const std::string& bytes) { return Commands::writeBinary(output, bytes); }
std::optional<Scenario> loadLesson(const QString& target) { return Commands::load(target); }

} // namespace hl::cli
