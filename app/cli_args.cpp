#include "app/cli_args.h"

#include "ui/export/lesson_pack.h"
#include "ui/texts/language.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace hl::cli {
namespace {

struct CommandSpec {
    const char* name;
    Command command;
    int arguments; // positional arguments after the command name
};
// Every command, once: a new command is one row here and one case in cli_main.cpp.
constexpr std::array kCommands{
    CommandSpec{"lessons", Command::Lessons, 0}, CommandSpec{"run", Command::Run, 1},
    CommandSpec{"quiz", Command::Quiz, 1},       CommandSpec{"check", Command::Check, 1},
    CommandSpec{"capture", Command::Capture, 1}, CommandSpec{"export", Command::Export, 1},
};

struct FormatSpec {
    const char* name;
    Format format;
};
constexpr std::array kFormats{
    FormatSpec{"text", Format::Text},     FormatSpec{"jsonl", Format::Jsonl},   FormatSpec{"ladder", Format::Ladder},
    FormatSpec{"counts", Format::Counts}, FormatSpec{"pcapng", Format::Pcapng}, FormatSpec{"lesson", Format::Lesson},
};

struct TapSpec {
    const char* name;
    Tap tap;
};
constexpr std::array kTaps{TapSpec{"both", Tap::Both}, TapSpec{"client", Tap::Client}, TapSpec{"server", Tap::Server}};

struct VantageSpec {
    const char* name;
    Vantage vantage;
};
constexpr std::array kVantages{VantageSpec{"client", Vantage::Client}, VantageSpec{"server", Vantage::Server},
                               VantageSpec{"middle", Vantage::Middle}, VantageSpec{"loopback", Vantage::Loopback}};

// The options, declared once for both the language pre-pass and the parse. QCommandLineParser
// reads "--name value" and "--name=value", options before or after the command.
struct Options {
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version{QStringLiteral("version")};
    QCommandLineOption format{QStringLiteral("format"), QString(), QStringLiteral("format")};
    QCommandLineOption profile{QStringLiteral("profile"), QString(), QStringLiteral("profile")};
    QCommandLineOption seed{QStringLiteral("seed"), QString(), QStringLiteral("n")};
    QCommandLineOption lang{QStringLiteral("lang"), QString(), QStringLiteral("lang")};
    QCommandLineOption output{QStringLiteral("output"), QString(), QStringLiteral("file")};
    QCommandLineOption tap{QStringLiteral("tap"), QString(), QStringLiteral("tap")};
    QCommandLineOption list{QStringLiteral("list")};
    QCommandLineOption conn{QStringLiteral("conn"), QString(), QStringLiteral("n")};
    QCommandLineOption vantage{QStringLiteral("vantage"), QString(), QStringLiteral("vantage")};
    QCommandLineOption answerKey{QStringLiteral("answer-key")};
    QCommandLineOption out{QStringLiteral("out"), QString(), QStringLiteral("dir")};
    QCommandLineOption size{QStringLiteral("size"), QString(), QStringLiteral("size")};
    QCommandLineOption moments{QStringLiteral("moments"), QString(), QStringLiteral("seconds")};

    // False when QCommandLineParser rejected the arguments (unknown option, missing value).
    bool parse(QCommandLineParser& parser, const QStringList& args) const {
        parser.addOptions({help, version, format, profile, seed, lang, output, tap, list, conn, vantage, answerKey, out,
                           size, moments});
        // Qt's own messages are not ours to word (nor translated into Korean): the caller asks
        // the parser what went wrong and says it itself.
        return parser.parse(QStringList{QStringLiteral("handshakelab-cli")} + args);
    }
};

class Args {
    Q_DECLARE_TR_FUNCTIONS(hl::cli::Cli)
public:
    explicit Args(const QStringList& args) : args_(args) {}

    CliArgs parse() {
        CliArgs out;
        const bool parsed = options_.parse(parser_, args_);
        if (parser_.isSet(options_.help)) return out; // Command::Help
        if (parser_.isSet(options_.version)) {
            out.command = Command::Version;
            return out;
        }
        if (!parsed) {
            out.error = parseError();
            return out;
        }
        out.output = parser_.value(options_.output);
        out.list = parser_.isSet(options_.list);
        if (readFormat(out) && readProfile(out) && readSeed(out) && readLang(out) && readTap(out) && readConn(out) &&
            readVantage(out))
            command(parser_.positionalArguments(), out);
        out.answerKey = parser_.isSet(options_.answerKey);
        if (out.error.isEmpty() && out.answerKey && out.command != Command::Quiz)
            out.error = tr("--answer-key is for the quiz command");
        if (out.error.isEmpty()) readExport(out);
        if (out.error.isEmpty() && out.format == Format::Lesson && out.command != Command::Capture)
            //: Keep "--format lesson" and "capture" as they are.
            out.error = tr("--format lesson is for the capture command (the lesson built from a capture)");
        if (out.error.isEmpty() && out.command == Command::Capture && out.profile && out.format != Format::Lesson)
            //: Keep "--profile" and "--format lesson" as they are.
            out.error = tr(
                "with capture, --profile goes with --format lesson (the profile of the lesson built from it)");
        return out;
    }

private:
    // The argument as the user wrote it for an option name the parser did not know.
    QString spelling(const QString& name) const {
        for (const QString& a : args_) {
            const QString head = a.section(QLatin1Char('='), 0, 0);
            if (head == QLatin1String("--") + name || head == QLatin1Char('-') + name) return a;
        }
        return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }

    QString parseError() const {
        const QStringList unknown = parser_.unknownOptionNames();
        if (!unknown.isEmpty()) return tr("unknown option %1").arg(spelling(unknown.front()));
        // The only other failure: an option that takes a value was the last argument.
        return tr("option %1 needs a value").arg(args_.back().section(QLatin1Char('='), 0, 0));
    }

    bool readFormat(CliArgs& out) {
        if (!parser_.isSet(options_.format)) return true;
        const QString v = parser_.value(options_.format);
        for (const FormatSpec& f : kFormats)
            if (v == QLatin1String(f.name)) {
                out.format = f.format;
                return true;
            }
        out.error = tr("unknown format \"%1\" (use jsonl, text, ladder, counts, pcapng or lesson)").arg(v);
        return false;
    }

    bool readProfile(CliArgs& out) {
        if (!parser_.isSet(options_.profile)) return true;
        const QString v = parser_.value(options_.profile);
        out.profile = profileFromString(v.toStdString());
        if (!out.profile) out.error = tr("unknown profile \"%1\" (use teach, rfc9293, linux, bsd or windows)").arg(v);
        return out.profile.has_value();
    }

    bool readSeed(CliArgs& out) {
        if (!parser_.isSet(options_.seed)) return true;
        const QString v = parser_.value(options_.seed);
        bool ok = false;
        const qulonglong seed = v.toULongLong(&ok);
        if (ok)
            out.seed = seed;
        else
            out.error = tr("bad seed \"%1\" (use a whole number from 0 to 18446744073709551615)").arg(v);
        return ok;
    }

    bool readLang(CliArgs& out) {
        if (!parser_.isSet(options_.lang)) return true;
        const QString v = parser_.value(options_.lang);
        if (v == QLatin1String("both")) { // pcapng comments in every language
            out.bothLanguages = true;
            return true;
        }
        if (!ui::Language::isSupported(v)) {
            out.error = tr("unknown language \"%1\" (use en or ko)").arg(v);
            return false;
        }
        out.lang = v;
        return true;
    }

    bool readTap(CliArgs& out) {
        if (!parser_.isSet(options_.tap)) return true;
        const QString v = parser_.value(options_.tap);
        for (const TapSpec& t : kTaps)
            if (v == QLatin1String(t.name)) {
                out.tap = t.tap;
                return true;
            }
        out.error = tr("unknown tap \"%1\" (use both, client or server)").arg(v);
        return false;
    }

    bool readVantage(CliArgs& out) {
        if (!parser_.isSet(options_.vantage)) return true;
        const QString v = parser_.value(options_.vantage);
        for (const VantageSpec& t : kVantages)
            if (v == QLatin1String(t.name)) {
                out.vantage = t.vantage;
                return true;
            }
        out.error = tr("unknown vantage point \"%1\" (use client, server, middle or loopback)").arg(v);
        return false;
    }

    bool readConn(CliArgs& out) {
        if (!parser_.isSet(options_.conn)) return true;
        const QString v = parser_.value(options_.conn);
        bool ok = false;
        const uint n = v.toUInt(&ok);
        if (ok && n >= 1) {
            out.conn = n;
            return true;
        }
        out.error = tr("bad connection number \"%1\" (use 1 or more, as numbered by --list)").arg(v);
        return false;
    }

    // export's own options: --out DIR (required), --size WxH; neither belongs to another command.
    void readExport(CliArgs& out) {
        const bool isExport = out.command == Command::Export;
        if (!isExport) {
            if (parser_.isSet(options_.out) || parser_.isSet(options_.size) || parser_.isSet(options_.moments))
                out.error = tr("--out, --size and --moments are for the export command");
            return;
        }
        if (parser_.isSet(options_.moments)) {
            // Seconds into the run, comma-separated: "1,2.5,10".
            for (const QString& part : parser_.value(options_.moments).split(QLatin1Char(','))) {
                bool ok = false;
                const double seconds = part.trimmed().toDouble(&ok);
                if (!ok || seconds < 0 || seconds > 1e6) {
                    out.error = tr("bad moment \"%1\" in --moments (use seconds into the run, e.g. 1,2.5,10)").arg(part);
                    return;
                }
                out.moments.push_back(SimTime::fromUs(std::llround(seconds * 1e6)));
            }
        }
        out.outDir = parser_.value(options_.out);
        if (out.outDir.isEmpty()) {
            out.error = tr("export needs --out DIR (the folder to write the pack into)");
            return;
        }
        if (!parser_.isSet(options_.size)) return;
        const QString v = parser_.value(options_.size);
        static const QRegularExpression form(QStringLiteral("^([0-9]{1,5})x([0-9]{1,5})$"));
        const QRegularExpressionMatch m = form.match(v);
        const QSize lo = ui::PackOptions::kMinSize, hi = ui::PackOptions::kMaxSize;
        const QSize size = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (!m.hasMatch() || size.width() < lo.width() || size.height() < lo.height() || size.width() > hi.width() ||
            size.height() > hi.height()) {
            out.error = tr("bad size \"%1\" (use WIDTHxHEIGHT, from %2x%3 to %4x%5, e.g. 1920x1080)")
                            .arg(v)
                            .arg(lo.width())
                            .arg(lo.height())
                            .arg(hi.width())
                            .arg(hi.height());
            return;
        }
        out.size = size;
    }

    static void command(const QStringList& pos, CliArgs& out) {
        if (pos.isEmpty()) {
            out.error = tr("no command given");
            return;
        }
        const QString& cmd = pos.front();
        for (const CommandSpec& c : kCommands) {
            if (cmd != QLatin1String(c.name)) continue;
            if (pos.size() - 1 != c.arguments) {
                out.error = c.arguments == 0 ? tr("%1 takes no argument").arg(cmd)
                                             : tr("%1 takes exactly one argument").arg(cmd);
                return;
            }
            out.command = c.command;
            if (c.arguments == 1) out.target = pos[1];
            return;
        }
        out.error = tr("unknown command \"%1\"").arg(cmd);
    }

    const QStringList& args_;
    Options options_;
    QCommandLineParser parser_;
};

class Usage {
    Q_DECLARE_TR_FUNCTIONS(hl::cli::Cli)
public:
    static QString text() {
        //: Command-line help. Keep the command and option names (run, --format ...) as they are.
        return tr("Usage:\n"
                  "  handshakelab-cli lessons\n"
                  "      List the built-in lessons: id, English title, Korean title (tab-separated).\n"
                  "  handshakelab-cli run LESSON-ID|FILE [--format text|jsonl|ladder|counts|pcapng] [--profile P]\n"
                  "                       [--seed N] [--lang en|ko|both] [--output FILE] [--tap both|client|server]\n"
                  "      Run a lesson and print its trace:\n"
                  "        text    one line per step: time, host, what happened and why (default)\n"
                  "        jsonl   one JSON object per trace event\n"
                  "        ladder  the two-column sequence diagram\n"
                  "        counts  a load lesson's sockets per state, one CSV line per second\n"
                  "        pcapng  a capture for Wireshark: one interface next to each host, a comment\n"
                  "                on every packet (--lang both: English and Korean); written to\n"
                  "                --output FILE, or to stdout when it is not a terminal. Wireshark's TCP\n"
                  "                analysis sees each segment once per tap: for its retransmission and\n"
                  "                duplicate-ACK marks, export one tap (--tap client or --tap server)\n"
                  "      --profile teach|rfc9293|linux|bsd|windows  replaces the lesson's profile\n"
                  "      --seed N   replaces the lesson's random seed\n"
                  "  handshakelab-cli quiz LESSON-ID|FILE [--lang en|ko] [--seed N] [--answer-key]\n"
                  "      Predict first: one question before each step that teaches something; one answer\n"
                  "      line per question from standard input; the last line is \"score: A/N\".\n"
                  "      --seed N        new ISNs and ports (the lesson's story stays the same)\n"
                  "      --answer-key    print \"Q<n>: question => answer\" for every question and exit\n"
                  "  handshakelab-cli check FILE\n"
                  "      Validate a lesson file.\n"
                  "  handshakelab-cli capture FILE [--list] [--conn N] [--vantage client|server|middle|loopback]\n"
                  "                           [--format text|jsonl|ladder|lesson] [--profile P] [--output FILE]\n"
                  "                           [--lang en|ko]\n"
                  "      Read a pcap or pcapng capture: --list lists its TCP connections; otherwise one\n"
                  "      connection (the first by default) with both endpoints' inferred states.\n"
                  "      --vantage says where the capture was taken (default: guessed from the timing;\n"
                  "      loopback: each packet seen as it leaves its sender, as on one machine's lo).\n"
                  "      --format lesson writes the lesson built from the connection, with profile P\n"
                  "      (default linux), to --output FILE or stdout: `run` it to compare the simulator\n"
                  "      with the capture.\n"
                  "  handshakelab-cli export LESSON-ID|FILE --out DIR [--lang en|ko|both] [--size WxH] [--seed N]\n"
                  "                          [--moments S,S,...]\n"
                  "      Write a teacher's pack into DIR: step-NN.png and step-NN.svg for every step,\n"
                  "      lesson.gif, handout.pdf, worksheet.pdf, answers.pdf, lesson.mmd (Mermaid) and\n"
                  "      index.html. --lang both puts every text in English and Korean; --size sets the\n"
                  "      pictures' size (default 1920x1080). The same options give the same bytes.\n"
                  "      A load lesson has no steps: its charts at --moments (seconds; default the\n"
                  "      quarters of the run) as moment-NN.png and .svg, and no lesson.mmd.\n"
                  "  handshakelab-cli --help | --version\n"
                  "\n"
                  "--lang chooses the language of the text and ladder output and of the quiz (default: the system's).\n"
                  "Exit status: 0 on success, 2 on bad input (unknown lesson, bad file, bad option).\n");
    }
};

} // namespace

QString findLanguage(const QStringList& args) {
    const Options options;
    QCommandLineParser parser;
    options.parse(parser, args); // errors are reported later, in the chosen language
    const QString v = parser.value(options.lang);
    return ui::Language::isSupported(v) ? v : QString();
}

CliArgs parseArgs(const QStringList& args) { return Args(args).parse(); }

QString usageText() { return Usage::text(); }

} // namespace hl::cli
