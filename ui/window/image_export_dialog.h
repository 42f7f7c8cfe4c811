#pragma once
// "Export as PNG/SVG…" for any chart: asks for a file name, writes it with saveImage() (atomic)
// and shows the error if it fails.
class QGraphicsScene;
class QWidget;

namespace hl::ui {

void exportImageWithDialog(QWidget* source, bool svg);
// The same for a whole graphics scene (the sequence diagram), the dialog parented to `parent`.
void exportSceneWithDialog(QWidget* parent, QGraphicsScene* scene, bool svg);

} // namespace hl::ui
