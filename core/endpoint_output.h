#pragma once
// What a sans-IO endpoint did in answer to one input. The endpoint never does I/O: it appends
// these, in the order they happened, and the caller (Host, then Simulation) turns them into
// trace events and scheduled deliveries/timers.
#include "core/reason.h"
#include "core/segment.h"
#include "core/sim_time.h"
#include "core/tcp_state.h"

#include <cstdint>
#include <variant>
#include <vector>

namespace hl {

enum class TimerKind : uint8_t { Retransmit, TimeWait, FinWait2, DelayedAck };
enum class NotifyEvent : uint8_t { Connected, Data, Eof, Reset, Refused, Timeout, Closed };

struct OutState {
    TcpState from;
    TcpState to;
    Reason reason;
};
struct OutSend {
    Segment seg; // id is 0 here: the simulation numbers segments in send order
    bool retransmission = false;
    Reason reason = Reason::None;
};
struct OutTimerSet {
    TimerKind timer;
    SimTime due;
};
struct OutTimerCancel {
    TimerKind timer;
};
struct OutNotify {
    NotifyEvent event;
    uint32_t bytes = 0; // for Data
    Reason reason = Reason::None;
};
// A decision with no other visible effect: a segment discarded, a call refused.
struct OutNote {
    Reason reason;
};

using EndpointOutput = std::variant<OutState, OutSend, OutTimerSet, OutTimerCancel, OutNotify, OutNote>;
using Outputs = std::vector<EndpointOutput>;

// The variables of a TCB (RFC 9293 §3.3.1) and the RFC 6298 estimator, as the views show them.
struct TcbVars {
    SeqNum iss, irs;
    SeqNum sndUna, sndNxt;
    uint32_t sndWnd = 0;
    SeqNum rcvNxt;
    uint32_t rcvWnd = 0;
    SimDuration rto;
    SimDuration srtt;
    SimDuration rttvar;
    bool rttValid = false; // false until the first RTT sample
    // 64-bit: five sends of 10^9 bytes queue more than 2^32 bytes.
    uint64_t sendQueued = 0; // bytes the app handed over that were not yet sent
    uint64_t unread = 0;     // bytes received that the app has not read
    int retries = 0;         // retransmissions of the oldest unacknowledged segment
    bool operator==(const TcbVars&) const = default;
};

} // namespace hl
