#pragma once
// What the charts of a single-connection lesson show, computed from the trace before any Qt
// Charts object exists (so tests check the numbers, and the views only draw them):
//  - the sequence-number graph (Stevens/tcptrace) of one direction: every segment the host sent
//    at (send time, sequence number relative to that host's ISN) with its SEG.LEN, and the peer's
//    acknowledgements of that direction as a step line;
//  - the state timeline: the bands of the diagram (the same primary-connection rule);
//  - the retransmission timer: every arming with its RTO, numbered per timer run, and give-ups.
#include "core/diagram_model.h"
#include "core/trace.h"

#include <cstdint>
#include <vector>

namespace hl {

// How a segment is marked. Exclusive, in this priority: a lost retransmission is Lost.
enum class SegmentMark : uint8_t { Normal, Retransmission, Lost, Duplicated };

struct SeqPoint {
    SimTime t;           // send time
    int64_t relSeq = 0;  // SEG.SEQ - ISS of its connection (RFC 9293 §3.4 arithmetic)
    uint32_t segLen = 0; // SEG.LEN: payload + 1 for SYN + 1 for FIN
    SegmentMark mark = SegmentMark::Normal;
    uint64_t segId = 0;
    uint32_t event = kNoEvent; // its Send event
};

struct AckPoint {
    SimTime t;          // when the peer sent the acknowledging segment
    int64_t relAck = 0; // SEG.ACK - ISS of the data sender's connection
    uint64_t segId = 0;
    uint32_t event = kNoEvent;
};

struct SeqDirection {
    HostId sender = HostId::Client;
    bool hasIsn = false;
    uint32_t isn = 0; // for segments outside any connection: the sender's first SYN's number (else first segment's)
    std::vector<SeqPoint> segments; // in send order; injected segments are not the host's own
    std::vector<AckPoint> acks;     // the peer's segments with ACK set, in send order
};

SeqDirection buildSeqDirection(const Trace& trace, HostId sender);

struct StateSpan {
    HostId host = HostId::Client;
    TcpState state = TcpState::Closed;
    SimTime from, to;
    uint32_t event = kNoEvent; // the State event that began it (kNoEvent for the initial CLOSED)
};

// Each host's primary-connection states over [0, end], in time order (as the diagram's lanes).
std::vector<StateSpan> buildStateSpans(const Trace& trace, const DiagramModel& model);
// Builds the trace's diagram model first (tests; the app shares the session's).
std::vector<StateSpan> buildStateSpans(const Trace& trace);

struct RtoAttempt {
    HostId host = HostId::Client;
    uint32_t conn = 0;
    int attempt = 1; // 1 for the first arming of a run, 2 after the first expiry, ...
    SimTime armedAt;
    SimDuration rto; // due - armedAt
    SimTime endedAt; // fired, cancelled or re-armed (the trace's end if still running)
    bool fired = false;
    uint32_t event = kNoEvent; // its Timer Set event
};

struct RtoGiveUp {
    HostId host = HostId::Client;
    uint32_t conn = 0;
    SimTime t;
    SimDuration lastRto; // the RTO of the attempt whose expiry gave up
    Reason reason = Reason::None;
    uint32_t event = kNoEvent; // the event that carries the give-up reason
};

struct RtoSeries {
    std::vector<RtoAttempt> attempts; // in arming order
    std::vector<RtoGiveUp> giveUps;
};

// A run of the retransmission timer continues while each arming follows its predecessor's
// expiry; an arming after a cancellation (the data was acknowledged) starts a new run at 1.
RtoSeries buildRtoSeries(const Trace& trace, const DiagramModel& model);
RtoSeries buildRtoSeries(const Trace& trace);

// The unit the time axes use: milliseconds when the lesson is short, else seconds.
struct TimeUnit {
    double perUs = 1e-3; // axis value per microsecond
    bool seconds = false;
    double value(SimTime t) const { return static_cast<double>(t.us()) * perUs; }
};
TimeUnit timeUnitFor(SimTime span);

} // namespace hl
