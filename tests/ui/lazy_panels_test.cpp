// The panels the window builds only when their dock first shows (issue 12 point 8: not before the
// first frame) show, once built, what they would have shown had they been built with the window:
// the lesson open, the bilingual setting, the language chosen meanwhile.
#include "ui/charts/charts_panel.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/load/load_view.h"
#include "ui/panels/glossary_panel.h"
#include "ui/panels/lesson_picker.h"
#include "ui/panels/segment_inspector.h"
#include "ui/panels/tcb_panel.h"
#include "ui/texts/language.h"
#include "ui/window/main_window.h"

#include "language_scope.h"
#include "window_test_support.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QTextBrowser>

#include <algorithm>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

// The default built-in lesson, opened the way the app opens it at start-up.
std::unique_ptr<MainWindow> windowOnDefaultLesson() {
    MainWindow::Options options;
    options.useSettings = false;
    auto w = std::make_unique<MainWindow>(options);
    w->openStartupLesson();
    w->resize(1600, 1000);
    return w;
}

TEST(LazyPanels, NotBuiltBeforeTheirDockShows) {
    auto w = windowOnDefaultLesson();
    w->show();
    QApplication::processEvents();
    EXPECT_EQ(w->findChild<LessonPicker*>(), nullptr);
    EXPECT_EQ(w->findChild<GlossaryPanel*>(), nullptr);
    EXPECT_EQ(w->findChild<LoadView*>(), nullptr) << "built when the first load lesson opens";
}

// Built late, the load view is what it would have been: it takes the centre in a load lesson and
// gives it back after.
TEST(LazyPanels, LoadViewBuiltWhenTheFirstLoadLessonOpens) {
    auto w = windowOnDefaultLesson();
    uitest::activate(*w);
    ASSERT_TRUE(w->openLesson(QStringLiteral("busy-server")).isEmpty());
    w->session()->waitForRun(60000);
    QApplication::processEvents();
    auto* load = w->findChild<LoadView*>();
    ASSERT_NE(load, nullptr);
    EXPECT_EQ(load, w->loadView());
    EXPECT_TRUE(w->isLoadMode());
    EXPECT_TRUE(load->isVisible());
    EXPECT_TRUE(load->waitForIdle(60000));
    ASSERT_TRUE(w->openLesson(QStringLiteral("handshake-and-close")).isEmpty());
    QApplication::processEvents();
    EXPECT_FALSE(load->isVisible()) << "the diagram is back in the centre";
    EXPECT_TRUE(w->diagram()->isVisible());
}

// A panel tabbed behind another (the TCB and the charts behind the inspector) is out of the window:
// it neither lays out its text nor builds its chart for the first frame or on a step, and shows
// the step of the moment as soon as its tab is chosen.
TEST(LazyPanels, TabbedBehindAnotherBuiltWhenTheirTabIsChosen) {
    auto w = windowOnDefaultLesson();
    uitest::activate(*w);
    const auto* tcbText = w->tcbPanel()->findChild<QTextBrowser*>();
    const auto* inspectorText = w->inspector()->findChild<QTextBrowser*>();
    ASSERT_TRUE(tcbText && inspectorText);
    EXPECT_FALSE(inspectorText->toPlainText().isEmpty()) << "the inspector's tab is the one shown";
    EXPECT_TRUE(tcbText->toPlainText().isEmpty());
    ASSERT_NE(w->charts()->currentChart(), nullptr);
    EXPECT_TRUE(w->charts()->isStale(w->charts()->currentChart()));

    w->session()->setStep(3);
    QApplication::processEvents();
    EXPECT_TRUE(tcbText->toPlainText().isEmpty()) << "a step lays out no panel out of sight";

    w->findChild<QDockWidget*>(QStringLiteral("tcbDock"))->raise();
    const QString shown = tcbText->toPlainText();
    EXPECT_FALSE(shown.isEmpty());
    EXPECT_EQ(shown, w->tcbPanel()->plainText()) << "the TCB of step 3, not an older one";
    w->chartsDock()->raise();
    EXPECT_FALSE(w->charts()->isStale(w->charts()->currentChart()));
}

TEST(LazyPanels, FileLessonsBuildsTheListWithTheOpenLessonSelected) {
    auto w = windowOnDefaultLesson();
    uitest::activate(*w);
    const QString open = w->session()->source();
    ASSERT_FALSE(open.isEmpty());
    // File → Lessons… adds the list's tab beside the lesson's panels; choosing the tab shows it.
    w->findChild<QAction*>(QStringLiteral("actionShowLessons"))->trigger();
    auto* dock = w->findChild<QDockWidget*>(QStringLiteral("lessonsDock"));
    ASSERT_NE(dock, nullptr);
    dock->raise();
    ASSERT_TRUE(dock->isVisible());
    auto* picker = w->findChild<LessonPicker*>();
    ASSERT_NE(picker, nullptr);
    EXPECT_TRUE(picker->isVisible()); // at once, not at the next pass of the event loop
    EXPECT_EQ(picker->selectedLessonId(), open);
    EXPECT_FALSE(picker->visibleLessonIds().isEmpty());
    // Choosing a lesson in the list opens it, as the list built with the window did.
    const QString other = picker->visibleLessonIds().back();
    ASSERT_NE(other, open);
    emit picker->lessonChosen(other);
    EXPECT_EQ(w->session()->source(), other);
    EXPECT_EQ(picker->selectedLessonId(), other);
}

TEST(LazyPanels, TheGlossaryBuiltLateIsBilingualWhenTheWindowIs) {
    uitest::LanguageScope english(QStringLiteral("en"));
    auto w = windowOnDefaultLesson();
    uitest::activate(*w);
    w->setBilingual(true);
    w->showGlossary(QStringLiteral("SYN"));
    auto* glossary = w->findChild<GlossaryPanel*>();
    ASSERT_NE(glossary, nullptr);
    EXPECT_TRUE(glossary->isVisible());
    EXPECT_EQ(QApplication::focusWidget(), glossary->searchField());
    // Bilingual: the definition is given in English and again in Korean (Hangul in it).
    const QString text = glossary->detailsText();
    EXPECT_TRUE(text.contains(QStringLiteral("SYN"))) << text.toStdString();
    EXPECT_TRUE(std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
    })) << text.toStdString();
}

// The Korean catalogue is read the first time Korean is needed, also when that is a bilingual
// caption rendered from an English window (Language::translatedIn).
TEST(LazyPanels, KoreanIsReadWhenFirstNeeded) {
    Language::install(QStringLiteral("en"));
    const QString en = QCoreApplication::translate("hl::ui::MainWindow", "&File");
    const QString ko = Language::translatedIn(QStringLiteral("ko"),
                                              [] { return QCoreApplication::translate("hl::ui::MainWindow", "&File"); });
    EXPECT_EQ(en, QStringLiteral("&File"));
    EXPECT_NE(ko, en);
    EXPECT_EQ(QCoreApplication::translate("hl::ui::MainWindow", "&File"), en) << "English again after the override";
}

} // namespace
} // namespace hl::ui
