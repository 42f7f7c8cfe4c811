#pragma once
// What the two scrubbers share (the step timeline of a lesson, TimelineBar, and the time line of
// a load lesson, LoadTimeline): a track left of a position label, evenly spaced steps along it,
// the played part in the highlight colour, a round handle, the label in bold. Each widget keeps
// its own ticks and its own model.
#include <QPainter>
#include <QRect>
#include <QSize>
#include <QString>
#include <QWidget>

#include <cstddef>

namespace hl::ui::scrubber {

QRect track(const QWidget& w, int labelWidth);
int xOf(const QRect& track, size_t step, size_t steps);
size_t stepAt(const QRect& track, int x, size_t steps); // the nearest step
QSize sizeHint(const QWidget& w, int width);
int tickHalf(const QWidget& w); // half a tick's height (the handle's radius is one more)

void paintTrack(QPainter& p, const QWidget& w, const QRect& track, double playedX);
void paintHandle(QPainter& p, const QWidget& w, const QRect& track, int x);
void paintLabel(QPainter& p, const QWidget& w, int labelWidth, const QString& text);

} // namespace hl::ui::scrubber
