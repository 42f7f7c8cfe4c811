#pragma once
// The legal RFC 9293 state transitions, shared by the property tests and the fuzz targets so that
// both hold the core to the same rule set.
#include "core/tcp_state.h"

#include <set>
#include <utility>

namespace hl::test {

// RFC 9293 Figure 5 (the state diagram) and §3.10, plus the exits the diagram leaves out:
// abort, reset, timeout and reboot go to CLOSED from any state; a RST in SYN_RECEIVED of a
// passive open goes back to LISTEN (§3.10.7.4); a FIN may arrive in SYN_RECEIVED (§3.10.7.4,
// "SYN-RECEIVED STATE, ESTABLISHED STATE: Enter the CLOSE-WAIT state").
inline const std::set<std::pair<TcpState, TcpState>>& legalTransitions() {
    using S = TcpState;
    static const std::set<std::pair<S, S>> legal = [] {
        std::set<std::pair<S, S>> t = {
            {S::Closed, S::Listen},           {S::Closed, S::SynSent},        // passive / active OPEN
            {S::Listen, S::SynReceived},      {S::Listen, S::SynSent},        // rcv SYN / SEND
            {S::SynSent, S::SynReceived},     {S::SynSent, S::Established},   // simultaneous open / SYN,ACK
            {S::SynReceived, S::Established}, {S::SynReceived, S::FinWait1},  // ACK of SYN / CLOSE
            {S::SynReceived, S::CloseWait},   {S::SynReceived, S::Listen},    // FIN / RST (passive)
            {S::Established, S::FinWait1},    {S::Established, S::CloseWait}, // CLOSE / rcv FIN
            {S::FinWait1, S::FinWait2},       {S::FinWait1, S::Closing},      // ACK of FIN / rcv FIN
            {S::FinWait1, S::TimeWait},                                       // FIN + ACK of our FIN
            {S::FinWait2, S::TimeWait},       {S::CloseWait, S::LastAck},     {S::Closing, S::TimeWait},
            {S::LastAck, S::Closed},          {S::TimeWait, S::Closed},
        };
        for (S s : kAllStates)
            if (s != S::Closed) t.insert({s, S::Closed}); // close, abort, reset, timeout, reboot
        return t;
    }();
    return legal;
}

inline bool isLegalTransition(TcpState from, TcpState to) { return legalTransitions().count({from, to}) != 0; }

} // namespace hl::test
