#pragma once
// Compare: the unperturbed run (the lesson as loaded) drawn faintly behind the perturbed one in
// the sequence diagram — grey dashed arrows, not selectable — so the class sees what changed.
// It lives in its own items; the diagram only tells it when it has rebuilt its scene.
#include "core/scenario.h"
#include "core/trace.h"

#include <QObject>

#include <optional>
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
    // The run those arrows draw (the lesson's unperturbed simulation).
    const Trace& run() const { return original_; }

private:
    void onSceneRebuilt(); // the scene deleted our items with everything else
    void onTraceReplaced();
    void refreshOriginal(); // re-runs the lesson if it is another one; tells the view its times
    std::vector<SimTime> originalTimes() const;
    void addItems();
    void removeItems();

    SessionController* session_;
    SequenceDiagramView* view_;
    bool enabled_ = false;
    std::optional<Scenario> cachedFor_; // the lesson the cached run belongs to
    Trace original_;
    std::vector<QGraphicsItem*> items_;
};

} // namespace hl::ui
