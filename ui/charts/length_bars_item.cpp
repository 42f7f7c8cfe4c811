#include "ui/charts/length_bars_item.h"

#include <QAbstractSeries>
#include <QChart>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace hl::ui {

namespace {
// Above the grid and the axes, under the series' markers (QtCharts draws its series at z 4).
constexpr qreal kBarsZ = 3.5;
} // namespace

LengthBarsItem::LengthBarsItem(QChart* chart, QAbstractSeries* reference, std::vector<Bar> bars, qreal width)
    : PlotItem(chart, reference, kBarsZ), bars_(std::move(bars)), width_(width) {}

QLineF LengthBarsItem::barLine(size_t i) const { return barLine(i, valueToPosition()); }

QLineF LengthBarsItem::barLine(size_t i, const QTransform& map) const {
    const Bar& b = bars_[i];
    return QLineF(map.map(QPointF(b.x, b.y0)), map.map(QPointF(b.x, b.y1)));
}

void LengthBarsItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    painter->save();
    painter->setClipRect(rect_);
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QTransform map = valueToPosition();
    // A bar that rounds to the pixels of one already drawn in its colour is drawn once: a long
    // lesson has tens of thousands of bars on a few hundred pixels.
    std::vector<QRgb> colours; // the key's colour is an index in this list
    std::unordered_set<uint64_t> drawn;
    auto px = [](qreal v) { return static_cast<uint64_t>(std::clamp<long>(std::lround(v), 0, 0xFFFF)); };
    for (size_t i = 0; i < bars_.size(); ++i) {
        const QLineF line = barLine(i, map);
        const QRgb rgb = bars_[i].color.rgba();
        auto colour = std::find(colours.begin(), colours.end(), rgb);
        if (colour == colours.end()) colour = colours.insert(colours.end(), rgb);
        const uint64_t key = (px(line.x1()) << 48) | (px(line.y1()) << 32) | (px(line.y2()) << 16) |
                             static_cast<uint64_t>(colour - colours.begin());
        if (!drawn.insert(key).second) continue;
        if (painter->pen().color() != bars_[i].color || painter->pen().widthF() != width_)
            painter->setPen(QPen(bars_[i].color, width_, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(line);
    }
    painter->restore();
}

} // namespace hl::ui
