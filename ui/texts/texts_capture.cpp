#include "ui/texts/texts_capture.h"

#include "core/capture_lesson.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"

#include <algorithm>

namespace hl::ui {
namespace {

// The step that holds event `index` (core/trace.h stepEnds).
size_t stepOf(const std::vector<size_t>& ends, size_t index) {
    return static_cast<size_t>(std::upper_bound(ends.begin(), ends.end(), index) - ends.begin());
}

QString direction(const CapturePacket& p) {
    if (p.leaving)
        return p.tap == HostId::Client ? CaptureTexts::tr("Leaves the client.") : CaptureTexts::tr("Leaves the server.");
    return p.tap == HostId::Client ? CaptureTexts::tr("Reaches the client.") : CaptureTexts::tr("Reaches the server.");
}

QString comment(const Trace& trace, const std::vector<size_t>& ends, const CapturePacket& p) {
    if (p.event >= trace.events.size()) return direction(p);
    return direction(p) + QLatin1Char(' ') + Texts::stepNarration(trace, stepOf(ends, p.event));
}

} // namespace

QString CaptureTexts::packetComment(const Trace& trace, const CapturePacket& packet) {
    return comment(trace, stepEnds(trace), packet);
}

std::vector<std::vector<std::string>> CaptureTexts::packetComments(const Trace& trace,
                                                                   const std::vector<CapturePacket>& packets,
                                                                   const QStringList& languages) {
    const std::vector<size_t> ends = stepEnds(trace);
    std::vector<std::vector<std::string>> out(packets.size());
    for (const QString& code : languages)
        for (size_t i = 0; i < packets.size(); ++i)
            out[i].push_back(Language::translatedIn(code, [&] { return comment(trace, ends, packets[i]); }).toStdString());
    return out;
}

} // namespace hl::ui

namespace hl::ui {

QString CaptureTexts::errorMessage(const QString& file, const CaptureError& e) {
    QString where = file + QStringLiteral(": ") + tr("byte %1").arg(e.offset) + QStringLiteral(": ");
    const QString found = QString::number(e.found);
    const QString hex = QStringLiteral("0x") + QString::number(e.found, 16).toUpper().rightJustified(8, QLatin1Char('0'));
    // What was found, then what would help; the remedies below serve several causes.
    //: An error about a capture file: %1 what was found, %2 what would help.
    const auto say = [&](const QString& what, const QString& help) { return where + tr("%1; %2").arg(what, help); };
    const QString recordAgain = tr("the file is damaged: record the capture again");
    const QString saveAgain = tr("save the capture again with Wireshark or editcap");
    const QString notCapture = tr("the file is damaged or not a capture");
    switch (e.code) {
    case CaptureErrorCode::CannotRead:
        return file + QStringLiteral(": ") + tr("cannot read the file; check its name and that you may read it");
    case CaptureErrorCode::Empty:
        return file + QStringLiteral(": ") +
               tr("the file is empty; record a capture first (tcpdump -w FILE, or Wireshark)");
    case CaptureErrorCode::UnknownFormat:
        //: %1 four bytes in hex. Keep pcap, pcapng and the menu names as Wireshark shows them.
        return where + tr("found %1, which starts neither a pcap nor a pcapng file; save the capture in one of "
                          "these formats (Wireshark: File → Save As…)")
                           .arg(hex);
    case CaptureErrorCode::TruncatedHeader:
        return where + tr("the file ends %n byte(s) too early, inside a header; the capture was cut short: "
                          "record it again",
                          nullptr, static_cast<int>(e.found));
    case CaptureErrorCode::TruncatedPacket:
        return where + tr("the file ends %n byte(s) before the end of this packet; the capture was cut short "
                          "(stopped while writing?): record it again, or keep the packets before it with editcap",
                          nullptr, static_cast<int>(e.found));
    case CaptureErrorCode::UnsupportedVersion:
        return say(tr("format version %1 is not supported (pcap 2.4 and pcapng 1.0 are)").arg(found), saveAgain);
    case CaptureErrorCode::BadByteOrderMagic:
        return say(tr("found %1 where a pcapng section header has its byte-order mark 0x1A2B3C4D").arg(hex), recordAgain);
    case CaptureErrorCode::BadBlockLength:
        return say(
            tr("a pcapng block length of %1 cannot be right (a multiple of 4, at least 12, inside the file)").arg(found),
            recordAgain);
    case CaptureErrorCode::BlockLengthMismatch:
        return say(tr("a pcapng block ends with the length %1, which differs from the length it starts with").arg(found),
                   recordAgain);
    case CaptureErrorCode::NoSectionHeader:
        return say(tr("found block type %1 before any section header, where a pcapng file starts with one").arg(hex),
                   notCapture);
    case CaptureErrorCode::UnknownInterface:
        return where + tr("a packet names interface %1, which no interface block describes; the file is "
                          "damaged: save it again with Wireshark or editcap")
                           .arg(found);
    case CaptureErrorCode::PacketTooLarge:
        return say(tr("a captured length of %1 bytes is over the limit of %2").arg(found).arg(kMaxCapturedPacket),
                   notCapture);
    case CaptureErrorCode::BadTimestampResolution:
        return say(tr("the timestamp resolution %1 cannot be used").arg(found), saveAgain);
    case CaptureErrorCode::TimestampOutOfRange:
        //: Keep if_tsoffset (a pcapng option name) and "editcap -t" as they are.
        return where + tr("a packet's time lies outside the years 1824 to 2116; the capturing clock or the "
                          "interface's if_tsoffset is wrong: shift the times with editcap -t");
    }
    return where;
}

QString CaptureTexts::outcomeName(ConnectionOutcome o) {
    switch (o) {
    //: Outcome of a captured connection: a FIN each way, both acknowledged.
    case ConnectionOutcome::ClosedNormally: return tr("closed normally");
    case ConnectionOutcome::Reset: return tr("reset");
    //: Outcome of a captured connection: the SYN was answered with RST.
    case ConnectionOutcome::Refused: return tr("refused");
    case ConnectionOutcome::NoAnswer: return tr("SYN never answered");
    case ConnectionOutcome::NoSynSeen: return tr("no SYN seen");
    case ConnectionOutcome::StillOpen: return tr("still open");
    //: Outcome of a captured connection: the handshake had not finished when the capture ends.
    case ConnectionOutcome::Opening: return tr("handshake unfinished");
    }
    return {};
}

QString CaptureTexts::vantageName(Vantage v) {
    switch (v) {
    case Vantage::Client: return tr("next to the client");
    case Vantage::Server: return tr("next to the server");
    case Vantage::Middle: return tr("in the middle");
    case Vantage::Loopback: return tr("on the loopback of one machine");
    }
    return {};
}

QString CaptureTexts::endpointLabel(const IpAddress& address, uint16_t port) {
    const QString a = QString::fromStdString(address.toString());
    return (address.v6 ? QLatin1Char('[') + a + QLatin1Char(']') : a) + QLatin1Char(':') + QString::number(port);
}

QString CaptureTexts::honestyNote(const InferredConnection& c) {
    QStringList out;
    const QString vantage = vantageName(c.vantage);
    if (c.vantageGuessed)
        //: %1 e.g. "next to the client". The vantage point is where the capture was taken.
        out << tr("The capture seems to be taken %1 (guessed from the handshake's timing; you can change it).").arg(vantage);
    else
        out << tr("The capture is taken %1.").arg(vantage);
    //: %1 and %2 are durations such as "0.050 s".
    if (c.vantage == Vantage::Loopback)
        out << tr("Each packet is seen as it leaves its sender; it reaches the server %1 later and the client %2 "
                  "later. The receiver's changes are placed with these delays and marked as inferred.")
                   .arg(Texts::timeLabel(c.clientDelay), Texts::timeLabel(c.serverDelay));
    else
        out << tr("Segments take %1 between the client and the tap and %2 between the tap and the server; the far "
                  "side's changes are placed with these delays and marked as inferred.")
                   .arg(Texts::timeLabel(c.clientDelay), Texts::timeLabel(c.serverDelay));
    if (c.midStream)
        out << tr("The capture starts in the middle of this connection: no SYN was seen, so both sides are "
                  "taken to be ESTABLISHED from the first packet on.");
    return out.join(QLatin1Char(' '));
}

Scenario CaptureTexts::capturedLesson(const InferredConnection& c, const QString& fileName, size_t index, Profile profile) {
    Scenario lesson = lessonFromCapture(c, QStringLiteral("capture-%1").arg(index + 1).toStdString(), profile);
    const auto both = [](const std::function<QString()>& render) {
        return LocalizedText{Language::translatedIn(QStringLiteral("en"), render).toStdString(),
                             Language::translatedIn(QStringLiteral("ko"), render).toStdString()};
    };
    //: Title of a captured connection shown as a lesson: %1 file name, %2 connection number.
    lesson.title = both([&] { return tr("Capture %1, connection %2").arg(fileName).arg(index + 1); });
    lesson.summary = both([&] { return honestyNote(c); });
    return lesson;
}

} // namespace hl::ui
