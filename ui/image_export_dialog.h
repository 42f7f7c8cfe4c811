#pragma once
// "Export as PNG/SVG…" for any chart: asks for a file name, writes it with saveImage() (atomic)
// and shows the error if it fails.
class QWidget;

namespace hl::ui {

void exportImageWithDialog(QWidget* source, bool svg);

} // namespace hl::ui
