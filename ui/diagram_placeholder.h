#pragma once
// Stands in for SequenceDiagramView until it lands (same API), so the window can be laid out.
#include "core/trace.h"

#include <QWidget>

namespace hl::ui {

class DiagramPlaceholder : public QWidget {
    Q_OBJECT
public:
    explicit DiagramPlaceholder(QWidget* parent = nullptr);
    void setTrace(const Trace* trace);
    void setCursor(size_t cursor, SimTime now);
    void zoomIn() {}
    void zoomOut() {}
    void resetZoom() {}
    void setPresentationMode(bool) {}
    void setDarkTheme(bool) { update(); }
    void setSelectedSegment(uint64_t) {}

signals:
    void segmentActivated(uint64_t id);
    void eventActivated(size_t index);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const Trace* trace_ = nullptr;
    size_t cursor_ = 0;
    SimTime now_;
};

} // namespace hl::ui
