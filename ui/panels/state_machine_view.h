#pragma once
// The RFC 9293 connection state diagram with both endpoints' current states highlighted in their
// own colours (each with its "C"/"S" badge) and the transition each just took lit up.
#include "core/host.h"
#include "core/tcp_state.h"
#include "ui/diagram/theme.h"

#include <QAccessible>
#include <QWidget>

#include <array>
#include <optional>
#include <vector>

namespace hl::ui {

class StateMachineView : public QWidget {
    Q_OBJECT
public:
    struct Marker {
        HostId host = HostId::Client;
        TcpState state = TcpState::Closed;
        TcpState previous = TcpState::Closed;
        bool hasTransition = false; // the endpoint has changed state at least once
        bool fresh = false;         // ... and did so in the current step
    };

    explicit StateMachineView(QWidget* parent = nullptr);
    ~StateMachineView() override;

    void setMarkers(std::vector<Marker> markers);
    void setTheme(Theme theme);
    void setPresentationMode(bool on);

    // For tests: the node that shows a host's state, the figure's edge it last took (if drawn).
    std::optional<int> markedNode(HostId host) const;
    std::optional<int> litEdge(HostId host) const;
    // The state whose box is at `pos` (widget coordinates); its tooltip is the glossary line.
    std::optional<TcpState> stateAt(QPointF pos) const;

    // For the screen reader (state_machine_accessible.cpp): where a state's box is (the box a
    // marker is in, for CLOSED's two), which hosts are in it, and the transition a host last took
    // in words ("SYN_SENT to ESTABLISHED: rcv SYN,ACK / snd ACK"; empty before any).
    QRectF stateRect(TcpState state) const;
    std::vector<HostId> hostsIn(TcpState state) const;
    QString transitionText(HostId host) const;
    const std::vector<Marker>& markers() const { return markers_; }
    // The accessible node of kAllStates[index], made on first use; the view deletes it.
    QAccessibleInterface* accessNode(int index) const;

    // The edge labels as drawn (edge index, rectangle). A label is placed where it overlaps no box
    // and no other label — at its designed place or nearby along its curve — or left out: a word
    // over another word would be read as something else. The lit transitions are placed first.
    struct EdgeLabel {
        int edge = 0;
        QRectF rect;
    };
    std::vector<EdgeLabel> edgeLabels() const;

    // A state's box and the font of the names in it (scaled down to fit; tests check it does).
    QSizeF stateBoxSize() const;
    QFont stateNameFont() const;

    // Predict mode (issue 17): while a "which state will X be in" question is open the boxes are
    // buttons: a click on one picks its state (statePicked), the pointer and a frame on the box
    // under it say so. Off, clicks and hover do nothing (the tooltip stays).
    void setPickable(bool on);
    bool isPickable() const { return pickable_; }
    // The node under the pointer while pickable (index into fsmNodes()), for tests.
    std::optional<int> hoveredNode() const { return hovered_; }

    QSize sizeHint() const override { return {460, 430}; }
    // Small enough for a 1024×768 screen or 200 % on 1080p: the names scale down to fit.
    QSize minimumSizeHint() const override { return {220, 200}; }

signals:
    void statePicked(hl::TcpState state);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry;
    Geometry geometry() const;
    void drawEdges(QPainter& p, const Geometry& g, bool labels) const;
    std::vector<EdgeLabel> placeLabels(const Geometry& g) const;
    QFont labelFont() const;
    static QString labelText(int edge);
    void drawMarkedTransitions(QPainter& p, const Geometry& g) const;
    void drawNodes(QPainter& p, const Geometry& g) const;
    std::optional<int> nodeAt(QPointF pos) const;
    void setHovered(std::optional<int> node);

    std::vector<Marker> markers_;
    mutable std::array<QAccessible::Id, kAllStates.size()> accessIds_{};
    Theme theme_ = Theme::Light;
    bool presentation_ = false;
    bool pickable_ = false;
    std::optional<int> hovered_;
};

} // namespace hl::ui
