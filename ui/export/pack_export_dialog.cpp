#include "ui/export/pack_export_dialog.h"

#include "ui/export/lesson_pack.h"
#include "ui/export/load_pack.h"
#include "ui/texts/language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QRegularExpression>

namespace hl::ui {
namespace {
class PackExport {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::PackExport)
};
} // namespace

QString packFolderName(const Scenario& scenario) {
    // A lesson id is a file-name-safe slug already; anything else is made one.
    QString name = QString::fromStdString(scenario.id);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) name = QStringLiteral("lesson-pack");
    return name;
}

void exportPackWithDialog(QWidget* parent, const Scenario& scenario, const Trace& trace, const LoadResult* load,
                          bool bilingual) {
    if (scenario.load && !load) {
        QMessageBox::information(
            parent, PackExport::tr("Export lesson pack"),
            PackExport::tr("The load run is not finished yet: export its pack when the charts are complete."));
        return;
    }
    const QString parentDir = QFileDialog::getExistingDirectory(
        parent, PackExport::tr("Export lesson pack into a folder"), QDir::homePath());
    if (parentDir.isEmpty()) return;
    PackOptions options;
    options.directory = QDir(parentDir).filePath(packFolderName(scenario));
    options.languages = bilingual ? Language::available() : QStringList{Language::current()};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = scenario.load ? writeLoadPack(scenario, *load, defaultMoments(*load), options)
                                        : writeLessonPack(scenario, trace, options);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, PackExport::tr("Export failed"), error);
        return;
    }
    QMessageBox::information(parent, PackExport::tr("Lesson pack exported"),
                             //: %1 the folder. The list names the pack's files as they are written.
                             PackExport::tr("The lesson pack is in %1: slides for every step (PNG and SVG), "
                                            "an animated GIF, a handout, a worksheet with its answer key (PDF), "
                                            "a Mermaid diagram and a web page (index.html).")
                                 .arg(QDir::toNativeSeparators(options.directory)));
}

} // namespace hl::ui
