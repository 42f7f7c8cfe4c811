#pragma once
// A coloured band beside a lifeline: the state the endpoint was in over an interval, with the
// state's name written in it (colour is never the only cue).
#include "core/diagram_model.h"
#include "ui/diagram/diagram_palette.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QStaticText>
#include <functional>

namespace hl::ui {

class StateBandItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::StateBandItem)
public:
    enum { Type = UserType + 3 };
    // rect in scene coordinates.
    StateBandItem(const DiagramBand& band, const QRectF& rect, const DiagramTheme& theme);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), size_); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const DiagramBand& band() const { return band_; }
    QColor fillColor() const { return fill_; }    // the part the cursor has reached
    QColor futureColor() const { return faint_; } // the part ahead of it
    QString stateName() const { return name_; }
    // "SYN_SENT from 0.000 s to 0.050 s" (with a note when a capture only implies the state).
    static QString spanText(const DiagramBand& band);
    // Everything above sceneY is drawn in full colour, the rest faint (the future).
    void setLitUntil(qreal sceneY);
    qreal litUntil() const { return pos().y() + lit_; }

    std::function<void(size_t)> onActivated; // the State event that began the band

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    DiagramBand band_;
    QSizeF size_;
    QString name_;
    QFont font_;
    QColor fill_, faint_, text_, dimText_, hatch_;
    QStaticText name_static_;
    qreal lit_ = 0; // local y
    qreal lineH_ = 0;
};

} // namespace hl::ui
