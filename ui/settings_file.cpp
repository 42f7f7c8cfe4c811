#include "ui/settings_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace hl::ui {
namespace {

// The context of the error text in the translations.
class SettingsFile {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::SettingsFile)
};

} // namespace

QString flushSettings(QSettings& settings) {
    settings.setAtomicSyncRequired(true); // never write the file in place
    settings.sync();
    if (settings.status() == QSettings::NoError) return {};
    return SettingsFile::tr("Cannot save the settings to %1: the folder is read-only or the disk is full. "
                            "The previous settings are kept.")
        .arg(QDir::toNativeSeparators(settings.fileName()));
}

} // namespace hl::ui
