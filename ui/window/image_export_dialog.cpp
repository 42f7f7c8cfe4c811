#include "ui/window/image_export_dialog.h"

#include "ui/window/image_export.h"

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

namespace {
// Asks where to write; adds the suffix the format needs. Empty: cancelled.
QString askImagePath(QWidget* parent, bool svg, const QString& title) {
    const QString filter = svg ? ChartExport::tr("SVG image (*.svg)") : ChartExport::tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(parent, title, QString(), filter);
    if (path.isEmpty()) return path;
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) path += suffix;
    return path;
}

void reportExportError(QWidget* parent, const QString& error) {
    if (!error.isEmpty()) QMessageBox::warning(parent, ChartExport::tr("Export failed"), error);
}
} // namespace

void exportImageWithDialog(QWidget* source, bool svg) {
    const QString path = askImagePath(source, svg, ChartExport::tr("Export chart"));
    if (!path.isEmpty()) reportExportError(source, saveImage(source, path));
}

void exportSceneWithDialog(QWidget* parent, QGraphicsScene* scene, bool svg) {
    const QString path = askImagePath(parent, svg, ChartExport::tr("Export diagram"));
    if (!path.isEmpty()) reportExportError(parent, saveImage(scene, path));
}

} // namespace hl::ui
