#include "ui/panels/timeline_bar.h"

#include "ui/session/session_controller.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <climits>
#include <cmath>

namespace hl::ui {

TimelineBar::TimelineBar(SessionController* session, QWidget* parent) : QWidget(parent), session_(session) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(false);
    setCursor(Qt::PointingHandCursor);
    connect(session_, &SessionController::traceReplaced, this, [this] {
        labelWidth_ = -1; // the step count may have more digits
        update();
    });
    connect(session_, &SessionController::cursorMoved, this, qOverload<>(&QWidget::update));
    connect(session_, &SessionController::displayTimeChanged, this, qOverload<>(&QWidget::update));
    setAccessibleName(tr("Timeline"));
}

QString TimelineBar::positionText() const {
    //: Timeline position; step 0 is the start, before anything happened.
    return tr("Step %1 of %2").arg(session_->step()).arg(session_->stepCount());
}

int TimelineBar::labelWidth() const {
    if (labelWidth_ >= 0) return labelWidth_;
    // Room for three-digit steps in the plain font (the bar's width does not jump between small
    // lessons), and for the step count's digits in the bold font the label is drawn in.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    QChar widest = QLatin1Char('0');
    for (char16_t d = u'1'; d <= u'9'; ++d)
        if (boldMetrics.horizontalAdvance(QChar(d)) > boldMetrics.horizontalAdvance(widest)) widest = QChar(d);
    const QString count = QString(QString::number(session_->stepCount()).size(), widest);
    labelWidth_ = std::max(fontMetrics().horizontalAdvance(tr("Step %1 of %2").arg(888).arg(888)),
                           boldMetrics.horizontalAdvance(tr("Step %1 of %2").arg(count, count))) +
                  16;
    return labelWidth_;
}

QRect TimelineBar::trackRect() const {
    const int pad = 14;
    return QRect(pad, 0, std::max(10, width() - labelWidth() - 2 * pad), height());
}

int TimelineBar::xOfStepIn(const QRect& track, size_t step, size_t steps) {
    if (steps == 0) return track.left();
    return track.left() + static_cast<int>(std::lround(double(track.width()) * double(step) / double(steps)));
}

int TimelineBar::xOfStep(size_t step) const { return xOfStepIn(trackRect(), step, session_->stepCount()); }

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
    const int hx = xOfStepIn(r, step, n);
    double played = hx;
    if (session_->isPlaying() && step < n) {
        const auto from = session_->timeAtStep(step), to = session_->timeAtStep(step + 1);
        if (to > from) {
            const double f = double((session_->displayTime() - from).us()) / double((to - from).us());
            played += (xOfStepIn(r, step + 1, n) - hx) * std::clamp(f, 0.0, 1.0);
        }
    }
    p.setPen(QPen(accent, 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(r.left(), mid), QPointF(played, mid));

    // One tick per step, but one per pixel column: steps sharing a column (100,000 steps in 1,000
    // pixels) get a single tick, in the colour of the last of them, as drawing them all would show.
    const int tick = fontMetrics().height() / 2 + 2;
    bool end = true; // the column holds step 0 or step n: a wider tick
    int x = r.left();
    for (size_t i = 0; i <= n; ++i) {
        const int next = i < n ? xOfStepIn(r, i + 1, n) : INT_MIN;
        end = end || i == n;
        if (next != x) {
            p.setPen(QPen(i <= step ? accent : text, end ? 2 : 1));
            p.drawLine(x, mid - tick, x, mid + tick);
            end = false;
        }
        x = next;
    }
    // Handle at the cursor.
    p.setPen(QPen(palette().color(QPalette::Base), 2));
    p.setBrush(accent);
    p.drawEllipse(QPointF(hx, mid), tick + 1, tick + 1);

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    const int label = labelWidth();
    p.drawText(QRect(width() - label, 0, label, height()), Qt::AlignCenter, positionText());
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
        labelWidth_ = -1;
        setAccessibleName(tr("Timeline"));
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace hl::ui
