#pragma once
// File → Export capture…: the run as a pcapng file for Wireshark (core/capture_export.h), with
// the packet comments in the interface language, or in both when bilingual captions are on.
#include "core/capture_export.h"
#include "core/scenario.h"
#include "core/trace.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace hl::ui {

enum class CaptureTaps : uint8_t { Both, Client, Server };

// Writes the capture atomically (QSaveFile: all or nothing). Returns "" on success, else the
// error to show.
QString writeCaptureFile(const QString& path, const Scenario& scenario, const Trace& trace, CaptureTaps taps,
                         const QStringList& languages);

// Asks for the file and the taps (as the file-type filter), writes it, shows any error.
void exportCaptureWithDialog(QWidget* parent, const Scenario& scenario, const Trace& trace, bool bilingual);

} // namespace hl::ui
