#include "ui/panels/scrubber.h"

#include <algorithm>
#include <cmath>

namespace hl::ui::scrubber {

QRect track(const QWidget& w, int labelWidth) {
    const int pad = 14;
    return QRect(pad, 0, std::max(10, w.width() - labelWidth - 2 * pad), w.height());
}

int xOf(const QRect& track, size_t step, size_t steps) {
    if (steps == 0) return track.left();
    return track.left() +
           static_cast<int>(std::lround(double(track.width()) * double(std::min(step, steps)) / double(steps)));
}

size_t stepAt(const QRect& track, int x, size_t steps) {
    if (steps == 0 || track.width() <= 0) return 0;
    const double f = std::clamp(double(x - track.left()) / double(track.width()), 0.0, 1.0);
    return static_cast<size_t>(std::lround(f * double(steps)));
}

QSize sizeHint(const QWidget& w, int width) { return {width, w.fontMetrics().height() * 2 + 12}; }

int tickHalf(const QWidget& w) { return w.fontMetrics().height() / 2 + 2; }

void paintTrack(QPainter& p, const QWidget& w, const QRect& track, double playedX) {
    const int mid = track.center().y();
    p.setPen(QPen(w.palette().color(QPalette::Mid), 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(track.left(), mid, track.right(), mid);
    p.setPen(QPen(w.palette().color(QPalette::Highlight), 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(track.left(), mid), QPointF(playedX, mid));
}

void paintHandle(QPainter& p, const QWidget& w, const QRect& track, int x) {
    p.setPen(QPen(w.palette().color(QPalette::Base), 2));
    p.setBrush(w.palette().color(QPalette::Highlight));
    const int r = tickHalf(w) + 1;
    p.drawEllipse(QPointF(x, track.center().y()), r, r);
}

void paintLabel(QPainter& p, const QWidget& w, int labelWidth, const QString& text) {
    QFont bold = w.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(w.palette().color(QPalette::WindowText));
    p.drawText(QRect(w.width() - labelWidth, 0, labelWidth, w.height()), Qt::AlignCenter, text);
}

} // namespace hl::ui::scrubber
