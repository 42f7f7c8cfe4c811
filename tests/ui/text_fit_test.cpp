// Issue 5: no clipped text at 100 % and 200 % scaling, in both languages. At 200 % the window has
// the same logical size (1600×1000 on a 3200×2000 screen), so what can clip is the text in its
// places; this checks it in the normal font and in presentation mode's larger font: the state
// boxes (every state, every reason that can explain a change), the narration heading, the
// toolbar and the menu bar (nothing pushed into an overflow menu) and the dock titles.
#include "ui/panels/narration_panel.h"
#include "ui/panels/state_box.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"

#include "window_test_support.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

struct FitCase {
    const char* language;
    bool presentation;
};

class TextFit : public ::testing::TestWithParam<FitCase> {
protected:
    void SetUp() override {
        Language::install(QString::fromLatin1(GetParam().language));
        w = uitest::makeWindow();
        w->resize(1600, 1000);
        w->show();
        w->setPresentationMode(GetParam().presentation);
        QApplication::processEvents();
    }
    void TearDown() override {
        w.reset();
        Language::install(QStringLiteral("en"));
    }
    std::unique_ptr<MainWindow> w;
};

TEST_P(TextFit, StateBoxesFitEveryStateAndEveryReason) {
    for (HostId h : {HostId::Client, HostId::Server}) {
        StateBox* box = w->stateBox(h);
        for (TcpState s : kAllStates) {
            box->setState(s, TcpState::Established, QString(), false);
            EXPECT_TRUE(box->textFits()) << Texts::stateName(s).toStdString() << " width " << box->width();
        }
        for (Reason r : allReasons()) {
            box->setState(TcpState::SynReceived, TcpState::Listen, Texts::reasonShort(r), false);
            EXPECT_TRUE(box->textFits()) << reasonId(r) << ": " << box->detailText().toStdString() << " in "
                                         << box->width() << "x" << box->height();
        }
    }
}

TEST_P(TextFit, NarrationHeadingToolbarMenusAndDockTitlesFit) {
    for (size_t step = 0; step <= w->session()->stepCount(); ++step) {
        w->session()->setStep(step);
        const auto* heading = w->narration()->findChild<QLabel*>(QStringLiteral("narrationHeading"));
        ASSERT_NE(heading, nullptr);
        EXPECT_LE(heading->fontMetrics().horizontalAdvance(heading->text()), heading->contentsRect().width())
            << heading->text().toStdString();
    }
    for (QToolBar* bar : w->findChildren<QToolBar*>()) {
        if (!bar->isVisible()) continue;
        const auto* more = bar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button"));
        EXPECT_TRUE(!more || !more->isVisible()) << bar->objectName().toStdString() << " hides actions";
        for (QToolButton* b : bar->findChildren<QToolButton*>()) {
            if (!b->isVisible() || b->text().isEmpty()) continue;
            EXPECT_GE(b->width(), b->fontMetrics().horizontalAdvance(b->text())) << b->text().toStdString();
        }
    }
    const auto* moreMenus = w->menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"));
    EXPECT_TRUE(!moreMenus || !moreMenus->isVisible()) << "menus pushed into an overflow button";
    for (QDockWidget* d : w->findChildren<QDockWidget*>()) {
        if (!d->isVisible() || d->visibleRegion().isEmpty()) continue; // a tab behind another
        // The title shares the bar with the float and close buttons.
        EXPECT_LE(d->fontMetrics().horizontalAdvance(d->windowTitle()) + 60, d->width()) << d->windowTitle().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Languages, TextFit,
                         ::testing::Values(FitCase{"en", false}, FitCase{"ko", false}, FitCase{"en", true},
                                           FitCase{"ko", true}),
                         [](const ::testing::TestParamInfo<FitCase>& i) {
                             return std::string(i.param.language) + (i.param.presentation ? "Large" : "Normal");
                         });

} // namespace
} // namespace hl::ui
