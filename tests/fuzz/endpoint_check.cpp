#include "tests/fuzz/endpoint_check.h"

#include "core/host.h"
#include "tests/core/legal_transitions.h"
#include "tests/fuzz/fuzz_input.h"

#include <array>
#include <deque>
#include <map>
#include <optional>
#include <sstream>
#include <utility>

namespace hl::fuzz {
namespace {

constexpr uint16_t kPorts[2] = {50000, 80}; // client, server
constexpr size_t kMaxSteps = 300;
constexpr size_t kMaxWire = 64;
constexpr size_t kMaxPump = 64;
constexpr TimerKind kTimerKinds[] = {TimerKind::Retransmit, TimerKind::TimeWait, TimerKind::FinWait2,
                                     TimerKind::DelayedAck};

struct OnWire {
    int to = 0; // index of the receiving host
    Segment seg;
};

struct ConnKey {
    int host = 0;
    uint32_t conn = 0;
    auto operator<=>(const ConnKey&) const = default;
};

HostOptions decodeOptions(FuzzInput& in) {
    static constexpr Profile kProfiles[] = {Profile::Teach, Profile::Rfc9293, Profile::Linux, Profile::Bsd,
                                            Profile::Windows};
    HostOptions o = profileDefaults(kProfiles[in.below(5)]);
    const uint8_t knobs = in.byte();
    if (knobs & 1) o.rfc5961 = !o.rfc5961;
    if (knobs & 2) o.rfc1337 = !o.rfc1337;
    if (knobs & 4) o.timeWaitReopen = !o.timeWaitReopen;
    if (knobs & 8) o.dupSynReply = o.dupSynReply == DupSynReply::Ack ? DupSynReply::SynAck : DupSynReply::Ack;
    if (knobs & 16) o.appReads = !o.appReads;
    if (knobs & 32) o.appClosesOnEof = !o.appClosesOnEof;
    if (knobs & 64) o.finWait2Timeout = SimDuration::fromSeconds(1 + in.below(30));
    if (knobs & 128) {
        static constexpr uint32_t kWindows[] = {1, 100, 1000, 65535};
        o.window = kWindows[in.below(4)];
        o.mss = 1 + in.below(1500);
    }
    return o;
}

class Harness {
public:
    explicit Harness(FuzzInput& in)
        : in_(in), hosts_{Host(HostId::Client, kPorts[0], decodeOptions(in), [this] { return nextIsn(0); }),
                          Host(HostId::Server, kPorts[1], decodeOptions(in), [this] { return nextIsn(1); })} {
        isn_[0] = in.flag() ? in.u32() : 100;
        isn_[1] = in.flag() ? in.u32() : 300;
    }
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    std::string run();

private:
    SeqNum nextIsn(int h) {
        const SeqNum s(isn_[h]);
        isn_[h] += 64000; // a later connection starts elsewhere in the space
        return s;
    }
    void prelude(uint8_t kind);
    void step();
    void userCall(int h, uint8_t call, bool anyPort = true);
    void deliver(size_t index);
    void inject(int h);
    void pump();
    void advanceTo(SimTime t);
    std::optional<std::pair<SimTime, std::pair<ConnKey, TimerKind>>> nextTimer() const;
    SeqNum nearSeq(const TcbVars* v, bool ourSpace);
    const Endpoint* pickConn(int h);

    // The invariant checks, after each input to a host. `arrived` is the segment it got, if any.
    void check(int h, const HostOutputs& out, const Segment* arrived, const char* what);
    void checkOutput(int h, const HostOutput& o, const Segment* arrived);
    void checkLive(int h);
    void fail(const std::string& why);

    FuzzInput& in_;
    std::array<Host, 2> hosts_;
    std::array<uint32_t, 2> isn_{};
    SimTime now_;
    std::deque<OnWire> wire_;
    std::map<ConnKey, TcpState> state_; // as the outputs reported it
    std::map<ConnKey, int> eofs_;
    std::map<ConnKey, std::vector<Segment>> sentThisStep_;
    size_t stepNo_ = 0;
    std::string error_;
};

void Harness::fail(const std::string& why) {
    if (error_.empty()) error_ = "step " + std::to_string(stepNo_) + " (t=" + std::to_string(now_.us()) + "us): " + why;
}

std::string Harness::run() {
    prelude(in_.byte());
    while (!in_.empty() && stepNo_ < kMaxSteps && error_.empty()) {
        ++stepNo_;
        step();
    }
    return error_;
}

// Shortcuts into the interesting states, so the fuzzer starts from them and not only from CLOSED.
void Harness::prelude(uint8_t kind) {
    switch (kind % 6) {
    case 0: return; // both CLOSED
    case 5:         // client SYN_SENT, server SYN_RECEIVED
        userCall(1, 0);
        userCall(0, 1, false);
        if (!wire_.empty()) deliver(0);
        return;
    default: break;
    }
    userCall(1, 0); // ESTABLISHED on both
    userCall(0, 1, false);
    pump();
    if (kind % 6 == 1) return;
    if (kind % 6 == 4) { // simultaneous close
        userCall(0, 4);
        userCall(1, 4);
        pump();
        return;
    }
    userCall(0, 4); // client closes first: FIN_WAIT_2 / CLOSE_WAIT
    pump();
    if (kind % 6 == 3) { // and the server too: TIME_WAIT / CLOSED
        userCall(1, 4);
        pump();
    }
}

void Harness::step() {
    const uint8_t op = in_.byte();
    const int h = (op >> 7) & 1;
    switch (op % 10) {
    case 0: userCall(h, in_.byte()); break;
    case 1: userCall(h, 0); break; // the common calls once more, so short inputs reach them
    case 2: userCall(h, 1); break;
    case 3:
        if (!wire_.empty()) deliver(in_.below(static_cast<uint32_t>(wire_.size())));
        break;
    case 4: // the network duplicates or loses a segment
        if (!wire_.empty()) {
            const size_t i = in_.below(static_cast<uint32_t>(wire_.size()));
            if (in_.flag() && wire_.size() < kMaxWire)
                wire_.push_back(wire_[i]);
            else
                wire_.erase(wire_.begin() + static_cast<std::ptrdiff_t>(i));
        }
        break;
    case 5: inject(h); break;
    case 6: { // time passes
        static constexpr int64_t kStepsUs[] = {1000,      10'000,    100'000,    500'000,
                                               1'000'000, 5'000'000, 30'000'000, 120'000'000};
        advanceTo(now_ + SimDuration::fromUs(kStepsUs[in_.below(8)]));
        break;
    }
    case 7: // the next timer expires
        if (const auto next = nextTimer()) advanceTo(next->first);
        break;
    case 8: pump(); break;
    default:
        if (!wire_.empty()) deliver(0);
        break;
    }
}

void Harness::userCall(int h, uint8_t call, bool anyPort) {
    Host& host = hosts_[h];
    HostOutputs out;
    switch (call % 7) {
    case 0: host.listen(now_, out); break;
    case 1:
        host.connect(now_, anyPort && in_.below(8) == 0 ? static_cast<uint16_t>(in_.u16()) : kPorts[1 - h], out);
        break;
    case 2: host.send(now_, 1 + in_.below(4000), out); break;
    case 3: host.shutdown(now_, out); break;
    case 4: host.close(now_, out); break;
    case 5: host.abort(now_, out); break;
    default: host.reboot(now_, out); break;
    }
    check(h, out, nullptr, "user call");
}

void Harness::deliver(size_t index) {
    const OnWire w = wire_[index];
    wire_.erase(wire_.begin() + static_cast<std::ptrdiff_t>(index));
    HostOutputs out;
    hosts_[w.to].onSegment(now_, w.seg, out);
    check(w.to, out, &w.seg, "segment arrival");
}

void Harness::pump() {
    for (size_t i = 0; i < kMaxPump && !wire_.empty() && error_.empty(); ++i) deliver(0);
}

const Endpoint* Harness::pickConn(int h) {
    const auto ids = hosts_[h].connectionIds();
    if (ids.empty()) return nullptr;
    return hosts_[h].connection(ids[in_.below(static_cast<uint32_t>(ids.size()))]);
}

// A sequence number near one the receiver cares about (RFC 9293 §3.4: the acceptability tests
// turn on these edges), or anywhere. ourSpace: the receiver's own numbers (for SEG.ACK).
SeqNum Harness::nearSeq(const TcbVars* v, bool ourSpace) {
    const uint8_t pick = in_.byte();
    if (!v || pick % 6 == 5) return SeqNum(in_.u32());
    SeqNum base;
    if (ourSpace) {
        const SeqNum refs[] = {v->sndNxt, v->sndUna, v->iss, v->iss + 1, v->sndUna + v->sndWnd};
        base = refs[pick % 5];
    } else {
        const SeqNum refs[] = {v->rcvNxt, v->irs, v->irs + 1, v->rcvNxt + v->rcvWnd, v->rcvNxt - 1};
        base = refs[pick % 5];
    }
    const int8_t delta = static_cast<int8_t>(in_.byte());
    return SeqNum(base.value() + static_cast<uint32_t>(static_cast<int32_t>(delta % 8)));
}

void Harness::inject(int h) {
    const Endpoint* ep = pickConn(h);
    const TcbVars* v = ep ? &ep->vars() : nullptr;
    Segment s;
    s.dstPort = in_.below(16) == 0 ? in_.u16() : kPorts[h];
    s.srcPort = ep && ep->tuple().remotePort != 0 ? ep->tuple().remotePort : kPorts[1 - h];
    if (in_.below(16) == 0) s.srcPort = in_.u16();
    s.flags = Flags::fromBits(in_.byte() & 0x1F);
    s.seq = nearSeq(v, false);
    const SeqNum ack = nearSeq(v, true);
    s.ack = s.flags.has(Flag::ACK) ? ack : SeqNum(0);
    static constexpr uint32_t kWindows[] = {65535, 0, 1, 1000};
    s.window = kWindows[in_.below(4)];
    s.len = in_.flag() ? in_.below(3000) : 0;
    HostOutputs out;
    hosts_[h].onSegment(now_, s, out);
    check(h, out, &s, "crafted segment");
}

std::optional<std::pair<SimTime, std::pair<ConnKey, TimerKind>>> Harness::nextTimer() const {
    std::optional<std::pair<SimTime, std::pair<ConnKey, TimerKind>>> best;
    for (int h = 0; h < 2; ++h)
        for (uint32_t id : hosts_[h].connectionIds())
            for (TimerKind k : kTimerKinds)
                if (const auto due = hosts_[h].timerDue(id, k); due && (!best || *due < best->first))
                    best = {*due, {ConnKey{h, id}, k}};
    return best;
}

// Time moves on; every timer that falls due on the way fires at its due time, in order.
void Harness::advanceTo(SimTime t) {
    for (auto next = nextTimer(); next && next->first <= t && error_.empty(); next = nextTimer()) {
        if (next->first < now_) return fail("a timer is due in the past");
        now_ = next->first;
        const auto [key, kind] = next->second;
        HostOutputs out;
        hosts_[key.host].onTimer(now_, key.conn, kind, out);
        check(key.host, out, nullptr, "timer expiry");
    }
    if (now_ < t) now_ = t;
}

void Harness::check(int h, const HostOutputs& out, const Segment* arrived, const char* what) {
    // Every input is explained: at least one output says which rule was applied.
    bool explained = false;
    for (const HostOutput& o : out) {
        std::visit(
            [&](const auto& x) {
                if constexpr (requires { x.reason; }) explained = explained || x.reason != Reason::None;
            },
            o.what);
    }
    if (!explained) fail(std::string(what) + " produced no output with a Reason");
    sentThisStep_.clear();
    for (const HostOutput& o : out) checkOutput(h, o, arrived);
    checkLive(h);
}

void Harness::checkOutput(int h, const HostOutput& o, const Segment* arrived) {
    const ConnKey key{h, o.conn};
    if (const auto* st = std::get_if<OutState>(&o.what)) {
        const auto known = state_.find(key);
        // A connection starts CLOSED, or at LISTEN when a listener's SYN made it (§3.10.7.2).
        const bool fromOk = known != state_.end() ? st->from == known->second
                                                  : (st->from == TcpState::Closed || st->from == TcpState::Listen);
        if (!fromOk) fail("state change from " + std::string(toString(st->from)) + " but the connection was elsewhere");
        if (!test::isLegalTransition(st->from, st->to))
            fail("illegal transition " + std::string(toString(st->from)) + " -> " + std::string(toString(st->to)) +
                 " (" + std::string(reasonId(st->reason)) + ")");
        state_[key] = st->to;
    } else if (const auto* send = std::get_if<OutSend>(&o.what)) {
        const Segment& s = send->seg;
        // RFC 9293 §3.10.7: a RST is never sent in answer to a RST.
        if (arrived && arrived->flags.has(Flag::RST) && s.flags.has(Flag::RST)) fail("a RST was answered by a RST");
        // A connection sends from its own port; a host-level reply (§3.10.7.1) from the port the
        // segment it answers was sent to.
        const uint16_t from = o.conn != 0 || !arrived ? kPorts[h] : arrived->dstPort;
        if (s.srcPort != from) fail("segment sent from the wrong port");
        if (!s.flags.has(Flag::ACK) && s.ack != SeqNum(0)) fail("ACK field set without the ACK flag");
        if (send->reason == Reason::None) fail("segment sent without a reason");
        const auto known = state_.find(key);
        // RFC 9293 §3.10.7.4: once synchronized, every segment but a RST carries an acknowledgment.
        if (o.conn != 0 && known != state_.end() && isSynchronized(known->second) && !s.flags.has(Flag::RST) &&
            !s.flags.has(Flag::ACK))
            fail("a synchronized connection sent a segment without ACK");
        if (o.conn != 0 && !s.flags.has(Flag::RST)) sentThisStep_[key].push_back(s);
        if (wire_.size() < kMaxWire) wire_.push_back(OnWire{1 - h, s});
    } else if (const auto* set = std::get_if<OutTimerSet>(&o.what)) {
        if (set->due < now_) fail("timer armed in the past");
        const auto known = state_.find(key);
        if (o.conn == 0 || (known != state_.end() && known->second == TcpState::Closed))
            fail("a CLOSED connection armed a timer");
    } else if (const auto* n = std::get_if<OutNotify>(&o.what)) {
        // RFC 9293 §3.10.7.4 eighth: the FIN is told to the user once ("connection closing").
        if (n->event == NotifyEvent::Eof && ++eofs_[key] > 1) fail("EOF told twice");
    }
}

void Harness::checkLive(int h) {
    const Host& host = hosts_[h];
    for (uint32_t id : host.connectionIds()) {
        const ConnKey key{h, id};
        const Endpoint& ep = *host.connection(id);
        const auto known = state_.find(key);
        if (known == state_.end() || known->second != ep.state())
            fail("connection " + std::to_string(id) + " is in " + std::string(toString(ep.state())) +
                 " without a reported state change");
        const TcbVars& v = ep.vars();
        // RFC 9293 §3.3.1: SND.UNA <= SND.NXT (what is unacknowledged was sent).
        if (isSynchronized(ep.state()) || ep.state() == TcpState::SynSent || ep.state() == TcpState::SynReceived) {
            if (v.sndNxt < v.sndUna) fail("SND.NXT is below SND.UNA");
            if (const auto sent = sentThisStep_.find(key); sent != sentThisStep_.end())
                for (const Segment& s : sent->second)
                    if (v.sndNxt < s.seq + s.segLen()) fail("a segment was sent beyond SND.NXT");
        }
        for (TimerKind k : kTimerKinds) {
            const auto due = ep.timerDue(k);
            if (!due) continue;
            if (ep.state() == TcpState::Closed) fail("a CLOSED connection has a timer armed");
            if (*due < now_) fail("a timer is overdue");
        }
    }
    // A connection leaves the host only once it reached CLOSED (or went back to LISTEN).
    for (const auto& [key, st] : state_) {
        if (key.host != h || st == TcpState::Closed || st == TcpState::Listen) continue;
        if (!host.connection(key.conn))
            fail("connection " + std::to_string(key.conn) + " vanished in " + std::string(toString(st)));
    }
}

} // namespace

std::string checkEndpointRun(const uint8_t* data, size_t size) {
    FuzzInput in(data, size);
    Harness harness(in);
    return harness.run();
}

} // namespace hl::fuzz
