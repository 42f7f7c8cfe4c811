// File → Export diagram as PNG/SVG: the whole sequence diagram of the lesson, not only the part in
// view, through the atomic image writer (its failure cases are in image_export_test.cpp).
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/window/image_export.h"
#include "ui/window/main_window.h"

#include <QAction>
#include <QFile>
#include <QGraphicsScene>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

std::unique_ptr<MainWindow> lessonWindow() {
    MainWindow::Options options;
    options.useSettings = false;
    auto w = std::make_unique<MainWindow>(options);
    EXPECT_EQ(w->openLesson(QStringLiteral("lost-syn")), QString());
    w->resize(1280, 800);
    return w;
}

TEST(DiagramExport, FileMenuOffersPngAndSvg) {
    auto w = lessonWindow();
    QStringList names;
    for (QAction* menuAction : w->menuBar()->actions())
        if (QMenu* menu = menuAction->menu())
            for (QAction* a : menu->actions()) names << a->objectName();
    EXPECT_TRUE(names.contains(QStringLiteral("actionExportDiagramPng")));
    EXPECT_TRUE(names.contains(QStringLiteral("actionExportDiagramSvg")));
}

TEST(DiagramExport, WholeDiagramAsPngAndSvg) {
    auto w = lessonWindow();
    QGraphicsScene* scene = w->diagram()->scene();
    ASSERT_NE(scene, nullptr);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("lost-syn.png"));
    ASSERT_EQ(saveImage(scene, png), QString());
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    // The whole scene, taller than the view: the lesson runs for seconds of diagram.
    EXPECT_GE(image.height(), static_cast<int>(scene->sceneRect().height()) - 1);
    EXPECT_GT(image.height(), w->diagram()->viewport()->height());

    const QString svg = dir.filePath(QStringLiteral("lost-syn.svg"));
    ASSERT_EQ(saveImage(scene, svg), QString());
    QSvgRenderer renderer(svg);
    EXPECT_TRUE(renderer.isValid());
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    // Vector text, not pictures of text: the arrow labels are there to be read and scaled.
    EXPECT_TRUE(text.contains(">SYN seq=100</text>"));
    EXPECT_FALSE(text.contains("<image"));
}

} // namespace
} // namespace hl::ui
