#pragma once
// The window's actions (menus, toolbar and keyboard shortcuts are all QActions). Each has an
// objectName ("actionPlay", ...) so that tests and the settings can find it.
#include "ui/main_window.h"

#include <QAction>

namespace hl::ui {

struct MainWindowActions {
    QAction* openLesson = nullptr;
    QAction* exportDiagramPng = nullptr;
    QAction* exportDiagramSvg = nullptr;
    QAction* showLessons = nullptr;
    QAction* findLesson = nullptr; // Ctrl+L: the lessons panel with the cursor in its search box
    QAction* quit = nullptr;
    QAction* play = nullptr;
    QAction* stepForward = nullptr;
    QAction* stepBack = nullptr;
    QAction* goToStart = nullptr;
    QAction* goToEnd = nullptr;
    QAction* faster = nullptr;
    QAction* slower = nullptr;
    QAction* zoomIn = nullptr;
    QAction* zoomOut = nullptr;
    QAction* resetZoom = nullptr;
    QAction* fullScreen = nullptr;
    QAction* presentation = nullptr;
    QAction* darkTheme = nullptr;
    QAction* bilingual = nullptr; // View → Bilingual captions
    QAction* glossary = nullptr;  // Help → Glossary
    QAction* english = nullptr;
    QAction* korean = nullptr;
    QAction* shortcuts = nullptr;
    QAction* gettingStarted = nullptr; // Help → Getting started
    QAction* about = nullptr;
};

struct MainWindow::Actions : MainWindowActions {};

} // namespace hl::ui
