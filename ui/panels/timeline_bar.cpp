#include "ui/panels/timeline_bar.h"

#include "ui/session/session_controller.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hl::ui {

TimelineBar::TimelineBar(SessionController* session, QWidget* parent) : QWidget(parent), session_(session) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(false);
    setCursor(Qt::PointingHandCursor);
    connect(session_, &SessionController::traceReplaced, this, qOverload<>(&QWidget::update));
    connect(session_, &SessionController::cursorMoved, this, qOverload<>(&QWidget::update));
    connect(session_, &SessionController::displayTimeChanged, this, qOverload<>(&QWidget::update));
    setAccessibleName(tr("Timeline"));
}

QString TimelineBar::positionText() const {
    //: Timeline position; step 0 is the start, before anything happened.
    return tr("Step %1 of %2").arg(session_->step()).arg(session_->stepCount());
}

int TimelineBar::labelWidth() const {
    return fontMetrics().horizontalAdvance(tr("Step %1 of %2").arg(888).arg(888)) + 16;
}

QRect TimelineBar::trackRect() const {
    const int pad = 14;
    return QRect(pad, 0, std::max(10, width() - labelWidth() - 2 * pad), height());
}

int TimelineBar::xOfStep(size_t step) const {
    const QRect r = trackRect();
    const size_t n = session_->stepCount();
    if (n == 0) return r.left();
    return r.left() + static_cast<int>(std::lround(double(r.width()) * double(step) / double(n)));
}

size_t TimelineBar::stepAtX(int x) const {
    const QRect r = trackRect();
    const size_t n = session_->stepCount();
    if (n == 0 || r.width() <= 0) return 0;
    const double f = std::clamp(double(x - r.left()) / double(r.width()), 0.0, 1.0);
    return static_cast<size_t>(std::lround(f * double(n)));
}

QSize TimelineBar::sizeHint() const { return {600, fontMetrics().height() * 2 + 12}; }
QSize TimelineBar::minimumSizeHint() const { return {200, fontMetrics().height() * 2 + 12}; }

void TimelineBar::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = trackRect();
    const int mid = r.center().y();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);
    const size_t n = session_->stepCount();
    const size_t step = session_->step();

    // Track: the part already played is in the highlight colour.
    p.setPen(QPen(palette().color(QPalette::Mid), 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(r.left(), mid, r.right(), mid);
    // While playing, the played part grows smoothly between two steps.
    double played = xOfStep(step);
    if (session_->isPlaying() && step < n) {
        const auto from = session_->timeAtStep(step), to = session_->timeAtStep(step + 1);
        if (to > from) {
            const double f = double((session_->displayTime() - from).us()) / double((to - from).us());
            played += (xOfStep(step + 1) - xOfStep(step)) * std::clamp(f, 0.0, 1.0);
        }
    }
    p.setPen(QPen(accent, 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(r.left(), mid), QPointF(played, mid));

    // One tick per step.
    const int tick = fontMetrics().height() / 2 + 2;
    for (size_t i = 0; i <= n; ++i) {
        const int x = xOfStep(i);
        p.setPen(QPen(i <= step ? accent : text, i == 0 || i == n ? 2 : 1));
        p.drawLine(x, mid - tick, x, mid + tick);
    }
    // Handle at the cursor.
    const int hx = xOfStep(step);
    p.setPen(QPen(palette().color(QPalette::Base), 2));
    p.setBrush(accent);
    p.drawEllipse(QPointF(hx, mid), tick + 1, tick + 1);

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(width() - labelWidth(), 0, labelWidth(), height()), Qt::AlignCenter, positionText());
}

void TimelineBar::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) session_->setStep(stepAtX(event->position().toPoint().x()));
}

void TimelineBar::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) {
        const size_t s = stepAtX(event->position().toPoint().x());
        if (s != session_->step()) session_->setStep(s);
    }
}

void TimelineBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        setAccessibleName(tr("Timeline"));
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace hl::ui
