#pragma once
// A leaf item of a widget that reads as an accessible list (a segment of the diagram, a node of the
// state machine): it has no QObject and no children, its parent is the widget's interface, and it
// keeps a guarded pointer to the widget, so it answers "invalid" instead of crashing once the
// widget is gone. Subclasses say what the item is: text(), rect(), state() (and isValid() when the
// index can go stale).
#include <QAccessible>
#include <QPointer>
#include <QWidget>
#include <QWindow>

namespace hl::ui {

template <class View>
class AccessibleListItem : public QAccessibleInterface {
public:
    AccessibleListItem(View* view, int index) : view_(view), index_(index) {}

    bool isValid() const override { return view_ != nullptr; }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return view_ ? view_->window()->windowHandle() : nullptr; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* parent() const override {
        return view_ ? QAccessible::queryAccessibleInterface(view_) : nullptr;
    }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    void setText(QAccessible::Text, const QString&) override {}
    QAccessible::Role role() const override { return QAccessible::ListItem; }

protected:
    QPointer<View> view_;
    int index_;
};

} // namespace hl::ui
