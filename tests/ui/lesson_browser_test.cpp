// Issue 14 pt 9: the lesson browser (File → Browse lessons…, Ctrl+Shift+L) has room for the whole
// list and the whole summary of the selected lesson, in both languages; a search ranks by
// relevance as the Lessons panel does (search_rank.h), the top hit selected and described; and it
// works from the keyboard alone: type, ↓, Enter opens, Esc leaves everything as it was.
#include "core/builtin_lessons.h"
#include "ui/panels/lesson_browser_dialog.h"
#include "ui/panels/lesson_picker.h"
#include "ui/texts/texts.h"
#include "ui/window/main_window.h"

#include "language_scope.h"
#include "window_test_support.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <functional>

namespace hl::ui {
namespace {

QString utf8(const std::string& s) { return QString::fromStdString(s); }

// Every item of the list whose text is wider than its column (an elided or cut title).
QStringList cutTitles(const QTreeWidget& tree) {
    QStringList cut;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(&tree)); *it; ++it) {
        int depth = 0;
        for (QTreeWidgetItem* p = (*it)->parent(); p; p = p->parent()) ++depth;
        // The column starts at the left edge; an item is indented by its depth (and the branch mark).
        const int need = (depth + (tree.rootIsDecorated() ? 1 : 0)) * tree.indentation() +
                         QFontMetrics((*it)->font(0)).horizontalAdvance((*it)->text(0));
        if (tree.header()->sectionSize(0) < need) cut << (*it)->text(0);
    }
    return cut;
}

void checkRoom(const char* language) {
    uitest::LanguageScope scope(QString::fromLatin1(language));
    auto w = uitest::lessonWindow();
    w->resize(1280, 720);
    uitest::activate(*w);
    LessonBrowserDialog dialog(w->session()->source(), w.get());
    dialog.show();
    QApplication::processEvents();
    LessonPicker* p = dialog.picker();
    // The whole list, the open lesson selected and described.
    EXPECT_EQ(p->visibleLessonIds().size(), static_cast<int>(builtinLessons().size()));
    EXPECT_EQ(p->selectedLessonId(), QStringLiteral("handshake-and-close"));
    EXPECT_EQ(p->list()->textElideMode(), Qt::ElideNone);
    EXPECT_TRUE(cutTitles(*p->list()).isEmpty()) << cutTitles(*p->list()).join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(p->list()->horizontalScrollBar()->maximum(), 0) << "titles scrolled sideways";
    // Each lesson's whole summary, without scrolling, beside the list.
    auto* scroll = dialog.findChild<QScrollArea*>(QStringLiteral("lessonSummaryScroll"));
    ASSERT_NE(scroll, nullptr);
    for (const Scenario& s : builtinLessons()) {
        p->setCurrentLesson(utf8(s.id));
        QApplication::processEvents();
        ASSERT_EQ(p->selectedLessonId(), utf8(s.id));
        const QString summary = Texts::localized(s.summary);
        EXPECT_TRUE(p->summaryText().contains(summary.toHtmlEscaped())) << s.id;
        EXPECT_EQ(scroll->verticalScrollBar()->maximum(), 0)
            << s.id << ": the summary needs " << p->summaryLabel()->heightForWidth(p->summaryLabel()->width())
            << " px, has " << scroll->viewport()->height();
        EXPECT_GE(p->summaryLabel()->height(), p->summaryLabel()->heightForWidth(p->summaryLabel()->width())) << s.id;
    }
    // It stays on the screen.
    EXPECT_LE(dialog.frameGeometry().width(), dialog.screen()->availableGeometry().width());
    EXPECT_LE(dialog.frameGeometry().height(), dialog.screen()->availableGeometry().height());
}

TEST(LessonBrowser, HasRoomForTheWholeListAndEachWholeSummaryInEnglish) { checkRoom("en"); }
TEST(LessonBrowser, HasRoomForTheWholeListAndEachWholeSummaryInKorean) { checkRoom("ko"); }

// Ranked as the Lessons panel ranks (one function, search_rank.h); the top hit selected and
// described, in either language.
TEST(LessonBrowser, SearchRanksByRelevanceAndDescribesTheTopHit) {
    uitest::LanguageScope scope(QStringLiteral("en"));
    LessonBrowserDialog dialog(QStringLiteral("handshake-and-close"));
    dialog.show();
    LessonPicker panel; // the Lessons dock's picker
    for (const char* query : {"lost", "busy", "time wait", "대기", "RST"}) {
        SCOPED_TRACE(query);
        dialog.picker()->searchBox()->clear();
        const QString text = QString::fromUtf8(query);
        // Typed key by key (Qt Test types ASCII only; Hangul comes from an input method: set it).
        if (text.toLatin1() == text.toUtf8())
            QTest::keyClicks(dialog.picker()->searchBox(), text);
        else
            dialog.picker()->searchBox()->setText(text);
        panel.setFilter(QString::fromUtf8(query));
        const QStringList ids = dialog.picker()->visibleLessonIds();
        ASSERT_FALSE(ids.isEmpty());
        EXPECT_EQ(ids, panel.visibleLessonIds());
        EXPECT_EQ(dialog.picker()->selectedLessonId(), ids.front());
        const Scenario* top = findBuiltinLesson(ids.front().toStdString());
        ASSERT_NE(top, nullptr);
        EXPECT_TRUE(dialog.picker()->summaryText().contains(Texts::localized(top->summary).toHtmlEscaped()));
    }
    // "lost": a lesson with "lost" in its title comes before one that only says it in its summary.
    dialog.picker()->searchBox()->setText(QStringLiteral("lost"));
    const Scenario* top = findBuiltinLesson(dialog.picker()->visibleLessonIds().front().toStdString());
    EXPECT_TRUE(utf8(top->title.en).contains(QStringLiteral("lost"), Qt::CaseInsensitive)) << top->title.en;
}

// Runs `inside` once the window's browser dialog is open (it is modal: exec() returns after).
void whileBrowserOpen(MainWindow& w, std::function<void(LessonBrowserDialog&)> inside) {
    bool ran = false;
    QTimer::singleShot(0, &w, [&] {
        ASSERT_NE(w.lessonBrowser(), nullptr);
        ran = true;
        // As a window manager does: the new dialog becomes the active window.
        LessonBrowserDialog& d = *w.lessonBrowser();
        for (int i = 0; i < 50 && QApplication::activeWindow() != &d; ++i) {
            d.activateWindow();
            QApplication::processEvents();
        }
        ASSERT_EQ(QApplication::activeWindow(), &d);
        inside(d);
    });
    auto* browse = w.findChild<QAction*>(QStringLiteral("actionBrowseLessons"));
    ASSERT_NE(browse, nullptr);
    EXPECT_TRUE(browse->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)));
    browse->trigger(); // File → Browse lessons… (Ctrl+Shift+L)
    EXPECT_TRUE(ran) << "no browser opened";
    EXPECT_EQ(w.lessonBrowser(), nullptr) << "the dialog is closed again";
}

TEST(LessonBrowser, KeyboardOnlyTypeDownEnterOpensAndEscapeChangesNothing) {
    uitest::LanguageScope scope(QStringLiteral("en"));
    auto w = uitest::lessonWindow();
    uitest::activate(*w);
    QString second;
    whileBrowserOpen(*w, [&](LessonBrowserDialog& d) {
        // The cursor is in the search box at once.
        EXPECT_EQ(QApplication::focusWidget(), d.picker()->searchBox());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("time wait"));
        const QStringList ids = d.picker()->visibleLessonIds();
        ASSERT_GE(ids.size(), 2);
        // ↓ moves to the second hit without leaving the box; Enter opens it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        EXPECT_EQ(d.picker()->selectedLessonId(), ids[1]);
        EXPECT_EQ(QApplication::focusWidget(), d.picker()->searchBox());
        second = ids[1];
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    EXPECT_EQ(w->session()->source(), second);

    whileBrowserOpen(*w, [&](LessonBrowserDialog&) {
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("lost"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    });
    EXPECT_EQ(w->session()->source(), second) << "Esc opens nothing";
}

} // namespace
} // namespace hl::ui
