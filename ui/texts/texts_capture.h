#pragma once
// The packet comments of an exported capture (core/capture_export.h): which way the packet goes
// at its tap, then the narration of the step it belongs to, which tells the state change it caused.
#include "core/capture_connections.h"
#include "core/capture_export.h"
#include "core/capture_file.h"
#include "core/capture_inference.h"
#include "core/scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace hl::ui {

class CaptureTexts {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::CaptureTexts)
public:
    // One packet's comment in the current language.
    static QString packetComment(const Trace& trace, const CapturePacket& packet);
    // Every packet's comments, one per language in `languages` ("en", "ko"), as UTF-8.
    static std::vector<std::vector<std::string>>
    packetComments(const Trace& trace, const std::vector<CapturePacket>& packets, const QStringList& languages);

    // One line: "FILE: byte N: what was found; what would help".
    static QString errorMessage(const QString& file, const CaptureError& error);
    static QString outcomeName(ConnectionOutcome o); // "closed normally", "reset", ...
    static QString vantageName(Vantage v);           // "next to the client", ...
    // "192.0.2.10:50000" ("[2001:db8::1]:443" for IPv6)
    static QString endpointLabel(const IpAddress& address, uint16_t port);
    // What the capture cannot show about this connection, one sentence each (vantage, mid-stream).
    static QString honestyNote(const InferredConnection& c);
    // The lesson built from connection `index` (0-based) of capture file `fileName`
    // (core/capture_lesson.h): what Compare with the simulator runs with `profile` and what Save
    // lesson as… writes. Titled "Capture FILE, connection N", the honesty note as its summary,
    // both in English and Korean as in a lesson file.
    static Scenario capturedLesson(const InferredConnection& c, const QString& fileName, size_t index, Profile profile);
};

} // namespace hl::ui
