#include "ui/window/high_contrast_style.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace hl::ui {

namespace {

constexpr int kFocusWidth = 2;

// An edge inside `rect`: the highlight colour and 2 px with the focus, else 1 px of the light colour.
void drawEdge(QPainter* painter, const QStyleOption* option, bool focus) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const int w = focus ? kFocusWidth : 1;
    painter->setPen(QPen(option->palette.color(focus ? QPalette::Highlight : QPalette::Light), w));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(w / 2.0, w / 2.0, -w / 2.0, -w / 2.0);
    painter->drawRect(r);
    painter->restore();
}

} // namespace

HighContrastStyle::HighContrastStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

void HighContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                      const QWidget* widget) const {
    const bool focus = option->state & State_HasFocus;
    switch (element) {
    case PE_FrameFocusRect: drawEdge(painter, option, true); return;
    case PE_FrameLineEdit:
    case PE_FrameGroupBox:
    case PE_FrameTabWidget:
    case PE_FrameDockWidget:
    case PE_FrameMenu:
    case PE_FrameWindow:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawEdge(painter, option, focus && element == PE_FrameLineEdit);
        return;
    case PE_PanelButtonCommand:
    case PE_PanelButtonTool:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // A tool button's panel is drawn only under the mouse or when checked: then it gets an edge.
        if (element == PE_PanelButtonCommand || option->state & (State_On | State_Sunken | State_MouseOver))
            drawEdge(painter, option, focus);
        return;
    case PE_Frame:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (option->rect.width() > 4 && option->rect.height() > 4) drawEdge(painter, option, focus);
        return;
    default: QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void HighContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                           const QWidget* widget) const {
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ComboBox || control == CC_SpinBox) drawEdge(painter, option, option->state & State_HasFocus);
}

} // namespace hl::ui
