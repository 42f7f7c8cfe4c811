#include "ui/diagram_placeholder.h"

#include <QPainter>

namespace hl::ui {

DiagramPlaceholder::DiagramPlaceholder(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::StrongFocus);
}

void DiagramPlaceholder::setTrace(const Trace* trace) {
    trace_ = trace;
    update();
}

void DiagramPlaceholder::setCursor(size_t cursor, SimTime now) {
    cursor_ = cursor;
    now_ = now;
    update();
}

void DiagramPlaceholder::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setPen(QPen(palette().color(QPalette::Text), 2));
    const int l = width() / 4, r = width() * 3 / 4;
    p.drawLine(l, 10, l, height() - 10);
    p.drawLine(r, 10, r, height() - 10);
    p.drawText(rect(), Qt::AlignCenter, QStringLiteral("sequence diagram (placeholder)"));
}

} // namespace hl::ui
