#pragma once
#include <QMainWindow>

namespace hl::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace hl::ui
