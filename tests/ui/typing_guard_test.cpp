// Issue 14, point 8: Ctrl+L puts the cursor in the lesson search box, and no single-letter
// shortcut fires while a text field or a freshly opened panel's list has the focus.
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/panels/glossary_panel.h"
#include "ui/panels/lesson_picker.h"
#include "ui/session/session_controller.h"
#include "ui/window/main_window.h"
#include "ui/window/typing_guard.h"

#include "window_test_support.h"

#include <QAction>
#include <QLineEdit>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

std::unique_ptr<MainWindow> realWindow() {
    MainWindow::Options options;
    options.useSettings = false;
    auto w = std::make_unique<MainWindow>(options);
    EXPECT_TRUE(w->openLesson(QStringLiteral("handshake-and-close")).isEmpty());
    w->resize(1366, 768);
    return w;
}

// A typed character, as the keyboard sends it (with its text), through the shortcut map first.
void type(QWidget& window, QChar c) {
    const int key = c.toUpper().unicode();
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    if (qt_sendShortcutOverrideEvent(target, 0, key, Qt::NoModifier, QString(c), false, 1)) return;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &release);
}

TEST(TypingGuard, CtrlLFocusesTheLessonSearchAndTypingPerturbsNothing) {
    auto w = realWindow();
    uitest::activate(*w);
    SessionController& s = *w->session();
    s.setSelectedSegment(1); // the SYN: "d" would drop it, "l" would open Delay by
    ASSERT_EQ(s.selectedSegment(), 1u);
    uitest::pressKey(*w, Qt::Key_L, Qt::ControlModifier);
    auto* search = w->lessonPicker()->findChild<QLineEdit*>(QStringLiteral("lessonSearch"));
    ASSERT_NE(search, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), search);
    EXPECT_TRUE(w->lessonPicker()->isVisible());
    for (const QChar c : QStringLiteral("lost dup")) type(*w, c);
    EXPECT_EQ(search->text(), QStringLiteral("lost dup"));
    EXPECT_TRUE(s.userFaults().empty());
    EXPECT_EQ(QApplication::activePopupWidget(), nullptr) << "no Delay by menu";
    // Keys without text (as a test or an input method may send them) are held back too.
    uitest::pressKey(*w, Qt::Key_D);
    uitest::pressKey(*w, Qt::Key_U);
    EXPECT_TRUE(s.userFaults().empty());
}

TEST(TypingGuard, AFreshlyOpenedPanelsListTakesLetters) {
    auto w = realWindow();
    uitest::activate(*w);
    SessionController& s = *w->session();
    s.setSelectedSegment(1);
    uitest::pressKey(*w, Qt::Key_L, Qt::ControlModifier);
    auto* tree = w->lessonPicker()->findChild<QTreeWidget*>();
    ASSERT_NE(tree, nullptr);
    tree->setFocus();
    type(*w, QLatin1Char('d'));
    type(*w, QLatin1Char('u'));
    EXPECT_TRUE(s.userFaults().empty());
    // Back on the diagram, D drops the selected segment as before.
    w->diagram()->setFocus();
    uitest::pressKey(*w, Qt::Key_D);
    EXPECT_EQ(s.userFaults().size(), 1u);
}

TEST(TypingGuard, TheRuleItself) {
    QLineEdit edit;
    QTreeWidget tree;
    QWidget plain;
    EXPECT_TRUE(TypingGuard::takesKey(&edit, Qt::Key_D, Qt::NoModifier));
    EXPECT_TRUE(TypingGuard::takesKey(&edit, Qt::Key_Space, Qt::ShiftModifier));
    EXPECT_FALSE(TypingGuard::takesKey(&edit, Qt::Key_Z, Qt::ControlModifier)); // Ctrl+Z still undoes
    EXPECT_FALSE(TypingGuard::takesKey(&edit, Qt::Key_F1, Qt::NoModifier));
    EXPECT_TRUE(TypingGuard::takesKey(&tree, Qt::Key_L, Qt::NoModifier));
    EXPECT_FALSE(TypingGuard::takesKey(&plain, Qt::Key_D, Qt::NoModifier));
    edit.setReadOnly(true);
    EXPECT_FALSE(TypingGuard::takesKey(&edit, Qt::Key_D, Qt::NoModifier));
}

TEST(HelpTexts, F1ListsEveryShortcutAndGettingStartedExists) {
    auto w = realWindow();
    const QString list = w->shortcutListHtml();
    for (const char* key : {"Ctrl+L", "PgUp", "PgDown", "Ctrl+Z", "F5", "F1"})
        EXPECT_TRUE(list.contains(QString::fromLatin1(key))) << key;
    // The perturbation keys, by their action names.
    EXPECT_TRUE(list.contains(QStringLiteral("<b>D</b>")));
    EXPECT_TRUE(list.contains(QStringLiteral("<b>U</b>")));
    EXPECT_TRUE(w->gettingStartedHtml().contains(QStringLiteral("Ctrl+L")));
    auto* help = w->findChild<QAction*>(QStringLiteral("actionGettingStarted"));
    ASSERT_NE(help, nullptr);
    EXPECT_FALSE(help->text().isEmpty());
}

} // namespace
} // namespace hl::ui
