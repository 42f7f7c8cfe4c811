#include "core/diagram_model.h"

#include <algorithm>
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
        open[h] = {e.host, shown, e.t, e.t, static_cast<uint32_t>(i)};
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
        if (c == cols.size()) cols.push_back(t.to);
        else cols[c] = t.to;
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
        case TimerOp::Set:
            if (it != open.end()) close(it, e.t, TimerEnd::Rearmed, ev);
            open[key] = DiagramTimer{e.host, e.conn, e.timer, e.t, e.due, e.due, TimerEnd::Open, ev, kNoEvent, 0};
            break;
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
    m.typicalFlight = typicalFlight(m.copies);
    m.shownEnd = m.end + m.typicalFlight / 2;
    m.times.push_back(m.end);
    m.times.push_back(m.shownEnd);
    buildBands(trace, m);
    buildTimers(trace, m);
    return m;
}

} // namespace hl
