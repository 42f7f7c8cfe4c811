#pragma once
// The main window: the sequence diagram in the centre with a state box above each lifeline, the
// narration below it, the state machine and the details (inspector, TCB, events) at the side,
// the lessons in a dock on the left, the player controls and the scrubber on top. Every view
// observes the SessionController; the window only wires them together.
#include "core/host.h"
#ifndef Q_MOC_RUN // moc cannot parse the C++20 library headers the core pulls in
#include "core/load_simulation.h"
#endif
#include "core/tcp_state.h"
#include "ui/session_controller.h"

#include <QMainWindow>

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
class LoadView;
class SequenceDiagramView;
using DiagramView = SequenceDiagramView;
class EventListView;
class GlossaryPanel;
class LessonPicker;
class NarrationPanel;
class PerturbActions;
class SegmentInspector;
class StateBox;
class StateBoxRow;
class StateMachineView;
class TcbPanel;
class TimelineBar;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        bool useSettings = true; // false in tests and for --screenshot: nothing read or written
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
    // The last lesson from the settings if it still opens, else hl::kDefaultLessonId.
    void openStartupLesson();

    SessionController* session() const { return session_; }
    StateBox* stateBox(HostId host) const;
    StateMachineView* stateMachine() const { return fsm_; }
    NarrationPanel* narration() const { return narration_; }
    SegmentInspector* inspector() const { return inspector_; }
    TcbPanel* tcbPanel() const { return tcb_; }
    EventListView* eventList() const { return events_; }
    LessonPicker* lessonPicker() const { return picker_; }
    TimelineBar* timeline() const { return timeline_; }
    DiagramView* diagram() const { return diagram_; }
    GlossaryPanel* glossary() const { return glossary_; }
    PerturbActions* perturbActions() const { return perturb_; }
    ChartsPanel* charts() const { return charts_; }
    // The centre for a load lesson (shown instead of the diagram when the lesson has "load").
    LoadView* loadView() const { return loadView_; }
    bool isLoadMode() const { return loadMode_; }
    QDockWidget* chartsDock() const { return chartsDock_; }
    QDockWidget* stateMachineDock() const { return fsmDock_; }
    QDockWidget* eventsDock() const { return eventsDock_; }

    bool isDarkTheme() const { return dark_; }
    bool isPresentationMode() const { return presentation_; }
    void setDarkTheme(bool dark);
    void setPresentationMode(bool on);
    // Narration and glossary in both languages at once (current first, the other below).
    bool isBilingual() const { return bilingual_; }
    void setBilingual(bool on);
    void showGlossary(const QString& key = {});
    // Ends running animations and lays everything out, so that grab() shows the final picture.
    void settleForScreenshot();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Actions;

    void buildCentre();
    void buildDocks();
    void buildActions();
    void updateActionIcons();
    void buildMenus();
    void buildToolBar();
    void wireSession();
    void retranslateUi();
    void retranslateActions();

    void setLoadMode(bool load);
    void onTraceReplaced();
    void onCursorMoved();
    void onDisplayTimeChanged();
    void updateStateViews(bool animate);
    void updateTitle();
    void alignStateBoxes();
    void openLessonDialog();
    void showLessonError(const QString& message);
    void toggleFullScreen();
    void setLanguage(const QString& code);
    void changeSpeed(int direction);
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
    QSplitter* centreSplit_ = nullptr;
    StateMachineView* fsm_ = nullptr;
    SegmentInspector* inspector_ = nullptr;
    TcbPanel* tcb_ = nullptr;
    EventListView* events_ = nullptr;
    LessonPicker* picker_ = nullptr;
    TimelineBar* timeline_ = nullptr;
    QComboBox* speedBox_ = nullptr;
    QToolBar* playerBar_ = nullptr;
    QDockWidget* fsmDock_ = nullptr;
    QDockWidget* inspectorDock_ = nullptr;
    QDockWidget* tcbDock_ = nullptr;
    QDockWidget* eventsDock_ = nullptr;
    QDockWidget* lessonsDock_ = nullptr;
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
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    Actions* actions_ = nullptr;
    PerturbActions* perturb_ = nullptr; // issue 4: drop/delay/duplicate, undo, settings, inject

    bool dark_ = false;
    bool presentation_ = false;
    bool bilingual_ = false;
    QFont normalFont_;
    // What the state boxes show, to animate only real changes.
    TcpState shownClient_ = TcpState::Closed;
    TcpState shownServer_ = TcpState::Closed;
};

} // namespace hl::ui
