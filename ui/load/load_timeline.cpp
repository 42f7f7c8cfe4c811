#include "ui/load/load_timeline.h"

#include "core/load_chart_data.h"
#include "ui/load/load_player.h"
#include "ui/load/load_session.h"

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

QRect LoadTimeline::trackRect() const {
    const int pad = 14;
    return QRect(pad, 0, std::max(10, width() - labelWidth() - 2 * pad), height());
}

int LoadTimeline::xOfStep(size_t step) const {
    const QRect r = trackRect();
    const size_t n = session_->player()->lastStep();
    if (n == 0) return r.left();
    return r.left() + static_cast<int>(std::lround(double(r.width()) * double(std::min(step, n)) / double(n)));
}

size_t LoadTimeline::stepAtX(int x) const {
    const QRect r = trackRect();
    const size_t n = session_->player()->lastStep();
    if (n == 0 || r.width() <= 0) return 0;
    const double f = std::clamp(double(x - r.left()) / double(r.width()), 0.0, 1.0);
    return static_cast<size_t>(std::lround(f * double(n)));
}

QSize LoadTimeline::sizeHint() const { return {600, fontMetrics().height() * 2 + 12}; }
QSize LoadTimeline::minimumSizeHint() const { return {200, fontMetrics().height() * 2 + 12}; }

void LoadTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = trackRect();
    const int mid = r.center().y();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor accent = palette().color(QPalette::Highlight);
    const LoadPlayer* player = session_->player();
    const size_t n = player->lastStep();

    p.setPen(QPen(palette().color(QPalette::Mid), 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(r.left(), mid, r.right(), mid);
    p.setPen(QPen(accent, 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(r.left(), mid, xOfStep(player->step()), mid);

    // Ticks at the load chart's round times (one per step would be a solid bar over a long run).
    const int tick = fontMetrics().height() / 2 + 2;
    const double endS = static_cast<double>(session_->timeAtStep(n).us()) / 1e6;
    if (n > 0 && endS > 0) {
        const double every = loadAxisTick(endS);
        for (double t = 0; t <= endS + 1e-9; t += every) {
            const int x = r.left() + static_cast<int>(std::lround(r.width() * t / endS));
            p.setPen(QPen(text, 1));
            p.drawLine(x, mid - tick, x, mid + tick);
        }
    }
    p.setPen(QPen(palette().color(QPalette::Base), 2));
    p.setBrush(accent);
    p.drawEllipse(QPointF(xOfStep(player->step()), mid), tick + 1, tick + 1);

    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(width() - labelWidth(), 0, labelWidth(), height()), Qt::AlignCenter, positionText());
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
