#pragma once
// Fusion for the high-contrast theme. Fusion draws the edges of fields, buttons and frames a shade
// darker than the window colour, which on a black window is black: nothing would show where a field
// or a button ends. This style draws those edges in the palette's light colour (white) and every
// focus frame as a solid 2 px frame in the highlight colour (yellow), whatever the focus reason.
#include <QProxyStyle>

namespace hl::ui {

class HighContrastStyle : public QProxyStyle {
public:
    HighContrastStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
};

} // namespace hl::ui
