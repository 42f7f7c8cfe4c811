#pragma once
// Whether a widget can be seen at all: shown, and some of it inside its window. QMainWindow keeps
// a docked panel whose tab is not the chosen one "visible" (isVisible() is true) but moves it out
// of the window; such a panel must not lay out or build what nobody sees (issue 12 point 8).
class QWidget;

namespace hl::ui {

bool isOnScreen(const QWidget* widget);

} // namespace hl::ui
