// Issue 16: one name per concept, and nothing of the translator's scaffolding on screen.
// - translations/terms.md's "never use" spellings appear in no .ts translation and no lesson file;
// - no action shows a Korean mnemonic suffix ("세그먼트 버리기(D)") on a button or in a list, and
//   no menu gives one mnemonic letter to two entries, in either language;
// - the state machine's labels are translated (both halves, "rcv SYN / snd SYN,ACK");
// - the glossary shows and searches the textbook variants; ordinals are Korean words.
#include "ui/panels/glossary_panel.h"
#include "ui/panels/state_machine_layout.h"
#include "ui/perturb/perturbation_texts.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "ui/texts/texts_terms.h"
#include "ui/window/main_window.h"

#include "window_test_support.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace hl::ui {
namespace {

class TermsTest : public ::testing::Test {
protected:
    // Bilingual lookups (the glossary's other language) need an installed translator.
    void SetUp() override { Language::install(QStringLiteral("en")); }
    void TearDown() override { Language::install(QStringLiteral("en")); }
};

QString readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every <translation> text of a .ts file (numerus forms included).
QStringList translationsOf(const QString& path) {
    QStringList out;
    QXmlStreamReader xml(readFile(path));
    while (!xml.atEnd())
        if (xml.readNextStartElement() &&
            (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform"))) {
            const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!t.trimmed().isEmpty()) out << t;
        }
    return out;
}

TEST_F(TermsTest, TheTableIsEmbeddedAndComplete) {
    const auto& rows = TermsTable::rows();
    ASSERT_GE(rows.size(), 25u);
    for (const TermRow& r : rows) {
        EXPECT_FALSE(r.english.isEmpty()) << r.key.toStdString();
        EXPECT_FALSE(r.korean.isEmpty()) << r.key.toStdString();
        for (const QString& pattern : r.neverUse)
            EXPECT_TRUE(QRegularExpression(pattern).isValid()) << pattern.toStdString();
    }
    ASSERT_NE(TermsTable::find(QStringLiteral("half-close")), nullptr);
    EXPECT_TRUE(TermsTable::find(QStringLiteral("half-close"))->variants.contains(QString::fromUtf8("반-닫기")));
}

TEST_F(TermsTest, NoForbiddenVariantInTranslationsOrLessons) {
    QStringList texts;
    for (const char* ts : {"/translations/handshakelab_ko.ts", "/translations/handshakelab_en.ts"})
        texts << translationsOf(QStringLiteral(HL_SOURCE_DIR) + QLatin1String(ts));
    ASSERT_GT(texts.size(), 600);
    const QDir lessons(QStringLiteral(HL_SOURCE_DIR "/resources/lessons"));
    const QStringList files = lessons.entryList({QStringLiteral("*.json")});
    ASSERT_GE(files.size(), 40);
    for (const QString& f : files) texts << readFile(lessons.filePath(f));
    for (const TermRow& r : TermsTable::rows())
        for (const QString& pattern : r.neverUse) {
            const QRegularExpression re(pattern);
            for (const QString& t : texts)
                EXPECT_FALSE(re.match(t).hasMatch())
                    << "terms.md row '" << r.key.toStdString() << "' forbids /" << pattern.toStdString() << "/ (use '"
                    << r.korean.toStdString() << "' / '" << r.english.toStdString()
                    << "'): " << t.left(160).toStdString();
        }
}

// The letter after a single '&' ("&&" is a literal ampersand); a null QChar when none.
QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&') continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

void expectNoClash(const QMenu* menu, const QString& lang) {
    QHash<QChar, QString> taken;
    for (const QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible()) continue;
        const QString text = a->menu() ? a->menu()->title() : a->text();
        const QChar m = mnemonicOf(text);
        if (m.isNull()) continue;
        EXPECT_FALSE(taken.contains(m)) << lang.toStdString() << ": menu '" << menu->title().toStdString()
                                        << "' gives '" << QString(m).toStdString() << "' to '"
                                        << taken.value(m).toStdString() << "' and '" << text.toStdString() << "'";
        taken.insert(m, text);
        if (a->menu()) expectNoClash(a->menu(), lang);
    }
}

TEST_F(TermsTest, NoMnemonicSuffixOnButtonsAndNoClashInMenus) {
    auto w = uitest::makeWindow();
    static const QRegularExpression suffix(QStringLiteral("\\((&)?[A-Za-z]\\)"));
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
        Language::install(lang);
        QApplication::processEvents();
        int actions = 0;
        for (const QAction* a : w->findChildren<QAction*>()) {
            if (a->text().isEmpty()) continue;
            ++actions;
            EXPECT_FALSE(suffix.match(a->iconText()).hasMatch())
                << lang.toStdString() << ": button text '" << a->iconText().toStdString() << "'";
            EXPECT_FALSE(a->iconText().contains(u'&') && !a->text().contains(QLatin1String("&&")))
                << lang.toStdString() << ": '" << a->iconText().toStdString() << "'";
        }
        EXPECT_GT(actions, 30);
        QHash<QChar, QString> bar;
        for (const QAction* a : w->menuBar()->actions()) {
            if (!a->menu()) continue;
            const QChar m = mnemonicOf(a->menu()->title());
            EXPECT_FALSE(!m.isNull() && bar.contains(m))
                << lang.toStdString() << ": menu bar '" << QString(m).toStdString() << "'";
            bar.insert(m, a->menu()->title());
            expectNoClash(a->menu(), lang);
        }
    }
}

TEST_F(TermsTest, StateMachineLabelsAreTranslatedWhole) {
    Language::install(QStringLiteral("ko"));
    int checked = 0;
    for (const FsmEdge& e : fsmEdges())
        for (const char* text : {e.event, e.action}) {
            const QString source = QString::fromUtf8(text);
            // "rcv …" and "snd …" are words around the protocol notation: they must read as Korean.
            if (!source.startsWith(QLatin1String("rcv ")) && !source.startsWith(QLatin1String("snd "))) continue;
            const QString ko = QCoreApplication::translate("hl::ui::StateMachineView", text);
            EXPECT_NE(ko, source) << text;
            EXPECT_FALSE(ko.contains(QLatin1String("snd")) || ko.contains(QLatin1String("rcv"))) << ko.toStdString();
            ++checked;
        }
    EXPECT_GE(checked, 20);
}

TEST_F(TermsTest, GlossaryShowsAndFindsTextbookVariants) {
    GlossaryPanel panel;
    panel.searchField()->setText(QString::fromUtf8("하프"));
    EXPECT_TRUE(panel.visibleKeys().contains(QStringLiteral("half-close")));
    panel.searchField()->setText(QString::fromUtf8("반-닫기"));
    EXPECT_TRUE(panel.visibleKeys().contains(QStringLiteral("half-close")));
    panel.searchField()->setText(QString::fromUtf8("순서 번호"));
    EXPECT_TRUE(panel.visibleKeys().contains(QStringLiteral("seq")));
    panel.searchField()->clear();
    ASSERT_TRUE(panel.showTerm(QStringLiteral("seq")));
    // Each language shows its own textbooks' names.
    EXPECT_TRUE(panel.detailsText().contains(QStringLiteral("sequence no."))) << panel.detailsText().toStdString();
    EXPECT_FALSE(panel.detailsText().contains(QString::fromUtf8("순서 번호")));
    Language::install(QStringLiteral("ko"));
    QApplication::processEvents();
    EXPECT_TRUE(panel.detailsText().contains(QString::fromUtf8("순서 번호"))) << panel.detailsText().toStdString();
}

TEST_F(TermsTest, TheNarrationsTermsHaveGlossaryEntriesInBothLanguages) {
    for (const char* key : {"challenge-ACK", "synchronized", "TCB", "MSS", "SRTT", "ISS"}) {
        Language::install(QStringLiteral("en"));
        const GlossaryEntry en = Texts::glossaryEntry(QString::fromLatin1(key));
        ASSERT_EQ(en.key, QString::fromLatin1(key));
        Language::install(QStringLiteral("ko"));
        const GlossaryEntry ko = Texts::glossaryEntry(QString::fromLatin1(key));
        EXPECT_NE(ko.brief, en.brief) << key;
        EXPECT_NE(ko.details, en.details) << key;
    }
}

TEST_F(TermsTest, KoreanOrdinalsAreWords) {
    Language::install(QStringLiteral("ko"));
    FaultMatch m;
    m.from = HostId::Client;
    m.flags = Flags(Flag::ACK);
    m.nth = 1;
    const QString first = PerturbationTexts::target(m);
    EXPECT_TRUE(first.contains(QString::fromUtf8("첫 번째"))) << first.toStdString();
    EXPECT_FALSE(first.contains(QString::fromUtf8("1번째"))) << first.toStdString();
    Fault f;
    f.match = m;
    f.delay = SimDuration::fromMs(500);
    const QString delay = PerturbationTexts::fault(f);
    EXPECT_FALSE(delay.contains(QString::fromUtf8("(를)"))) << delay.toStdString();
    EXPECT_TRUE(delay.contains(QString::fromUtf8("ACK을"))) << delay.toStdString();
}

} // namespace
} // namespace hl::ui
