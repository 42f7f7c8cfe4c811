#include "ui/image_export_dialog.h"

#include "ui/image_export.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QWidget>

namespace hl::ui {

namespace {
class ChartExport {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::ChartExport)
};
} // namespace

void exportImageWithDialog(QWidget* source, bool svg) {
    const QString filter = svg ? ChartExport::tr("SVG image (*.svg)") : ChartExport::tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(source, ChartExport::tr("Export chart"), QString(), filter);
    if (path.isEmpty()) return;
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) path += suffix;
    const QString error = saveImage(source, path);
    if (!error.isEmpty()) QMessageBox::warning(source, ChartExport::tr("Export failed"), error);
}

} // namespace hl::ui
