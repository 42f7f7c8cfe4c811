// Bilingual captions (issue 5): the narration and the glossary in both languages at once, the
// current language first and the other one below it at the same size and contrast (issue 15: a
// bilingual class reads both); they follow the step, a language switch and presentation mode
// (where both show the step's short caption). And the glossary panel: every term, searchable in both languages.
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/panels/glossary_panel.h"
#include "ui/panels/narration_panel.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"

#include "language_scope.h"
#include "window_test_support.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

using uitest::containsHangul;

using uitest::makeWindow;

class EnglishAfterwards : public ::testing::Test {
protected:
    void SetUp() override { Language::install(QStringLiteral("en")); }
    void TearDown() override { Language::install(QStringLiteral("en")); }
};

using BilingualCaptions = EnglishAfterwards;
using GlossaryPanelTest = EnglishAfterwards;

QString narrationIn(const QString& code, const MainWindow& w, size_t step) {
    return Language::translatedIn(code, [&] { return Texts::stepNarration(w.session()->trace(), step - 1); });
}

TEST_F(BilingualCaptions, OffByDefaultThenBothLanguagesOneAboveTheOther) {
    auto w = makeWindow();
    w->session()->setStep(4);
    EXPECT_FALSE(w->isBilingual());
    EXPECT_FALSE(w->narration()->isOtherVisible());
    EXPECT_TRUE(w->narration()->otherText().isEmpty());

    auto* action = w->findChild<QAction*>(QStringLiteral("actionBilingualCaptions"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isCheckable());
    action->trigger();
    EXPECT_TRUE(w->isBilingual());
    EXPECT_TRUE(w->narration()->isOtherVisible());
    // Current language (English) first, Korean below; the other is the same step's narration.
    EXPECT_EQ(w->narration()->bodyText(), Texts::stepNarration(w->session()->trace(), 3));
    EXPECT_FALSE(containsHangul(w->narration()->bodyText()));
    EXPECT_EQ(w->narration()->otherText(), narrationIn(QStringLiteral("ko"), *w, 4));
    EXPECT_TRUE(containsHangul(w->narration()->otherText()));
    EXPECT_EQ(w->narration()->otherPointSize(), w->narration()->bodyPointSize()); // alike
    const auto* body = w->narration()->findChild<QLabel*>(QStringLiteral("narrationBody"));
    const auto* other = w->narration()->findChild<QLabel*>(QStringLiteral("narrationOther"));
    EXPECT_EQ(other->palette().color(other->foregroundRole()), body->palette().color(body->foregroundRole()));
    // Rendering the other language left the interface in English.
    EXPECT_EQ(Language::current(), QStringLiteral("en"));
    EXPECT_EQ(Texts::hostName(HostId::Client), QStringLiteral("Client"));

    action->trigger();
    EXPECT_FALSE(w->narration()->isOtherVisible());
}

TEST_F(BilingualCaptions, FollowTheStepTheLanguageSwitchAndPresentationMode) {
    auto w = makeWindow();
    w->setBilingual(true);
    // Before the first step: the lesson title in both languages (falls back to English when the
    // lesson has no Korean title) and the hint in Korean.
    EXPECT_TRUE(w->narration()->otherText().contains(QStringLiteral("Hand-built handshake")));
    EXPECT_TRUE(containsHangul(w->narration()->otherText()));

    w->session()->stepForward();
    EXPECT_EQ(w->narration()->otherText(), narrationIn(QStringLiteral("ko"), *w, 1));
    w->session()->setStep(7);
    EXPECT_EQ(w->narration()->otherText(), narrationIn(QStringLiteral("ko"), *w, 7));

    // Switch to Korean: Korean first, English below.
    w->findChild<QAction*>(QStringLiteral("actionLanguageKorean"))->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(containsHangul(w->narration()->bodyText()));
    EXPECT_EQ(w->narration()->otherText(), narrationIn(QStringLiteral("en"), *w, 7));
    EXPECT_FALSE(containsHangul(w->narration()->otherText()));
    EXPECT_TRUE(w->isBilingual());

    // Presentation mode enlarges both captions alike; both show the step's short caption, and the
    // ladder keeps its height (the caption gets only what its lines need).
    const qreal before = w->narration()->otherPointSize();
    w->show();
    w->setPresentationMode(true);
    for (int i = 0; i < 4; ++i) QApplication::processEvents();
    EXPECT_GT(w->narration()->otherPointSize(), before);
    EXPECT_EQ(w->narration()->otherPointSize(), w->narration()->bodyPointSize());
    EXPECT_TRUE(w->narration()->isOtherVisible());
    w->session()->stepBack();
    EXPECT_EQ(w->narration()->bodyText(), Texts::shortCaption(w->session()->trace(), 5));
    EXPECT_EQ(w->narration()->otherText(),
              Language::translatedIn(QStringLiteral("en"), [&] { return Texts::shortCaption(w->session()->trace(), 5); }));
    const int ladderBilingual = w->diagram()->height();
    w->setBilingual(false);
    for (int i = 0; i < 4; ++i) QApplication::processEvents();
    EXPECT_GE(ladderBilingual, w->diagram()->height() * 85 / 100) << "the second caption costs the ladder little";
    w->setPresentationMode(false);
}

TEST_F(BilingualCaptions, TheChoiceIsRememberedInTheSettings) {
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QCoreApplication::setOrganizationName(QStringLiteral("HandshakeLabBilingualTest"));
    {
        MainWindow w;
        EXPECT_FALSE(w.isBilingual());
        w.setBilingual(true);
        w.close(); // writes the settings
    }
    {
        MainWindow w;
        EXPECT_TRUE(w.isBilingual());
        EXPECT_TRUE(w.findChild<QAction*>(QStringLiteral("actionBilingualCaptions"))->isChecked());
        EXPECT_TRUE(w.narration()->isOtherVisible());
        w.setBilingual(false);
        w.close();
    }
    QCoreApplication::setOrganizationName(QString());
}

TEST_F(GlossaryPanelTest, HelpGlossaryOpensThePanelWithEveryTerm) {
    auto w = makeWindow();
    auto* action = w->findChild<QAction*>(QStringLiteral("actionGlossary"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->shortcut().isEmpty());
    auto* dock = w->findChild<QDockWidget*>(QStringLiteral("glossaryDock"));
    ASSERT_NE(dock, nullptr);
    w->show();
    EXPECT_FALSE(dock->isVisible());
    action->trigger();
    EXPECT_TRUE(dock->isVisible());
    EXPECT_EQ(static_cast<size_t>(w->glossary()->visibleKeys().size()), Texts::glossary().size());
    for (const char* key : {"SYN", "ACK", "FIN", "RST", "PSH", "ISN", "seq", "ack", "window", "RTO", "MSL", "2MSL",
                            "half-open", "half-close", "LISTEN", "TIME_WAIT"})
        EXPECT_TRUE(w->glossary()->visibleKeys().contains(QString::fromLatin1(key))) << key;
    // The action is in the Help menu.
    bool inMenu = false;
    for (QAction* m : w->menuBar()->actions())
        if (m->menu() && m->menu()->actions().contains(action)) inMenu = true;
    EXPECT_TRUE(inMenu);
}

TEST_F(GlossaryPanelTest, ShowsOneLineAndDetailsAndSearchesBothLanguages) {
    GlossaryPanel panel;
    ASSERT_TRUE(panel.showTerm(QStringLiteral("2MSL")));
    const GlossaryEntry e = Texts::glossaryEntry(QStringLiteral("2MSL"));
    EXPECT_TRUE(panel.detailsText().contains(e.brief));
    EXPECT_TRUE(panel.detailsText().contains(e.details));

    panel.searchField()->setText(QStringLiteral("half"));
    EXPECT_EQ(panel.visibleKeys(), (QStringList{QStringLiteral("half-open"), QStringLiteral("half-close")}));
    // Korean words find the English entries too: "시퀀스 번호" is the Korean for sequence number.
    panel.searchField()->setText(QStringLiteral("시퀀스 번호"));
    EXPECT_TRUE(panel.visibleKeys().contains(QStringLiteral("seq")));
    panel.searchField()->setText(QStringLiteral("no such term xyz"));
    EXPECT_TRUE(panel.visibleKeys().isEmpty());
    EXPECT_TRUE(panel.currentKey().isEmpty());
    // Showing a term clears a search that hides it.
    EXPECT_TRUE(panel.showTerm(QStringLiteral("RTO")));
    EXPECT_EQ(panel.currentKey(), QStringLiteral("RTO"));
    EXPECT_FALSE(panel.showTerm(QStringLiteral("nope")));
}

TEST_F(GlossaryPanelTest, RetranslatesAndShowsBothLanguagesWhenBilingual) {
    GlossaryPanel panel;
    panel.showTerm(QStringLiteral("seq"));
    const QString english = panel.detailsText();
    EXPECT_FALSE(containsHangul(english));
    Language::install(QStringLiteral("ko"));
    QApplication::processEvents();                        // LanguageChange reaches the widgets through the event loop
    EXPECT_EQ(panel.currentKey(), QStringLiteral("seq")); // the choice survives the switch
    EXPECT_TRUE(panel.detailsText().contains(Texts::glossaryEntry(QStringLiteral("seq")).details));
    EXPECT_TRUE(containsHangul(panel.detailsText()));
    EXPECT_EQ(panel.termText(QStringLiteral("seq")), QStringLiteral("시퀀스 번호"));
    panel.setBilingual(true);
    // Korean first, then the English definition below.
    const QString both = panel.detailsText();
    const qsizetype ko = both.indexOf(Texts::glossaryEntry(QStringLiteral("seq")).details);
    const qsizetype en = both.indexOf(english.section(QLatin1Char('\n'), -1));
    EXPECT_GE(ko, 0);
    EXPECT_GT(en, ko) << both.toStdString();
    EXPECT_TRUE(panel.termText(QStringLiteral("seq")).contains(QStringLiteral("Sequence number")));
}

} // namespace
} // namespace hl::ui
