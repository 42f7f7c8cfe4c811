#include "core/simulation.h"

#include "core/channel.h"
#include "core/event_queue.h"
#include "core/isn_sequence.h"
#include "core/random.h"

#include <algorithm>
#include <array>
#include <map>
#include <random>
#include <tuple>
#include <type_traits>
#include <variant>

namespace hl {
namespace {

size_t idx(HostId h) { return h == HostId::Client ? 0 : 1; }

UserCall toUserCall(ActionKind k) {
    switch (k) {
    case ActionKind::Listen: return UserCall::Listen;
    case ActionKind::Connect: return UserCall::Connect;
    case ActionKind::Send: return UserCall::Send;
    case ActionKind::Shutdown: return UserCall::Shutdown;
    case ActionKind::Close: return UserCall::Close;
    case ActionKind::Abort: return UserCall::Abort;
    case ActionKind::Reboot: return UserCall::Reboot;
    case ActionKind::Inject: break;
    }
    return UserCall::Listen;
}

// The lesson may lower the event limit, never raise it.
SimOptions withLessonLimit(SimOptions o, const Scenario& sc) {
    if (sc.maxEvents) o.budget.maxEvents = std::min(o.budget.maxEvents, *sc.maxEvents);
    return o;
}

class Simulator {
public:
    Simulator(const Scenario& sc, const SimOptions& opts);
    Simulator(const Simulator&) = delete; // the hosts' ISN sources point into this object
    Simulator& operator=(const Simulator&) = delete;

    Trace run();

private:
    Host& host(HostId h) { return *hosts_[idx(h)]; }
    uint16_t port(HostId h) const { return h == HostId::Client ? sc_.client.port : sc_.server.port; }

    void runAction(const AgendaItem& item);
    void runCall(const Action& a);
    void runInject(const Action& a);
    void runSegment(const AgendaItem& item);
    void runTimer(const AgendaItem& item);

    uint32_t emit(TraceEvent e);
    std::optional<BudgetLimit> overBudget() const;
    void stopForBudget(BudgetLimit limit);
    uint32_t currentConn(HostId h, UserCall call);
    void record(HostId h, const HostOutputs& outs, uint32_t root);
    void recordOne(HostId h, uint32_t conn, const EndpointOutput& what, uint32_t root);
    void recordSend(HostId h, uint32_t conn, const OutSend& s, uint32_t root);
    void recordTcb(HostId h);
    TcpState& stateOf(HostId h, uint32_t conn);

    const Scenario& sc_;
    SimOptions opts_;
    uint64_t seed_;
    std::array<IsnSequence, 2> isn_;
    std::array<std::optional<Host>, 2> hosts_;
    Channel channel_;
    EventQueue queue_;
    Trace trace_;
    SimTime now_;
    uint64_t armings_ = 0;
    uint64_t inFlight_ = 0;                 // segment copies scheduled and not yet arrived or lost
    SimTime stillAt_;                       // the instant of the events since stillSince_
    size_t stillSince_ = 0;                 // index of the first event at that instant
    size_t nextProgress_ = kProgressEvents; // trace size at which opts_.progress is called next
    // The newest arming of each (host, conn, timer); an expiry of an older arming is stale.
    std::map<std::tuple<HostId, uint32_t, TimerKind>, uint64_t> liveArming_;
    // Each connection's state as the trace tells it (index: connection id), for senderState.
    std::array<std::vector<TcpState>, 2> states_;
    std::map<std::pair<HostId, uint32_t>, TcbVars> lastTcb_;
};

Simulator::Simulator(const Scenario& sc, const SimOptions& opts)
    : sc_(sc), opts_(withLessonLimit(opts, sc)),
      seed_(opts.seedOverride.value_or(sc.seed)), isn_{IsnSequence(sc.client.isn, splitMix64(seed_ ^ kClientIsnStreamSalt)),
                                                       IsnSequence(sc.server.isn, splitMix64(seed_ ^ kServerIsnStreamSalt))},
      channel_(sc.latency, sc.faults, sc.loss, seed_) {
    const Profile profile = opts.profileOverride.value_or(sc.profile);
    hosts_[0].emplace(HostId::Client, sc.client.port, resolveOptions(profile, sc.client.options),
                      [this] { return isn_[0].next(); });
    hosts_[1].emplace(HostId::Server, sc.server.port, resolveOptions(profile, sc.server.options),
                      [this] { return isn_[1].next(); });
    for (size_t i = 0; i < sc.actions.size(); ++i)
        queue_.push({sc.actions[i].at, AgendaClass::Action, i, 0, HostId::Client, 0, TimerKind::Retransmit});
}

Trace Simulator::run() {
    while (!queue_.empty()) {
        if (queue_.top().t > sc_.until) { // events after `until` are not processed
            trace_.truncated = true;
            break;
        }
        const AgendaItem item = queue_.pop();
        now_ = item.t;
        if (now_ != stillAt_) {
            stillAt_ = now_;
            stillSince_ = trace_.events.size();
        }
        switch (item.cls) {
        case AgendaClass::Segment:
            --inFlight_;
            runSegment(item);
            break;
        case AgendaClass::Timer: runTimer(item); break;
        case AgendaClass::Action: runAction(item); break;
        }
        if (const std::optional<BudgetLimit> limit = overBudget()) {
            stopForBudget(*limit);
            break;
        }
        if (opts_.progress && trace_.events.size() >= nextProgress_) {
            nextProgress_ = trace_.events.size() + kProgressEvents;
            if (!opts_.progress(trace_.events.size())) break; // cancelled: the caller drops this trace
        }
    }
    if (!trace_.events.empty()) trace_.end = trace_.events.back().t;
    return std::move(trace_);
}

uint32_t Simulator::emit(TraceEvent e) {
    e.t = now_;
    trace_.events.push_back(e);
    return static_cast<uint32_t>(trace_.events.size() - 1);
}

std::optional<BudgetLimit> Simulator::overBudget() const {
    const WorkBudget& b = opts_.budget;
    if (trace_.events.size() - stillSince_ >= b.maxStillEvents) return BudgetLimit::TimeStill;
    if (trace_.events.size() >= b.maxEvents) return BudgetLimit::Events;
    if (inFlight_ >= b.maxInFlight) return BudgetLimit::InFlight;
    return std::nullopt;
}

// The run ends here with a note on the host that acted last; the trace so far stays valid
// (copies still in flight have no end event, as after Scenario::until).
void Simulator::stopForBudget(BudgetLimit limit) {
    const WorkBudget& b = opts_.budget;
    TraceEvent note;
    note.type = EventType::Note;
    note.host = trace_.events.empty() ? HostId::Client : trace_.events.back().host;
    const auto [reason, value] = [&]() -> std::pair<Reason, uint64_t> {
        switch (limit) {
        case BudgetLimit::Events: return {Reason::BudgetEvents, b.maxEvents};
        case BudgetLimit::InFlight: return {Reason::BudgetInFlight, b.maxInFlight};
        case BudgetLimit::TimeStill: return {Reason::BudgetTimeStill, b.maxStillEvents};
        }
        return {Reason::BudgetEvents, b.maxEvents};
    }();
    note.reason = reason;
    emit(note);
    trace_.stop = BudgetStop{limit, likelyStopCause(trace_), value};
}

TcpState& Simulator::stateOf(HostId h, uint32_t conn) {
    auto& v = states_[idx(h)];
    if (v.size() <= conn) v.resize(conn + 1, TcpState::Closed);
    return v[conn];
}

void Simulator::runAction(const AgendaItem& item) {
    const Action& a = sc_.actions[item.order];
    if (a.kind == ActionKind::Inject)
        runInject(a);
    else
        runCall(a);
}

// The connection a call acts on, as the host will pick it (Host::callTarget); 0 for the calls
// that make a connection or act on the whole host.
uint32_t Simulator::currentConn(HostId h, UserCall call) {
    if (call == UserCall::Listen || call == UserCall::Connect || call == UserCall::Reboot) return 0;
    return host(h).callTarget(call == UserCall::Close || call == UserCall::Abort).value_or(0);
}

void Simulator::runCall(const Action& a) {
    TraceEvent call;
    call.type = EventType::Call;
    call.host = a.host;
    call.call = toUserCall(a.kind);
    call.bytes = a.kind == ActionKind::Send ? a.bytes : 0;
    call.conn = currentConn(a.host, call.call);
    const uint32_t root = emit(call);

    HostOutputs outs;
    Host& h = host(a.host);
    switch (a.kind) {
    case ActionKind::Listen: h.listen(now_, outs); break;
    case ActionKind::Connect: h.connect(now_, port(peerOf(a.host)), outs); break;
    case ActionKind::Send: h.send(now_, a.bytes, outs); break;
    case ActionKind::Shutdown: h.shutdown(now_, outs); break;
    case ActionKind::Close: h.close(now_, outs); break;
    case ActionKind::Abort: h.abort(now_, outs); break;
    case ActionKind::Reboot: h.reboot(now_, outs); break;
    case ActionKind::Inject: break;
    }
    // listen and connect create the connection they act on: name it once it exists.
    if (trace_.events[root].conn == 0 && a.kind != ActionKind::Reboot) {
        for (const HostOutput& o : outs) {
            if (o.conn != 0) {
                trace_.events[root].conn = o.conn;
                break;
            }
        }
    }
    record(a.host, outs, root);
    recordTcb(a.host);
}

void Simulator::runInject(const Action& a) {
    const HostId to = a.host;
    SegmentRecord rec;
    rec.seg.id = trace_.segments.size() + 1;
    rec.seg.srcPort = a.segment.srcPort.value_or(port(peerOf(to))); // as if from the peer
    rec.seg.dstPort = port(to);
    rec.seg.flags = a.segment.flags;
    rec.seg.seq = SeqNum(a.segment.seq);
    rec.seg.ack = SeqNum(a.segment.ack);
    rec.seg.len = a.segment.len;
    rec.seg.window = a.segment.window.value_or(65535);
    rec.from = peerOf(to);
    rec.to = to;
    rec.sentAt = now_;
    rec.injected = true;

    TraceEvent e;
    e.type = EventType::Inject;
    e.host = to;
    e.segId = rec.seg.id;
    const uint32_t root = emit(e);
    rec.sendEvent = root;
    const Segment seg = rec.seg;
    trace_.segments.push_back(std::move(rec));

    HostOutputs outs;
    host(to).onSegment(now_, seg, outs);
    record(to, outs, root);
    recordTcb(to);
}

void Simulator::runSegment(const AgendaItem& item) {
    SegmentRecord& rec = trace_.segments[item.order - 1];
    SegmentCopy& copy = rec.copies[item.copy];
    TraceEvent e;
    e.segId = item.order;
    e.copy = item.copy;
    if (copy.lost) {
        e.type = EventType::Drop;
        e.host = rec.from; // the drop is drawn on the sender's arrow
        e.dropCause = copy.cause;
        e.reason = copy.cause == DropCause::Loss ? Reason::ChannelLoss : Reason::ChannelFault;
        copy.endEvent = emit(e);
        return;
    }
    e.type = EventType::Deliver;
    e.host = rec.to;
    e.reason = Reason::ChannelDelivered;
    const uint32_t root = emit(e);
    copy.endEvent = root;
    const Segment seg = rec.seg; // the record may move when the handler sends segments
    const HostId to = rec.to;
    HostOutputs outs;
    host(to).onSegment(now_, seg, outs);
    record(to, outs, root);
    recordTcb(to);
}

void Simulator::runTimer(const AgendaItem& item) {
    const auto key = std::make_tuple(item.host, item.conn, item.timer);
    auto live = liveArming_.find(key);
    // Stale expiries (re-armed, cancelled, or the connection is gone) are silently ignored.
    if (live == liveArming_.end() || live->second != item.order) return;
    if (host(item.host).timerDue(item.conn, item.timer) != item.t) return;
    liveArming_.erase(live);

    TraceEvent e;
    e.type = EventType::Timer;
    e.host = item.host;
    e.conn = item.conn;
    e.timer = item.timer;
    e.op = TimerOp::Fire;
    e.due = item.t;
    const uint32_t root = emit(e);
    HostOutputs outs;
    host(item.host).onTimer(now_, item.conn, item.timer, outs);
    record(item.host, outs, root);
    recordTcb(item.host);
}

void Simulator::record(HostId h, const HostOutputs& outs, uint32_t root) {
    for (const HostOutput& o : outs) recordOne(h, o.conn, o.what, root);
}

void Simulator::recordOne(HostId h, uint32_t conn, const EndpointOutput& what, uint32_t root) {
    TraceEvent e;
    e.host = h;
    e.conn = conn;
    e.cause = root;
    std::visit(
        [&](const auto& o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, OutState>) {
                e.type = EventType::State;
                e.from = o.from;
                e.to = o.to;
                e.reason = o.reason;
                stateOf(h, conn) = o.to;
                emit(e);
            } else if constexpr (std::is_same_v<T, OutSend>) {
                recordSend(h, conn, o, root);
            } else if constexpr (std::is_same_v<T, OutTimerSet>) {
                e.type = EventType::Timer;
                e.timer = o.timer;
                e.op = TimerOp::Set;
                e.due = o.due;
                emit(e);
                const uint64_t arming = ++armings_;
                liveArming_[std::make_tuple(h, conn, o.timer)] = arming;
                queue_.push({o.due, AgendaClass::Timer, arming, 0, h, conn, o.timer});
            } else if constexpr (std::is_same_v<T, OutTimerCancel>) {
                e.type = EventType::Timer;
                e.timer = o.timer;
                e.op = TimerOp::Cancel;
                emit(e);
                liveArming_.erase(std::make_tuple(h, conn, o.timer));
            } else if constexpr (std::is_same_v<T, OutNotify>) {
                e.type = EventType::Notify;
                e.notify = o.event;
                e.bytes = o.bytes;
                e.reason = o.reason;
                emit(e);
            } else {
                static_assert(std::is_same_v<T, OutNote>);
                e.type = EventType::Note;
                e.reason = o.reason;
                emit(e);
            }
        },
        what);
}

void Simulator::recordSend(HostId h, uint32_t conn, const OutSend& s, uint32_t root) {
    SegmentRecord rec;
    rec.seg = s.seg;
    rec.seg.id = trace_.segments.size() + 1; // ids in send order, from 1
    rec.from = h;
    rec.to = peerOf(h);
    rec.conn = conn;
    rec.sentAt = now_;
    rec.retransmission = s.retransmission;
    rec.senderState = conn == 0 ? TcpState::Closed : stateOf(h, conn);

    TraceEvent e;
    e.type = EventType::Send;
    e.host = h;
    e.conn = conn;
    e.cause = root;
    e.segId = rec.seg.id;
    e.retransmission = s.retransmission;
    e.reason = s.reason;
    rec.sendEvent = emit(e);
    rec.copies = channel_.transmit(rec.seg, h, now_);
    inFlight_ += rec.copies.size();
    for (uint32_t c = 0; c < rec.copies.size(); ++c)
        queue_.push({rec.copies[c].endsAt, AgendaClass::Segment, rec.seg.id, c, h, 0, TimerKind::Retransmit});
    trace_.segments.push_back(std::move(rec));
}

// TcbRecords for the connections of `h` whose variables changed in the step just handled.
void Simulator::recordTcb(HostId h) {
    if (!opts_.recordTcb || trace_.events.empty()) return;
    const auto last = static_cast<uint32_t>(trace_.events.size() - 1);
    const Host& hh = host(h);
    for (uint32_t id : hh.connectionIds()) {
        const Endpoint* ep = hh.connection(id);
        if (!ep) continue;
        auto [it, inserted] = lastTcb_.try_emplace({h, id}, ep->vars());
        if (!inserted && it->second == ep->vars()) continue;
        it->second = ep->vars();
        trace_.tcb.push_back({last, h, id, ep->vars()});
    }
}

} // namespace

Trace simulate(const Scenario& scenario, const SimOptions& options) {
    Simulator sim(scenario, options);
    return sim.run();
}

} // namespace hl
