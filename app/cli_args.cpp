#include "app/cli_args.h"

#include "ui/language.h"

#include <QCoreApplication>

namespace hl::cli {
namespace {

class Args {
    Q_DECLARE_TR_FUNCTIONS(hl::cli::Cli)
public:
    explicit Args(const QStringList& args) : args_(args) {}

    CliArgs parse() {
        CliArgs out;
        QStringList positional;
        for (i_ = 0; i_ < args_.size() && out.error.isEmpty(); ++i_) {
            const QString& a = args_[i_];
            if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
                out.command = Command::Help;
                return out;
            }
            if (a == QLatin1String("--version")) {
                out.command = Command::Version;
                return out;
            }
            if (a.startsWith(QLatin1String("--")))
                option(a, out);
            else
                positional << a;
        }
        if (!out.error.isEmpty()) return out;
        command(positional, out);
        if (out.error.isEmpty() && out.answerKey && out.command != Command::Quiz)
            out.error = tr("--answer-key is for the quiz command");
        return out;
    }

private:
    // "--name value" or "--name=value"; empty optional (and an error) when the value is missing.
    std::optional<QString> value(const QString& a, const QString& name, CliArgs& out) {
        if (a.startsWith(name + QLatin1Char('='))) return a.mid(name.size() + 1);
        if (i_ + 1 < args_.size()) return args_[++i_];
        out.error = tr("option %1 needs a value").arg(name);
        return std::nullopt;
    }

    void option(const QString& a, CliArgs& out) {
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("--format")) {
            const auto v = value(a, name, out);
            if (!v) return;
            if (*v == QLatin1String("text")) out.format = Format::Text;
            else if (*v == QLatin1String("jsonl")) out.format = Format::Jsonl;
            else if (*v == QLatin1String("ladder")) out.format = Format::Ladder;
            else if (*v == QLatin1String("counts")) out.format = Format::Counts;
            else out.error = tr("unknown format \"%1\" (use jsonl, text, ladder or counts)").arg(*v);
        } else if (name == QLatin1String("--profile")) {
            const auto v = value(a, name, out);
            if (!v) return;
            out.profile = profileFromString(v->toStdString());
            if (!out.profile)
                out.error = tr("unknown profile \"%1\" (use teach, rfc9293, linux, bsd or windows)").arg(*v);
        } else if (name == QLatin1String("--seed")) {
            const auto v = value(a, name, out);
            if (!v) return;
            bool ok = false;
            const qulonglong seed = v->toULongLong(&ok);
            if (ok) out.seed = seed;
            else out.error = tr("bad seed \"%1\" (use a whole number from 0 to 18446744073709551615)").arg(*v);
        } else if (a == QLatin1String("--answer-key")) {
            out.answerKey = true;
        } else if (name == QLatin1String("--lang")) {
            const auto v = value(a, name, out);
            if (!v) return;
            if (ui::Language::isSupported(*v)) out.lang = *v;
            else out.error = tr("unknown language \"%1\" (use en or ko)").arg(*v);
        } else {
            out.error = tr("unknown option %1").arg(a);
        }
    }

    static void command(const QStringList& pos, CliArgs& out) {
        if (pos.isEmpty()) {
            out.error = tr("no command given");
            return;
        }
        const QString& cmd = pos.front();
        const auto wantArgs = [&](int n) {
            if (pos.size() - 1 == n) return true;
            out.error = n == 0 ? tr("%1 takes no argument").arg(cmd)
                               : tr("%1 takes exactly one argument").arg(cmd);
            return false;
        };
        if (cmd == QLatin1String("lessons")) {
            if (wantArgs(0)) out.command = Command::Lessons;
        } else if (cmd == QLatin1String("run")) {
            if (wantArgs(1)) { out.command = Command::Run; out.target = pos[1]; }
        } else if (cmd == QLatin1String("quiz")) {
            if (wantArgs(1)) { out.command = Command::Quiz; out.target = pos[1]; }
        } else if (cmd == QLatin1String("check")) {
            if (wantArgs(1)) { out.command = Command::Check; out.target = pos[1]; }
        } else {
            out.error = tr("unknown command \"%1\"").arg(cmd);
        }
    }

    const QStringList& args_;
    qsizetype i_ = 0;
};

class Usage {
    Q_DECLARE_TR_FUNCTIONS(hl::cli::Cli)
public:
    static QString text() {
        //: Command-line help. Keep the command and option names (run, --format ...) as they are.
        return tr("Usage:\n"
                  "  handshakelab-cli lessons\n"
                  "      List the built-in lessons: id, English title, Korean title (tab-separated).\n"
                  "  handshakelab-cli run LESSON-ID|FILE [--format text|jsonl|ladder|counts] [--profile P]\n"
                  "                       [--seed N] [--lang en|ko]\n"
                  "      Run a lesson and print its trace:\n"
                  "        text    one line per step: time, host, what happened and why (default)\n"
                  "        jsonl   one JSON object per trace event\n"
                  "        ladder  the two-column sequence diagram\n"
                  "        counts  a load lesson's sockets per state, one CSV line per second\n"
                  "      --profile teach|rfc9293|linux|bsd|windows  replaces the lesson's profile\n"
                  "      --seed N   replaces the lesson's random seed\n"
                  "  handshakelab-cli quiz LESSON-ID|FILE [--lang en|ko] [--seed N] [--answer-key]\n"
                  "      Predict first: one question before each step that teaches something; one answer\n"
                  "      line per question from standard input; the last line is \"score: A/N\".\n"
                  "      --seed N        new ISNs and ports (the lesson's story stays the same)\n"
                  "      --answer-key    print \"Q<n>: question => answer\" for every question and exit\n"
                  "  handshakelab-cli check FILE\n"
                  "      Validate a lesson file.\n"
                  "  handshakelab-cli --help | --version\n"
                  "\n"
                  "--lang chooses the language of the text and ladder output (default: the system's).\n"
                  "Exit status: 0 on success, 2 on bad input (unknown lesson, bad file, bad option).\n");
    }
};

} // namespace

QString findLanguage(const QStringList& args) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString v;
        if (args[i].startsWith(QLatin1String("--lang="))) v = args[i].mid(7);
        else if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) v = args[i + 1];
        if (ui::Language::isSupported(v)) return v;
    }
    return {};
}

CliArgs parseArgs(const QStringList& args) { return Args(args).parse(); }

QString usageText() { return Usage::text(); }

} // namespace hl::cli
