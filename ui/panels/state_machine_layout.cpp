#include "ui/panels/state_machine_layout.h"

#include <QtGlobal>

namespace hl::ui {

namespace {
enum Node {
    Closed,
    Listen,
    SynRcvd,
    SynSent,
    Estab,
    FinWait1,
    CloseWait,
    FinWait2,
    Closing,
    LastAck,
    TimeWait,
    Closed2
};
} // namespace

const std::vector<FsmNode>& fsmNodes() {
    static const std::vector<FsmNode> nodes = {
        {TcpState::Closed, {1, 0}},    {TcpState::Listen, {1, 1}},      {TcpState::SynReceived, {0, 2}},
        {TcpState::SynSent, {2, 2}},   {TcpState::Established, {1, 3}}, {TcpState::FinWait1, {0, 4}},
        {TcpState::CloseWait, {2, 4}}, {TcpState::FinWait2, {0, 5}},    {TcpState::Closing, {1, 5}},
        {TcpState::LastAck, {2, 5}},   {TcpState::TimeWait, {1, 6}},    {TcpState::Closed, {2, 6}, true},
    };
    return nodes;
}

const std::vector<FsmEdge>& fsmEdges() {
    // Labels follow RFC 9293 Figure 5 ("rcv X / snd Y"); the texts are marked for translation.
    static const std::vector<FsmEdge> edges = {
        {Closed, Listen, -0.12, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "passive OPEN"), ""},
        {Listen, Closed, -0.12, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "CLOSE"), ""},
        {Closed, SynSent, -0.3, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "active OPEN"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd SYN")},
        {SynSent, Closed, 0.1, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "CLOSE / timeout"), "", 0.45},
        {Listen, SynRcvd, 0.1, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv SYN"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd SYN,ACK"), 0.62}, // clear of the LISTEN box
        {SynRcvd, Listen, 0.1, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv RST"), ""},
        {Listen, SynSent, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "SEND"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd SYN")},
        {SynSent, SynRcvd, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv SYN"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd SYN,ACK")},
        {SynRcvd, Estab, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv ACK of SYN"), ""},
        {SynSent, Estab, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv SYN,ACK"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd ACK")},
        {SynRcvd, FinWait1, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "CLOSE"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd FIN")},
        {Estab, FinWait1, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "CLOSE"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd FIN")},
        {Estab, CloseWait, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv FIN"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd ACK")},
        {FinWait1, FinWait2, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv ACK of FIN"), ""},
        {FinWait1, Closing, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv FIN"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd ACK")},
        {FinWait2, TimeWait, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv FIN"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd ACK")},
        {Closing, TimeWait, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv ACK of FIN"), ""},
        {CloseWait, LastAck, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "CLOSE"),
         QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "snd FIN")},
        {LastAck, Closed2, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "rcv ACK of FIN"), ""},
        {TimeWait, Closed2, 0.0, QT_TRANSLATE_NOOP("hl::ui::StateMachineView", "timeout = 2·MSL"), "", 0.5, -2.2},
    };
    return edges;
}

int fsmNodeFor(TcpState state, TcpState previous) {
    if (state == TcpState::Closed) {
        // Before synchronization the RFC figure returns to the top CLOSED; afterwards to the
        // bottom one.
        switch (previous) {
        case TcpState::Closed:
        case TcpState::Listen:
        case TcpState::SynSent:
        case TcpState::SynReceived: return Closed;
        default: return Closed2;
        }
    }
    const auto& nodes = fsmNodes();
    for (int i = 0; i < static_cast<int>(nodes.size()); ++i)
        if (nodes[static_cast<size_t>(i)].state == state && !nodes[static_cast<size_t>(i)].lowerClosed) return i;
    return Closed;
}

std::optional<int> fsmEdgeFor(TcpState from, TcpState to) {
    const int a = fsmNodeFor(from, TcpState::Closed);
    const int b = fsmNodeFor(to, from);
    const auto& edges = fsmEdges();
    for (int i = 0; i < static_cast<int>(edges.size()); ++i)
        if (edges[static_cast<size_t>(i)].from == a && edges[static_cast<size_t>(i)].to == b) return i;
    return std::nullopt;
}

} // namespace hl::ui
