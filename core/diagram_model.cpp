#include "core/diagram_model.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>

namespace hl {

namespace {

size_t hostIndex(HostId h) { return h == HostId::Client ? 0 : 1; }

void buildBands(const Trace& trace, DiagramModel& m) {
    ConnTable table; // the lifeline shows Snapshot::primary's connection
    DiagramBand open[2] = {{HostId::Client, TcpState::Closed, m.start, m.start, kNoEvent},
                           {HostId::Server, TcpState::Closed, m.start, m.start, kNoEvent}};
    std::vector<DiagramBand> perHost[2];
    for (size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent& e = trace.events[i];
        if (e.type != EventType::State) continue;
        const size_t h = hostIndex(e.host);
        table.applyState(e, static_cast<uint32_t>(i));
        const ConnSnapshot* primary = table.primary(e.host);
        const TcpState shown = primary ? primary->state : TcpState::Closed;
        if (shown == open[h].state) continue;
        open[h].to = e.t;
        if (open[h].to > open[h].from) perHost[h].push_back(open[h]);
        open[h] = {e.host, shown, e.t, e.t, static_cast<uint32_t>(i), e.inferred};
    }
    for (size_t h = 0; h < 2; ++h) {
        open[h].to = m.shownEnd;
        if (open[h].to > open[h].from || perHost[h].empty()) perHost[h].push_back(open[h]);
        m.bands.insert(m.bands.end(), perHost[h].begin(), perHost[h].end());
    }
}

void assignTimerColumns(DiagramModel& m) {
    std::vector<SimTime> columnFree[2]; // per host: when each column's last bracket ends
    for (DiagramTimer& t : m.timers) {
        auto& cols = columnFree[hostIndex(t.host)];
        size_t c = 0;
        while (c < cols.size() && cols[c] > t.from) ++c;
        if (c == cols.size())
            cols.push_back(t.to);
        else
            cols[c] = t.to;
        t.column = static_cast<int>(c);
    }
    m.timerColumns[0] = static_cast<int>(columnFree[0].size());
    m.timerColumns[1] = static_cast<int>(columnFree[1].size());
}

void buildTimers(const Trace& trace, DiagramModel& m) {
    using Key = std::tuple<size_t, uint32_t, TimerKind>;
    std::map<Key, DiagramTimer> open;
    ConnTable table;
    auto close = [&](std::map<Key, DiagramTimer>::iterator it, SimTime t, TimerEnd how, uint32_t ev) {
        DiagramTimer d = it->second;
        d.to = t;
        d.end = how;
        d.endEvent = ev;
        open.erase(it);
        // A timer set and dropped in the same instant never ran; it would only be noise.
        if (d.to > d.from || how == TimerEnd::Fired) m.timers.push_back(d);
    };
    for (size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent& e = trace.events[i];
        const auto ev = static_cast<uint32_t>(i);
        if (e.type == EventType::State) {
            if (table.applyState(e, ev).exists) continue;
            // A deleted connection has no timers left (the snapshot's rule, ConnTable).
            for (auto it = open.begin(); it != open.end();) {
                auto next = std::next(it);
                if (std::get<0>(it->first) == hostIndex(e.host) && std::get<1>(it->first) == e.conn)
                    close(it, e.t, TimerEnd::Closed, ev);
                it = next;
            }
            continue;
        }
        if (e.type != EventType::Timer) continue;
        const Key key{hostIndex(e.host), e.conn, e.timer};
        auto it = open.find(key);
        switch (e.op) {
        case TimerOp::Set: {
            const bool rearm = it != open.end();
            if (rearm) close(it, e.t, TimerEnd::Rearmed, ev);
            open[key] = DiagramTimer{e.host,         e.conn, e.timer,  e.t, e.due, e.due,
                                     TimerEnd::Open, ev,     kNoEvent, 0,   rearm};
            break;
        }
        case TimerOp::Cancel:
            if (it != open.end()) close(it, e.t, TimerEnd::Cancelled, ev);
            break;
        case TimerOp::Fire:
            if (it != open.end()) close(it, e.t, TimerEnd::Fired, ev);
            break;
        }
    }
    for (auto it = open.begin(); it != open.end();) {
        auto next = std::next(it);
        close(it, std::min(it->second.due, m.end), TimerEnd::Open, kNoEvent);
        it = next;
    }
    std::stable_sort(m.timers.begin(), m.timers.end(),
                     [](const DiagramTimer& a, const DiagramTimer& b) { return a.setEvent < b.setEvent; });
    assignTimerColumns(m);
}

void buildCopies(const Trace& trace, DiagramModel& m) {
    std::vector<bool> ended(trace.segments.size(), false); // some copy arrived or was lost
    for (size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent& e = trace.events[i];
        if (e.type != EventType::Deliver && e.type != EventType::Drop) continue;
        const SegmentRecord* rec = trace.segment(e.segId);
        if (!rec) continue;
        ended[e.segId - 1] = true;
        DiagramCopy c;
        c.segId = e.segId;
        c.copy = e.copy;
        c.from = rec->from;
        c.to = rec->to;
        c.sentAt = rec->sentAt;
        c.endsAt = e.t;
        c.lost = e.type == EventType::Drop;
        c.dropCause = e.dropCause;
        c.arrived = e.type == EventType::Deliver;
        c.retransmission = rec->retransmission;
        c.injected = rec->injected;
        c.sendEvent = rec->sendEvent;
        c.endEvent = static_cast<uint32_t>(i);
        if (e.copy < rec->copies.size()) c.delay = rec->copies[e.copy].delay;
        m.copies.push_back(c);
    }
    // Copies still on the wire when the run stopped (Scenario::until): drawn towards the receiver
    // up to the end of the run, without an arrowhead, whatever the network had decided for them.
    const auto pending = [&](const SegmentRecord& rec, uint32_t copy) {
        DiagramCopy c;
        c.segId = rec.seg.id;
        c.copy = copy;
        c.from = rec.from;
        c.to = rec.to;
        c.sentAt = rec.sentAt;
        c.endsAt = std::max(rec.sentAt, m.end);
        c.retransmission = rec.retransmission;
        c.injected = rec.injected;
        c.sendEvent = rec.sendEvent;
        if (copy < rec.copies.size()) c.delay = rec.copies[copy].delay;
        m.copies.push_back(c);
    };
    for (size_t s = 0; s < trace.segments.size(); ++s) {
        const SegmentRecord& rec = trace.segments[s];
        for (uint32_t k = 0; k < rec.copies.size(); ++k)
            if (rec.copies[k].endEvent == kNoEvent) pending(rec, k);
        if (!rec.copies.empty() || ended[s]) continue;
        if (rec.injected) {
            // A crafted segment reaches its host the moment it is injected (its Inject event).
            DiagramCopy c;
            c.segId = rec.seg.id;
            c.from = rec.from;
            c.to = rec.to;
            c.sentAt = c.endsAt = rec.sentAt;
            c.arrived = true;
            c.injected = true;
            c.sendEvent = c.endEvent = rec.sendEvent;
            m.copies.push_back(c);
        } else {
            pending(rec, 0);
        }
    }
}

// Walks the events in order; at each (host, instant) an arrival takes the next slot and a send
// takes the slot of the arrival just before it (its cause), or the next slot. A loss happens on
// the wire, so a lost copy ends in its send slot.
void assignSlots(const Trace& trace, DiagramModel& m) {
    struct Instant {
        int64_t us = INT64_MIN;
        int next = 0;
        bool arrivalUnanswered = false;
    };
    Instant at[2];
    std::map<uint32_t, std::vector<DiagramCopy*>> bySend, byEnd;
    for (DiagramCopy& c : m.copies) {
        bySend[c.sendEvent].push_back(&c);
        if (c.endEvent != kNoEvent && !c.lost) byEnd[c.endEvent].push_back(&c);
    }
    std::map<uint32_t, int> sendSlotOf; // send event -> its slot
    for (size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent& e = trace.events[i];
        const bool send = e.type == EventType::Send || e.type == EventType::Inject;
        if (!send && e.type != EventType::Deliver) continue;
        // Send: e.host is the sender; Inject/Deliver: the receiving host (TraceEvent's rule).
        Instant& in = at[hostIndex(e.host)];
        if (in.us != e.t.us()) in = {e.t.us(), 0, false};
        const auto ev = static_cast<uint32_t>(i);
        if (e.type == EventType::Send) {
            const int slot = in.arrivalUnanswered ? in.next - 1 : in.next++;
            in.arrivalUnanswered = false;
            sendSlotOf[ev] = slot;
        } else {
            const int slot = in.next++;
            // A crafted segment is drawn flat at its instant: its reply gets a row of its own.
            in.arrivalUnanswered = e.type == EventType::Deliver;
            if (e.type == EventType::Inject) sendSlotOf[ev] = slot; // it appears where it arrives
            if (auto it = byEnd.find(ev); it != byEnd.end())
                for (DiagramCopy* c : it->second) c->endSlot = slot;
        }
    }
    for (auto& [ev, copies] : bySend) {
        const auto it = sendSlotOf.find(ev);
        const int slot = it == sendSlotOf.end() ? 0 : it->second;
        for (DiagramCopy* c : copies) {
            c->sendSlot = slot;
            if (c->lost || c->endEvent == kNoEvent || c->injected) c->endSlot = slot;
            m.maxSlot = std::max({m.maxSlot, c->sendSlot, c->endSlot});
        }
    }
}

SimDuration typicalFlight(const std::vector<DiagramCopy>& copies) {
    std::vector<int64_t> flights;
    for (const DiagramCopy& c : copies)
        if (c.arrived && c.endsAt > c.sentAt) flights.push_back((c.endsAt - c.sentAt).us());
    if (flights.empty()) return 100_ms;
    std::nth_element(flights.begin(), flights.begin() + flights.size() / 2, flights.end());
    return SimTime::fromUs(flights[flights.size() / 2]);
}

} // namespace

DiagramModel buildDiagramModel(const Trace& trace) {
    DiagramModel m;
    m.start = trace.events.empty() ? SimTime{} : std::min(SimTime{}, trace.events.front().t);
    m.end = trace.end;
    m.times.reserve(trace.events.size() + 2);
    m.times.push_back(m.start);
    for (const TraceEvent& e : trace.events) {
        m.times.push_back(e.t);
        m.end = std::max(m.end, e.t);
    }
    buildCopies(trace, m);
    assignSlots(trace, m);
    m.typicalFlight = typicalFlight(m.copies);
    m.shownEnd = m.end + m.typicalFlight / 2;
    m.times.push_back(m.end);
    m.times.push_back(m.shownEnd);
    buildBands(trace, m);
    buildTimers(trace, m);
    return m;
}

} // namespace hl
