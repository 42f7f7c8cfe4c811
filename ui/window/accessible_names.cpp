#include "ui/window/accessible_names.h"

#include "ui/texts/texts.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QWidget>

namespace hl::ui {

void setControlName(QWidget* control, const QString& name) {
    control->setAccessibleName(name);
    if (auto* combo = qobject_cast<QComboBox*>(control)) combo->view()->setAccessibleName(name);
    // A spin box's text field is its own accessible child.
    if (qobject_cast<QAbstractSpinBox*>(control))
        if (auto* edit = control->findChild<QLineEdit*>()) edit->setAccessibleName(name);
    // A chart's viewport takes the focus itself (Qt Charts): it is the same control.
    if (auto* area = qobject_cast<QAbstractScrollArea*>(control); area && area->viewport()->focusPolicy() != Qt::NoFocus)
        area->viewport()->setAccessibleName(name);
}

QString labelName(const QString& labelText) {
    QString name = Texts::withoutMnemonic(labelText).trimmed();
    while (name.endsWith(QLatin1Char(':'))) name.chop(1);
    return name.trimmed();
}

} // namespace hl::ui
