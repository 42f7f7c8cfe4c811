#include "ui/main_window.h"

namespace hl::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("HandshakeLab"));
    resize(1400, 900);
}

} // namespace hl::ui
