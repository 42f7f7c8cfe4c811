#pragma once
// The only owner of a session: the scenario, the user's faults, the trace, the cursor and the
// playback. Views observe it (as in KDE Step): traceReplaced() means "rebuild from the trace",
// cursorMoved() means "cheap update at the new cursor", displayTimeChanged() fires on every
// animation frame while a segment travels between two steps.
//
// The cursor is a step number: 0 is the start (nothing has happened), step k (1..stepCount())
// means the first k steps of stepEnds() have happened.
#include "core/capture_lesson.h"
#include "core/diagram_model.h"
#include "core/perturbations.h"
#include "core/scenario.h"
#include "core/simulation.h"
#include "core/step_index.h"
#include "core/trace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace hl::ui {

class SessionController : public QObject {
    Q_OBJECT
public:
    // Runs a scenario (with the user's faults already added); the default is hl::simulate().
    // Tests pass a function returning a hand-built trace.
    using SimulateFn = std::function<Trace(const Scenario&)>;
    // The same with a progress callback (SimOptions::progress): what the worker thread calls.
    using ProgressSimulateFn = std::function<Trace(const Scenario&, const std::function<bool(uint64_t)>&)>;

    // Runs whose cost estimate (core/work_budget.h) is at most this many data segments are
    // simulated at once on the GUI thread (under ~0.3 s even on a loaded machine: 5 MB, 3,425 data
    // segments, took 0.8 s there, so it is too many): opening a normal lesson and every
    // perturbation of it stay immediate and deterministic. Larger ones, and any whose estimate
    // cannot bound them (see runsInBackground), go to a worker thread with progress and Cancel.
    static constexpr uint64_t kSyncDataSegments = 1'500;
    static bool runsInBackground(const Scenario& effective);
    // A run estimated small that is still going after this many trace events (a 1,500-segment
    // transfer makes about 6,000) is moved to the worker thread: the estimate cannot see an ACK
    // storm or a duplicate loop coming.
    static constexpr uint64_t kSyncEvents = 16'384;

    // Real time of one step at 1x: the travel (display time moves to the next step's time) and
    // the dwell (the step's narration stays on screen before the next travel starts).
    static constexpr int kTravelMs = 1200;
    static constexpr int kDwellMs = 1000;
    // The dwell grows with the step's caption, so that it can be read before the next step
    // (about 17 characters a second, a slow reading pace for a projected line) — see dwellMs().
    static constexpr int kReadMsPerChar = 60;
    static constexpr double kMinSpeed = 0.25;
    static constexpr double kMaxSpeed = 8.0;

    explicit SessionController(QObject* parent = nullptr);
    SessionController(SimulateFn simulate, QObject* parent = nullptr);
    ~SessionController() override;

    // Loads a lesson: the user's perturbations and their undo history are cleared, the cursor
    // goes to the start, playback stops. The run is simulated on this thread, whatever its size.
    void loadScenario(Scenario scenario, QString source = {});
    // Opens a lesson as the user does: a small run as loadScenario(); a large one is simulated on
    // a worker thread while the current lesson stays on screen and usable, and replaces it when
    // the run ends (runStarted / runProgressed / runFinished). A new open or cancelRun() drops it.
    void openScenario(Scenario scenario, QString source = {});

    // --- A run on the worker thread ------------------------------------------------------
    // A large lesson being opened, or a perturbation of a large lesson being replayed.
    bool isRunning() const { return worker_ != nullptr; }
    // Stops the run: an open keeps the lesson shown before; a replay undoes the change that
    // started it (the trace shown is still the one before it), so the list never shows a change
    // that was not simulated. Nothing happens when no run is going.
    void cancelRun();
    // Tests and --screenshot: processes events until the run ends (false on timeout).
    bool waitForRun(int timeoutMs);
    // The lesson as loaded (no user perturbations).
    const Scenario& scenario() const { return scenario_; }
    // What is simulated: the lesson plus the user's faults, injections and settings. This is
    // also what File → Save lesson as… writes.
    Scenario effectiveScenario() const { return applyPerturbations(scenario_, perturbations_); }
    // Where the lesson came from: a built-in id or a file path (for "last lesson" and titles).
    const QString& source() const { return source_; }

    // --- Perturbations (issue 4) ---------------------------------------------------------
    // Every change below is one undoable step; it replays the run (deterministically) and emits
    // perturbationsChanged(). The cursor stays on its step, unless the change altered events
    // before it: then it goes back to the last step before the first changed event, so that
    // everything before the cursor is identical and the consequences lie ahead.
    // Load lessons (scenario().load set) and captures cannot be perturbed: the calls do nothing.
    bool canPerturb() const { return !scenario_.load.has_value() && !captured_; }

    // --- A captured connection (issue 18) -------------------------------------------------
    // Shows `trace` (inferred from a capture) instead of a simulation; `lesson` is the lesson
    // built from it (capture_lesson.h), whose simulated run is what Compare draws behind it.
    void loadCapture(Scenario lesson, Trace trace, QString source);
    bool isCapture() const { return captured_.has_value(); }
    // Compare draws the original run behind a perturbed one, or the simulator behind a capture.
    bool canCompare() const { return canPerturb() || isCapture(); }
    // The profile the simulator runs a capture's lesson with (Perturb → Simulator profile): the
    // user's choice, kept for the session, so each capture opened next is compared the same way.
    // Setting it while a capture is shown changes that capture's lesson and replays (the ghost
    // follows); a lesson's own profile is never touched (Lesson settings change that).
    Profile compareProfile() const { return compareProfile_; }
    void setCompareProfile(Profile profile);
    const Perturbations& perturbations() const { return perturbations_; }
    const std::vector<Fault>& userFaults() const { return perturbations_.faults; }
    const std::vector<Action>& userInjections() const { return perturbations_.injections; }
    // The effective settings (the lesson's, unless the user changed them).
    LessonSettings settings() const { return perturbations_.settings.value_or(LessonSettings::of(scenario_)); }
    std::vector<PerturbationItem> perturbationItems() const { return listPerturbations(scenario_, perturbations_); }

    // Adds a fault (fromUser is set). `description` names the undo step (default: the fault in
    // words, as the Perturbations list shows it).
    void addUserFault(Fault fault, const QString& description = {});
    // Adds a crafted segment (kind is set to Inject).
    void addInjection(Action action, const QString& description = {});
    void setSettings(const LessonSettings& settings, const QString& description = {});
    void removePerturbation(const PerturbationItem& item, const QString& description = {});
    // Switches the lesson's own fault `index` (scenario().faults) off or on (one undoable step).
    void setLessonFault(size_t index, bool on, const QString& description = {});
    bool lessonFaultOn(size_t index) const { return lessonFaultIsOn(perturbations_, index); }
    // Removes every perturbation (one undoable step).
    void resetLesson(const QString& description = {});
    // Replaces all perturbations at once (one undoable step); the other calls go through it.
    void setPerturbations(Perturbations p, const QString& description = {});
    // The run of the lesson as loaded, without any perturbation: Compare's baseline (for a
    // capture, the simulated run of the lesson built from it). Simulated on first use after a
    // lesson is loaded and kept until the next one; empty for a load lesson.
    const Trace& baseline() const;
    // Re-simulates the effective scenario; keeps the cursor (see above).
    void replay();

    // Predict mode (issue 17): the views see the run only up to `events` (a step boundary), so
    // that none of them can show a step before the student has predicted it; nullopt: all of it.
    void setRevealLimit(std::optional<size_t> events);
    std::optional<size_t> revealLimit() const { return revealLimit_; }
    // The whole run, whatever the reveal limit (the quiz's questions come from it).
    const Trace& fullTrace() const { return fullTrace_; }
    QUndoStack* undoStack() { return &undo_; }

    // "The 2nd FIN from the client" for a segment of the current trace (see positionalMatch).
    std::optional<FaultMatch> segmentMatch(uint64_t segId) const { return positionalMatch(trace_, segId); }

    const Trace& trace() const { return trace_; }
    // The trace's diagram model, built once per replay and shared by the views that draw it
    // (sequence diagram, state timeline, RTO chart).
    const std::shared_ptr<const DiagramModel>& diagramModel() const { return diagram_; }
    const std::vector<size_t>& stepEnds() const { return steps_.ends(); }
    size_t stepCount() const { return steps_.count(); }
    size_t step() const { return step_; }
    // The step questions are the trace's (core/step_index.h).
    const StepIndex& steps() const { return steps_; }
    // Events applied at the cursor (what snapshotAt and the diagram take).
    size_t cursor() const { return eventsAtStep(step_); }
    size_t eventsAtStep(size_t step) const { return steps_.eventsAtStep(step); }
    size_t firstEventOfStep(size_t step) const { return steps_.firstEventOfStep(step); }
    SimTime timeAtStep(size_t step) const { return steps_.timeAtStep(step); }
    size_t stepOfEvent(size_t index) const { return steps_.stepOfEvent(index); }
    const Snapshot& snapshot() const { return snapshot_; }
    uint64_t segmentOfStep(size_t step) const { return steps_.segmentOfStep(step); }

    SimTime displayTime() const { return displayTime_; }
    bool isPlaying() const { return playing_; }
    double speed() const { return speed_; }

    uint64_t selectedSegment() const { return selectedSegment_; }

    // Real time (at 1x) the playback stays on a step: kDwellMs, or longer for a long caption.
    int dwellMs(size_t step) const;
    // Playback stops at every step that changes a state (a class can discuss it; Play goes on).
    bool pausesAtStateChanges() const { return pauseAtStates_; }
    // True when the step's events include a state change.
    bool stepChangesState(size_t step) const;

    // Moves the animation on by this much real time (at 1x speed it is scaled by speed()).
    // The playback timer calls it; tests call it directly.
    void advance(int realMs);

public slots:
    void setStep(size_t step);
    void stepForward();
    void stepBack();
    void goToStart();
    void goToEnd();
    void play();
    void pause();
    void togglePlay();
    void setSpeed(double speed);
    void setSelectedSegment(uint64_t id);
    void setPauseAtStateChanges(bool on) { pauseAtStates_ = on; }
    void undo() { undo_.undo(); }
    void redo() { undo_.redo(); }

signals:
    // The user's perturbations changed (after the replay's traceReplaced()).
    void perturbationsChanged();
    void traceReplaced();
    void cursorMoved();
    void displayTimeChanged();
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void selectedSegmentChanged(uint64_t id);
    // A replay moved the cursor back to `step`, the last step before the change's first effect.
    void cursorMovedBack(size_t step);
    // Predict mode: play or step forward at the reveal limit (the quiz answers or reveals).
    void revealRequested();
    void revealLimitChanged();
    // A run went to the worker thread (opening: a lesson is being opened, else a replay).
    void runStarted(bool opening);
    // `events` simulated so far; `fraction` (0..1) is against the cost estimate (an estimate).
    void runProgressed(quint64 events, double fraction);
    // The run ended: its trace is shown now (after traceReplaced), or it was cancelled.
    void runFinished(bool cancelled);

private:
    enum class Phase { Travel, Dwell };
    void load(Scenario scenario, QString source);
    void moveTo(size_t step, bool fromPlayback);
    void onTick();
    void setPlaying(bool playing);
    friend class PerturbationCommand;
    void applyPerturbationsNow(const Perturbations& p);
    void present(Trace next);                      // makes `next` the trace the views see, keeping the cursor
    void rerun(bool mayDefer);                     // replay(); a large run goes to the worker when mayDefer
    void presentRun(Trace full);                   // fullTrace_ = full, simulated with perturbations_
    void adopt(Scenario scenario, QString source); // the loaded lesson's state, before its first run
    // The background run (session_controller_run.cpp).
    struct Pending {
        bool opening = false; // a lesson being opened; else a replay of the current one
        Scenario scenario;    // what is simulated (a replay: the effective scenario)
        QString source;       // opening: where the lesson came from
        double expectedEvents = 1;
    };
    // The run, simulated here, unless it passes kSyncEvents (then nullopt: run it on the worker).
    std::optional<Trace> simulateIfSmall(const Scenario& effective);
    void startRun(std::unique_ptr<Pending> pending);
    void stopWorker();
    void onRunProgress(unsigned generation, quint64 events);
    void onRunDone(unsigned generation, Trace trace);

    SimulateFn simulate_;
    ProgressSimulateFn simulateWithProgress_;
    // The worker's run, if any: what it simulates and what to do with its trace.
    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_;
    unsigned generation_ = 0;
    std::unique_ptr<Pending> pending_;
    // The perturbations the trace on screen was simulated with, and the undo index they belong
    // to: a cancelled replay goes back to both.
    Perturbations presented_;
    int presentedIndex_ = 0;
    bool restoring_ = false; // cancelRun() is moving the undo stack back: no run per step
    Scenario scenario_;
    std::optional<Trace> captured_; // set while a capture is shown
    Profile compareProfile_ = kDefaultCaptureProfile;
    QString source_;
    Perturbations perturbations_;
    QUndoStack undo_;
    Trace fullTrace_;
    std::optional<size_t> revealLimit_;
    Trace trace_; // fullTrace_, or its prefix up to revealLimit_
    StepIndex steps_{trace_};
    std::shared_ptr<const DiagramModel> diagram_;
    mutable std::optional<Trace> baseline_; // see baseline()
    size_t step_ = 0;
    Snapshot snapshot_;
    SimTime displayTime_;
    uint64_t selectedSegment_ = 0;

    bool playing_ = false;
    bool pauseAtStates_ = false;
    double speed_ = 1.0;
    Phase phase_ = Phase::Travel;
    double phaseMs_ = 0; // progress in the current phase, in 1x milliseconds
    QTimer timer_;
    QElapsedTimer clock_;
};

} // namespace hl::ui
