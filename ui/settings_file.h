#pragma once
// Writing the app's settings (QSettings) and saying when it failed. Qt writes a settings file
// through QSaveFile when atomic sync is required (the default, set again here): a temporary file
// beside it, renamed over the old file only when complete. So a read-only folder or a full disk
// leaves the old file whole; QSettings only reports it through status(), which this reads.
#include <QString>

class QSettings;

namespace hl::ui {

// Writes `settings` to its file now. Returns an empty string, or a translated error naming the
// file (the previous settings stay in it).
QString flushSettings(QSettings& settings);

} // namespace hl::ui
