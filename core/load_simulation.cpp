// The load simulation (issue 6). Every connection runs through two real Endpoints; this file is
// only the plumbing around them: the agenda, the ports, the two applications and the counts.
// The hot path allocates nothing per event: one reused Outputs vector, FIFOs and a heap that
// keep their capacity, and one slot per ephemeral port that holds the endpoints in place.
#include "core/load_simulation.h"

#include "core/endpoint_pool.h"
#include "core/host.h"
#include "core/isn_sequence.h"
#include "core/load_agenda.h"
#include "core/random.h"
#include "core/work_budget.h"

#include <cmath>
#include <random>
#include <variant>

namespace hl {
namespace {

size_t sideIdx(HostId h) { return static_cast<size_t>(h); }
size_t stateIdx(TcpState s) { return static_cast<size_t>(s); }

// A socket is counted while it exists as a connection. A server connection is born out of the
// listener (its first transition is LISTEN -> SYN_RECEIVED) and may go back to it (§3.10.7.4: a
// RST in a passively opened SYN-RECEIVED); both CLOSED and LISTEN therefore mean "no socket".
bool counted(TcpState s) { return s != TcpState::Closed && s != TcpState::Listen; }

// One application side of one connection.
struct AppSide {
    uint32_t ep = EndpointPool::kNone; // in the pool; kNone: no socket
    std::array<uint64_t, 3> arming{};  // live arming number per TimerKind; 0 = none
    uint64_t received = 0;             // bytes the app has read
    bool sentPart = false;             // request (client) or response (server) handed to TCP
    bool closeCalled = false;
    bool leak = false; // a server handler that never calls close
    bool sawEof = false;
    bool connected = false;
};

// Everything about one client port: the client socket on it and the server socket of the same
// 4-tuple (the server has one address and one port, so the client port names the connection).
struct PortSlot {
    std::array<AppSide, 2> side; // indexed by HostId
    uint64_t openedIndex = 0;    // which opened connection the client socket on this port is
};

class LoadSimulator {
public:
    LoadSimulator(const Scenario& sc, const LoadOptions& opts);
    LoadResult run();

private:
    void runConnect();
    void runArrival(HostId to, const LoadArrival& a);
    void runTimer(const LoadTimer& t);
    void arriveAtServer(uint32_t slot, const Segment& seg);
    void acceptAtServer(uint32_t slot, const Segment& seg);
    void arriveAtClient(uint32_t slot, const Segment& seg);
    void sendReply(HostId from, const Segment& seg);

    template <class Call>
    void callEndpoint(uint32_t slot, HostId side, Call call);
    void handleOutputs(uint32_t slot, HostId side, bool isListener);
    void transmit(HostId from, const Segment& seg);
    void countTransition(HostId side, TcpState from, TcpState to);
    void reap(uint32_t slot, HostId side);
    void appReact(uint32_t slot, HostId side);
    bool isLeak(uint64_t k) const; // k: the index of the connection among those opened

    void takeSamplesBefore(SimTime t);
    void pushSample(SimTime at);
    bool reportProgress();

    const Scenario& sc_;
    LoadOptions opts_;
    LoadSpec spec_;
    HostOptions clientOpts_, serverOpts_;
    uint16_t serverPort_;
    uint64_t connectsTotal_;
    std::array<IsnSequence, 2> isn_;
    std::mt19937_64 lossRng_;

    EndpointPool pool_;
    std::vector<PortSlot> slots_;
    RingQueue<uint32_t> freePorts_; // slot indices, the port free the longest first
    std::optional<Endpoint> listener_;
    LoadAgenda agenda_;
    Outputs out_; // scratch for one endpoint call, reused (keeps its capacity)

    SimTime now_;
    uint64_t nextConnect_ = 0;
    uint64_t armings_ = 0;
    uint64_t iterations_ = 0;
    std::array<StateCounts, 2> counts_{};
    std::array<uint64_t, 2> opened_{};
    std::array<uint64_t, 2> closed_{};
    SimTime nextSampleAt_;
    SimTime estimatedEnd_;
    LoadResult result_;
};

LoadSimulator::LoadSimulator(const Scenario& sc, const LoadOptions& opts)
    : sc_(sc), opts_(opts), spec_(sc.load.value_or(LoadSpec{})),
      serverPort_(sc.server.port), isn_{IsnSequence(sc.client.isn, splitMix64(sc.seed ^ kClientIsnStreamSalt)),
                                        IsnSequence(sc.server.isn, splitMix64(sc.seed ^ kServerIsnStreamSalt))},
      lossRng_(splitMix64(sc.seed ^ kLossStreamSalt)) {
    const Profile profile = opts.profileOverride.value_or(sc.profile);
    clientOpts_ = resolveOptions(profile, sc.client.options);
    serverOpts_ = resolveOptions(profile, sc.server.options);
    if (opts.closerOverride) spec_.closer = *opts.closerOverride;
    if (opts.neverCloseOverride) spec_.neverCloseFraction = *opts.neverCloseOverride;
    // Connects at i / rate for every i with i / rate < duration.
    const double n = std::ceil(static_cast<double>(spec_.duration.us()) * spec_.ratePerS / 1e6);
    connectsTotal_ = spec_.ratePerS > 0 && n > 0 ? static_cast<uint64_t>(n) : 0;
    const uint32_t ports = spec_.portLast >= spec_.portFirst ? spec_.portLast - spec_.portFirst + 1u : 0u;
    slots_.resize(ports);
    for (uint32_t i = 0; i < ports; ++i) freePorts_.push(i);
    out_.reserve(64);
    const HostOptions& closer = spec_.closer == HostId::Client ? clientOpts_ : serverOpts_;
    estimatedEnd_ = spec_.duration + closer.msl * 2 + (sc.latency.c2s + sc.latency.s2c) * 4;
}

SimTime connectTime(uint64_t i, double ratePerS) {
    return SimTime::fromUs(static_cast<int64_t>(std::floor(static_cast<double>(i) * 1e6 / ratePerS)));
}

LoadResult LoadSimulator::run() {
    result_.connections = 0;
    Outputs lo;
    listener_.emplace(Endpoint::listen(SimTime(), serverOpts_, serverPort_, lo));
    for (;;) {
        const SimTime connectAt = nextConnect_ < connectsTotal_ ? connectTime(nextConnect_, spec_.ratePerS)
                                                                : SimTime::max();
        SimTime at;
        HostId to = HostId::Client;
        const LoadEventKind kind = agenda_.next(connectAt, at, to);
        if (kind == LoadEventKind::None) break;
        if (at > sc_.until) { // events after `until` are not processed
            now_ = sc_.until;
            break;
        }
        takeSamplesBefore(at);
        now_ = at;
        switch (kind) {
        case LoadEventKind::Arrival: runArrival(to, agenda_.popArrival(to)); break;
        case LoadEventKind::Timer: runTimer(agenda_.popTimer()); break;
        case LoadEventKind::Connect: runConnect(); break;
        case LoadEventKind::None: break;
        }
        if ((++iterations_ & 0xFFFF) == 0 && !reportProgress()) {
            result_.cancelled = true;
            break;
        }
        if (result_.segments >= kMaxLoadSegments) { // the estimate was wrong (core/work_budget.h)
            result_.stoppedByBudget = true;
            break;
        }
    }
    result_.end = now_;
    // Samples up to the end, and one more so that the last one shows the final state.
    takeSamplesBefore(now_ + SimTime::fromUs(1));
    if (!result_.cancelled && (result_.samples.empty() || result_.samples.back().at < now_)) pushSample(nextSampleAt_);
    if (opts_.progress && !result_.cancelled) opts_.progress(1.0);
    return std::move(result_);
}

bool LoadSimulator::reportProgress() {
    if (!opts_.progress) return true;
    const double f = static_cast<double>(now_.us()) / static_cast<double>(std::max<int64_t>(1, estimatedEnd_.us()));
    return opts_.progress(std::min(0.99, f));
}

bool LoadSimulator::isLeak(uint64_t k) const {
    // Connection k (0-based, in the order connects got a port) leaks when floor((k+1)·f) steps
    // up: exactly floor(N·f) of the first N connections leak, spread evenly.
    const double f = spec_.neverCloseFraction;
    return std::floor(static_cast<double>(k + 1) * f) > std::floor(static_cast<double>(k) * f);
}

void LoadSimulator::runConnect() {
    ++nextConnect_;
    ++result_.connections;
    ++result_.events;
    if (freePorts_.empty()) { // every ephemeral port is held (RFC 6056): the connect fails
        const int64_t period = std::max<int64_t>(1, opts_.sampleEvery.us());
        ++result_.failedConnects;
        if (result_.firstFailures.empty() || result_.firstFailures.back().us() / period != now_.us() / period)
            result_.firstFailures.push_back(now_);
        return;
    }
    const uint32_t slot = freePorts_.front();
    freePorts_.pop();
    PortSlot& ps = slots_[slot];
    ps.openedIndex = opened_[0];
    ps.side[0] = AppSide{};
    ++opened_[0];
    const FourTuple tuple{static_cast<uint16_t>(spec_.portFirst + slot), serverPort_};
    out_.clear();
    ps.side[0].ep = pool_.create([&] { return Endpoint::connect(now_, clientOpts_, tuple, isn_[0].next(), out_); });
    handleOutputs(slot, HostId::Client, false);
    appReact(slot, HostId::Client);
    reap(slot, HostId::Client);
}

void LoadSimulator::runArrival(HostId to, const LoadArrival& a) {
    ++result_.events;
    const uint16_t clientPort = to == HostId::Server ? a.seg.srcPort : a.seg.dstPort;
    if (clientPort < spec_.portFirst || clientPort > spec_.portLast) return; // not ours
    const uint32_t slot = clientPort - spec_.portFirst;
    if (to == HostId::Server)
        arriveAtServer(slot, a.seg);
    else
        arriveAtClient(slot, a.seg);
}

void LoadSimulator::arriveAtClient(uint32_t slot, const Segment& seg) {
    AppSide& s = slots_[slot].side[0];
    if (s.ep == EndpointPool::kNone) return sendReply(HostId::Client, seg);
    callEndpoint(slot, HostId::Client, [&](Endpoint& ep) { ep.onSegment(now_, seg, out_); });
}

// Host's order (routeArrival): the connection of this 4-tuple first, then the listener.
void LoadSimulator::arriveAtServer(uint32_t slot, const Segment& seg) {
    routeArrival(
        seg, slots_[slot].side[1].ep != EndpointPool::kNone, seg.dstPort == serverPort_,
        [&](bool reopenPossible) {
            bool reopen = false;
            callEndpoint(slot, HostId::Server, [&](Endpoint& ep) {
                ep.setReopenPossible(reopenPossible);
                ep.onSegment(now_, seg, out_);
                reopen = ep.takeReopenRequest();
            });
            return reopen;
        },
        [&] { acceptAtServer(slot, seg); },
        [&] {
            out_.clear();
            listener_->onSegment(now_, seg, out_);
            handleOutputs(slot, HostId::Server, true);
        },
        [&] { sendReply(HostId::Server, seg); });
}

void LoadSimulator::acceptAtServer(uint32_t slot, const Segment& seg) {
    PortSlot& ps = slots_[slot];
    ps.side[1] = AppSide{};
    ps.side[1].leak = isLeak(ps.openedIndex);
    ++opened_[1];
    const FourTuple tuple{serverPort_, seg.srcPort};
    out_.clear();
    ps.side[1].ep = pool_.create([&] { return Endpoint::acceptSyn(now_, serverOpts_, tuple, isn_[1].next(), seg, out_); });
    handleOutputs(slot, HostId::Server, false);
    appReact(slot, HostId::Server);
    reap(slot, HostId::Server);
}

void LoadSimulator::sendReply(HostId from, const Segment& seg) {
    if (auto reply = closedStateReply(seg)) transmit(from, reply->seg);
}

void LoadSimulator::runTimer(const LoadTimer& t) {
    AppSide& s = slots_[t.slot].side[sideIdx(t.side)];
    const auto k = static_cast<size_t>(t.kind);
    // Stale expiries (re-armed, cancelled, or the connection is gone) are skipped.
    if (s.ep == EndpointPool::kNone || s.arming[k] != t.arming || pool_[s.ep].timerDue(t.kind) != t.at) return;
    s.arming[k] = 0;
    ++result_.events;
    callEndpoint(t.slot, t.side, [&](Endpoint& ep) { ep.onTimer(now_, t.kind, out_); });
}

template <class Call>
void LoadSimulator::callEndpoint(uint32_t slot, HostId side, Call call) {
    AppSide& s = slots_[slot].side[sideIdx(side)];
    out_.clear();
    call(pool_[s.ep]);
    handleOutputs(slot, side, false);
    appReact(slot, side);
    reap(slot, side);
}

void LoadSimulator::handleOutputs(uint32_t slot, HostId side, bool isListener) {
    AppSide& s = slots_[slot].side[sideIdx(side)];
    for (const EndpointOutput& o : out_) {
        if (const auto* st = std::get_if<OutState>(&o)) {
            if (!isListener) countTransition(side, st->from, st->to);
        } else if (const auto* snd = std::get_if<OutSend>(&o)) {
            transmit(side, snd->seg);
        } else if (const auto* set = std::get_if<OutTimerSet>(&o)) {
            if (isListener) continue; // a listener arms no timers
            const uint64_t arming = ++armings_;
            s.arming[static_cast<size_t>(set->timer)] = arming;
            agenda_.pushTimer(LoadTimer{set->due, arming, slot, side, set->timer});
        } else if (const auto* cancel = std::get_if<OutTimerCancel>(&o)) {
            if (!isListener) s.arming[static_cast<size_t>(cancel->timer)] = 0;
        } else if (const auto* n = std::get_if<OutNotify>(&o)) {
            if (isListener) continue;
            if (n->event == NotifyEvent::Connected) s.connected = true;
            if (n->event == NotifyEvent::Data) s.received += n->bytes;
            if (n->event == NotifyEvent::Eof) s.sawEof = true;
        }
    }
    out_.clear();
}

void LoadSimulator::transmit(HostId from, const Segment& seg) {
    const uint64_t id = ++result_.segments;
    // Random loss of the scenario (same stream and mapping as Channel); faults are not applied.
    if (sc_.loss > 0.0 && unitInterval(lossRng_()) < sc_.loss) return;
    LoadArrival a{now_ + (from == HostId::Client ? sc_.latency.c2s : sc_.latency.s2c), seg};
    a.seg.id = id;
    agenda_.pushArrival(peerOf(from), a);
}

void LoadSimulator::countTransition(HostId side, TcpState from, TcpState to) {
    StateCounts& c = counts_[sideIdx(side)];
    if (counted(from)) --c[stateIdx(from)];
    if (counted(to)) ++c[stateIdx(to)];
    if (counted(from) && !counted(to)) ++closed_[sideIdx(side)];
}

// The two applications. Client: send the request once connected; close when its part is done
// (it is the closer and has the whole response) or when it reads EOF. Server: send the response
// once the whole request is in; close right after it (it is the closer) or on EOF — unless this
// handler leaks, then it never calls close.
void LoadSimulator::appReact(uint32_t slot, HostId side) {
    AppSide& s = slots_[slot].side[sideIdx(side)];
    if (s.ep == EndpointPool::kNone || !s.connected || s.closeCalled) return;
    Endpoint& ep = pool_[s.ep];
    const bool client = side == HostId::Client;
    const uint32_t part = client ? spec_.requestBytes : spec_.responseBytes;
    const uint64_t expect = client ? spec_.responseBytes : spec_.requestBytes;
    const bool mayClose = !s.leak;
    bool closeNow = false;
    if (!s.sentPart && (client || s.received >= expect)) {
        s.sentPart = true;
        if (part > 0) {
            ep.send(now_, part, out_);
            handleOutputs(slot, side, false);
        }
        if (!client && spec_.closer == HostId::Server) closeNow = mayClose;
    }
    if (client && spec_.closer == HostId::Client && s.received >= expect) closeNow = true;
    if (s.sawEof) closeNow = mayClose;
    if (closeNow && ep.state() != TcpState::Closed) {
        s.closeCalled = true;
        ep.close(now_, out_);
        handleOutputs(slot, side, false);
    }
}

// Endpoints are destroyed once CLOSED (a server one also once back at the listener); a client
// port is free again when its socket is CLOSED.
void LoadSimulator::reap(uint32_t slot, HostId side) {
    AppSide& s = slots_[slot].side[sideIdx(side)];
    if (s.ep == EndpointPool::kNone || counted(pool_[s.ep].state())) return;
    pool_.destroy(s.ep);
    s.ep = EndpointPool::kNone;
    s.arming = {};
    if (side == HostId::Client) freePorts_.push(slot);
}

void LoadSimulator::takeSamplesBefore(SimTime t) {
    while (nextSampleAt_ < t) pushSample(nextSampleAt_);
}

void LoadSimulator::pushSample(SimTime at) {
    LoadSample s;
    s.at = at;
    s.client = counts_[0];
    s.server = counts_[1];
    s.opened = opened_[0];
    s.serverOpened = opened_[1];
    s.failedConnects = result_.failedConnects;
    s.clientClosed = closed_[0];
    s.serverClosed = closed_[1];
    result_.samples.push_back(s);
    nextSampleAt_ = at + std::max(SimTime::fromUs(1), opts_.sampleEvery);
}

} // namespace

LoadResult simulateLoad(const Scenario& scenario, const LoadOptions& options) {
    LoadSimulator sim(scenario, options);
    return sim.run();
}

} // namespace hl
