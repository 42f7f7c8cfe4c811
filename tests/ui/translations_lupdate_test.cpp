// Issue 5, CI check: running lupdate on the sources (with the options of update_translations in
// ui/CMakeLists.txt) adds and changes nothing in the .ts files. Otherwise a tr() string is missing
// from them (or one was removed from the code) and `cmake --build --preset default --target
// update_translations` was not run: the test names the strings.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct TsMessage {
    QString context, source, comment;
    bool operator==(const TsMessage&) const = default;
};
size_t qHash(const TsMessage& m, size_t seed = 0) { return qHashMulti(seed, m.context, m.source, m.comment); }

QSet<TsMessage> messagesOf(const QByteArray& ts) {
    QSet<TsMessage> out;
    QXmlStreamReader xml(ts);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement()) continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            current = {context, {}, {}};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            current.comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation"))
            out.insert(current);
    }
    return out;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TEST(TranslationsLupdate, RunningLupdateChangesNoTsFile) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList files{QStringLiteral("handshakelab_ko.ts"), QStringLiteral("handshakelab_en.ts")};
    QStringList copies;
    for (const QString& name : files) {
        const QString copy = dir.filePath(name);
        ASSERT_TRUE(QFile::copy(QStringLiteral(HL_SOURCE_DIR "/translations/") + name, copy)) << name.toStdString();
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        copies << copy;
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(HL_LUPDATE),
                  QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                              QStringLiteral("-I"), QStringLiteral(HL_SOURCE_DIR),
                              QStringLiteral("@" HL_LUPDATE_SOURCES), QStringLiteral("-ts")} +
                      copies);
    ASSERT_TRUE(lupdate.waitForFinished(120000)) << "lupdate did not finish: " HL_LUPDATE;
    const QString log = QString::fromLocal8Bit(lupdate.readAll());
    ASSERT_EQ(lupdate.exitStatus(), QProcess::NormalExit) << log.toStdString();
    ASSERT_EQ(lupdate.exitCode(), 0) << log.toStdString();

    for (int i = 0; i < files.size(); ++i) {
        const QByteArray before = readAll(QStringLiteral(HL_SOURCE_DIR "/translations/") + files[i]);
        const QByteArray after = readAll(copies[i]);
        ASSERT_FALSE(after.isEmpty()) << log.toStdString();
        if (before == after) continue;
        const QSet<TsMessage> old = messagesOf(before), now = messagesOf(after);
        QString report;
        for (const TsMessage& m : now - old)
            report += QStringLiteral("\n  missing from the .ts: [%1] \"%2\"").arg(m.context, m.source);
        for (const TsMessage& m : old - now)
            report += QStringLiteral("\n  no longer in the sources: [%1] \"%2\"").arg(m.context, m.source);
        ADD_FAILURE() << files[i].toStdString()
                      << ": lupdate would change it; run `cmake --build --preset default --target "
                         "update_translations` and translate the new entries."
                      << report.toStdString();
    }
}

} // namespace
