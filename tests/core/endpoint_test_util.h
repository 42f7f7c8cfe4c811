#pragma once
// Helpers for the smoltcp-style endpoint tests: build an endpoint already in a state by feeding
// it explicit segments, feed one segment at an explicit time, and check exactly what it sent.
// Numbers follow docs/tcp-rules.md: client port 50000 ISS 100, server port 80 ISS 300.
#include "core/endpoint.h"
#include "core/host.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace hl {
// Readable gtest failure messages.
inline void PrintTo(TcpState s, std::ostream* os) { *os << toString(s); }
inline void PrintTo(Reason r, std::ostream* os) { *os << reasonId(r); }
} // namespace hl

namespace hl::test {

inline constexpr uint16_t kClientPort = 50000;
inline constexpr uint16_t kServerPort = 80;
inline constexpr uint32_t kClientIss = 100;
inline constexpr uint32_t kServerIss = 300;

inline SimTime ms(int64_t v) { return SimTime::fromMs(v); }

inline HostOptions teach() { return profileDefaults(Profile::Teach); }

// A segment as the peer would send it. flags: "SYN,ACK" etc.
inline Flags parseFlags(const std::string& s) {
    Flags f;
    size_t i = 0;
    while (i < s.size()) {
        size_t j = s.find(',', i);
        if (j == std::string::npos) j = s.size();
        const std::string name = s.substr(i, j - i);
        if (name == "SYN")
            f |= Flag::SYN;
        else if (name == "ACK")
            f |= Flag::ACK;
        else if (name == "FIN")
            f |= Flag::FIN;
        else if (name == "RST")
            f |= Flag::RST;
        else if (name == "PSH")
            f |= Flag::PSH;
        else
            ADD_FAILURE() << "bad flag " << name;
        i = j + 1;
    }
    return f;
}

inline Segment seg(const std::string& flags, uint32_t seq, uint32_t ack = 0, uint32_t len = 0, uint32_t window = 65535,
                   uint16_t src = kServerPort, uint16_t dst = kClientPort) {
    Segment s;
    s.srcPort = src;
    s.dstPort = dst;
    s.flags = parseFlags(flags);
    s.seq = SeqNum(seq);
    s.ack = SeqNum(s.flags.has(Flag::ACK) ? ack : 0);
    s.window = window;
    s.len = len;
    return s;
}
// The same, sent by the client to the server.
inline Segment cseg(const std::string& flags, uint32_t seq, uint32_t ack = 0, uint32_t len = 0, uint32_t window = 65535) {
    return seg(flags, seq, ack, len, window, kClientPort, kServerPort);
}

// What a test expects of one sent segment.
struct Sent {
    std::string flags;
    uint32_t seq = 0;
    uint32_t ack = 0;
    uint32_t len = 0;
    // Flags compare as sets: "FIN,ACK" equals the canonical "ACK,FIN".
    bool operator==(const Sent& o) const {
        return parseFlags(flags) == parseFlags(o.flags) && seq == o.seq && ack == o.ack && len == o.len;
    }
};
inline std::ostream& operator<<(std::ostream& os, const Sent& s) {
    return os << "<" << s.flags << " seq=" << s.seq << " ack=" << s.ack << " len=" << s.len << ">";
}

template <class T>
std::vector<T> only(const Outputs& out) {
    std::vector<T> r;
    for (const auto& o : out)
        if (const T* p = std::get_if<T>(&o)) r.push_back(*p);
    return r;
}
inline std::vector<Sent> sent(const Outputs& out) {
    std::vector<Sent> r;
    for (const auto& s : only<OutSend>(out))
        r.push_back(Sent{flagsToString(s.seg.flags), s.seg.seq.value(), s.seg.ack.value(), s.seg.len});
    return r;
}
inline std::vector<Reason> sendReasons(const Outputs& out) {
    std::vector<Reason> r;
    for (const auto& s : only<OutSend>(out)) r.push_back(s.reason);
    return r;
}
inline std::vector<bool> retransmissions(const Outputs& out) {
    std::vector<bool> r;
    for (const auto& s : only<OutSend>(out)) r.push_back(s.retransmission);
    return r;
}
using Transition = std::tuple<TcpState, TcpState, Reason>;
inline std::vector<Transition> transitions(const Outputs& out) {
    std::vector<Transition> r;
    for (const auto& s : only<OutState>(out)) r.emplace_back(s.from, s.to, s.reason);
    return r;
}
inline std::vector<Reason> notes(const Outputs& out) {
    std::vector<Reason> r;
    for (const auto& n : only<OutNote>(out)) r.push_back(n.reason);
    return r;
}
inline std::vector<NotifyEvent> notifies(const Outputs& out) {
    std::vector<NotifyEvent> r;
    for (const auto& n : only<OutNotify>(out)) r.push_back(n.event);
    return r;
}
inline bool hasReason(const Outputs& out) {
    for (const auto& o : out)
        if (!std::holds_alternative<OutTimerSet>(o) && !std::holds_alternative<OutTimerCancel>(o)) return true;
    return false;
}

// --- endpoints put straight into a state (client ISS 100, server ISS 300) --------------------

struct Ep {
    Endpoint ep;
    Outputs out; // outputs of the last step
    // Feed one segment at time t; returns its outputs (also kept in `out`).
    const Outputs& in(SimTime t, const Segment& s) {
        out.clear();
        ep.onSegment(t, s, out);
        EXPECT_TRUE(hasReason(out)) << "RULE: every step explains itself";
        return out;
    }
    const Outputs& fire(SimTime t, TimerKind k) {
        out.clear();
        EXPECT_EQ(ep.timerDue(k), std::optional<SimTime>(t)) << "timer fired at its due time";
        ep.onTimer(t, k, out);
        EXPECT_TRUE(hasReason(out));
        return out;
    }
    template <class F>
    const Outputs& call(F f) {
        out.clear();
        f(ep, out);
        EXPECT_TRUE(hasReason(out));
        return out;
    }
    const Outputs& close(SimTime t) {
        return call([&](Endpoint& e, Outputs& o) { e.close(t, o); });
    }
    const Outputs& shutdown(SimTime t) {
        return call([&](Endpoint& e, Outputs& o) { e.shutdown(t, o); });
    }
    const Outputs& abort(SimTime t) {
        return call([&](Endpoint& e, Outputs& o) { e.abort(t, o); });
    }
    const Outputs& send(SimTime t, uint32_t n) {
        return call([&](Endpoint& e, Outputs& o) { e.send(t, n, o); });
    }
    TcpState state() const { return ep.state(); }
    const TcbVars& v() const { return ep.vars(); }
    std::optional<SimTime> due(TimerKind k) const { return ep.timerDue(k); }
};

inline Ep synSentClient(HostOptions o = teach(), SimTime t = ms(0)) {
    Outputs out;
    Endpoint e = Endpoint::connect(t, o, FourTuple{kClientPort, kServerPort}, SeqNum(kClientIss), out);
    return Ep{std::move(e), std::move(out)};
}
// SYN seq=100 arrived at 0.1 s (as in docs/tcp-rules.md's worked example).
inline Ep synReceivedServer(HostOptions o = teach(), SimTime t = ms(100)) {
    Outputs out;
    Endpoint e = Endpoint::acceptSyn(t, o, FourTuple{kServerPort, kClientPort}, SeqNum(kServerIss),
                                     cseg("SYN", kClientIss), out);
    return Ep{std::move(e), std::move(out)};
}
// Client: SYN at 0, SYN,ACK seq=300 ack=101 at 0.2 s -> ESTABLISHED, SND.NXT=101, RCV.NXT=301.
inline Ep establishedClient(HostOptions o = teach()) {
    Ep c = synSentClient(o);
    c.in(ms(200), seg("SYN,ACK", 300, 101));
    EXPECT_EQ(c.state(), TcpState::Established);
    return c;
}
// Server: SYN at 0.1, ACK seq=101 ack=301 at 0.3 s -> ESTABLISHED, SND.NXT=301, RCV.NXT=101.
inline Ep establishedServer(HostOptions o = teach()) {
    Ep s = synReceivedServer(o);
    s.in(ms(300), cseg("ACK", 101, 301));
    EXPECT_EQ(s.state(), TcpState::Established);
    return s;
}
// Client closed at 10 s: FIN seq=101 outstanding.
inline Ep finWait1Client(HostOptions o = teach()) {
    Ep c = establishedClient(o);
    c.close(ms(10000));
    EXPECT_EQ(c.state(), TcpState::FinWait1);
    return c;
}
inline Ep finWait2Client(HostOptions o = teach()) {
    Ep c = finWait1Client(o);
    c.in(ms(10200), seg("ACK", 301, 102));
    EXPECT_EQ(c.state(), TcpState::FinWait2);
    return c;
}
// Server FIN seq=301 arrived at 11.1 s: TIME_WAIT until 21.1 s.
inline Ep timeWaitClient(HostOptions o = teach()) {
    Ep c = finWait2Client(o);
    c.in(ms(11100), seg("FIN,ACK", 301, 102));
    EXPECT_EQ(c.state(), TcpState::TimeWait);
    return c;
}
// Server got the client's FIN seq=101 at 10.1 s.
inline Ep closeWaitServer(HostOptions o = teach()) {
    Ep s = establishedServer(o);
    s.in(ms(10100), cseg("FIN,ACK", 101, 301));
    EXPECT_EQ(s.state(), TcpState::CloseWait);
    return s;
}
// Server closed at 11 s: FIN seq=301 outstanding.
inline Ep lastAckServer(HostOptions o = teach()) {
    Ep s = closeWaitServer(o);
    s.close(ms(11000));
    EXPECT_EQ(s.state(), TcpState::LastAck);
    return s;
}
// Simultaneous close: both FINs crossed; the client got FIN seq=301 ack=101 at 10.1 s.
inline Ep closingClient(HostOptions o = teach()) {
    Ep c = finWait1Client(o);
    c.in(ms(10100), seg("FIN,ACK", 301, 101));
    EXPECT_EQ(c.state(), TcpState::Closing);
    return c;
}

// --- two hosts joined by a wire with a fixed one-way delay --------------------------------------
// Events at equal times: arrivals first (send order), then timers (arming order), then user calls.
class Wire {
public:
    struct Record {
        SimTime t;
        HostId from;
        uint32_t conn;
        Segment seg;
        bool retransmission;
        Reason reason;
    };
    struct StateRec {
        SimTime t;
        HostId host;
        uint32_t conn;
        TcpState from, to;
        Reason reason;
    };
    using DropRule = std::function<bool(HostId from, const Segment&, SimTime sentAt)>;

    explicit Wire(HostOptions client = teach(), HostOptions server = teach(), SimDuration delay = ms(100))
        : delay_(delay), client_(HostId::Client, kClientPort, client, [] { return SeqNum(kClientIss); }),
          server_(HostId::Server, kServerPort, server, [] { return SeqNum(kServerIss); }) {}

    Host& client() { return client_; }
    Host& server() { return server_; }
    Host& host(HostId h) { return h == HostId::Client ? client_ : server_; }
    void dropIf(DropRule r) { drops_.push_back(std::move(r)); }

    // A user call at time t (runs after arrivals and timers at t).
    void at(SimTime t, HostId h, std::function<void(Host&, SimTime, HostOutputs&)> call) {
        push(Event{Key{t, 2, seq_++}, h, {}, 0, TimerKind::Retransmit, std::move(call)});
    }
    void runUntil(SimTime end) {
        while (!queue_.empty()) {
            auto it = queue_.begin();
            if (it->first.t > end) break;
            Event ev = it->second;
            queue_.erase(it);
            now_ = ev.key.t;
            HostOutputs out;
            Host& h = host(ev.to);
            if (ev.key.cls == 0)
                h.onSegment(now_, ev.seg, out);
            else if (ev.key.cls == 1)
                h.onTimer(now_, ev.conn, ev.timer, out);
            else
                ev.call(h, now_, out);
            absorb(ev.to, out);
        }
    }

    std::vector<Record> sends;
    std::vector<StateRec> states;
    std::vector<std::tuple<SimTime, HostId, uint32_t, NotifyEvent>> notifications;

    // "t SYN seq ack len" lines, for readable failure messages.
    std::vector<std::tuple<int64_t, HostId, std::string, uint32_t, uint32_t>> segs() const {
        std::vector<std::tuple<int64_t, HostId, std::string, uint32_t, uint32_t>> r;
        for (const auto& s : sends)
            r.emplace_back(s.t.ms(), s.from, flagsToString(s.seg.flags), s.seg.seq.value(), s.seg.ack.value());
        return r;
    }
    std::optional<SimTime> whenState(HostId h, TcpState to, int nth = 1) const {
        for (const auto& s : states)
            if (s.host == h && s.to == to && --nth == 0) return s.t;
        return std::nullopt;
    }

private:
    struct Key {
        SimTime t;
        int cls; // 0 arrival, 1 timer, 2 user call
        uint64_t order;
        bool operator<(const Key& o) const { return std::tie(t, cls, order) < std::tie(o.t, o.cls, o.order); }
    };
    struct Event {
        Key key;
        HostId to;
        Segment seg;
        uint32_t conn;
        TimerKind timer;
        std::function<void(Host&, SimTime, HostOutputs&)> call;
    };
    void push(Event e) { queue_.emplace(e.key, std::move(e)); }
    void absorb(HostId h, const HostOutputs& out) {
        const HostId peer = h == HostId::Client ? HostId::Server : HostId::Client;
        for (const auto& o : out) {
            if (const auto* s = std::get_if<OutSend>(&o.what)) {
                sends.push_back(Record{now_, h, o.conn, s->seg, s->retransmission, s->reason});
                bool drop = false;
                for (const auto& r : drops_) drop = drop || r(h, s->seg, now_);
                if (!drop) push(Event{Key{now_ + delay_, 0, seq_++}, peer, s->seg, 0, TimerKind::Retransmit, {}});
            } else if (const auto* t = std::get_if<OutTimerSet>(&o.what)) {
                push(Event{Key{t->due, 1, seq_++}, h, {}, o.conn, t->timer, {}});
            } else if (const auto* st = std::get_if<OutState>(&o.what)) {
                states.push_back(StateRec{now_, h, o.conn, st->from, st->to, st->reason});
            } else if (const auto* n = std::get_if<OutNotify>(&o.what)) {
                notifications.emplace_back(now_, h, o.conn, n->event);
            }
        }
    }
    SimDuration delay_;
    Host client_, server_;
    std::vector<DropRule> drops_;
    std::multimap<Key, Event> queue_;
    uint64_t seq_ = 0;
    SimTime now_;
};

inline void listenAt(Wire& w, SimTime t) {
    w.at(t, HostId::Server, [](Host& h, SimTime now, HostOutputs& o) { h.listen(now, o); });
}
inline void connectAt(Wire& w, SimTime t) {
    w.at(t, HostId::Client, [](Host& h, SimTime now, HostOutputs& o) { h.connect(now, kServerPort, o); });
}
inline void closeAt(Wire& w, SimTime t, HostId who) {
    w.at(t, who, [](Host& h, SimTime now, HostOutputs& o) { h.close(now, o); });
}
inline void sendAt(Wire& w, SimTime t, HostId who, uint32_t n) {
    w.at(t, who, [n](Host& h, SimTime now, HostOutputs& o) { h.send(now, n, o); });
}

} // namespace hl::test
