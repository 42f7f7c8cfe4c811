#pragma once
// A machine: one address, at most one listener, any number of connections keyed by 4-tuple,
// and the CLOSED-state replies for segments that match nothing (RFC 9293 §3.10.7.1).
#include "core/endpoint.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace hl {

enum class HostId : uint8_t { Client = 0, Server = 1 };

// One output of a host: what happened, on which of its connections (0: no connection, e.g. a
// RST sent for a segment that matched nothing). Connection ids are per host, from 1, in
// creation order; a listener is a connection too (it goes CLOSED -> LISTEN).
struct HostOutput {
    uint32_t conn = 0;
    EndpointOutput what;
};
using HostOutputs = std::vector<HostOutput>;

// RFC 9293 §3.10.7.1: the reply of a host to a segment that matches no connection and no
// listener (a RST the sender will accept), or none for an incoming RST.
std::optional<OutSend> closedStateReply(const Segment& seg);

class Host {
public:
    using IsnSource = std::function<SeqNum()>;
    Host(HostId id, uint16_t localPort, HostOptions opts, IsnSource isn);

    HostId id() const { return id_; }
    uint16_t localPort() const { return localPort_; }
    const HostOptions& options() const { return opts_; }

    // User calls. send/shutdown/close/abort act on the current connection: the most recently
    // created one that still exists and is not the listener; close/abort fall back to the
    // listener when there is no other.
    void listen(SimTime now, HostOutputs& out);
    void connect(SimTime now, uint16_t remotePort, HostOutputs& out);
    void send(SimTime now, uint32_t bytes, HostOutputs& out);
    void shutdown(SimTime now, HostOutputs& out);
    void close(SimTime now, HostOutputs& out);
    void abort(SimTime now, HostOutputs& out);
    // Forget every connection without sending anything; each is reported going to CLOSED.
    void reboot(SimTime now, HostOutputs& out);

    void onSegment(SimTime now, const Segment& seg, HostOutputs& out);
    // Stale expiries (the timer was re-armed or cancelled, or the connection is gone) are ignored.
    void onTimer(SimTime now, uint32_t conn, TimerKind kind, HostOutputs& out);

    // Introspection for the simulation and tests.
    const Endpoint* connection(uint32_t conn) const;
    std::vector<uint32_t> connectionIds() const; // live ones, ascending
    std::optional<uint32_t> listenerId() const;
    std::optional<SimTime> timerDue(uint32_t conn, TimerKind kind) const;
    // The connection a user call acts on (see above): send and shutdown take the current
    // connection, close and abort (orListener) fall back to the listener. The simulation records
    // the same id on the call's trace event.
    std::optional<uint32_t> callTarget(bool orListener) const;

private:
    HostId id_;
    uint16_t localPort_;
    HostOptions opts_;
    IsnSource isn_;

    Endpoint* find(uint32_t conn);
    std::optional<uint32_t> byTuple(const FourTuple& t) const;
    void relay(uint32_t conn, Outputs& from, HostOutputs& out);
    void reap(uint32_t conn); // a connection is deleted once CLOSED (or back at the listener)
    // A user call on the current connection (or, with orListener, the listener when there is no
    // other); with neither, the call is refused with `none`.
    template <class Call>
    void onCurrent(bool orListener, Reason none, HostOutputs& out, Call call) {
        const auto id = callTarget(orListener);
        if (!id) {
            out.push_back(HostOutput{0, OutNote{none}});
            return;
        }
        Outputs eo;
        call(*find(*id), eo);
        relay(*id, eo, out);
        reap(*id);
    }
    void closedReply(const Segment& seg, HostOutputs& out);
    std::optional<uint32_t> current() const; // newest live connection that is not the listener

    std::map<uint32_t, Endpoint> conns_; // by id, ascending = creation order
    std::optional<uint32_t> listener_;
    uint32_t nextId_ = 1;
};

// Where an arriving segment goes (RFC 9293 §3.10.7), for Host and for the load simulation (which
// keeps its connections in its own pool): the connection of its 4-tuple first; then, if there is
// none or that connection ended its TIME_WAIT for a new SYN (toConnection returns true), the
// listener of the port: a SYN it accepts makes a new connection (§3.10.7.2), anything else goes
// to the listener itself; with no listener, the reply of a closed port (§3.10.7.1).
// toConnection(reopenPossible) is told whether a listener could take the SYN over.
template <class ToConnection, class Accept, class ToListener, class ClosedPort>
void routeArrival(const Segment& seg, bool hasConnection, bool listening, ToConnection toConnection, Accept accept,
                  ToListener toListener, ClosedPort closedPort) {
    if (hasConnection && !toConnection(listening)) return;
    if (!listening) return closedPort();
    if (Endpoint::listenerAccepts(seg)) return accept();
    toListener();
}

} // namespace hl
