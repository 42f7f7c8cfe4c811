#include "ui/panels/state_box_row.h"

#include "ui/panels/state_box.h"

#include <QEvent>

#include <algorithm>
#include <cstdlib>

namespace hl::ui {

StateBoxRow::StateBoxRow(StateBox* client, StateBox* server, QWidget* parent)
    : QWidget(parent), client_(client), server_(server) {
    client_->setParent(this);
    server_->setParent(this);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StateBoxRow::setAnchors(std::optional<int> clientX, std::optional<int> serverX) {
    clientX_ = clientX;
    serverX_ = serverX;
    place();
}

QSize StateBoxRow::sizeHint() const {
    const QSize c = client_->sizeHint(), s = server_->sizeHint();
    return {c.width() + s.width() + 24, std::max(c.height(), s.height())};
}

QSize StateBoxRow::minimumSizeHint() const {
    return {client_->minimumSizeHint().width() * 2 + 24, sizeHint().height()};
}

void StateBoxRow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    place();
}

bool StateBoxRow::event(QEvent* event) {
    // A box's size hint grows with the font (presentation mode).
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::FontChange) {
        updateGeometry();
        place();
    }
    return QWidget::event(event);
}

void StateBoxRow::place() {
    const int gap = 24;
    const int h = height();
    const int half = (width() - gap) / 2;
    if (!clientX_ || !serverX_) {
        client_->setGeometry(0, 0, half, h);
        server_->setGeometry(width() - half, 0, half, h);
        return;
    }
    // As wide as centring on both lifelines allows, never narrower than a state name needs.
    const int minW = std::max(client_->minimumSizeHint().width(), server_->minimumSizeHint().width());
    const int boxW = std::min(half, std::max(minW, std::min(520, std::abs(*serverX_ - *clientX_) - gap)));
    // Centre on the lifelines, but keep both inside the row and apart from each other.
    int cl = std::clamp(*clientX_ - boxW / 2, 0, std::max(0, width() - 2 * boxW - gap));
    int sl = std::clamp(*serverX_ - boxW / 2, cl + boxW + gap, std::max(cl + boxW + gap, width() - boxW));
    client_->setGeometry(cl, 0, boxW, h);
    server_->setGeometry(sl, 0, boxW, h);
}

} // namespace hl::ui
