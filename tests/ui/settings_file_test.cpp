// Settings are written atomically: a read-only folder or a full disk gives an error naming the
// file, and the old settings file stays exactly as it was (no truncated file, no temporary left).
#include "ui/settings_file.h"

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
    QSettings s(path, QSettings::IniFormat);
    s.setValue(QStringLiteral("view/dark"), false);
    EXPECT_EQ(flushSettings(s), QString());
    return readAll(path);
}

TEST(SettingsFile, FlushWritesTheValues) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.conf"));
    const QByteArray old = writeOldSettings(path);
    EXPECT_TRUE(old.contains("dark=false")) << old.toStdString();
    {
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("view/dark"), true);
        EXPECT_EQ(flushSettings(s), QString());
    }
    EXPECT_TRUE(readAll(path).contains("dark=true"));
}

// The file-size limit makes the write fail with EFBIG (a full disk to the writer) even for root.
TEST(SettingsFile, FailedWriteKeepsTheOldFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.conf"));
    const QByteArray old = writeOldSettings(path);
    ASSERT_FALSE(old.isEmpty());

    QSettings s(path, QSettings::IniFormat);
    s.setValue(QStringLiteral("window/state"), QByteArray(20000, 'x')); // far over the limit below
    rlimit saved{};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    void (*oldHandler)(int) = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const QString error = flushSettings(s);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("previous settings are kept"))) << error.toStdString();
    EXPECT_EQ(readAll(path), old);
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    EXPECT_EQ(left, QStringList{QStringLiteral("b.conf")}) << left.join(u' ').toStdString();
}

TEST(SettingsFile, ReadOnlyFolderKeepsTheOldFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.conf"));
    const QByteArray old = writeOldSettings(path);
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const bool canStillWrite = QFile(dir.filePath(QStringLiteral("probe"))).open(QIODevice::WriteOnly);
    if (!canStillWrite) {
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("view/dark"), true);
        const QString error = flushSettings(s);
        EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
        EXPECT_EQ(readAll(path), old);
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (canStillWrite) GTEST_SKIP() << "running as root: permissions do not stop writes (FailedWriteKeepsTheOldFile covers it)";
}

} // namespace
} // namespace hl::ui
