#pragma once
// Keeps the window's single-key shortcuts (D drop, L delay, U duplicate, Space, [ ], + -) off
// while the focus is where a key is typed or used to search: a text field, a spin box, an
// editable combo box, or a list or tree (which search by typed letters). Qt's own rule only
// covers a line edit that would insert the key's text; a freshly opened panel's list or a key
// without text (a synthetic key press) would still reach the shortcut.
//
// Installed on the application; it answers QEvent::ShortcutOverride for widgets of one window by
// accepting it, which tells Qt that the widget takes the key itself.
#include <QObject>

class QKeyEvent;
class QWidget;

namespace hl::ui {

class TypingGuard : public QObject {
    Q_OBJECT
public:
    // Guards the widgets inside `window` (the guard is its child).
    explicit TypingGuard(QWidget* window);

    // Whether a key with these modifiers would be typed into (or searched in) `focus`.
    static bool takesKey(const QWidget* focus, int key, Qt::KeyboardModifiers mods);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* window_;
};

} // namespace hl::ui
