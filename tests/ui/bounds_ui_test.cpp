// Issue 13 in the window: a run stopped by the work budget is explained in the narration, a
// title of any length neither sizes the window nor fills the heading, and a nonsense speed from
// a hand-edited settings file is ignored.
#include "core/builtin_lessons.h"
#include "core/simulation.h"
#include "ui/panels/narration_panel.h"
#include "ui/session/session_controller.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "ui/window/main_window.h"

#include "window_test_support.h"

#include <gtest/gtest.h>

#include <limits>

namespace hl::ui {
namespace {

// The ack-storm lesson (limits off) is stopped by its own event limit; its last step says which
// limit and why, in English and in Korean.
TEST(BoundsUi, BudgetStopIsNarrated) {
    Language::install(QStringLiteral("en"));
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow w(options);
    ASSERT_EQ(w.openLesson(QStringLiteral("ack-storm")), QString());
    SessionController* s = w.session();
    ASSERT_TRUE(s->trace().stop.has_value());
    s->setStep(s->stepCount());
    const QString en = w.narration()->bodyText();
    EXPECT_TRUE(en.startsWith(QStringLiteral("The run was stopped after 400 events"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("an ACK storm"))) << en.toStdString();
    const QString ko = Language::translatedIn(QStringLiteral("ko"), [&] { return Texts::budgetStop(*s->trace().stop); });
    EXPECT_TRUE(ko.contains(QStringLiteral("ACK 폭풍"))) << ko.toStdString();
}

// Issue 13 §9: a 200-character title made the window 2418 px wide; 100,000 characters made an
// 892,822 px wide screenshot.
TEST(BoundsUi, LongTitleDoesNotSizeTheWindow) {
    auto w = uitest::makeWindow();
    const int before = w->minimumSizeHint().width();
    Scenario lesson;
    lesson.id = "long";
    lesson.title.en = std::string(100'000, 'W');
    w->session()->loadScenario(lesson, QStringLiteral("long"));
    w->session()->setStep(0);
    QApplication::processEvents();
    EXPECT_LE(w->minimumSizeHint().width(), before);
    const QString heading = w->narration()->headingText();
    EXPECT_EQ(heading.size(), 201); // 200 characters and "…"
    EXPECT_TRUE(heading.endsWith(QStringLiteral("…")));
}

TEST(BoundsUi, NonsenseSpeedIsSanitised) {
    SessionController s([](const Scenario& sc) { return simulate(sc); });
    s.setSpeed(2.0);
    s.setSpeed(std::numeric_limits<double>::quiet_NaN()); // NaN made Play jump to the end
    EXPECT_EQ(s.speed(), 2.0);
    s.setSpeed(std::numeric_limits<double>::infinity());
    EXPECT_EQ(s.speed(), SessionController::kMaxSpeed);
    s.setSpeed(-std::numeric_limits<double>::infinity());
    EXPECT_EQ(s.speed(), SessionController::kMinSpeed);
}

} // namespace
} // namespace hl::ui
