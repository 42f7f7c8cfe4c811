#pragma once
// A compressed idle stretch: zig-zag cuts across the ruler and the lifelines and the real length
// written in the middle ("… 9.8 s …"), so the shortened gap is never mistaken for a short one.
#include "ui/diagram/diagram_palette.h"
#include "ui/diagram/time_axis.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <vector>

namespace hl::ui {

class TimeBreakItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::TimeBreakItem)
public:
    enum { Type = UserType + 5 };
    // cutXs: where to draw zig-zags (ruler, lifelines); [left, right]: the band's extent;
    // textX: the centre of the written duration.
    TimeBreakItem(const TimeAxis::Break& br, qreal left, qreal right, std::vector<qreal> cutXs, qreal textX,
                  const DiagramTheme& theme);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return rect_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const TimeAxis::Break& timeBreak() const { return br_; }
    QString text() const { return text_; }
    // The plate with the written duration, in item coordinates.
    QRectF textRect() const;

private:
    TimeAxis::Break br_;
    QRectF rect_;
    std::vector<qreal> cutXs_;
    qreal textX_;
    QString text_;
    QFont font_;
    QColor line_, text_color_, fill_, bg_;
};

} // namespace hl::ui
