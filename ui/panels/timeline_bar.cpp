#include "ui/panels/timeline_bar.h"

#include "ui/diagram/text_widths.h"
#include "ui/panels/scrubber.h"
#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"

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
    return tr("Step %1 of %2").arg(Texts::count(session_->step()), Texts::count(session_->stepCount()));
}

int TimelineBar::labelWidth() const {
    if (labelWidth_ >= 0) return labelWidth_;
    // Room for three-digit steps in the plain font (the bar's width does not jump between small
    // lessons), and for the step count's digits in the bold font the label is drawn in.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString count = withWidestDigits(Texts::count(session_->stepCount()), boldMetrics); // grouped
    labelWidth_ = std::max(fontMetrics().horizontalAdvance(tr("Step %1 of %2").arg(888).arg(888)),
                           boldMetrics.horizontalAdvance(tr("Step %1 of %2").arg(count, count))) +
                  16;
    return labelWidth_;
}

QRect TimelineBar::trackRect() const { return scrubber::track(*this, labelWidth()); }

int TimelineBar::xOfStep(size_t step) const { return scrubber::xOf(trackRect(), step, session_->stepCount()); }

size_t TimelineBar::stepAtX(int x) const { return scrubber::stepAt(trackRect(), x, session_->stepCount()); }

QSize TimelineBar::sizeHint() const { return scrubber::sizeHint(*this, 600); }
QSize TimelineBar::minimumSizeHint() const { return scrubber::sizeHint(*this, 200); }

void TimelineBar::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = trackRect();
    const int mid = r.center().y();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);
    const size_t n = session_->stepCount();
    const size_t step = session_->step();

    // While playing, the played part grows smoothly between two steps.
    const int hx = scrubber::xOf(r, step, n);
    double played = hx;
    if (session_->isPlaying() && step < n) {
        const auto from = session_->timeAtStep(step), to = session_->timeAtStep(step + 1);
        if (to > from) {
            const double f = double((session_->displayTime() - from).us()) / double((to - from).us());
            played += (scrubber::xOf(r, step + 1, n) - hx) * std::clamp(f, 0.0, 1.0);
        }
    }
    scrubber::paintTrack(p, *this, r, played);

    // One tick per step, but one per pixel column: steps sharing a column (100,000 steps in 1,000
    // pixels) get a single tick, in the colour of the last of them, as drawing them all would show.
    const int tick = scrubber::tickHalf(*this);
    bool end = true; // the column holds step 0 or step n: a wider tick
    int x = r.left();
    for (size_t i = 0; i <= n; ++i) {
        const int next = i < n ? scrubber::xOf(r, i + 1, n) : INT_MIN;
        end = end || i == n;
        if (next != x) {
            p.setPen(QPen(i <= step ? accent : text, end ? 2 : 1));
            p.drawLine(x, mid - tick, x, mid + tick);
            end = false;
        }
        x = next;
    }
    scrubber::paintHandle(p, *this, r, hx);
    scrubber::paintLabel(p, *this, labelWidth(), positionText());
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
