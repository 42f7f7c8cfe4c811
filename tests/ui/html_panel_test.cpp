// HtmlPanel (the TCB panel and the inspector): a panel that cannot be seen does not lay out its
// text on every step; it catches up when shown, and plainText() is always current.
#include "ui/panels/tcb_panel.h"
#include "ui/session/session_controller.h"

#include "window_trace_builder.h"

#include <QTextBrowser>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

TEST(HtmlPanel, HiddenPanelLaysOutOnlyWhenShown) {
    SessionController session([](const Scenario&) { return uitest::handshakeAndCloseTrace(); });
    session.loadScenario(Scenario{});
    TcbPanel panel(&session);
    auto* browser = panel.findChild<QTextBrowser*>();
    ASSERT_NE(browser, nullptr);
    panel.show();
    const QString atStart = browser->toPlainText();
    EXPECT_TRUE(atStart.contains(QStringLiteral("ISS")));

    panel.hide();
    session.goToEnd(); // the states at the end differ from those at the start
    EXPECT_EQ(browser->toPlainText(), atStart) << "a hidden panel laid its text out";

    panel.show();
    const QString atEnd = browser->toPlainText();
    EXPECT_NE(atEnd, atStart);
    session.goToStart();
    EXPECT_EQ(browser->toPlainText(), atStart) << "a visible panel follows the cursor at once";
}

TEST(HtmlPanel, PlainTextIsCurrentEvenWhenHidden) {
    SessionController session([](const Scenario&) { return uitest::handshakeAndCloseTrace(); });
    session.loadScenario(Scenario{});
    TcbPanel panel(&session);
    const QString atStart = panel.plainText();
    session.goToEnd();
    EXPECT_NE(panel.plainText(), atStart);
    session.goToStart();
    EXPECT_EQ(panel.plainText(), atStart);
}

} // namespace
} // namespace hl::ui
