#pragma once
// Names for controls a screen reader announces (issue 21). Orca reads a control by its
// accessible name; a search field's placeholder or a label that is not its buddy is not read.
#include <QString>

class QWidget;

namespace hl::ui {

// Gives `control` its accessible name. A combo box's drop-down list is a focusable control of its
// own (AT-SPI shows it as the combo's child): it gets the same name, so the open list is named too;
// so do a spin box's text field and a scroll area's viewport when it takes the focus (a chart's).
void setControlName(QWidget* control, const QString& name);

// The name a visible label gives its control: "&Direction:" → "Direction", "방향(&D):" → "방향".
QString labelName(const QString& labelText);

} // namespace hl::ui
