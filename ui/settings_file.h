#pragma once
// Writing the app's settings (QSettings) and saying when it failed. Qt writes a settings file
// through QSaveFile when atomic sync is required (the default, set again here), so a read-only
// folder leaves the old file whole and is reported through status(), which this reads.
// Known gap: with Qt 6.4.2 a write that fails half-way (EFBIG, full disk) is not seen by QSettings:
// it renames the truncated file over the old one and reports NoError.
#include <QString>

class QSettings;

namespace hl::ui {

// Writes `settings` to its file now. Returns an empty string, or a translated error naming the
// file (the previous settings stay in it).
QString flushSettings(QSettings& settings);

} // namespace hl::ui
