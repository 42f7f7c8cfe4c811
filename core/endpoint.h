#pragma once
// One TCP connection (a TCB), sans-IO: user calls, segment arrival and timer expiry go in with
// the current time; what it did comes out as Outputs. setState() is the only writer of the state.
#include "core/endpoint_output.h"
#include "core/host_options.h"

#include <cstdint>
#include <optional>

namespace hl {

struct FourTuple {
    uint16_t localPort = 0;
    uint16_t remotePort = 0; // each host has one address, so ports identify a connection
    bool operator==(const FourTuple&) const = default;
};

enum class OpenKind : uint8_t { Active, Passive };

class Endpoint {
public:
    // Active open (RFC 9293 §3.10.1): CLOSED -> SYN_SENT, sends <SEQ=ISS><CTL=SYN>.
    static Endpoint connect(SimTime now, const HostOptions& opts, FourTuple tuple, SeqNum iss, Outputs& out);
    // Passive open: a SYN arrived at a listener (§3.10.7.2): LISTEN -> SYN_RECEIVED, sends SYN,ACK.
    static Endpoint acceptSyn(SimTime now, const HostOptions& opts, FourTuple tuple, SeqNum iss,
                              const Segment& syn, Outputs& out);

    void send(SimTime now, uint32_t bytes, Outputs& out);
    void shutdown(SimTime now, Outputs& out); // close our sending side only; not orphaned
    void close(SimTime now, Outputs& out);    // the app is done with the connection
    void abort(SimTime now, Outputs& out);
    void onSegment(SimTime now, const Segment& seg, Outputs& out);
    void onTimer(SimTime now, TimerKind kind, Outputs& out);

    TcpState state() const { return state_; }
    OpenKind openKind() const { return openKind_; }
    const FourTuple& tuple() const { return tuple_; }
    const TcbVars& vars() const { return tcb_; }
    std::optional<SimTime> timerDue(TimerKind kind) const;

private:
    Endpoint(const HostOptions& opts, FourTuple tuple, OpenKind kind);
    void setState(TcpState next, Reason why, Outputs& out);

    HostOptions opts_;
    FourTuple tuple_;
    OpenKind openKind_;
    TcpState state_ = TcpState::Closed;
    TcbVars tcb_;
    // The rest of the TCB (retransmission queue, out-of-order segments, timers, flags such as
    // "FIN queued", "app closed") is added by the implementation.
};

} // namespace hl
