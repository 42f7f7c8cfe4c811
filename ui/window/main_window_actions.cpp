// MainWindow: actions, menus, the player toolbar and their texts.
#include "ui/window/main_window.h"

#include "ui/capture/capture_export_dialog.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/export/pack_export_dialog.h"
#include "ui/load/load_player.h"
#include "ui/load/load_session.h"
#include "ui/load/load_timeline.h"
#include "ui/load/load_view.h"
#include "ui/panels/lesson_picker.h"
#include "ui/panels/segment_inspector.h"
#include "ui/panels/tcb_panel.h"
#include "ui/panels/timeline_bar.h"
#include "ui/perturb/perturb_actions.h"
#include "ui/session/session_controller.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "ui/window/accessible_names.h"
#include "ui/window/image_export_dialog.h"
#include "ui/window/main_window_actions.h"
#include "ui/window/step_announcer.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QStyle>
#include <QToolBar>

#include <algorithm>
#include <array>
#include <cmath>

namespace hl::ui {

namespace {
constexpr std::array kSpeeds = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0};

QAction* makeAction(QObject* parent, const char* name, const QList<QKeySequence>& keys = {}) {
    auto* a = new QAction(parent);
    a->setObjectName(QString::fromLatin1(name));
    a->setShortcuts(keys);
    // Shortcuts work wherever focus is in the window (docks included), unless a text field
    // wants the key itself.
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}
} // namespace

void MainWindow::buildActions() {
    Actions& a = *actions_;
    a.openLesson = makeAction(this, "actionOpenLesson", {QKeySequence::Open});
    a.openCapture = makeAction(this, "actionOpenCapture", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    a.showLessons = lessonsDock_->toggleViewAction();
    a.exportDiagramPng = makeAction(this, "actionExportDiagramPng");
    a.exportDiagramSvg = makeAction(this, "actionExportDiagramSvg");
    a.exportCapture = makeAction(this, "actionExportCapture");
    a.exportPack = makeAction(this, "actionExportPack");
    a.showLessons->setObjectName(QStringLiteral("actionShowLessons"));
    a.findLesson = makeAction(this, "actionFindLesson", {QKeySequence(Qt::CTRL | Qt::Key_L)});
    a.browseLessons = makeAction(this, "actionBrowseLessons", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    a.quit = makeAction(this, "actionQuit", {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    a.play = makeAction(this, "actionPlay", {QKeySequence(Qt::Key_Space)});
    a.play->setCheckable(true);
    a.stepForward = makeAction(this, "actionStepForward", {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)});
    a.stepBack = makeAction(this, "actionStepBack", {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)});
    a.goToStart = makeAction(this, "actionGoToStart", {QKeySequence(Qt::Key_Home)});
    a.goToEnd = makeAction(this, "actionGoToEnd", {QKeySequence(Qt::Key_End)});
    a.faster = makeAction(this, "actionFaster", {QKeySequence(Qt::Key_BracketRight)});
    a.slower = makeAction(this, "actionSlower", {QKeySequence(Qt::Key_BracketLeft)});
    // + and - zoom the picture; Ctrl+Plus and Ctrl+Minus change the text size, as in a browser.
    a.zoomIn = makeAction(this, "actionZoomIn", {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    a.zoomOut = makeAction(this, "actionZoomOut", {QKeySequence(Qt::Key_Minus)});
    a.resetZoom = makeAction(this, "actionResetZoom", {QKeySequence(Qt::Key_0)});
    a.fitWidth = makeAction(this, "actionFitWidth", {QKeySequence(Qt::Key_9)});
    a.fitLesson = makeAction(this, "actionFitLesson", {QKeySequence(Qt::Key_8)});
    a.textLarger = makeAction(this, "actionTextLarger", {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    a.textSmaller = makeAction(this, "actionTextSmaller", {QKeySequence::ZoomOut});
    a.textReset = makeAction(this, "actionTextReset", {QKeySequence(Qt::CTRL | Qt::Key_0)});
    a.fullScreen = makeAction(this, "actionFullScreen", {QKeySequence(Qt::Key_F11)});
    buildPresentationActions();
    a.fullScreen->setCheckable(true);
    a.presentation = makeAction(this, "actionPresentation", {QKeySequence(Qt::Key_F5)});
    a.presentation->setCheckable(true);
    a.lightTheme = makeAction(this, "actionLightTheme");
    a.darkTheme = makeAction(this, "actionDarkTheme", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    a.highContrastTheme = makeAction(this, "actionHighContrastTheme", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)});
    auto* themes = new QActionGroup(this);
    for (Theme t : kAllThemes) {
        themeAction(t)->setCheckable(true);
        themes->addAction(themeAction(t));
        connect(themeAction(t), &QAction::triggered, this, [this, t] { chooseTheme(t); });
    }
    a.lightTheme->setChecked(true);
    a.bilingual = makeAction(this, "actionBilingualCaptions", {QKeySequence(Qt::CTRL | Qt::Key_B)});
    a.bilingual->setCheckable(true);
    a.announceSteps = makeAction(this, "actionAnnounceSteps");
    a.announceSteps->setCheckable(true);
    a.announceSteps->setChecked(true);
    // F1 is the shortcut list (QKeySequence::HelpContents); G for glossary.
    a.glossary = makeAction(this, "actionGlossary", {QKeySequence(Qt::CTRL | Qt::Key_G)});
    a.english = makeAction(this, "actionLanguageEnglish");
    a.korean = makeAction(this, "actionLanguageKorean");
    auto* languages = new QActionGroup(this);
    for (QAction* l : {a.english, a.korean}) {
        l->setCheckable(true);
        languages->addAction(l);
    }
    a.english->setChecked(true);
    a.shortcuts = makeAction(this, "actionShortcuts", {QKeySequence::HelpContents});
    a.gettingStarted = makeAction(this, "actionGettingStarted");
    a.about = makeAction(this, "actionAbout");
    for (QAction* act : {a.openLesson, a.findLesson,       a.browseLessons, a.quit,      a.play,       a.stepForward,
                         a.stepBack,   a.goToStart,        a.goToEnd,       a.faster,    a.slower,     a.zoomIn,
                         a.zoomOut,    a.resetZoom,        a.fitWidth,      a.fitLesson, a.textLarger, a.textSmaller,
                         a.textReset,  a.fullScreen,       a.presentation,  a.darkTheme, a.bilingual,  a.glossary,
                         a.shortcuts,  a.highContrastTheme})
        addAction(act); // shortcuts work even with the menu bar hidden (full screen)

    connect(a.openLesson, &QAction::triggered, this, &MainWindow::openLessonDialog);
    connect(a.findLesson, &QAction::triggered, this, [this] {
        lessonsDock_->show();
        lessonsDock_->raise();
        lessonPicker()->focusSearch();
    });
    connect(a.browseLessons, &QAction::triggered, this, &MainWindow::browseLessons);
    connect(a.openCapture, &QAction::triggered, this, &MainWindow::openCaptureDialog);
    // The whole diagram, not only the part in view: for slides and handouts.
    connect(a.exportDiagramPng, &QAction::triggered, this, [this] {
        diagram_->materializeAll(); // the whole ladder, not only the arrows seen so far
        exportSceneWithDialog(this, diagram_->scene(), false);
    });
    connect(a.exportDiagramSvg, &QAction::triggered, this, [this] {
        diagram_->materializeAll();
        exportSceneWithDialog(this, diagram_->scene(), true);
    });
    // The run as shown (with the user's perturbations): what a tap next to each host would see.
    connect(a.exportCapture, &QAction::triggered, this,
            [this] { exportCaptureWithDialog(this, session_->effectiveScenario(), session_->trace(), bilingual_); });
    // The whole run (not only what predict mode has revealed), with the user's perturbations.
    connect(a.exportPack, &QAction::triggered, this, [this] {
        const auto& load = loadSession_->baseResult();
        exportPackWithDialog(this, session_->effectiveScenario(), session_->fullTrace(),
                             load && !loadSession_->isRunning() ? &*load : nullptr, bilingual_);
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    // In a load lesson the same keys play and step through the run's samples (issue 15).
    LoadPlayer* load = loadSession_->player();
    connect(a.play, &QAction::triggered, this, [this, load] { loadMode_ ? load->togglePlay() : session_->togglePlay(); });
    connect(a.stepForward, &QAction::triggered, this,
            [this, load] { loadMode_ ? load->stepForward() : session_->stepForward(); });
    connect(a.stepBack, &QAction::triggered, this, [this, load] { loadMode_ ? load->stepBack() : session_->stepBack(); });
    connect(a.goToStart, &QAction::triggered, this,
            [this, load] { loadMode_ ? load->goToStart() : session_->goToStart(); });
    connect(a.goToEnd, &QAction::triggered, this, [this, load] { loadMode_ ? load->goToEnd() : session_->goToEnd(); });
    connect(load, &LoadPlayer::playingChanged, this, [this](bool playing) {
        actions_->play->setChecked(playing);
        retranslateActions();
    });
    connect(session_, &SessionController::speedChanged, load, &LoadPlayer::setSpeed);
    connect(a.faster, &QAction::triggered, this, [this] { changeSpeed(+1); });
    connect(a.slower, &QAction::triggered, this, [this] { changeSpeed(-1); });
    // Zooming moves the lifelines: the state boxes follow.
    connect(a.zoomIn, &QAction::triggered, this, [this] {
        diagram_->zoomIn();
        alignStateBoxes();
    });
    connect(a.zoomOut, &QAction::triggered, this, [this] {
        diagram_->zoomOut();
        alignStateBoxes();
    });
    connect(a.resetZoom, &QAction::triggered, this, [this] {
        diagram_->resetZoom();
        alignStateBoxes();
    });
    connect(a.fitWidth, &QAction::triggered, this, [this] {
        diagram_->fitWidth();
        alignStateBoxes();
    });
    connect(a.fitLesson, &QAction::triggered, this, [this] {
        diagram_->fitLesson();
        alignStateBoxes();
    });
    connect(a.textLarger, &QAction::triggered, this, [this] { setTextScale(textScale_ * 1.15); });
    connect(a.textSmaller, &QAction::triggered, this, [this] { setTextScale(textScale_ / 1.15); });
    connect(a.textReset, &QAction::triggered, this, [this] { setTextScale(1.0); });
    connect(a.fullScreen, &QAction::triggered, this, &MainWindow::toggleFullScreen);
    connect(a.presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);
    connect(a.bilingual, &QAction::toggled, this, &MainWindow::setBilingual);
    connect(a.announceSteps, &QAction::toggled, announcer_, &StepAnnouncer::setAnnouncing);
    connect(a.glossary, &QAction::triggered, this, [this] { showGlossary(); });
    connect(a.english, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });
    connect(a.korean, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("ko")); });
    connect(a.shortcuts, &QAction::triggered, this,
            [this] { QMessageBox::information(this, tr("Keyboard shortcuts"), shortcutListHtml()); });
    connect(a.gettingStarted, &QAction::triggered, this,
            [this] { QMessageBox::information(this, tr("Getting started"), gettingStartedHtml()); });
    connect(a.about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About HandshakeLab"),
                           tr("HandshakeLab shows how TCP opens and closes connections (RFC 9293), step by step."));
    });
}

void MainWindow::buildMenus() {
    const Actions& a = *actions_;
    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(a.openLesson);
    fileMenu_->addAction(a.openCapture);
    fileMenu_->addAction(a.showLessons);
    fileMenu_->addAction(a.findLesson);
    fileMenu_->addAction(a.browseLessons);
    fileMenu_->addSeparator();
    fileMenu_->addAction(a.exportDiagramPng);
    fileMenu_->addAction(a.exportDiagramSvg);
    fileMenu_->addAction(a.exportCapture);
    fileMenu_->addAction(a.exportPack);
    fileMenu_->addSeparator();
    fileMenu_->addAction(a.quit);

    playMenu_ = menuBar()->addMenu(QString());
    playMenu_->addActions({a.play, a.stepBack, a.stepForward, a.goToStart, a.goToEnd});
    playMenu_->addSeparator();
    playMenu_->addActions({a.slower, a.faster});
    playMenu_->addSeparator();
    playMenu_->addAction(a.pauseAtStates);

    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addActions({a.zoomIn, a.zoomOut, a.resetZoom, a.fitWidth, a.fitLesson});
    viewMenu_->addSeparator();
    viewMenu_->addActions({a.textLarger, a.textSmaller, a.textReset});
    viewMenu_->addSeparator();
    viewMenu_->addActions({a.presentation, a.fullScreen, a.bilingual, a.announceSteps});
    themeMenu_ = viewMenu_->addMenu(QString());
    themeMenu_->setObjectName(QStringLiteral("themeMenu"));
    themeMenu_->addActions({a.lightTheme, a.darkTheme, a.highContrastTheme});
    viewMenu_->addSeparator();
    viewMenu_->addActions({a.blackScreen, a.whiteScreen, a.spotlight, a.fullNarration});
    viewMenu_->addSeparator();
    panelsMenu_ = viewMenu_->addMenu(QString());
    for (QDockWidget* d : {fsmDock_, inspectorDock_, tcbDock_, eventsDock_, chartsDock_, lessonsDock_, glossaryDock_})
        panelsMenu_->addAction(d->toggleViewAction());

    languageMenu_ = menuBar()->addMenu(QString());
    languageMenu_->addActions({a.english, a.korean});

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addActions({a.gettingStarted, a.glossary, a.shortcuts, a.about});
}

void MainWindow::buildToolBar() {
    const Actions& a = *actions_;
    playerBar_ = addToolBar(QString());
    playerBar_->setObjectName(QStringLiteral("playerToolBar"));
    playerBar_->setMovable(false);
    playerBar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    playerBar_->setIconSize(QSize(28, 28));
    playerBar_->addActions({a.goToStart, a.stepBack, a.play, a.stepForward, a.goToEnd});
    playerBar_->addSeparator();
    speedBox_ = new QComboBox(playerBar_);
    speedBox_->setObjectName(QStringLiteral("speedBox"));
    speedBox_->setFocusPolicy(Qt::NoFocus); // arrow keys stay with the player
    for (double s : kSpeeds) speedBox_->addItem(QStringLiteral("%1×").arg(s), s);
    speedBox_->setCurrentIndex(2);
    connect(speedBox_, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { session_->setSpeed(speedBox_->itemData(i).toDouble()); });
    playerBar_->addWidget(speedBox_);
    playerBar_->addSeparator();
    timeline_ = new TimelineBar(session_, playerBar_);
    timeline_->setObjectName(QStringLiteral("timeline"));
    timelineItem_ = playerBar_->addWidget(timeline_);
    loadTimeline_ = new LoadTimeline(loadSession_, playerBar_);
    loadTimeline_->setObjectName(QStringLiteral("loadTimeline"));
    loadTimelineItem_ = playerBar_->addWidget(loadTimeline_);
    loadTimelineItem_->setVisible(false); // shown in a load lesson (setLoadMode)
}

bool MainWindow::isPlaying() const { return loadMode_ ? loadSession_->player()->isPlaying() : session_->isPlaying(); }

QAction* MainWindow::themeAction(Theme theme) const {
    switch (theme) {
    case Theme::Light: return actions_->lightTheme;
    case Theme::Dark: return actions_->darkTheme;
    case Theme::HighContrast: return actions_->highContrastTheme;
    }
    return actions_->lightTheme;
}

// A theme's menu entry or key. The dark theme's key was a switch before there were three themes:
// pressed on the theme it chose (dark or high contrast), it still goes back to light.
void MainWindow::chooseTheme(Theme chosen) { setTheme(chosen == theme_ ? Theme::Light : chosen); }

void MainWindow::changeSpeed(int direction) {
    // Index of the preset nearest to the current speed, then one preset up or down.
    size_t nearest = 0;
    for (size_t i = 1; i < kSpeeds.size(); ++i)
        if (std::abs(kSpeeds[i] - session_->speed()) < std::abs(kSpeeds[nearest] - session_->speed())) nearest = i;
    const long next = std::clamp(static_cast<long>(nearest) + direction, 0L, static_cast<long>(kSpeeds.size()) - 1);
    session_->setSpeed(kSpeeds[static_cast<size_t>(next)]);
}

void MainWindow::syncSpeedBox() {
    const int i = speedBox_->findData(session_->speed());
    if (i >= 0) speedBox_->setCurrentIndex(i);
}

void MainWindow::retranslateUi() {
    fileMenu_->setTitle(tr("&File"));
    playMenu_->setTitle(tr("&Play"));
    viewMenu_->setTitle(tr("&View"));
    panelsMenu_->setTitle(tr("Pa&nels"));
    //: The Language menu keeps an English hint so that anyone can find it.
    languageMenu_->setTitle(tr("&Language"));
    helpMenu_->setTitle(tr("&Help"));
    playerBar_->setWindowTitle(tr("Player"));
    fsmDock_->setWindowTitle(tr("State machine"));
    inspectorDock_->setWindowTitle(tr("Segment"));
    tcbDock_->setWindowTitle(tr("TCB"));
    eventsDock_->setWindowTitle(tr("Events"));
    lessonsDock_->setWindowTitle(tr("Lessons"));
    glossaryDock_->setWindowTitle(tr("Glossary"));
    retranslatePredictMode();
    chartsDock_->setWindowTitle(tr("Charts"));
    nameTabBars(); // the rows of panel tabs made so far (later ones: childEvent)
    inspector_->setTextName(inspectorDock_->windowTitle());
    tcb_->setTextName(tcbDock_->windowTitle());
    speedBox_->setToolTip(tr("Playback speed ( [ slower, ] faster )"));
    setControlName(speedBox_, tr("Playback speed"));
    retranslateActions();
    if (perturb_) perturb_->retranslate();
    // Toolbar buttons and the shortcut list show an action's text without its mnemonic: Qt strips
    // only the '&', which would leave the Korean "(D)" of "세그먼트 버리기(&D)" on the button.
    for (QAction* act : findChildren<QAction*>()) act->setIconText(Texts::withoutMnemonic(act->text()));
    updateTitle();
    updateStateViews(false);
}

// The style's media icons are drawn for a light background; tint them with the palette's text
// colour so that they stay visible in the dark theme.
void MainWindow::updateActionIcons() {
    const Actions& a = *actions_;
    const QColor ink = QGuiApplication::palette().color(QPalette::ButtonText);
    const auto tinted = [&](QStyle::StandardPixmap sp) {
        const QIcon source = style()->standardIcon(sp);
        QIcon out;
        for (int size : {16, 24, 32, 48}) {
            QPixmap pm = source.pixmap(size, size);
            if (pm.isNull()) continue;
            QPainter p(&pm);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(pm.rect(), ink);
            p.end();
            out.addPixmap(pm);
        }
        return out;
    };
    a.play->setIcon(tinted(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    a.stepForward->setIcon(tinted(QStyle::SP_MediaSeekForward));
    a.stepBack->setIcon(tinted(QStyle::SP_MediaSeekBackward));
    a.goToStart->setIcon(tinted(QStyle::SP_MediaSkipBackward));
    a.goToEnd->setIcon(tinted(QStyle::SP_MediaSkipForward));
}

// Every action of the window with a key, each with all of its keys ("Right, PgDown"): the
// window's own, the perturbation keys and Ctrl+L.
QString MainWindow::shortcutListHtml() const {
    QString rows;
    QStringList seen;
    for (QAction* act : findChildren<QAction*>()) {
        if (act->shortcuts().isEmpty() || seen.contains(act->objectName())) continue;
        seen << act->objectName();
        QStringList keys;
        for (const QKeySequence& k : act->shortcuts()) keys << k.toString(QKeySequence::NativeText);
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.join(QStringLiteral(", ")).toHtmlEscaped(),
                         act->text().remove(QLatin1Char('&')).toHtmlEscaped());
    }
    //: Under the shortcut list: why a letter key may seem to do nothing.
    return QStringLiteral("<table>%1</table><p>%2</p>")
        .arg(rows,
             tr("Single keys (D, L, U, Space, [ ]) do nothing while you type in a search box or a list has the focus.")
                 .toHtmlEscaped());
}

QString MainWindow::gettingStartedHtml() const {
    const QStringList steps = {
        tr("Press Ctrl+L and type a word (for example “lost” or “대기”) to find a lesson; Enter opens it."),
        tr("Press → or Space to go through the lesson one step at a time; the narration below says what happened and "
           "why."),
        tr("Click an arrow to see the segment's fields; the state boxes and the state machine show where each side "
           "is."),
        tr("Right-click an arrow to drop, delay or duplicate it and see what TCP does; Ctrl+Z undoes the change."),
        tr("F5 switches to presentation mode for a projector; F1 lists every key."),
    };
    QString html = QStringLiteral("<ol>");
    for (const QString& s : steps) html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
    return html + QStringLiteral("</ol>");
}

void MainWindow::retranslateActions() {
    const Actions& a = *actions_;
    a.openLesson->setText(tr("&Open lesson file…"));
    a.exportDiagramPng->setText(tr("Export diagram as &PNG…"));
    a.exportDiagramSvg->setText(tr("Export diagram as S&VG…"));
    a.exportCapture->setText(tr("Export &capture for Wireshark…"));
    a.exportPack->setText(tr("Export lesson pac&k…"));
    a.openCapture->setText(tr("Open captu&re…"));
    a.showLessons->setText(tr("&Lessons…"));
    a.findLesson->setText(tr("&Find lesson…"));
    //: File menu: a dialog with the whole list of lessons and the whole summary of each.
    a.browseLessons->setText(tr("&Browse lessons…"));
    a.quit->setText(tr("&Quit"));
    a.play->setText(isPlaying() ? tr("Pause") : tr("Play"));
    updateActionIcons();
    a.stepForward->setText(tr("Step forward"));
    a.stepBack->setText(tr("Step back"));
    a.goToStart->setText(tr("Start"));
    a.goToEnd->setText(tr("End"));
    a.faster->setText(tr("Faster"));
    a.slower->setText(tr("Slower"));
    a.zoomIn->setText(tr("Zoom &in"));
    a.zoomOut->setText(tr("Zoom &out"));
    a.resetZoom->setText(tr("&Reset zoom"));
    //: Zoom so that both lifelines (client and server) are in view.
    a.fitWidth->setText(tr("Fit &width"));
    //: Zoom so that the whole lesson (top to bottom) is in view.
    a.fitLesson->setText(tr("Fit &lesson"));
    //: Text size, apart from the zoom (Ctrl+Plus).
    a.textLarger->setText(tr("Lar&ger text"));
    a.textSmaller->setText(tr("S&maller text"));
    a.textReset->setText(tr("Normal &text size"));
    a.fullScreen->setText(tr("&Full screen"));
    a.presentation->setText(tr("&Presentation mode"));
    //: View menu: the colour theme submenu (light, dark, high contrast).
    themeMenu_->setTitle(tr("Th&eme"));
    // "theme" in each: the shortcut list (F1) shows them without their menu.
    a.lightTheme->setText(tr("&Light theme"));
    a.darkTheme->setText(tr("&Dark theme"));
    //: The theme for low vision: black background, white and yellow text, thick lines.
    a.highContrastTheme->setText(tr("&High-contrast theme"));
    //: View option: the narration and the glossary in both languages at once.
    a.bilingual->setText(tr("&Bilingual captions (English + 한국어)"));
    //: View option: a screen reader hears each step's caption when the step changes.
    a.announceSteps->setText(tr("Anno&unce steps to screen readers"));
    a.glossary->setText(tr("&Glossary"));
    // Each language is named in itself, so anyone can find their own.
    a.english->setText(Language::displayName(QStringLiteral("en")));
    a.korean->setText(Language::displayName(QStringLiteral("ko")));
    a.english->setChecked(Language::current() == QLatin1String("en"));
    a.korean->setChecked(Language::current() == QLatin1String("ko"));
    a.shortcuts->setText(tr("&Keyboard shortcuts"));
    a.gettingStarted->setText(tr("Getting &started"));
    a.about->setText(tr("&About HandshakeLab"));
    retranslatePresentationActions();
}

} // namespace hl::ui
