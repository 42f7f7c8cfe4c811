#include "ui/capture/capture_export_dialog.h"

#include "ui/files/atomic_file.h"
#include "ui/texts/language.h"
#include "ui/texts/texts_capture.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace hl::ui {
namespace {
class CaptureExport {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::CaptureExport)
};
} // namespace

QString writeCaptureFile(const QString& path, const Scenario& scenario, const Trace& trace, CaptureTaps taps,
                         const QStringList& languages) {
    CaptureOptions options = captureOptionsFor(scenario);
    options.clientTap = taps != CaptureTaps::Server;
    options.serverTap = taps != CaptureTaps::Client;
    const std::vector<CapturePacket> packets = capturePackets(trace, options);
    const std::string bytes = capturePcapng(packets, options, CaptureTexts::packetComments(trace, packets, languages));
    if (const auto failure = writeFileAtomically(path, QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size()))))
        return cannotSave(path, *failure);
    return {};
}

void exportCaptureWithDialog(QWidget* parent, const Scenario& scenario, const Trace& trace, bool bilingual) {
    // The filter chooses the taps: Wireshark's TCP analysis (retransmissions, duplicate ACKs)
    // reads one tap at a time best.
    const QString both = CaptureExport::tr("Capture, both taps (*.pcapng)");
    const QString client = CaptureExport::tr("Capture, the client's tap only (*.pcapng)");
    const QString server = CaptureExport::tr("Capture, the server's tap only (*.pcapng)");
    QString chosen = both;
    QString path = QFileDialog::getSaveFileName(parent, CaptureExport::tr("Export capture"),
                                                QString::fromStdString(scenario.id) + QStringLiteral(".pcapng"),
                                                QStringList{both, client, server}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".pcapng"), Qt::CaseInsensitive)) path += QStringLiteral(".pcapng");
    const CaptureTaps taps = chosen == client   ? CaptureTaps::Client
                             : chosen == server ? CaptureTaps::Server
                                                : CaptureTaps::Both;
    const QStringList languages = bilingual ? Language::available() : QStringList{Language::current()};
    const QString error = writeCaptureFile(path, scenario, trace, taps, languages);
    if (!error.isEmpty()) QMessageBox::warning(parent, CaptureExport::tr("Export failed"), error);
}

} // namespace hl::ui
