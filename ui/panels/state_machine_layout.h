#pragma once
// The RFC 9293 §3.3.2 (Figure 5) connection state diagram as data (only the transitions the
// figure draws; others, such as FIN_WAIT_1 -> TIME_WAIT on a FIN+ACK, show as dashed arcs): where each state sits on a
// grid (column, row) and the transitions the figure draws. CLOSED appears twice, as in the RFC:
// at the top (before a connection) and at the bottom right (after LAST_ACK / TIME_WAIT).
#include "core/tcp_state.h"

#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace hl::ui {

struct FsmNode {
    TcpState state;
    QPointF grid;             // column 0..2, row 0..6
    bool lowerClosed = false; // the second CLOSED box
};

struct FsmEdge {
    int from; // node indices
    int to;
    double bend;           // sideways bend of the curve, in grid units (0 = straight)
    const char* event;     // RFC label, e.g. "rcv SYN"; translated with context hl::ui::StateMachineView
    const char* action;    // e.g. "snd SYN,ACK"; may be empty
    double labelAt = 0.5;  // where along the curve its label sits (0 = start, 1 = end)
    double labelShift = 0; // sideways shift of the label in text lines (negative: up/left)
};

const std::vector<FsmNode>& fsmNodes();
const std::vector<FsmEdge>& fsmEdges();

// The node showing `state`; for CLOSED, which of the two boxes depends on where it came from.
int fsmNodeFor(TcpState state, TcpState previous);
// The edge for a transition, if the figure draws it.
std::optional<int> fsmEdgeFor(TcpState from, TcpState to);

} // namespace hl::ui
