// The window showing a captured connection (issue 18): File → Open capture…, a dropped file and
// `handshakelab FILE.pcapng`. The chosen connection's inferred trace is shown as a lesson is; the
// lesson built from it is what Compare simulates and what Save lesson as… writes.
#include "ui/window/main_window.h"

#include "core/capture_connections.h"
#include "core/capture_file.h"
#include "ui/capture/capture_picker_dialog.h"
#include "ui/texts/texts_capture.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>

#include <algorithm>
#include <array>

namespace hl::ui {

void MainWindow::setCaptureMode(bool capture) {
    if (capture && !tcbDock_->isHidden()) {
        tcbDock_->hide();
        tcbHiddenForCapture_ = true;
    } else if (!capture && tcbHiddenForCapture_) {
        tcbDock_->show();
        tcbHiddenForCapture_ = false;
    }
}

bool MainWindow::isCaptureFile(const QString& path) {
    static constexpr std::array<const char*, 3> kSuffixes{".pcap", ".pcapng", ".cap"};
    return std::ranges::any_of(
        kSuffixes, [&](const char* suffix) { return path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive); });
}

QString MainWindow::openCapture(const QString& path, std::optional<size_t> connection, std::optional<Vantage> vantage) {
    CaptureResult read = readCaptureFile(path.toLocal8Bit().toStdString());
    if (const auto* e = std::get_if<CaptureError>(&read)) return CaptureTexts::errorMessage(path, *e);
    const CaptureFile& file = std::get<CaptureFile>(read);
    const ConnectionList list = listConnections(file);
    if (list.connections.empty())
        //: %1 file name.
        return tr("%1: no TCP connection in this capture (only TCP over IPv4 or IPv6 is read)").arg(path);
    if (!connection && list.connections.size() > 1) {
        CapturePickerDialog picker(list, this);
        if (picker.exec() != QDialog::Accepted) return {};
        connection = picker.connection();
        vantage = picker.vantage();
    }
    const size_t n = connection.value_or(0);
    if (n >= list.connections.size())
        //: %1 the number asked for, %2 how many there are.
        return tr("There is no connection %1: the capture has %2.").arg(n + 1).arg(list.connections.size());

    InferenceOptions options;
    options.vantage = vantage;
    InferredConnection inferred = inferConnection(list.connections[n], options);
    Scenario lesson = CaptureTexts::capturedLesson(inferred, QFileInfo(path).fileName(), n, session_->compareProfile());
    session_->loadCapture(std::move(lesson), std::move(inferred.trace), path);
    return {};
}

void MainWindow::openCaptureDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open capture"), QString(),
                                                      tr("Captures (*.pcap *.pcapng *.cap);;All files (*)"));
    if (path.isEmpty()) return;
    const QString error = openCapture(path);
    if (!error.isEmpty()) showCaptureError(error);
}

void MainWindow::showCaptureError(const QString& message) {
    QMessageBox box(QMessageBox::Warning, tr("Cannot open capture"),
                    tr("The capture could not be read. The current lesson stays open."), QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile()) return;
    const QString path = urls.front().toLocalFile();
    event->acceptProposedAction();
    if (const QString error = openFile(path); !error.isEmpty()) {
        if (isCaptureFile(path))
            showCaptureError(error);
        else
            showLessonError(error);
    }
}

} // namespace hl::ui
