#include "ui/window/typing_guard.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace hl::ui {

TypingGuard::TypingGuard(QWidget* window) : QObject(window), window_(window) { qApp->installEventFilter(this); }

namespace {
constexpr char kShortcutsThrough[] = "hlShortcutsThrough";
} // namespace

void TypingGuard::letShortcutsThrough(QWidget* list) { list->setProperty(kShortcutsThrough, true); }

bool TypingGuard::takesKey(const QWidget* focus, int key, Qt::KeyboardModifiers mods) {
    if (!focus || focus->property(kShortcutsThrough).toBool()) return false;
    // Only keys that type a character: letters, digits, punctuation, space (Shift allowed).
    if (mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) return false;
    if (key < Qt::Key_Space || key > Qt::Key_AsciiTilde) return false;
    if (const auto* edit = qobject_cast<const QLineEdit*>(focus)) return !edit->isReadOnly();
    if (const auto* text = qobject_cast<const QTextEdit*>(focus)) return !text->isReadOnly();
    if (const auto* plain = qobject_cast<const QPlainTextEdit*>(focus)) return !plain->isReadOnly();
    if (qobject_cast<const QAbstractSpinBox*>(focus)) return true;
    if (const auto* combo = qobject_cast<const QComboBox*>(focus)) return combo->isEditable();
    // Lists and trees search by typed letters (keyboardSearch); Space selects.
    return qobject_cast<const QAbstractItemView*>(focus) != nullptr;
}

bool TypingGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ShortcutOverride) return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != window_) return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (!takesKey(widget, key->key(), key->modifiers())) return false;
    event->accept(); // the widget gets the key as a key press; no shortcut fires
    return true;
}

} // namespace hl::ui
