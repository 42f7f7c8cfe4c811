#include "ui/window/on_screen.h"

#include <QWidget>

namespace hl::ui {

bool isOnScreen(const QWidget* widget) {
    if (!widget->isVisible()) return false;
    // The widget's rectangle clipped by each parent's, in the parent's coordinates.
    QRect r = widget->rect();
    for (const QWidget* w = widget; !w->isWindow() && w->parentWidget(); w = w->parentWidget()) {
        r.translate(w->pos());
        r &= w->parentWidget()->rect();
        if (r.isEmpty()) return false;
    }
    return true;
}

} // namespace hl::ui
