#include "ui/window/image_export.h"

#include "ui/files/atomic_file.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

#include <functional>

#include <utility>
#include <vector>

namespace hl::ui {
namespace {

// The context of the error texts in the translations.
class ImageExport {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::ImageExport)
};

using PaintFn = std::function<void(QPainter&)>;

// One writer for both sources: `paint` draws into a painter whose device is `size` logical pixels.
QString writeImage(const QString& path, QSize size, const QImage& pixels, const PaintFn& paint) {
    ImageFormat format = ImageFormat::Png;
    const QString shown = QDir::toNativeSeparators(path);
    if (!imageFormatForPath(path, &format))
        return ImageExport::tr("Cannot save %1: the file name must end in .png or .svg.").arg(shown);
    if (size.isEmpty()) return ImageExport::tr("Cannot save %1: there is nothing to draw.").arg(shown);

    // Encoded in memory first, then written in one atomic step (writeFileAtomically).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool drawn = true;
    if (format == ImageFormat::Png) {
        drawn = pixels.save(&buffer, "PNG");
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QStringLiteral("HandshakeLab"));
        QPainter painter;
        drawn = painter.begin(&svg);
        if (drawn) {
            paint(painter);
            drawn = painter.end();
        }
    }
    if (!drawn)
        return ImageExport::tr("Cannot save %1: %2").arg(shown, ImageExport::tr("the image could not be encoded"));
    if (const auto failure = writeFileAtomically(path, bytes)) return cannotSave(shown, *failure);
    return {};
}

} // namespace

bool imageFormatForPath(const QString& path, ImageFormat* format) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        *format = ImageFormat::Png;
    else if (suffix == QLatin1String("svg"))
        *format = ImageFormat::Svg;
    else
        return false;
    return true;
}

QString saveImage(QWidget* widget, const QString& path) {
    const QSize size = widget ? widget->size() : QSize();
    ImageFormat format = ImageFormat::Png;
    QImage pixels;
    // Grab only what the chosen format needs: a PNG is the widget's pixels.
    if (widget && imageFormatForPath(path, &format) && format == ImageFormat::Png && !size.isEmpty())
        pixels = widget->grab().toImage();
    return writeImage(path, size, pixels, [widget](QPainter& p) { widget->render(&p); });
}

void renderScene(QPainter& p, QGraphicsScene& scene, const QRectF& target, const QRectF& source) {
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // Items that cache themselves as pixmaps (the arrow labels) would reach an SVG as blurry
    // images: draw them directly while the picture is made.
    std::vector<std::pair<QGraphicsItem*, QGraphicsItem::CacheMode>> cached;
    for (QGraphicsItem* item : scene.items())
        if (item->cacheMode() != QGraphicsItem::NoCache) cached.emplace_back(item, item->cacheMode());
    for (const auto& [item, mode] : cached) item->setCacheMode(QGraphicsItem::NoCache);
    scene.render(&p, target, source);
    for (const auto& [item, mode] : cached) item->setCacheMode(mode);
}

QString saveImage(QGraphicsScene* scene, const QString& path, const QRectF& source) {
    const QRectF rect = !scene ? QRectF() : source.isEmpty() ? scene->sceneRect() : source;
    const QSize size = rect.size().toSize();
    ImageFormat format = ImageFormat::Png;
    auto paint = [scene, rect, size](QPainter& p) { renderScene(p, *scene, QRectF(QPointF(0, 0), QSizeF(size)), rect); };
    QImage pixels;
    if (scene && imageFormatForPath(path, &format) && format == ImageFormat::Png && !size.isEmpty()) {
        pixels = QImage(size, QImage::Format_ARGB32_Premultiplied);
        pixels.fill(scene->backgroundBrush().style() == Qt::NoBrush ? QColor(Qt::white) : scene->backgroundBrush().color());
        QPainter painter(&pixels);
        paint(painter);
    }
    return writeImage(path, size, pixels, paint);
}

} // namespace hl::ui
