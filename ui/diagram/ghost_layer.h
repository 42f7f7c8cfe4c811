#pragma once
// Compare: the unperturbed run (the lesson as loaded) drawn faintly behind the perturbed one in
// the sequence diagram — grey dashed arrows, not selectable — so the class sees what changed.
// It lives in its own items; the diagram only tells it when it has rebuilt its scene. The run
// itself is the session's (SessionController::baseline()).
// moc cannot parse the C++20 library headers the core pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "core/sim_time.h"
#endif

#include <QObject>

#include <vector>

class QGraphicsItem;

namespace hl::ui {

class SequenceDiagramView;
class SessionController;

class GhostLayer : public QObject {
    Q_OBJECT
public:
    GhostLayer(SessionController* session, SequenceDiagramView* view, QObject* parent = nullptr);

    void setEnabled(bool on);
    bool isEnabled() const { return enabled_; }
    // The ghost arrows now in the scene (one per copy of the unperturbed run).
    const std::vector<QGraphicsItem*>& items() const { return items_; }

private:
    void onSceneRebuilt(); // the scene deleted our items with everything else
    void onTraceReplaced();
    void refreshOriginal(); // tells the view the baseline's times
    std::vector<SimTime> originalTimes() const;
    void addItems();
    void removeItems();

    SessionController* session_;
    SequenceDiagramView* view_;
    bool enabled_ = false;
    std::vector<QGraphicsItem*> items_;
};

} // namespace hl::ui
