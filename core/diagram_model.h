#pragma once
// The sequence diagram's content in rows and columns, before any pixel: which segment copies
// travel when, which state each lifeline shows over time, which timers run. Built once per trace
// (as Wireshark's fillDiagram() does); SequenceDiagramView turns it into items.
#include "core/trace.h"

#include <cstdint>
#include <vector>

namespace hl {

// One copy of a segment on the wire: the original (copy 0) or a duplicate made by the network.
struct DiagramCopy {
    uint64_t segId = 0;
    uint32_t copy = 0;
    HostId from = HostId::Client; // for an injected segment: the side it pretends to come from
    HostId to = HostId::Server;
    SimTime sentAt;
    SimTime endsAt; // delivery or loss; the trace's end if it never arrived
    bool lost = false;
    DropCause dropCause = DropCause::Fault; // why it was lost (when lost)
    bool arrived = false;                   // false: dropped, or still in flight when the trace ended
    bool retransmission = false;
    bool injected = false;
    uint32_t sendEvent = kNoEvent;
    uint32_t endEvent = kNoEvent; // its Deliver/Drop event (an injected segment: its Inject event)
    SimDuration delay;            // how long a fault held it beyond the one-way latency
    // Rows within one instant: copies a host sends (or receives) at the same time get their own
    // parallel arrows, slot 0 first; a reply leaves in the slot of the arrival that caused it.
    int sendSlot = 0;
    int endSlot = 0;
};

// An interval in which a lifeline shows one state (Snapshot::primary's connection).
struct DiagramBand {
    HostId host = HostId::Client;
    TcpState state = TcpState::Closed;
    SimTime from, to;
    uint32_t event = kNoEvent; // the State event that began it (kNoEvent for the initial CLOSED)
    bool inferred = false;     // a capture only implies it (TraceEvent::inferred): drawn hatched
};

enum class TimerEnd : uint8_t { Fired, Cancelled, Rearmed, Closed, Open };

// A timer from arming to firing, cancellation, re-arming or the end of the trace.
struct DiagramTimer {
    HostId host = HostId::Client;
    uint32_t conn = 0;
    TimerKind kind = TimerKind::Retransmit;
    SimTime from, to, due;
    TimerEnd end = TimerEnd::Open;
    uint32_t setEvent = kNoEvent;
    uint32_t endEvent = kNoEvent;
    int column = 0;         // side-by-side slot among overlapping timers of the same host
    bool restarted = false; // set again while it ran (the bracket before it ended Rearmed)
};

struct DiagramModel {
    std::vector<DiagramCopy> copies;  // in order of their end event
    std::vector<DiagramBand> bands;   // per host in time order; zero-length bands omitted
    std::vector<DiagramTimer> timers; // in order of arming
    std::vector<SimTime> times;       // every event time (knots of the time axis)
    SimTime start, end;               // first and last event time
    SimTime shownEnd;                 // end plus a short tail so the final state shows
    SimDuration typicalFlight;        // median one-way trip of delivered copies (100 ms if none)
    int timerColumns[2] = {0, 0};     // per host
    int maxSlot = 0;                  // the highest sendSlot/endSlot (0: no two arrows share an instant)
};

DiagramModel buildDiagramModel(const Trace& trace);

} // namespace hl
