#pragma once
// A timer beside a lifeline: a bracket from arming to firing, cancellation or re-arming, with the
// timer's name and, while the cursor is inside it, the time left.
#include "core/diagram_model.h"
#include "ui/diagram/diagram_palette.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <functional>

namespace hl::ui {

class TimerBracketItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::TimerBracketItem)
public:
    enum { Type = UserType + 4 };
    struct Geometry {
        qreal x = 0;          // the bracket's vertical line
        qreal y0 = 0, y1 = 0; // arming and end
        qreal inward = 1;     // +1: ticks point right (client side), -1: left (server side)
        qreal tick = 6;
        qreal labelEdge = 0; // the label's inner edge (its right edge on the client side)
        qreal labelY = 0;    // top of the label
        bool labelShown = true;
    };
    TimerBracketItem(const DiagramTimer& timer, const Geometry& g, const DiagramTheme& theme);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const DiagramTimer& timer() const { return timer_; }
    const Geometry& geometry() const { return g_; }
    QString name() const { return name_; }
    QString labelText() const; // name, plus a line with the countdown while active
    bool isActive() const { return active_; }

    // lit: scene y down to which the bracket is drawn in full (the rest is faint);
    // active: the cursor is inside the timer, timeLeft is shown.
    void setCursorState(qreal litY, bool active, SimDuration timeLeft);

    static QString timerName(TimerKind k);          // "RTO", "2·MSL": notation, not translated
    static QString countdownText(SimDuration left); // "1.95 s left"
    // What the bracket is labelled: the notation, or "2·MSL restarted" for a re-armed timer.
    static QString labelName(const DiagramTimer& timer);
    // "retransmission timer: set at 0.000 s, due at 1.000 s; fired at 1.000 s" (its tooltip).
    static QString describe(const DiagramTimer& timer);
    // The widest label this item can show (for layout).
    static qreal maxLabelWidth(const DiagramTheme& theme, TimerKind k);

    std::function<void(size_t)> onActivated; // its Set event

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    DiagramTimer timer_;
    Geometry g_;
    QString name_;
    QFont font_, boldFont_;
    QColor color_, text_;
    qreal labelW_ = 0, labelH_ = 0;
    qreal lit_ = 0;
    bool active_ = false;
    SimDuration timeLeft_;
};

} // namespace hl::ui
