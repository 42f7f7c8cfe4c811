#pragma once
// The window's actions (menus, toolbar and keyboard shortcuts are all QActions). Each has an
// objectName ("actionPlay", ...) so that tests and the settings can find it.
#include "ui/main_window.h"

#include <QAction>

namespace hl::ui {

struct MainWindowActions {
    QAction* openLesson = nullptr;
    QAction* openCapture = nullptr; // File → Open capture… (pcap, pcapng)
    QAction* exportDiagramPng = nullptr;
    QAction* exportDiagramSvg = nullptr;
    QAction* exportCapture = nullptr; // File → Export capture… (pcapng for Wireshark)
    QAction* showLessons = nullptr;
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
    QAction* about = nullptr;
};

struct MainWindow::Actions : MainWindowActions {};

} // namespace hl::ui
