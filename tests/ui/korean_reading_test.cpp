// Classes of mistake a careful reader of the Korean found, each guarded over every message of
// translations/handshakelab_ko.ts and the Korean text of every built-in lesson:
// - a protocol name of the source (SYN, SYN,ACK, FIN_WAIT_2, 2·MSL, …) lost or replaced in the
//   translation ("snd SYN,ACK" was translated "SYN 송신");
// - a particle marker such as 이(가) in a message that no KoreanGrammar::resolveParticles call
//   sees, so the fallback itself reaches the screen ("키 "%1"이(가) 두 번 나옵니다");
// - a particle after a protocol word that does not fit how the word is read (ACK is read 액:
//   "ACK을", never "ACK를"; RST is read 알에스티: "RST가", never "RST이");
// - two imperative registers among sibling messages (-십시오 next to -세요).
#include "ui/texts/language_korean.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace hl::ui {
namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
};

QString readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

std::vector<Message> koreanMessages() {
    std::vector<Message> out;
    QXmlStreamReader xml(readFile(QStringLiteral(HL_SOURCE_DIR "/translations/handshakelab_ko.ts")));
    QString context;
    Message m;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement()) continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            m = {context, xml.readElementText(), {}};
        else if (xml.name() == QLatin1String("translation")) {
            m.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.push_back(m);
        }
    }
    return out;
}

void collectKorean(const QJsonValue& v, QStringList* out) {
    if (v.isArray())
        for (const QJsonValue& x : v.toArray()) collectKorean(x, out);
    if (!v.isObject()) return;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("ko") && it.value().isString())
            *out << it.value().toString();
        else
            collectKorean(it.value(), out);
    }
}

// The Korean title, summary and every other "ko" text of the built-in lessons.
QStringList lessonKorean() {
    QStringList out;
    const QDir dir(QStringLiteral(HL_SOURCE_DIR "/resources/lessons"));
    for (const QString& f : dir.entryList({QStringLiteral("*.json")}))
        collectKorean(QJsonDocument::fromJson(readFile(dir.filePath(f)).toUtf8()).object(), &out);
    return out;
}

TEST(KoreanReading, TheTextsAreRead) {
    EXPECT_GT(koreanMessages().size(), 900u);
    EXPECT_GT(lessonKorean().size(), 90);
}

// terms.md: protocol names are never translated, so each one the source names is in the
// translation. "ACK number" is the one exception: it is 확인 응답 번호.
TEST(KoreanReading, EveryProtocolNameOfTheSourceIsKept) {
    static const QRegularExpression name(
        QStringLiteral("(?<![A-Za-z_])(SYN,ACK|FIN,ACK|RST,ACK|SYN_SENT|SYN_RECEIVED|ESTABLISHED|FIN_WAIT_1|FIN_WAIT_2|"
                       "CLOSE_WAIT|CLOSING|LAST_ACK|TIME_WAIT|CLOSED|LISTEN|SYN|ACK|FIN|RST|PSH|2·MSL|MSL|ISN|RTO)"
                       "(?![A-Za-z_0-9])"));
    auto names = [](const QString& text) {
        QSet<QString> out;
        for (auto it = name.globalMatch(text); it.hasNext();) out.insert(it.next().captured(1));
        return out;
    };
    int checked = 0;
    for (const Message& m : koreanMessages()) {
        QString source = m.source;
        source.replace(QLatin1String("ACK number"), QLatin1String("acknowledgement number"));
        const QSet<QString> kept = names(m.translation);
        for (const QString& n : names(source)) {
            ++checked;
            EXPECT_TRUE(kept.contains(n))
                << m.context.toStdString() << ": \"" << m.source.toStdString() << "\" names " << n.toStdString()
                << ", its translation \"" << m.translation.toStdString() << "\" does not";
        }
    }
    EXPECT_GT(checked, 400);
}

// Each message below reaches the screen through KoreanGrammar::resolveParticles (at the file
// named); a marker anywhere else would be shown as it is written.
TEST(KoreanReading, ParticleMarkersOnlyWhereTheyAreResolved) {
    static const QSet<QPair<QString, QString>> resolved{
        {QStringLiteral("hl::cli::Cli"), // app/cli_commands.cpp loadNeedsCounts
         QStringLiteral("handshakelab-cli: \"%1\" is a load lesson: print it with \"--format counts\"\n")},
        {QStringLiteral("hl::ui::DiagramAccessible"), QStringLiteral("from %1 to %2")},  // diagram_accessible.cpp
        {QStringLiteral("hl::ui::StateMachineView"), QStringLiteral("%1 to %2")},        // state_machine_view.cpp
        {QStringLiteral("hl::ui::LoadView"), QStringLiteral("%1 closes first")},         // load_view.cpp
        {QStringLiteral("hl::ui::PerturbationTexts"), QStringLiteral("Delay %1 by %2")}, // perturbation_texts.cpp
        {QStringLiteral("hl::ui::Texts"), // the narration, texts_steps.cpp
         QStringLiteral("The %1's segment %2 must have been lost: it was sent again (inferred from the capture).")},
    };
    static const QRegularExpression marker(QString::fromUtf8("을\\(를\\)|이\\(가\\)|은\\(는\\)|와\\(과\\)|\\(으\\)로"));
    for (const Message& m : koreanMessages()) {
        if (!marker.match(m.translation).hasMatch()) continue;
        EXPECT_TRUE(resolved.contains({m.context, m.source}))
            << m.context.toStdString() << ": \"" << m.translation.toStdString()
            << "\" shows its particle marker (no resolveParticles call sees this message)";
    }
    for (const QString& t : lessonKorean()) EXPECT_FALSE(marker.match(t).hasMatch()) << t.toStdString();
}

// The particle written straight after an upper-case protocol word, checked against the word's
// reading; returns a description of each misfit.
QStringList misfitParticles(const QString& text) {
    using Ending = KoreanGrammar::Ending;
    static const QRegularExpression wordThenHangul(
        QString::fromUtf8("(?<![A-Za-z0-9_·])([A-Z][A-Z0-9_]*(?:,[A-Z]+)?)([가-힣]+)"));
    QStringList out;
    for (auto it = wordThenHangul.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString word = match.captured(1);
        const QString run = match.captured(2);
        // The CLI help's placeholders are read as the words they stand for (FILE as 파일).
        if (word == QLatin1String("FILE") || word == QLatin1String("DIR")) continue;
        const Ending e = KoreanGrammar::endingOf(word);
        auto starts = [&run](const char* p) { return run.startsWith(QString::fromUtf8(p)); };
        bool misfit = false;
        if (e == Ending::Vowel)
            misfit = starts("을") || starts("은") || starts("과") || starts("으로") || run == QString::fromUtf8("이") ||
                     starts("이나");
        else
            misfit = starts("를") || starts("는") || starts("와") || starts("가") ||
                     (e == Ending::Consonant ? starts("로") : starts("으로"));
        if (misfit) out << match.captured(0);
    }
    return out;
}

TEST(KoreanReading, MisfitParticlesAreFound) {
    EXPECT_EQ(misfitParticles(QString::fromUtf8("ACK를 보내고 RST이 오면 SYN,ACK가 MSL으로")),
              (QStringList{QString::fromUtf8("ACK를"), QString::fromUtf8("RST이"), QString::fromUtf8("SYN,ACK가"),
                           QString::fromUtf8("MSL으로")}));
    EXPECT_TRUE(misfitParticles(QString::fromUtf8("ACK을 보내고 RST가 오면 SYN,ACK이 MSL로, FIN_WAIT_2로, "
                                                  "TIME_WAIT는 RST입니다"))
                    .isEmpty());
}

TEST(KoreanReading, ParticlesAfterProtocolWordsFitTheirReading) {
    QStringList texts = lessonKorean();
    for (const Message& m : koreanMessages()) texts << m.translation;
    for (const QString& t : texts) {
        const QStringList misfits = misfitParticles(t);
        EXPECT_TRUE(misfits.isEmpty()) << misfits.join(QLatin1String(", ")).toStdString() << " in \"" << t.toStdString()
                                       << "\"";
    }
}

// Requests to the reader end in -세요 everywhere (the 합니다체 statements around them stay); a
// -십시오 among them reads as another voice.
TEST(KoreanReading, OneImperativeRegister) {
    QStringList texts = lessonKorean();
    for (const Message& m : koreanMessages()) texts << m.translation;
    for (const QString& t : texts) EXPECT_FALSE(t.contains(QString::fromUtf8("십시오"))) << t.toStdString();
}

} // namespace
} // namespace hl::ui
