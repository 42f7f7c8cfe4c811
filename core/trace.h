#pragma once
// The trace is the truth: the ordered events of one run. Every view, the CLI and the exports are
// projections of it at a cursor (the number of events that have happened).
#include "core/endpoint_output.h"
#include "core/host.h"
#include "core/scenario.h"
#include "core/work_budget.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace hl {

enum class EventType : uint8_t {
    Call,    // a user call on a host (listen, connect, send ...)
    State,   // a connection changed state
    Send,    // a host sent a segment
    Inject,  // a crafted segment was put on the wire towards a host
    Deliver, // a segment (copy) arrived at a host
    Drop,    // the network lost a segment (copy)
    Timer,   // a timer was set, cancelled or fired
    Notify,  // the endpoint told its application something
    Note,    // a decision with no other effect (segment discarded, call refused)
};

enum class UserCall : uint8_t { Listen, Connect, Send, Shutdown, Close, Abort, Reboot };
enum class DropCause : uint8_t { Fault, Loss, User };
enum class TimerOp : uint8_t { Set, Cancel, Fire };

inline constexpr uint32_t kNoEvent = UINT32_MAX;

struct TraceEvent {
    SimTime t;
    EventType type = EventType::Note;
    HostId host = HostId::Client; // Inject/Deliver: the receiving host; Drop: the sender
    uint32_t conn = 0;            // per-host connection id, 0 = none
    Reason reason = Reason::None;
    uint32_t cause = kNoEvent; // index of the event that triggered this one (deliver, fire, call)
    // Call
    UserCall call = UserCall::Listen;
    uint32_t bytes = 0; // Call send, Notify data
    // State
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    // Send, Inject, Deliver, Drop
    uint64_t segId = 0;
    bool retransmission = false;
    DropCause dropCause = DropCause::Fault;
    // Timer
    TimerKind timer = TimerKind::Retransmit;
    TimerOp op = TimerOp::Set;
    SimTime due;
    // Deliver, Drop: which copy of the segment (0 = the original, 1.. = duplicates)
    uint32_t copy = 0;
    // Notify
    NotifyEvent notify = NotifyEvent::Connected;
    // Read from a capture (capture_inference.h): the capture only implies this event (a state
    // change the far side must have made, a state it must have been in); false in simulations.
    bool inferred = false;
    // Every field: a field added later is compared too (trace_diff relies on it).
    bool operator==(const TraceEvent&) const = default;
};

// The network's verdict on one copy of a segment, decided when it is sent.
struct SegmentCopy {
    SimTime endsAt; // arrival time, or the point of loss (send time + half the latency)
    bool lost = false;
    DropCause cause = DropCause::Fault; // meaningful when lost
    uint32_t endEvent = kNoEvent;       // its Deliver/Drop event; kNoEvent if after Scenario::until
    SimDuration delay;                  // how long a fault held it beyond the one-way latency
    bool operator==(const SegmentCopy&) const = default;
};

// Everything known about one segment, indexed by id - 1.
struct SegmentRecord {
    Segment seg;
    HostId from = HostId::Client; // sending host (for an injected segment: the side it pretends to be)
    HostId to = HostId::Server;
    uint32_t conn = 0; // sender's connection, 0 for host-level replies and injections
    SimTime sentAt;
    bool retransmission = false;
    bool injected = false;
    TcpState senderState = TcpState::Closed; // the sender's state when it sent it
    uint32_t sendEvent = kNoEvent;           // index of its Send/Inject event
    std::vector<SegmentCopy> copies;         // copy 0 first; empty for an injected segment
};

// TCB variables after an event, recorded when they changed.
struct TcbRecord {
    uint32_t afterEvent = 0; // index of the last event of the step that produced these values
    HostId host = HostId::Client;
    uint32_t conn = 0;
    TcbVars vars;
};

struct Trace {
    std::vector<TraceEvent> events;
    std::vector<SegmentRecord> segments;
    std::vector<TcbRecord> tcb;
    SimTime end;                    // time of the last event
    bool truncated = false;         // the run stopped at Scenario::until with events still pending
    std::optional<BudgetStop> stop; // the run reached a limit of its work budget (last event: a note)

    const SegmentRecord* segment(uint64_t id) const {
        return id >= 1 && id <= segments.size() ? &segments[id - 1] : nullptr;
    }
};

// --- Snapshot: the world as it stands after the first `cursor` events -------------------------

struct TimerSnapshot {
    TimerKind kind;
    SimTime armedAt;
    SimTime due;
};

struct ConnSnapshot {
    HostId host = HostId::Client;
    uint32_t conn = 0;
    bool exists = false; // false once deleted: it reached CLOSED, or a child went back to LISTEN
    bool listener = false;
    TcpState state = TcpState::Closed;
    TcpState previous = TcpState::Closed;
    Reason lastReason = Reason::None;
    uint32_t lastChangeEvent = kNoEvent;
    TcbVars tcb;
    std::vector<TimerSnapshot> timers; // armed at the cursor
};

struct InFlight {
    uint64_t segId = 0;
    uint32_t copy = 0; // 0 for the original, 1 for a duplicate
    SimTime sentAt;    // when this copy left (the original's send time)
    SimTime endsAt;    // when it is delivered or lost
    bool lost = false; // it will be dropped at endsAt
};

struct Snapshot {
    size_t cursor = 0;               // events applied
    SimTime t;                       // time of the last applied event (0 at the start)
    std::vector<ConnSnapshot> conns; // every connection that has existed so far, host then id
    std::vector<InFlight> inFlight;

    const ConnSnapshot* find(HostId host, uint32_t conn) const;
    // The connection a view shows for a host: its newest non-listener connection, else its listener.
    const ConnSnapshot* primary(HostId host) const;
};

Snapshot snapshotAt(const Trace& trace, size_t cursor);

// Snapshot::primary's rule over any list of connections.
const ConnSnapshot* primaryConnection(const std::vector<ConnSnapshot>& conns, HostId host);

// The connection table of a snapshot, built by replaying events one at a time. snapshotAt and
// the diagram's lifelines and timers (core/diagram_model.cpp) both replay through it, so that
// "which connection is the listener", "which one a lifeline shows" and "a deleted connection
// loses its timers" are decided in one place.
class ConnTable {
public:
    ConnSnapshot& get(HostId host, uint32_t conn);
    // A State event; returns the connection after it (exists is false once it was deleted).
    const ConnSnapshot& applyState(const TraceEvent& e, uint32_t index);
    void applyTimer(const TraceEvent& e);
    const ConnSnapshot* primary(HostId host) const { return primaryConnection(conns_, host); }
    // Host then id, each connection's timers by due time.
    std::vector<ConnSnapshot> take();

private:
    std::vector<ConnSnapshot> conns_;
};

// A step is one root event (a user call, an injection, a delivery, a drop, a timer expiry: the
// events whose cause is kNoEvent) together with every event it caused at that instant. The
// player moves between step ends. Returns the cursor after each step, ascending; the last is
// events.size(). (Cursor 0, before the first step, is the start.)
std::vector<size_t> stepEnds(const Trace& trace);

} // namespace hl
