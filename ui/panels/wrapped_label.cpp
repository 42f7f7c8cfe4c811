#include "ui/panels/wrapped_label.h"

#include <QEvent>

namespace hl::ui {

namespace {
constexpr qsizetype kMaxWidthsRemembered = 16; // a window being resized asks at every width
}

int WrappedLabel::heightForWidth(int width) const {
    if (text() != measuredText_ || heights_.size() >= kMaxWidthsRemembered) {
        heights_.clear();
        measuredText_ = text();
    }
    if (const auto it = heights_.constFind(width); it != heights_.constEnd()) return it.value();
    const int height = QLabel::heightForWidth(width);
    heights_.insert(width, height);
    return height;
}

bool WrappedLabel::event(QEvent* event) {
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::Polish:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange: heights_.clear(); break;
    default: break;
    }
    return QLabel::event(event);
}

} // namespace hl::ui
