// handshakelab-cli capture FILE: the TCP connections of a pcap/pcapng file, or one of them with
// both endpoints' inferred states, as text, ladder or jsonl (the same event schema as `run`).
#include "app/cli_commands.h"

#include "app/cli_ladder.h"
#include "app/cli_width.h"
#include "core/capture_connections.h"
#include "core/capture_file.h"
#include "core/capture_inference.h"
#include "core/capture_lesson.h"
#include "core/lesson_file.h"
#include "core/trace_jsonl.h"
#include "ui/texts/texts.h"
#include "ui/texts/texts_capture.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <variant>

namespace hl::cli {
namespace {

using ui::CaptureTexts;
using ui::Texts;

class CaptureCommand {
    Q_DECLARE_TR_FUNCTIONS(hl::cli::Cli)
public:
    static QString seconds(int64_t ns) { return Texts::timeLabel(SimTime::fromUs(ns / 1000)); }

    static QString list(const ConnectionList& l) {
        //: Header of "handshakelab-cli capture FILE --list"; the columns are tab-separated.
        QString out = tr("#\tclient\tserver\tpackets\tstart\tduration\toutcome") + QLatin1Char('\n');
        for (size_t i = 0; i < l.connections.size(); ++i) {
            const CaptureConnection& c = l.connections[i];
            out += QString::number(i + 1) + QLatin1Char('\t') + CaptureTexts::endpointLabel(c.addrA, c.portA) +
                   QLatin1Char('\t') + CaptureTexts::endpointLabel(c.addrB, c.portB) + QLatin1Char('\t') +
                   QString::number(c.segments.size()) + QLatin1Char('\t') + seconds(c.startNs - l.startNs) +
                   QLatin1Char('\t') + seconds(c.endNs - c.startNs) + QLatin1Char('\t') +
                   CaptureTexts::outcomeName(c.outcome) + QLatin1Char('\n');
        }
        return out;
    }

    static QString noConnection(const QString& file) {
        //: %1 file name.
        return tr("handshakelab-cli: %1: no TCP connection in this capture (only TCP over IPv4 or IPv6 is read)\n").arg(file);
    }

    static QString noSuchConnection(uint32_t n, size_t count) {
        //: %1 the number asked for, %2 how many there are.
        return tr("handshakelab-cli: there is no connection %1: the capture has %2 (see --list)\n").arg(n).arg(count);
    }

    static QString heading(const CaptureConnection& c, uint32_t n, const InferredConnection& inferred) {
        //: %1 number, %2 client address:port, %3 server address:port, %4 an outcome such as "closed normally".
        return tr("Connection %1: %2 → %3, %4")
                   .arg(QString::number(n), CaptureTexts::endpointLabel(c.addrA, c.portA),
                        CaptureTexts::endpointLabel(c.addrB, c.portB), CaptureTexts::outcomeName(c.outcome)) +
               QLatin1Char('\n') + CaptureTexts::honestyNote(inferred) + QStringLiteral("\n\n");
    }
};

} // namespace

int showCapture(const CliArgs& args) {
    CaptureResult read = readCaptureFile(args.target.toStdString());
    if (const auto* e = std::get_if<CaptureError>(&read)) {
        writeErr(QStringLiteral("handshakelab-cli: ") + CaptureTexts::errorMessage(args.target, *e) + QLatin1Char('\n'));
        return kExitBadInput;
    }
    const CaptureFile& file = std::get<CaptureFile>(read);
    const ConnectionList list = listConnections(file);
    if (args.list) {
        writeOut(CaptureCommand::list(list));
        return kExitOk;
    }
    if (list.connections.empty()) {
        writeErr(CaptureCommand::noConnection(args.target));
        return kExitBadInput;
    }
    const uint32_t n = args.conn.value_or(1);
    if (n > list.connections.size()) {
        writeErr(CaptureCommand::noSuchConnection(n, list.connections.size()));
        return kExitBadInput;
    }
    const CaptureConnection& conn = list.connections[n - 1];
    InferenceOptions options;
    options.vantage = args.vantage;
    const InferredConnection inferred = inferConnection(conn, options);
    const Scenario lesson = lessonFromCapture(inferred, "capture");
    switch (args.format) {
    case Format::Lesson: { // what the GUI's Compare with the simulator runs and Save lesson as… writes
        const std::string json = writeLesson(CaptureTexts::capturedLesson(
            inferred, QFileInfo(args.target).fileName(), n - 1, args.profile.value_or(kDefaultCaptureProfile)));
        if (!args.output.isEmpty()) return writeBinaryOutput(args.output, json);
        writeOut(QString::fromStdString(json));
        return kExitOk;
    }
    case Format::Jsonl: {
        const std::string jsonl = traceToJsonl(inferred.trace);
        std::fwrite(jsonl.data(), 1, jsonl.size(), stdout);
        return kExitOk;
    }
    case Format::Ladder:
        writeOut(CaptureCommand::heading(conn, n, inferred) + renderLadder(lesson, inferred.trace));
        return kExitOk;
    case Format::Text:
        writeOut(CaptureCommand::heading(conn, n, inferred));
        writeTraceSteps(lesson, inferred.trace);
        return kExitOk;
    case Format::Counts:
    case Format::Pcapng: break;
    }
    //: Keep the format names as they are.
    writeErr(QStringLiteral("handshakelab-cli: ") + CaptureCommand::tr("capture prints text, ladder or jsonl") +
             QLatin1Char('\n'));
    return kExitBadInput;
}

} // namespace hl::cli
