#include "ui/window/main_window.h"

#include "core/builtin_lessons.h"
#include "core/lesson_file.h"
#include "core/work_budget.h"
#include "ui/charts/charts_panel.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/load/load_session.h"
#include "ui/load/load_view.h"
#include "ui/panels/event_list_view.h"
#include "ui/panels/glossary_panel.h"
#include "ui/panels/lesson_browser_dialog.h"
#include "ui/panels/lesson_picker.h"
#include "ui/panels/narration_panel.h"
#include "ui/panels/segment_inspector.h"
#include "ui/panels/state_box.h"
#include "ui/panels/state_box_row.h"
#include "ui/panels/state_machine_view.h"
#include "ui/panels/tcb_panel.h"
#include "ui/panels/timeline_bar.h"
#include "ui/perturb/perturb_actions.h"
#include "ui/session/session_controller.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "ui/window/main_window_actions.h"
#include "ui/window/run_progress.h"
#include "ui/window/settings_file.h"
#include "ui/window/step_announcer.h"
#include "ui/window/typing_guard.h"
#include "ui/window/window_theme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hl::ui {

MainWindow::MainWindow(QWidget* parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(Options options, QWidget* parent)
    : QMainWindow(parent), options_(std::move(options)),
      session_(options_.simulate ? new SessionController(options_.simulate, this) : new SessionController(this)),
      actions_(new Actions) {
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true); // a lesson file or a capture dropped on the window opens it
    normalFont_ = QApplication::font();
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    buildCentre();
    buildDocks();
    buildActions();
    buildMenus();
    buildToolBar();
    buildPredictMode();
    perturb_ = new PerturbActions(session_, this);
    perturb_->install(fileMenu_, diagram_, events_);
    new TypingGuard(this); // single-letter keys go to a search box or list, not to a shortcut
    // The lesson browser shares the left column's full height with the lesson's panels (a tab),
    // so the list and a whole summary have room (issue 14).
    tabifyDockWidget(perturb_->perturbationsDock(), lessonsDock_);
    // The lesson's panels on the left stay narrow: the diagram in the centre needs the room.
    resizeDocks({perturb_->perturbationsDock()}, {320}, Qt::Horizontal);
    wireSession();
    retranslateUi();
    resize(1600, 1000);
    if (options_.useSettings) readSettings();
}

MainWindow::~MainWindow() {
    // Presentation mode's and the text size's type was the application's.
    if (presentation_ || textScale_ != 1.0) QApplication::setFont(normalFont_);
    delete actions_;
}

StateBox* MainWindow::stateBox(HostId host) const { return host == HostId::Client ? clientBox_ : serverBox_; }

void MainWindow::buildCentre() {
    // State boxes sit above the lifelines: client on the left, server on the right.
    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 0);
    topLayout->setSpacing(4);
    clientBox_ = new StateBox(HostId::Client);
    serverBox_ = new StateBox(HostId::Server);
    clientBox_->setObjectName(QStringLiteral("clientStateBox"));
    serverBox_->setObjectName(QStringLiteral("serverStateBox"));
    // A large lesson being simulated: its progress and Cancel, over the lesson still shown.
    runProgress_ = new RunProgress(session_, top);
    topLayout->addWidget(runProgress_);
    boxRow_ = new StateBoxRow(clientBox_, serverBox_, top);
    topLayout->addWidget(boxRow_);
    diagram_ = new DiagramView(top);
    diagram_->setObjectName(QStringLiteral("diagram"));
    topLayout->addWidget(diagram_, 1);
    // The boxes follow the lifelines whenever the diagram's geometry or scroll position changes.
    diagram_->viewport()->installEventFilter(this);
    connect(diagram_->horizontalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::alignStateBoxes);

    narration_ = new NarrationPanel(session_);
    narration_->setObjectName(QStringLiteral("narration"));
    announcer_ = new StepAnnouncer(session_, this);

    centreSplit_ = new QSplitter(Qt::Vertical, this);
    centreSplit_->setObjectName(QStringLiteral("centreSplitter"));
    centreSplit_->addWidget(top);
    centreSplit_->addWidget(narration_);
    centreSplit_->setStretchFactor(0, 4);
    centreSplit_->setStretchFactor(1, 1);
    centreSplit_->setChildrenCollapsible(false);
    centreSplit_->setSizes({720, 210});
    // A load lesson shows the load view instead of the diagram and its narration (a second page,
    // built when the first load lesson opens: loadView()). The load run is the session's sibling:
    // the view only observes it.
    loadSession_ = new LoadSession(options_.simulateLoad ? options_.simulateLoad : LoadSession::Runner(&hl::simulateLoad),
                                   this);
    centreStack_ = new QStackedWidget(this);
    centreStack_->addWidget(centreSplit_);
    setCentralWidget(centreStack_);
}

void MainWindow::buildDocks() {
    auto makeDock = [this](const char* name, QWidget* content, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(this);
        dock->setObjectName(QString::fromLatin1(name));
        dock->setWidget(content);
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                          QDockWidget::DockWidgetFloatable);
        addDockWidget(area, dock);
        return dock;
    };
    fsm_ = new StateMachineView;
    fsmDock_ = makeDock("stateMachineDock", fsm_, Qt::RightDockWidgetArea);
    inspector_ = new SegmentInspector(session_);
    inspectorDock_ = makeDock("inspectorDock", inspector_, Qt::RightDockWidgetArea);
    tcb_ = new TcbPanel(session_);
    tcbDock_ = makeDock("tcbDock", tcb_, Qt::RightDockWidgetArea);
    events_ = new EventListView(session_);
    eventsDock_ = makeDock("eventsDock", events_, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock_, tcbDock_);
    tabifyDockWidget(tcbDock_, eventsDock_);
    // Built with the window although its tab starts behind the inspector's: its size is part of the
    // tab group's, and so of the first layout.
    charts_ = new ChartsPanel(session_);
    chartsDock_ = makeDock("chartsDock", charts_, Qt::RightDockWidgetArea);
    tabifyDockWidget(eventsDock_, chartsDock_);
    // A panel tabbed behind another is out of the window and neither lays out its text nor builds
    // its chart (ui/window/on_screen.h): it does when its dock comes into view.
    const auto revealWithDock = [](QDockWidget* dock, auto* panel) {
        connect(dock, &QDockWidget::visibilityChanged, panel, [panel](bool on) {
            if (on) panel->revealed();
        });
    };
    revealWithDock(inspectorDock_, inspector_);
    revealWithDock(tcbDock_, tcb_);
    revealWithDock(chartsDock_, charts_);
    inspectorDock_->raise();
    resizeDocks({fsmDock_}, {560}, Qt::Horizontal);
    // The inspector's "It caused" list needs the height more than the figure (which keeps its
    // labels down to about 400 px): Korean lines are longer.
    resizeDocks({fsmDock_, inspectorDock_}, {410, 480}, Qt::Vertical);

    // The lesson list and the glossary start hidden: each is built when its dock first shows
    // (main_window_panels.cpp), not before the first frame.
    lessonsDock_ = makeDock("lessonsDock", nullptr, Qt::LeftDockWidgetArea);
    lessonsDock_->hide(); // the diagram gets the room; File → Lessons… shows it
    // A tab beside the inspector: the tall right-hand area has room for the list and a definition
    // (the left side holds the lesson's panels).
    glossaryDock_ = makeDock("glossaryDock", nullptr, Qt::RightDockWidgetArea);
    tabifyDockWidget(eventsDock_, glossaryDock_);
    glossaryDock_->hide(); // Help → Glossary shows it
    inspectorDock_->raise();
    buildPanelsOnShow();
}

void MainWindow::wireSession() {
    connect(session_, &SessionController::traceReplaced, this, &MainWindow::onTraceReplaced);
    connect(session_, &SessionController::cursorMoved, this, &MainWindow::onCursorMoved);
    // In presentation mode the caption's share follows the caption of the step shown (a longer
    // Korean caption may need another line), after the narration has taken the new text.
    connect(session_, &SessionController::cursorMoved, this, [this] {
        if (presentation_) QMetaObject::invokeMethod(this, &MainWindow::fitCaption, Qt::QueuedConnection);
    });
    connect(session_, &SessionController::displayTimeChanged, this, &MainWindow::onDisplayTimeChanged);
    connect(session_, &SessionController::selectedSegmentChanged, this,
            [this](uint64_t id) { diagram_->setSelectedSegment(id); });
    connect(session_, &SessionController::playingChanged, this, [this](bool playing) {
        actions_->play->setChecked(playing);
        retranslateActions();
    });
    connect(session_, &SessionController::speedChanged, this, &MainWindow::syncSpeedBox);
    connect(diagram_, &DiagramView::segmentActivated, session_, &SessionController::setSelectedSegment);
    // Enter on a segment (keyboard, screen reader): its details in the inspector.
    connect(diagram_, &DiagramView::segmentOpened, this, [this] {
        inspectorDock_->show();
        inspectorDock_->raise();
    });
    // Say why the cursor jumped back after a change (issue 14).
    connect(session_, &SessionController::cursorMovedBack, this, [this](size_t step) {
        //: Shown over the diagram when a change moves the cursor back; %1 is the step number.
        diagram_->showNote(tr("Back to step %1: your change starts here").arg(step));
    });
    connect(diagram_, &DiagramView::eventActivated, this, [this](size_t index) {
        const size_t step = session_->stepOfEvent(index);
        if (step != 0) session_->setStep(step);
    });
}

void MainWindow::onTraceReplaced() {
    diagram_->setTrace(&session_->trace(), session_->diagramModel());
    updateTitle();
    if (picker_) picker_->setCurrentLesson(session_->source());
    shownClient_ = shownServer_ = TcpState::Closed;
    updateStateViews(false);
    alignStateBoxes();
    setLoadMode(session_->scenario().load.has_value());
    setCaptureMode(session_->isCapture());
}

void MainWindow::alignStateBoxes() {
    if (session_->trace().events.empty()) {
        boxRow_->setAnchors(std::nullopt, std::nullopt);
        return;
    }
    auto anchor = [this](HostId h) {
        const QPoint inViewport = diagram_->mapFromScene(QPointF(diagram_->lifelineX(h), 0));
        return boxRow_->mapFrom(this, diagram_->viewport()->mapTo(this, inViewport)).x();
    };
    boxRow_->setAnchors(anchor(HostId::Client), anchor(HostId::Server));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (filterBlankScreen(watched, event)) return true;
    if (watched == diagram_->viewport() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QMetaObject::invokeMethod(this, &MainWindow::alignStateBoxes, Qt::QueuedConnection);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onCursorMoved() {
    updateStateViews(true);
    if (presentation_) QMetaObject::invokeMethod(this, &MainWindow::fitCaption, Qt::QueuedConnection);
    diagram_->setStepStart(session_->firstEventOfStep(session_->step()));
}

void MainWindow::onDisplayTimeChanged() { diagram_->setCursor(session_->cursor(), session_->displayTime()); }

void MainWindow::updateStateViews(bool animate) {
    const Snapshot& snap = session_->snapshot();
    const size_t stepFirst = session_->firstEventOfStep(session_->step());
    std::vector<StateMachineView::Marker> markers;
    for (HostId h : {HostId::Client, HostId::Server}) {
        const ConnSnapshot* c = snap.primary(h);
        StateMachineView::Marker m;
        m.host = h;
        if (c) {
            m.state = c->state;
            m.previous = c->previous;
            m.hasTransition = c->lastChangeEvent != kNoEvent;
            m.fresh = m.hasTransition && c->lastChangeEvent >= stepFirst && c->lastChangeEvent < session_->cursor();
        }
        markers.push_back(m);
        const QString why = m.hasTransition ? Texts::reasonShort(c->lastReason) : QString();
        TcpState& shown = h == HostId::Client ? shownClient_ : shownServer_;
        stateBox(h)->setState(m.state, m.previous, why, animate && shown != m.state);
        shown = m.state;
    }
    fsm_->setMarkers(std::move(markers));
}

void MainWindow::updateTitle() {
    const QString lesson = Texts::localized(session_->scenario().title);
    setWindowTitle(lesson.isEmpty() ? tr("HandshakeLab") : tr("%1 — HandshakeLab").arg(lesson));
    const auto& s = session_->scenario();
    //: State box title: endpoint name and its port.
    clientBox_->setTitle(tr("%1  ·  port %2").arg(Texts::hostName(HostId::Client)).arg(s.client.port));
    serverBox_->setTitle(tr("%1  ·  port %2").arg(Texts::hostName(HostId::Server)).arg(s.server.port));
}

QString MainWindow::openLesson(const QString& idOrPath) {
    const std::string key = idOrPath.toStdString();
    if (const Scenario* builtin = findBuiltinLesson(key)) {
        session_->openScenario(*builtin, idOrPath);
        return {};
    }
    LessonResult result = readLessonFile(idOrPath.toLocal8Bit().toStdString());
    if (const auto* error = std::get_if<LessonError>(&result)) return Texts::lessonError(*error);
    const Scenario& scenario = std::get<Scenario>(result);
    // A load lesson that cannot finish is refused before anything runs (core/work_budget.h).
    if (const CostEstimate cost = estimateCost(scenario); scenario.load && exceedsLoadBudget(cost)) {
        //: %1 and %2 are numbers of segments. rate_per_s and duration_ms are lesson-file fields: keep them.
        return tr("This load lesson cannot finish: its connections would send about %1 segments, more than the "
                  "%2 one run may send. Lower rate_per_s, duration_ms or the bytes sent, or raise the MSS.")
            .arg(Texts::count(cost.loadSegments), Texts::count(kMaxLoadSegments));
    }
    // A large lesson is simulated on the worker thread: the window stays usable (RunProgress).
    session_->openScenario(std::get<Scenario>(std::move(result)), idOrPath);
    return {};
}

void MainWindow::openStartupLesson() {
    // The built-in default first (microseconds), so that the window never waits for a file.
    const QString fallback = QString::fromUtf8(kDefaultLessonId.data(), static_cast<qsizetype>(kDefaultLessonId.size()));
    if (!openLesson(fallback).isEmpty() && !builtinLessons().empty()) {
        const Scenario& first = builtinLessons().front();
        session_->loadScenario(first, QString::fromStdString(first.id));
    }
    if (!options_.useSettings) return;
    // The remembered lesson once the window is shown and the event loop runs: a file that now
    // fails keeps the default; a large one is simulated on the worker thread while the default is
    // on screen. Neither delays the first frame.
    const QString last = QSettings().value(QStringLiteral("lesson/last")).toString();
    if (last.isEmpty() || last == fallback) return;
    QTimer::singleShot(0, this, [this, last] { openLesson(last); });
}

void MainWindow::openLessonDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open lesson"), QString(),
                                                      tr("HandshakeLab lessons (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    const QString error = openLesson(path);
    if (!error.isEmpty()) showLessonError(error);
}

void MainWindow::browseLessons() {
    LessonBrowserDialog dialog(session_->source(), this);
    lessonBrowser_ = &dialog;
    const bool chosen = dialog.exec() == QDialog::Accepted;
    lessonBrowser_ = nullptr;
    if (!chosen) return;
    const QString error = openLesson(dialog.chosenLesson());
    if (!error.isEmpty()) showLessonError(error);
    diagram_->setFocus();
}

void MainWindow::showLessonError(const QString& message) {
    QMessageBox box(QMessageBox::Warning, tr("Cannot open lesson"),
                    tr("The lesson could not be opened. The current lesson stays open."), QMessageBox::Ok, this);
    box.setInformativeText(message);
    box.exec();
}

void MainWindow::setTheme(Theme theme) {
    theme_ = theme;
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) applyTheme(*app, theme);
    clientBox_->setTheme(theme);
    serverBox_->setTheme(theme);
    fsm_->setTheme(theme);
    diagram_->setTheme(theme);
    charts_->setTheme(theme);
    if (loadView_) loadView_->setTheme(theme);
    updateActionIcons();
    themeAction(theme)->setChecked(true);
}

void MainWindow::setBilingual(bool on) {
    bilingual_ = on;
    narration_->setBilingual(on);
    if (glossary_) glossary_->setBilingual(on);
    actions_->bilingual->setChecked(on);
    // The second caption takes room from the narration's own share, not the ladder's (issue 15);
    // in presentation mode the caption gets what its lines need.
    if (presentation_) QMetaObject::invokeMethod(this, &MainWindow::fitCaption, Qt::QueuedConnection);
}

void MainWindow::showGlossary(const QString& key) {
    glossaryDock_->show();
    glossaryDock_->raise(); // selects its tab (once the window is shown)
    if (!key.isEmpty()) glossary()->showTerm(key);
    glossary()->searchField()->setFocus();
}

void MainWindow::settleForScreenshot() {
    clientBox_->stopFlash();
    serverBox_->stopFlash();
    // Let the diagram's scroll-to-cursor animation finish (it lasts a few hundred ms).
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 700) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    alignStateBoxes();
    QCoreApplication::processEvents();
}

void MainWindow::setLanguage(const QString& code) {
    // Installing the translators sends QEvent::LanguageChange to every widget: each retranslates.
    if (!Language::install(code)) return;
    if (options_.useSettings) Language::save(code);
}

void MainWindow::toggleFullScreen() {
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (options_.useSettings) {
        // A read-only settings folder or a full disk: say so (the old settings file is kept).
        const QString error = writeSettings();
        if (!error.isEmpty()) QMessageBox::warning(this, tr("Settings not saved"), error);
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::readSettings() {
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    centreSplit_->restoreState(s.value(QStringLiteral("window/centreSplitter")).toByteArray());
    // view/theme since the high-contrast theme; before it, a view/dark switch.
    const bool wasDark = s.value(QStringLiteral("view/dark"), false).toBool();
    setTheme(themeFromKey(s.value(QStringLiteral("view/theme")).toString()).value_or(wasDark ? Theme::Dark : Theme::Light));
    setPresentationMode(s.value(QStringLiteral("view/presentation"), false).toBool());
    setBilingual(s.value(QStringLiteral("view/bilingual"), false).toBool());
    actions_->announceSteps->setChecked(s.value(QStringLiteral("a11y/announceSteps"), true).toBool());
    session_->setSpeed(s.value(QStringLiteral("player/speed"), 1.0).toDouble());
    // A hand-edited or damaged value (text, NaN, 50) leaves the normal size.
    bool ok = false;
    const double scale = s.value(QStringLiteral("view/textScale"), 1.0).toDouble(&ok);
    if (ok && scale >= kMinTextScale && scale <= kMaxTextScale) setTextScale(scale);
}

QString MainWindow::writeSettings() const {
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // In a load lesson, the layout the user had for the ordinary lessons.
    s.setValue(QStringLiteral("window/state"), loadMode_ ? stateBeforeLoad_ : saveState());
    s.setValue(QStringLiteral("window/centreSplitter"), centreSplit_->saveState());
    s.setValue(QStringLiteral("view/theme"), themeKey(theme_));
    s.remove(QStringLiteral("view/dark"));
    s.setValue(QStringLiteral("view/presentation"), presentation_);
    s.setValue(QStringLiteral("view/bilingual"), bilingual_);
    s.setValue(QStringLiteral("a11y/announceSteps"), announcer_->isAnnouncing());
    s.setValue(QStringLiteral("player/speed"), session_->speed());
    s.setValue(QStringLiteral("view/textScale"), textScale_);
    if (!session_->source().isEmpty()) s.setValue(QStringLiteral("lesson/last"), session_->source());
    return flushSettings(s);
}

} // namespace hl::ui
