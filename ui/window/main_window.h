#pragma once
// The main window: the sequence diagram in the centre with a state box above each lifeline, the
// narration below it, the state machine and the details (inspector, TCB, events) at the side,
// the lessons in a dock on the left, the player controls and the scrubber on top. Every view
// observes the SessionController; the window only wires them together.
#include "core/capture_inference.h"
#include "core/host.h"
#ifndef Q_MOC_RUN // moc cannot parse the C++20 library headers the core pulls in
#include "core/load_simulation.h"
#endif
#include "core/tcp_state.h"
#include "ui/diagram/theme.h"
#include "ui/session/session_controller.h"

#include <QMainWindow>
#include <QPointer>
#include <QSize>

#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace hl::ui {

class ChartsPanel;
class LoadSession;
class LoadTimeline;
class LoadView;
class SequenceDiagramView;
using DiagramView = SequenceDiagramView;
class EventListView;
class GlossaryPanel;
class LessonBrowserDialog;
class LessonPicker;
class NarrationPanel;
class PerturbActions;
class PredictMode;
class QuizPanel;
class RunProgress;
class SegmentInspector;
class StateBox;
class StateBoxRow;
class StateMachineView;
class StepAnnouncer;
class TcbPanel;
class TimelineBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        bool useSettings = true;                // false in tests and for --screenshot: nothing read or written
        SessionController::SimulateFn simulate; // empty: hl::simulate (tests pass hand-built traces)
        // Runs a load lesson (issue 6); empty: hl::simulateLoad. Tests pass hand-built results.
        std::function<LoadResult(const Scenario&, const LoadOptions&)> simulateLoad;
    };

    explicit MainWindow(QWidget* parent = nullptr);
    explicit MainWindow(Options options, QWidget* parent = nullptr);
    ~MainWindow() override;

    // A built-in lesson id or a lesson file path. Returns an error text (file:line:col: ...) and
    // keeps the current lesson when it cannot be read.
    QString openLesson(const QString& idOrPath);
    // A pcap or pcapng file (issue 18): connection `connection` (0-based) seen from `vantage`
    // (empty: guessed). Without a connection and with several in the file, the picker asks;
    // cancelling it changes nothing. Returns an error text (file: byte N: ...) and keeps the
    // current lesson when the file cannot be read.
    QString openCapture(const QString& path, std::optional<size_t> connection = {}, std::optional<Vantage> vantage = {});
    // Whether a dropped or given file is a capture (by its name: .pcap, .pcapng, .cap).
    static bool isCaptureFile(const QString& path);
    // A dropped or given file: a capture (isCaptureFile) or else a lesson file. Returns an error text.
    QString openFile(const QString& path) { return isCaptureFile(path) ? openCapture(path) : openLesson(path); }
    // The last lesson from the settings if it still opens, else hl::kDefaultLessonId.
    void openStartupLesson();

    SessionController* session() const { return session_; }
    StateBox* stateBox(HostId host) const;
    StateMachineView* stateMachine() const { return fsm_; }
    NarrationPanel* narration() const { return narration_; }
    StepAnnouncer* stepAnnouncer() const { return announcer_; }
    SegmentInspector* inspector() const { return inspector_; }
    TcbPanel* tcbPanel() const { return tcb_; }
    EventListView* eventList() const { return events_; }
    // The lesson list and the glossary are built when their dock first shows; these build them at
    // once if need be (main_window_panels.cpp).
    LessonPicker* lessonPicker();
    GlossaryPanel* glossary();
    ChartsPanel* charts() const { return charts_; }
    TimelineBar* timeline() const { return timeline_; }
    DiagramView* diagram() const { return diagram_; }
    RunProgress* runProgress() const { return runProgress_; }
    PerturbActions* perturbActions() const { return perturb_; }
    // The centre for a load lesson (shown instead of the diagram when the lesson has "load"). Built
    // when the first load lesson opens (main_window_load_mode.cpp); this builds it at once if need be.
    LoadView* loadView();
    LoadSession* loadSession() const { return loadSession_; }
    // The player bar's scrubber in a load lesson (in place of timeline()).
    LoadTimeline* loadTimeline() const { return loadTimeline_; }
    bool isLoadMode() const { return loadMode_; }
    QDockWidget* chartsDock() const { return chartsDock_; }
    QDockWidget* stateMachineDock() const { return fsmDock_; }
    QDockWidget* eventsDock() const { return eventsDock_; }

    Theme theme() const { return theme_; }
    bool isPresentationMode() const { return presentation_; }
    // View → Theme: light, dark or high contrast, for the whole window (every view redrawn).
    void setTheme(Theme theme);
    // Presentation mode (F5): state boxes, ladder and caption only, in large type; the panels and
    // the player bar come back exactly as they were on exit.
    void setPresentationMode(bool on);
    // Text size apart from the zoom (Ctrl+Plus/Minus): the application's font and the ladder's
    // texts scaled by this factor (kMinTextScale to kMaxTextScale; NaN is ignored). Remembered
    // across restarts ("view/textScale"); a stored value outside the range is ignored.
    static constexpr qreal kMinTextScale = 0.7;
    static constexpr qreal kMaxTextScale = 2.0;
    void setTextScale(qreal scale);
    qreal textScale() const { return textScale_; }
    // Sizes the window into `available` (a screen's available geometry): never larger, and on a
    // small or scaled screen (below ~1500×900 logical pixels) the side panels share one tab group
    // and the player shows icons only. Called once when the window is first shown.
    void fitToScreen(const QRect& available);
    // B / W in presentation mode: a black or white screen until the next key or click.
    enum class Blank { None, Black, White };
    void setBlankScreen(Blank blank);
    Blank blankScreen() const;
    // Narration and glossary in both languages at once (current first, the other below).
    bool isBilingual() const { return bilingual_; }
    void setBilingual(bool on);
    void showGlossary(const QString& key = {});
    // Predict mode (issue 17, main_window_predict.cpp): a quiz before each teaching step.
    void setPredictMode(bool on);
    bool isPredictMode() const;
    PredictMode* predictMode() const { return predict_; }
    QuizPanel* quizPanel() const { return quizPanel_; }
    QDockWidget* quizDock() const { return quizDock_; }
    // Ends running animations and lays everything out, so that grab() shows the final picture.
    void settleForScreenshot();
    // Help → Keyboard shortcuts (F1) and Help → Getting started, as rich text.
    QString shortcutListHtml() const;
    QString gettingStartedHtml() const;
    // The lesson browser while it is open (File → Browse lessons…), for tests.
    LessonBrowserDialog* lessonBrowser() const { return lessonBrowser_; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void setVisible(bool visible) override;
    void resizeEvent(QResizeEvent* event) override;
    void childEvent(QChildEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Actions;

    void buildCentre();
    void buildDocks();
    void buildPanelsOnShow();
    void buildActions();
    void updateActionIcons();
    QAction* themeAction(Theme theme) const;
    void chooseTheme(Theme chosen);
    void buildMenus();
    void buildToolBar();
    void wireSession();
    void retranslateUi();
    void retranslateActions();
    static QString panelTabsName();
    void nameTabBars();
    void buildPredictMode();
    void retranslatePredictMode();

    void setLoadMode(bool load);
    // A capture has no TCB to show (its timers and windows are not in the packets): the TCB
    // panel steps aside while a capture is shown and comes back after.
    void setCaptureMode(bool capture);
    void onTraceReplaced();
    void onCursorMoved();
    void onDisplayTimeChanged();
    void updateStateViews(bool animate);
    void updateTitle();
    void alignStateBoxes();
    void openLessonDialog();
    void browseLessons(); // File → Browse lessons…: the lesson browser dialog
    void openCaptureDialog();
    void showCaptureError(const QString& message);
    void showLessonError(const QString& message);
    void toggleFullScreen();
    void fitCaption();
    void fitClassStrip(); // class mode: the quiz strip's height (main_window_predict.cpp)
    void applyAppFont();
    bool filterBlankScreen(QObject* watched, QEvent* event);
    void buildPresentationActions();
    void retranslatePresentationActions();
    void setLanguage(const QString& code);
    void changeSpeed(int direction);
    // The player's keys and buttons move the ladder's steps, or in a load lesson the run's samples.
    bool isPlaying() const;
    void syncSpeedBox();

    void readSettings();
    QString writeSettings() const; // empty, or the error (settings_file.h)

    Options options_;
    SessionController* session_;
    DiagramView* diagram_ = nullptr;
    StateBox* clientBox_ = nullptr;
    StateBox* serverBox_ = nullptr;
    StateBoxRow* boxRow_ = nullptr;
    NarrationPanel* narration_ = nullptr;
    StepAnnouncer* announcer_ = nullptr; // issue 21: each step told to a screen reader
    RunProgress* runProgress_ = nullptr; // issue 13: a large lesson simulated off the GUI thread
    QSplitter* centreSplit_ = nullptr;
    StateMachineView* fsm_ = nullptr;
    SegmentInspector* inspector_ = nullptr;
    TcbPanel* tcb_ = nullptr;
    EventListView* events_ = nullptr;
    LessonPicker* picker_ = nullptr;
    TimelineBar* timeline_ = nullptr;
    QComboBox* speedBox_ = nullptr;
    QToolBar* playerBar_ = nullptr;
    QAction* timelineItem_ = nullptr; // the timelines' places in the player bar (one shown at a time)
    QAction* loadTimelineItem_ = nullptr;
    LoadTimeline* loadTimeline_ = nullptr;
    QDockWidget* fsmDock_ = nullptr;
    QDockWidget* inspectorDock_ = nullptr;
    QDockWidget* tcbDock_ = nullptr;
    bool tcbHiddenForCapture_ = false;
    QDockWidget* eventsDock_ = nullptr;
    QDockWidget* lessonsDock_ = nullptr;
    LessonBrowserDialog* lessonBrowser_ = nullptr;
    GlossaryPanel* glossary_ = nullptr;
    QDockWidget* glossaryDock_ = nullptr;
    ChartsPanel* charts_ = nullptr;
    LoadSession* loadSession_ = nullptr; // a load lesson's run (SessionController's sibling)
    LoadView* loadView_ = nullptr;
    // A load lesson hides the panels about one connection; they come back with the next lesson.
    bool loadMode_ = false;
    QByteArray stateBeforeLoad_;
    std::vector<QDockWidget*> hiddenForLoad_;
    QStackedWidget* centreStack_ = nullptr;
    QDockWidget* chartsDock_ = nullptr;
    QMenu* fileMenu_ = nullptr;
    QMenu* playMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* panelsMenu_ = nullptr;
    QMenu* themeMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    Actions* actions_ = nullptr;
    PerturbActions* perturb_ = nullptr; // issue 4: drop/delay/duplicate, undo, settings, inject
    PredictMode* predict_ = nullptr;    // issue 17
    QuizPanel* quizPanel_ = nullptr;
    QDockWidget* quizDock_ = nullptr;
    QAction* predictAction_ = nullptr;
    std::vector<QDockWidget*> hiddenForPredict_;

    Theme theme_ = Theme::Light;
    bool presentation_ = false;
    bool bilingual_ = false;
    QFont normalFont_; // the application's font outside presentation mode
    QByteArray layoutBeforePresentation_;
    QByteArray splitBeforePresentation_;
    QWidget* blank_ = nullptr;
    Blank blankKind_ = Blank::None;
    qreal textScale_ = 1.0;
    bool compact_ = false; // the side panels were put into one tab group (fitToScreen)
    bool fittedOnce_ = false;
    bool fittedBeforeShow_ = false; // without the frame (title bar, borders): it is known once shown
    // The docks whose width fitToScreen sets in the compact arrangement, and the frame it was set for.
    QPointer<QDockWidget> compactRight_;
    QPointer<QDockWidget> compactLeft_;
    std::optional<QSize> sharedFrame_;
    // What the state boxes show, to animate only real changes.
    TcpState shownClient_ = TcpState::Closed;
    TcpState shownServer_ = TcpState::Closed;
};

} // namespace hl::ui
