#include "ui/load/load_timeline.h"

#include "core/load_chart_data.h"
#include "ui/load/load_player.h"
#include "ui/load/load_session.h"
#include "ui/panels/scrubber.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace hl::ui {

namespace {
QString seconds(SimTime t) { return QString::number(static_cast<double>(t.us()) / 1e6, 'f', 0); }
} // namespace

LoadTimeline::LoadTimeline(LoadSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    connect(session_->player(), &LoadPlayer::stepChanged, this, qOverload<>(&QWidget::update));
    connect(session_, &LoadSession::finished, this, qOverload<>(&QWidget::update));
    connect(session_, &LoadSession::cleared, this, qOverload<>(&QWidget::update));
    setAccessibleName(tr("Timeline"));
}

QString LoadTimeline::positionText() const {
    const LoadPlayer* p = session_->player();
    //: Load lesson's timeline: the moment shown and the run's length, in whole seconds.
    return tr("%1 s of %2 s").arg(seconds(session_->timeAtStep(p->step())), seconds(session_->timeAtStep(p->lastStep())));
}

int LoadTimeline::labelWidth() const {
    QFont bold = font(); // the label is drawn bold
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(tr("%1 s of %2 s").arg(QStringLiteral("8888"), QStringLiteral("8888"))) + 16;
}

QRect LoadTimeline::trackRect() const { return scrubber::track(*this, labelWidth()); }

int LoadTimeline::xOfStep(size_t step) const {
    return scrubber::xOf(trackRect(), step, session_->player()->lastStep());
}

size_t LoadTimeline::stepAtX(int x) const { return scrubber::stepAt(trackRect(), x, session_->player()->lastStep()); }

QSize LoadTimeline::sizeHint() const { return scrubber::sizeHint(*this, 600); }
QSize LoadTimeline::minimumSizeHint() const { return scrubber::sizeHint(*this, 200); }

void LoadTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = trackRect();
    const int mid = r.center().y();
    const QColor text = palette().color(QPalette::WindowText);
    const LoadPlayer* player = session_->player();
    const size_t n = player->lastStep();
    const int hx = scrubber::xOf(r, player->step(), n);
    scrubber::paintTrack(p, *this, r, hx);

    // Ticks at the load chart's round times (one per step would be a solid bar over a long run).
    const int tick = scrubber::tickHalf(*this);
    const double endS = static_cast<double>(session_->timeAtStep(n).us()) / 1e6;
    if (n > 0 && endS > 0) {
        const double every = loadAxisTick(endS);
        for (double t = 0; t <= endS + 1e-9; t += every) {
            const int x = r.left() + static_cast<int>(std::lround(r.width() * t / endS));
            p.setPen(QPen(text, 1));
            p.drawLine(x, mid - tick, x, mid + tick);
        }
    }
    scrubber::paintHandle(p, *this, r, hx);
    scrubber::paintLabel(p, *this, labelWidth(), positionText());
}

void LoadTimeline::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    session_->player()->pause();
    session_->player()->setStep(stepAtX(event->position().toPoint().x()));
}

void LoadTimeline::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) session_->player()->setStep(stepAtX(event->position().toPoint().x()));
}

void LoadTimeline::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        setAccessibleName(tr("Timeline"));
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace hl::ui
