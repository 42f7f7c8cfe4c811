#include "ui/window/settings_file.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFileDevice>

namespace hl::ui {
namespace {

// The context of the error text in the translations.
class SettingsFile {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::SettingsFile)
};

constexpr char kMagic[] = "HandshakeLab settings 1";

bool readSettingsMap(QIODevice& device, QSettings::SettingsMap& map) {
    QDataStream in(&device);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray magic;
    in >> magic;
    if (magic != kMagic) return false;
    in >> map;
    return in.status() == QDataStream::Ok;
}

// Returning false makes QSettings discard the temporary file: the old one stays.
bool writeSettingsMap(QIODevice& device, const QSettings::SettingsMap& map) {
    QDataStream out(&device);
    out.setVersion(QDataStream::Qt_6_4);
    out << QByteArray(kMagic) << map; // a short write sets WriteFailed
    if (out.status() != QDataStream::Ok) return false;
    // Small files sit in the device's buffer until now: a full disk shows here.
    auto* file = qobject_cast<QFileDevice*>(&device);
    return !file || file->flush();
}

} // namespace

QSettings::Format checkedSettingsFormat() {
    static const QSettings::Format format = QSettings::registerFormat(QStringLiteral("hlsettings"), readSettingsMap,
                                                                      writeSettingsMap);
    return format;
}

QString flushSettings(QSettings& settings) {
    settings.setAtomicSyncRequired(true); // never write the file in place
    settings.sync();
    if (settings.status() == QSettings::NoError) return {};
    return SettingsFile::tr("Cannot save the settings to %1: the folder is read-only or the disk is full. "
                            "The previous settings are kept.")
        .arg(QDir::toNativeSeparators(settings.fileName()));
}

} // namespace hl::ui
