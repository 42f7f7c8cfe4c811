#include "core/host.h"

#include <algorithm>

namespace hl {

Host::Host(HostId id, uint16_t localPort, HostOptions opts, IsnSource isn)
    : id_(id), localPort_(localPort), opts_(opts), isn_(std::move(isn)) {}

Endpoint* Host::find(uint32_t conn) {
    auto it = conns_.find(conn);
    return it == conns_.end() ? nullptr : &it->second;
}

const Endpoint* Host::connection(uint32_t conn) const {
    auto it = conns_.find(conn);
    return it == conns_.end() ? nullptr : &it->second;
}

std::vector<uint32_t> Host::connectionIds() const {
    std::vector<uint32_t> ids;
    for (const auto& [id, ep] : conns_) ids.push_back(id);
    return ids;
}

std::optional<uint32_t> Host::listenerId() const { return listener_; }

std::optional<SimTime> Host::timerDue(uint32_t conn, TimerKind kind) const {
    const Endpoint* ep = connection(conn);
    return ep ? ep->timerDue(kind) : std::nullopt;
}

std::optional<uint32_t> Host::current() const {
    const auto it = std::find_if(conns_.rbegin(), conns_.rend(), [this](const auto& c) { return c.first != listener_; });
    if (it != conns_.rend()) return it->first;
    return std::nullopt;
}

std::optional<uint32_t> Host::callTarget(bool orListener) const {
    const std::optional<uint32_t> id = current();
    return !id && orListener ? listener_ : id;
}

std::optional<uint32_t> Host::byTuple(const FourTuple& t) const {
    for (const auto& [id, ep] : conns_)
        if (id != listener_ && ep.tuple() == t) return id;
    return std::nullopt;
}

void Host::relay(uint32_t conn, Outputs& from, HostOutputs& out) {
    for (auto& o : from) out.push_back(HostOutput{conn, o});
    from.clear();
}

void Host::reap(uint32_t conn) {
    const Endpoint* ep = connection(conn);
    if (!ep) return;
    const bool gone = ep->state() == TcpState::Closed || (ep->state() == TcpState::Listen && listener_ != conn);
    if (!gone) return;
    if (listener_ == conn) listener_.reset();
    conns_.erase(conn);
}

void Host::listen(SimTime now, HostOutputs& out) {
    if (listener_) {
        out.push_back(HostOutput{*listener_, OutNote{Reason::UserListenAlready}});
        return;
    }
    Outputs eo;
    const uint32_t id = nextId_++;
    conns_.emplace(id, Endpoint::listen(now, opts_, localPort_, eo));
    listener_ = id;
    relay(id, eo, out);
}

void Host::connect(SimTime now, uint16_t remotePort, HostOutputs& out) {
    const FourTuple tuple{localPort_, remotePort};
    if (byTuple(tuple)) {
        // The 4-tuple is still in use (e.g. in TIME_WAIT): no second connection on it.
        out.push_back(HostOutput{0, OutNote{Reason::UserConnectNoPort}});
        return;
    }
    Outputs eo;
    const uint32_t id = nextId_++;
    conns_.emplace(id, Endpoint::connect(now, opts_, tuple, isn_(), eo));
    relay(id, eo, out);
    reap(id);
}

void Host::send(SimTime now, uint32_t bytes, HostOutputs& out) {
    onCurrent(false, Reason::UserSendNoConnection, out, [&](Endpoint& ep, Outputs& eo) { ep.send(now, bytes, eo); });
}

void Host::shutdown(SimTime now, HostOutputs& out) {
    onCurrent(false, Reason::UserNoConnection, out, [&](Endpoint& ep, Outputs& eo) { ep.shutdown(now, eo); });
}

void Host::close(SimTime now, HostOutputs& out) {
    onCurrent(true, Reason::UserNoConnection, out, [&](Endpoint& ep, Outputs& eo) { ep.close(now, eo); });
}

void Host::abort(SimTime now, HostOutputs& out) {
    onCurrent(true, Reason::UserNoConnection, out, [&](Endpoint& ep, Outputs& eo) { ep.abort(now, eo); });
}

void Host::reboot(SimTime now, HostOutputs& out) {
    if (conns_.empty()) {
        out.push_back(HostOutput{0, OutNote{Reason::HostReboot}});
        return;
    }
    Outputs eo;
    for (auto& [id, ep] : conns_) {
        ep.forget(now, eo);
        relay(id, eo, out);
    }
    conns_.clear(); // ids keep counting: they stay unique in the trace
    listener_.reset();
}

void Host::onSegment(SimTime now, const Segment& seg, HostOutputs& out) {
    const FourTuple tuple{seg.dstPort, seg.srcPort};
    const std::optional<uint32_t> id = byTuple(tuple);
    Outputs eo;
    routeArrival(
        seg, id.has_value(), listener_.has_value() && seg.dstPort == localPort_,
        [&](bool reopenPossible) {
            Endpoint& ep = *find(*id);
            ep.setReopenPossible(reopenPossible);
            ep.onSegment(now, seg, eo);
            const bool reopen = ep.takeReopenRequest();
            relay(*id, eo, out);
            reap(*id);
            return reopen;
        },
        [&] { // a new connection; the listener stays
            const uint32_t fresh = nextId_++;
            conns_.emplace(fresh, Endpoint::acceptSyn(now, opts_, tuple, isn_(), seg, eo));
            relay(fresh, eo, out);
            reap(fresh);
        },
        [&] {
            find(*listener_)->onSegment(now, seg, eo);
            relay(*listener_, eo, out);
        },
        [&] { closedReply(seg, out); });
}

// RFC 9293 §3.10.7.1: no connection. A RST is dropped; anything else is answered by a RST
// that the sender will accept.
std::optional<OutSend> closedStateReply(const Segment& seg) {
    if (seg.flags.has(Flag::RST)) return std::nullopt;
    Segment rst;
    rst.srcPort = seg.dstPort;
    rst.dstPort = seg.srcPort;
    Reason why;
    if (seg.flags.has(Flag::ACK)) { // <SEQ=SEG.ACK><CTL=RST>
        rst.flags = Flag::RST;
        rst.seq = seg.ack;
        why = Reason::ClosedRstForAck;
    } else { // <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>
        rst.flags = Flag::RST | Flag::ACK;
        rst.seq = SeqNum(0);
        rst.ack = seg.seq + seg.segLen();
        why = Reason::ClosedRstAckForNoAck;
    }
    return OutSend{rst, false, why};
}

void Host::closedReply(const Segment& seg, HostOutputs& out) {
    if (auto reply = closedStateReply(seg))
        out.push_back(HostOutput{0, *reply});
    else
        out.push_back(HostOutput{0, OutNote{Reason::ClosedDropRst}});
}

void Host::onTimer(SimTime now, uint32_t conn, TimerKind kind, HostOutputs& out) {
    Endpoint* ep = find(conn);
    if (!ep || ep->timerDue(kind) != now) return; // stale: re-armed, cancelled, or gone
    Outputs eo;
    ep->onTimer(now, kind, eo);
    relay(conn, eo, out);
    reap(conn);
}

} // namespace hl
