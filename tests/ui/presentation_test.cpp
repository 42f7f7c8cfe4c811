// Issue 15: presentation mode is a projector layout. It hides every panel and the player bar and
// brings back exactly what was there; the caption is the step's short one (the full narration is
// one key away); B and W blank the screen until the next key; S dims all but the current step;
// the application's font (menus and dialogs) grows and comes back.
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/panels/narration_panel.h"
#include "ui/texts/texts.h"
#include "ui/window/main_window_actions.h"

#include "window_test_support.h"

#include <QDockWidget>
#include <QSplitter>
#include <QToolBar>

#include <gtest/gtest.h>

#include <map>
#include <vector>

namespace hl::ui {
namespace {

struct Layout {
    std::map<QString, bool> visible;
    std::map<QString, QRect> geometry;
    QByteArray state;
    QList<int> split;
};

Layout layoutOf(MainWindow& w) {
    Layout l;
    for (QWidget* c : w.findChildren<QWidget*>()) {
        if (!qobject_cast<QDockWidget*>(c) && !qobject_cast<QToolBar*>(c)) continue;
        l.visible[c->objectName()] = c->isVisible();
        // Where a shown panel is (a panel behind another's tab is parked outside the window).
        if (c->isVisible() && w.rect().intersects(c->geometry())) l.geometry[c->objectName()] = c->geometry();
    }
    l.state = w.saveState();
    l.split = w.findChild<QSplitter*>(QStringLiteral("centreSplitter"))->sizes();
    return l;
}

void settle() {
    for (int i = 0; i < 20; ++i) QApplication::processEvents();
}

TEST(Presentation, HidesEveryPanelAndRestoresTheLayoutExactly) {
    auto w = uitest::makeWindow();
    uitest::activate(*w);
    // A layout of the user's own: the glossary shown, the events tab raised, the splitter moved.
    w->showGlossary();
    w->eventsDock()->raise();
    w->findChild<QSplitter*>(QStringLiteral("centreSplitter"))->setSizes({500, 300});
    settle();
    // At rest: QMainWindow lays a restored state out once more (dock widths within their limits).
    w->restoreState(w->saveState());
    settle();
    const Layout before = layoutOf(*w);
    ASSERT_TRUE(before.visible.at(QStringLiteral("glossaryDock")));
    const QFont font = QApplication::font();

    w->setPresentationMode(true);
    settle();
    for (QDockWidget* d : w->findChildren<QDockWidget*>())
        EXPECT_FALSE(d->isVisible()) << d->objectName().toStdString();
    EXPECT_FALSE(w->findChild<QToolBar*>(QStringLiteral("playerToolBar"))->isVisible());
    EXPECT_GT(QApplication::font().pointSizeF(), font.pointSizeF()); // menus and dialogs follow

    w->setPresentationMode(false);
    settle();
    const Layout after = layoutOf(*w);
    EXPECT_EQ(after.visible, before.visible);
    for (const auto& [name, rect] : before.geometry) {
        const QRect now = after.geometry.count(name) ? after.geometry.at(name) : QRect();
        EXPECT_EQ(now, rect) << name.toStdString() << " at " << now.x() << "," << now.y() << " " << now.width() << "x"
                             << now.height() << ", was " << rect.x() << "," << rect.y() << " " << rect.width() << "x"
                             << rect.height();
    }
    EXPECT_EQ(after.geometry.size(), before.geometry.size());
    EXPECT_EQ(after.split, before.split);
    EXPECT_EQ(after.state, before.state);
    EXPECT_EQ(QApplication::font(), font);
}

TEST(Presentation, ShowsTheShortCaptionAndTheFullNarrationOnN) {
    auto w = uitest::makeWindow();
    uitest::activate(*w);
    w->session()->setStep(4);
    EXPECT_EQ(w->narration()->bodyText(), Texts::stepNarration(w->session()->trace(), 3));
    uitest::pressKey(*w, Qt::Key_F5);
    ASSERT_TRUE(w->isPresentationMode());
    EXPECT_EQ(w->narration()->bodyText(), Texts::shortCaption(w->session()->trace(), 3));
    uitest::pressKey(*w, Qt::Key_N);
    EXPECT_EQ(w->narration()->bodyText(), Texts::stepNarration(w->session()->trace(), 3));
    uitest::pressKey(*w, Qt::Key_N);
    EXPECT_EQ(w->narration()->bodyText(), Texts::shortCaption(w->session()->trace(), 3));
    w->session()->stepForward();
    EXPECT_EQ(w->narration()->bodyText(), Texts::shortCaption(w->session()->trace(), 4));
    uitest::pressKey(*w, Qt::Key_F5);
    EXPECT_EQ(w->narration()->bodyText(), Texts::stepNarration(w->session()->trace(), 4));
}

TEST(Presentation, BAndWBlankTheScreenUntilTheNextKeyOnlyInPresentationMode) {
    auto w = uitest::makeWindow();
    uitest::activate(*w);
    uitest::pressKey(*w, Qt::Key_B);
    EXPECT_EQ(w->blankScreen(), MainWindow::Blank::None); // outside presentation mode: nothing
    w->setPresentationMode(true);
    settle();
    uitest::pressKey(*w, Qt::Key_B);
    ASSERT_EQ(w->blankScreen(), MainWindow::Blank::Black);
    auto* blank = w->findChild<QWidget*>(QStringLiteral("blankScreen"));
    ASSERT_NE(blank, nullptr);
    EXPECT_EQ(blank->geometry(), w->rect());
    EXPECT_EQ(blank->palette().color(QPalette::Window), QColor(Qt::black));
    const size_t step = w->session()->step();
    uitest::pressKey(*w, Qt::Key_Right); // the key that wakes the screen does nothing else
    EXPECT_EQ(w->blankScreen(), MainWindow::Blank::None);
    EXPECT_EQ(w->session()->step(), step);
    uitest::pressKey(*w, Qt::Key_W);
    EXPECT_EQ(w->blankScreen(), MainWindow::Blank::White);
    EXPECT_EQ(blank->palette().color(QPalette::Window), QColor(Qt::white));
    w->setPresentationMode(false); // leaving presentation mode ends the blank too
    EXPECT_EQ(w->blankScreen(), MainWindow::Blank::None);
}

TEST(Presentation, SpotlightDimsEverythingButTheCurrentStep) {
    auto w = uitest::makeWindow();
    uitest::activate(*w);
    w->setPresentationMode(true);
    settle();
    w->session()->setStep(5);
    std::vector<qreal> plain; // without the spotlight: the future is faint, the rest full
    for (const SegmentItem* s : w->diagram()->segmentItems()) plain.push_back(s->opacity());
    uitest::pressKey(*w, Qt::Key_S);
    ASSERT_TRUE(w->diagram()->isSpotlight());
    const size_t first = w->session()->firstEventOfStep(5), end = w->session()->cursor();
    int lit = 0, dim = 0;
    for (const SegmentItem* s : w->diagram()->segmentItems()) {
        // Lit: sent or arrived (or lost) within the current step's events.
        const auto inStep = [&](uint32_t ev) { return ev != kNoEvent && ev >= first && ev < end; };
        const bool current = inStep(s->copy().sendEvent) || inStep(s->copy().endEvent);
        if (current)
            EXPECT_EQ(s->opacity(), 1.0) << "segment " << s->segId();
        else
            EXPECT_LE(s->opacity(), 0.25) << "segment " << s->segId();
        (current ? lit : dim)++;
    }
    EXPECT_GT(lit, 0);
    EXPECT_GT(dim, 0);
    uitest::pressKey(*w, Qt::Key_S);
    std::vector<qreal> after;
    for (const SegmentItem* s : w->diagram()->segmentItems()) after.push_back(s->opacity());
    EXPECT_EQ(after, plain);
}

} // namespace
} // namespace hl::ui
