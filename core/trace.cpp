#include "core/trace.h"

#include <algorithm>

namespace hl {

const ConnSnapshot* Snapshot::find(HostId host, uint32_t conn) const {
    for (const ConnSnapshot& c : conns)
        if (c.host == host && c.conn == conn) return &c;
    return nullptr;
}

const ConnSnapshot* Snapshot::primary(HostId host) const { return primaryConnection(conns, host); }

const ConnSnapshot* primaryConnection(const std::vector<ConnSnapshot>& conns, HostId host) {
    const ConnSnapshot* listener = nullptr;
    const ConnSnapshot* newest = nullptr;
    for (const ConnSnapshot& c : conns) {
        if (c.host != host) continue;
        if (c.listener) {
            listener = &c;
        } else if (!newest || c.conn > newest->conn) {
            newest = &c;
        }
    }
    return newest ? newest : listener;
}

ConnSnapshot& ConnTable::get(HostId host, uint32_t conn) {
    for (ConnSnapshot& c : conns_)
        if (c.host == host && c.conn == conn) return c;
    ConnSnapshot& c = conns_.emplace_back();
    c.host = host;
    c.conn = conn;
    return c;
}

const ConnSnapshot& ConnTable::applyState(const TraceEvent& e, uint32_t index) {
    ConnSnapshot& c = get(e.host, e.conn);
    // A connection that starts by going CLOSED -> LISTEN is its host's listener.
    if (c.lastChangeEvent == kNoEvent && e.from == TcpState::Closed && e.to == TcpState::Listen) c.listener = true;
    c.previous = e.from;
    c.state = e.to;
    c.lastReason = e.reason;
    c.lastChangeEvent = index;
    // A CLOSED connection is deleted with its timers (RFC 9293 §3.10.7: the TCB is deleted). So is
    // one that is not the listener and goes back to LISTEN (RST in SYN_RECEIVED, §3.10.7.4): the
    // listener takes over.
    const bool backToListener = e.to == TcpState::Listen && !c.listener;
    c.exists = e.to != TcpState::Closed && !backToListener;
    if (!c.exists) c.timers.clear();
    return c;
}

void ConnTable::applyTimer(const TraceEvent& e) {
    ConnSnapshot& c = get(e.host, e.conn);
    auto& timers = c.timers;
    timers.erase(std::remove_if(timers.begin(), timers.end(), [&](const TimerSnapshot& t) { return t.kind == e.timer; }),
                 timers.end());
    // Setting re-arms; cancel and fire leave the timer disarmed.
    if (e.op == TimerOp::Set) timers.push_back({e.timer, e.t, e.due});
}

std::vector<ConnSnapshot> ConnTable::take() {
    std::sort(conns_.begin(), conns_.end(), [](const ConnSnapshot& a, const ConnSnapshot& b) {
        if (a.host != b.host) return a.host == HostId::Client;
        return a.conn < b.conn;
    });
    for (ConnSnapshot& c : conns_)
        std::sort(c.timers.begin(), c.timers.end(),
                  [](const TimerSnapshot& a, const TimerSnapshot& b) { return a.due < b.due; });
    return std::move(conns_);
}

namespace {

std::vector<InFlight> inFlightAt(const Trace& trace, size_t cursor) {
    std::vector<InFlight> out;
    for (const SegmentRecord& rec : trace.segments) {
        if (rec.sendEvent == kNoEvent || rec.sendEvent >= cursor) continue; // not sent yet
        for (uint32_t copy = 0; copy < rec.copies.size(); ++copy) {
            const SegmentCopy& c = rec.copies[copy];
            if (c.endEvent != kNoEvent && c.endEvent < cursor) continue; // already arrived or lost
            out.push_back({rec.seg.id, copy, rec.sentAt, c.endsAt, c.lost});
        }
    }
    return out;
}

} // namespace

Snapshot snapshotAt(const Trace& trace, size_t cursor) {
    Snapshot snap;
    snap.cursor = std::min(cursor, trace.events.size());
    ConnTable table;
    for (size_t i = 0; i < snap.cursor; ++i) {
        const TraceEvent& e = trace.events[i];
        snap.t = e.t;
        if (e.type == EventType::State)
            table.applyState(e, static_cast<uint32_t>(i));
        else if (e.type == EventType::Timer)
            table.applyTimer(e);
    }
    // TCB variables: the latest record of each connection at or before the cursor.
    for (const TcbRecord& r : trace.tcb) {
        if (r.afterEvent >= snap.cursor) break; // records are in event order
        table.get(r.host, r.conn).tcb = r.vars;
    }
    snap.conns = table.take();
    snap.inFlight = inFlightAt(trace, snap.cursor);
    return snap;
}

std::vector<size_t> stepEnds(const Trace& trace) {
    std::vector<size_t> ends;
    for (size_t i = 1; i < trace.events.size(); ++i)
        if (trace.events[i].cause == kNoEvent) ends.push_back(i);
    if (!trace.events.empty()) ends.push_back(trace.events.size());
    return ends;
}

} // namespace hl
