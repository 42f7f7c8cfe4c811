// Settings: a read-only folder or a full disk gives an error naming the file, and the old settings
// file stays as it was. The full disk is made with a lowered file-size limit (writes fail with
// EFBIG), which bites even when the tests run as root.
#include "tests/unprivileged.h"
#include "ui/window/settings_file.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>

namespace hl::ui {
namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A settings file with one value, written by QSettings itself; returns its bytes.
QByteArray writeOldSettings(const QString& path) {
    QSettings s(path, checkedSettingsFormat());
    s.setValue(QStringLiteral("view/dark"), false);
    EXPECT_EQ(flushSettings(s), QString());
    return readAll(path);
}

TEST(SettingsFile, FlushWritesTheValues) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.conf"));
    const QByteArray old = writeOldSettings(path);
    EXPECT_FALSE(old.isEmpty());
    {
        QSettings s(path, checkedSettingsFormat());
        EXPECT_FALSE(s.value(QStringLiteral("view/dark")).toBool());
        s.setValue(QStringLiteral("view/dark"), true);
        EXPECT_EQ(flushSettings(s), QString());
    }
    QSettings again(path, checkedSettingsFormat());
    EXPECT_TRUE(again.value(QStringLiteral("view/dark")).toBool());
    EXPECT_NE(readAll(path), old);
}

// As root (CI) the flush runs as "nobody" (tests/unprivileged.h): permissions bite there too.
TEST(SettingsFile, ReadOnlyFolderKeepsTheOldFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.conf"));
    const QByteArray old = writeOldSettings(path);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                      QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    QString error;
    {
        const test::UnprivilegedScope unprivileged;
        ASSERT_FALSE(QFile(dir.filePath(QStringLiteral("probe"))).open(QIODevice::WriteOnly))
            << "the folder is still writable: the test would prove nothing";
        QSettings s(path, checkedSettingsFormat());
        s.setValue(QStringLiteral("view/dark"), true);
        error = flushSettings(s);
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
    EXPECT_EQ(readAll(path), old);
}

// A full disk, small settings (they sit in the write buffer until the final flush) and large ones
// (written straight through): the write fails, the error names the file, the old file stays whole
// and no temporary file is left.
TEST(SettingsFile, FullDiskKeepsTheOldFile) {
    for (const int valueBytes : {100, 20000}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.conf"));
        const QByteArray old = writeOldSettings(path);
        ASSERT_LT(old.size(), 4096);
        QString error;
        {
            QSettings s(path, checkedSettingsFormat());
            s.setValue(QStringLiteral("window/state"), QByteArray(valueBytes, 'x'));
            s.setValue(QStringLiteral("window/padding"), QByteArray(5000, 'y')); // past the limit in all
            rlimit before{};
            ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &before), 0);
            void (*oldHandler)(int) = std::signal(SIGXFSZ, SIG_IGN);
            rlimit small = before;
            small.rlim_cur = 4096;
            ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
            error = flushSettings(s);
            setrlimit(RLIMIT_FSIZE, &before);
            std::signal(SIGXFSZ, oldHandler);
        }
        EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << valueBytes << ": " << error.toStdString();
        EXPECT_EQ(readAll(path), old) << valueBytes;
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("d.conf")})
            << "no temporary left";
    }
}

} // namespace
} // namespace hl::ui
