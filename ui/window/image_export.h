#pragma once
// Saving a picture of a widget or a graphics scene as PNG or SVG, atomically: the image is
// written to a temporary file next to the target and renamed over it only when complete
// (QSaveFile), so a failed export leaves the old file as it was.
#include <QRectF>
#include <QString>

class QGraphicsScene;
class QWidget;

namespace hl::ui {

enum class ImageFormat { Png, Svg };

// The format a path's suffix names (.png / .svg, any case); nullopt-like: false when unknown.
bool imageFormatForPath(const QString& path, ImageFormat* format);

// Renders the widget (as it is on screen, at its current size) into `path`. The format comes from
// the suffix. Returns an empty string on success, else a translated error text naming the path.
QString saveImage(QWidget* widget, const QString& path);
// Renders `source` of the scene (the whole scene rect if empty) into `path`.
QString saveImage(QGraphicsScene* scene, const QString& path, const QRectF& source = QRectF());

} // namespace hl::ui
