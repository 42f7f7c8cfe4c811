#pragma once
// Writing the app's settings (QSettings) and saying when it failed. Qt writes a settings file
// through QSaveFile when atomic sync is required (the default, set again here), so a failed write
// leaves the old file whole, provided the format's writer notices the failure. Qt 6.4's INI writer
// does not notice a short write (EFBIG, full disk) and commits a truncated file; our own format
// checks every write and the final flush, so a full disk, like a read-only folder, keeps the old
// file and is reported through status().
#include <QSettings>
#include <QString>

namespace hl::ui {

// The app's settings format (registered on first use). main() makes it the default, so that
// every QSettings() of the app uses it.
QSettings::Format checkedSettingsFormat();

// Writes `settings` to its file now. Returns an empty string, or a translated error naming the
// file (the previous settings stay in it).
QString flushSettings(QSettings& settings);

} // namespace hl::ui
