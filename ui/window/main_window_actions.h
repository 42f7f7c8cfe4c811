#pragma once
// The window's actions (menus, toolbar and keyboard shortcuts are all QActions). Each has an
// objectName ("actionPlay", ...) so that tests and the settings can find it.
#include "ui/window/main_window.h"

#include <QAction>

namespace hl::ui {

struct MainWindowActions {
    QAction* openLesson = nullptr;
    QAction* openCapture = nullptr; // File → Open capture… (pcap, pcapng)
    QAction* exportDiagramPng = nullptr;
    QAction* exportDiagramSvg = nullptr;
    QAction* exportCapture = nullptr; // File → Export capture… (pcapng for Wireshark)
    QAction* exportPack = nullptr;    // File → Export lesson pack… (slides, GIF, PDFs, Mermaid, web page)
    QAction* showLessons = nullptr;
    QAction* findLesson = nullptr;    // Ctrl+L: the lessons panel with the cursor in its search box
    QAction* browseLessons = nullptr; // Ctrl+Shift+L: the lesson browser dialog (issue 14 pt 9)
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
    QAction* fitWidth = nullptr;   // both lifelines in view
    QAction* fitLesson = nullptr;  // the whole lesson in view
    QAction* textLarger = nullptr; // Ctrl+Plus: text only, apart from the zoom
    QAction* textSmaller = nullptr;
    QAction* textReset = nullptr;
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
    // Issue 15: the projector's keys (presentation mode) and the caption's pacing.
    QAction* blackScreen = nullptr;   // B
    QAction* whiteScreen = nullptr;   // W
    QAction* spotlight = nullptr;     // S: dim all but the current step
    QAction* fullNarration = nullptr; // N: the whole narration instead of the short caption
    QAction* pauseAtStates = nullptr; // Play → Pause at each state change
    QAction* announceSteps = nullptr; // View → Announce steps to screen readers (issue 21)
};

struct MainWindow::Actions : MainWindowActions {};

} // namespace hl::ui
