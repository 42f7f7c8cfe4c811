#pragma once
// The window's perturbation commands (issue 4): Drop / Delay by ▸ / Duplicate on a segment
// (diagram and event-list context menus, toolbar, keys D L U), Undo / Redo, Reset lesson, the
// Perturbations and Lesson settings docks, Inject…, Compare (and, for a capture, the profile
// the simulator runs it with) and File → Save lesson as….
// Every way of perturbing a segment ends in perturbSegment(), the one code path tests use too.
#include "core/scenario.h"

#include <QObject>
#include <QPointer>

#include <cstdint>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPoint;
class QToolBar;
class QWidget;

namespace hl::ui {

class EventListView;
class GhostLayer;
class LessonSettingsPanel;
class PerturbationsPanel;
class SequenceDiagramView;
class SessionController;

class PerturbActions : public QObject {
    Q_OBJECT
public:
    enum class Kind { Drop, Delay, Duplicate };
    // How much later a duplicate copy arrives: long enough to show as its own arrow.
    static constexpr SimDuration kDuplicateGap = SimDuration::fromMs(50);

    PerturbActions(SessionController* session, QMainWindow* window);

    // Adds the menus, toolbar, docks and context menus to the window.
    void install(QMenu* fileMenu, SequenceDiagramView* diagram, EventListView* events);
    void retranslate();

    // The segment's context menu (Drop / Delay by ▸ / Duplicate); the caller runs and deletes it.
    // Its actions have object names (perturbDrop, perturbDelay500ms, perturbDelayCustom,
    // perturbDuplicate, ...) so that tests trigger the very same actions.
    QMenu* segmentMenu(uint64_t segId, QWidget* parent);
    // The quick delay list alone (key L).
    QMenu* delayMenu(uint64_t segId, QWidget* parent);
    // Adds the fault for `segId` ("the nth <flags> from <host>"). False if it cannot be perturbed.
    bool perturbSegment(uint64_t segId, Kind kind, SimDuration amount = {});
    // Save the effective lesson; returns an error text or "".
    QString saveLessonTo(const QString& path) const;
    // What Save lesson as… writes: the effective lesson; when changed, with "-changed" added to
    // its id and "(changed)" to its titles.
    Scenario savedScenario() const;

    PerturbationsPanel* perturbationsPanel() const { return list_; }
    LessonSettingsPanel* settingsPanel() const { return settings_; }
    QDockWidget* perturbationsDock() const { return listDock_; }
    QDockWidget* settingsDock() const { return settingsDock_; }
    GhostLayer* ghostLayer() const { return ghost_; }
    QAction* action(const char* objectName) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildActions();
    void updateEnabled();
    void showSegmentMenu(uint64_t segId, const QPoint& globalPos);
    void showDelayMenuForSelection();
    void askCustomDelay(uint64_t segId);
    void saveLessonAs();
    void openInjectDialog();
    QPoint selectedSegmentPos() const;

    SessionController* session_;
    QMainWindow* window_;
    QPointer<SequenceDiagramView> diagram_;
    QPointer<EventListView> events_;
    QMenu* menu_ = nullptr;
    QToolBar* toolBar_ = nullptr;
    PerturbationsPanel* list_ = nullptr;
    LessonSettingsPanel* settings_ = nullptr;
    QDockWidget* listDock_ = nullptr;
    QDockWidget* settingsDock_ = nullptr;
    GhostLayer* ghost_ = nullptr;
    QAction* drop_ = nullptr;
    QAction* delay_ = nullptr;
    QAction* duplicate_ = nullptr;
    QAction* undo_ = nullptr;
    QAction* redo_ = nullptr;
    QAction* reset_ = nullptr;
    QAction* inject_ = nullptr;
    QAction* compare_ = nullptr;
    // Perturb → Simulator profile ▸: one checkable action per profile (compareProfile-<name as in
    // lesson files>, e.g. compareProfile-bsd), enabled while a capture is shown.
    QMenu* profileMenu_ = nullptr;
    QActionGroup* profiles_ = nullptr;
    QAction* saveAs_ = nullptr;
};

} // namespace hl::ui
