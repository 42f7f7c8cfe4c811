#include "core/capture_inference.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <utility>

namespace hl {
namespace {

struct HandshakeTimes {
    std::optional<int64_t> syn, synAck, lastSynAck, ack;
    std::vector<int64_t> synAcks; // every SYN,ACK before the ACK
    // Tap → server → tap, and tap → client → tap.
    int64_t serverRtt() const { return syn && synAck ? *synAck - *syn : 0; }
    int64_t clientRtt() const { return lastSynAck && ack ? *ack - *lastSynAck : 0; }
};

// Longest span a connection's times may have (about 73 years): with it every sum and
// difference below fits in 64 bits, whatever a file's timestamps say.
constexpr int64_t kMaxSpanNs = int64_t{1} << 61;

// Each segment's capture time relative to the first segment's, never earlier than the previous
// segment's and at most kMaxSpanNs. listConnections gives segments in time order (see
// timeOrder there), so this only clamps what no real capture has: a connection built out of
// time order, or timestamps centuries apart. The inference then cannot be handed a packet
// that arrives before it was sent or an event out of time order.
std::vector<int64_t> relativeTimes(const CaptureConnection& c) {
    std::vector<int64_t> out;
    out.reserve(c.segments.size());
    const int64_t first = c.segments.empty() ? 0 : c.segments.front().timeNs;
    int64_t previous = 0;
    for (const ConnectionSegment& s : c.segments) {
        int64_t rel = 0;
        if (__builtin_sub_overflow(s.timeNs, first, &rel)) rel = s.timeNs > first ? kMaxSpanNs : 0;
        previous = std::clamp(rel, previous, kMaxSpanNs);
        out.push_back(previous);
    }
    return out;
}

// The handshake as answered: the last SYN from A before the first SYN,ACK from B, the last
// SYN,ACK before A's first ACK (earlier copies were lost, or answered later than these).
HandshakeTimes handshakeTimes(const CaptureConnection& c, const std::vector<int64_t>& times) {
    HandshakeTimes h;
    for (size_t i = 0; i < c.segments.size(); ++i) {
        const ConnectionSegment& s = c.segments[i];
        const int64_t timeNs = times[i];
        const Flags f = s.seg.flags;
        const bool syn = f.has(Flag::SYN) && !f.has(Flag::ACK), synAck = f.has(Flag::SYN) && f.has(Flag::ACK);
        if (!h.synAck) {
            if (s.fromA && syn)
                h.syn = timeNs;
            else if (!s.fromA && synAck && h.syn) {
                h.synAck = h.lastSynAck = timeNs;
                h.synAcks.push_back(timeNs);
            }
        } else if (!s.fromA && synAck) {
            h.lastSynAck = timeNs;
            h.synAcks.push_back(timeNs);
        } else if (s.fromA && f.has(Flag::ACK) && !f.has(Flag::SYN) && !f.has(Flag::RST)) {
            h.ack = timeNs;
            break;
        }
    }
    return h;
}

bool isOneOf(TcpState s, std::initializer_list<TcpState> list) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

struct Side {
    HostId host = HostId::Client;
    uint32_t conn = 1;
    TcpState state = TcpState::Closed;
    bool passive = false; // answers a SYN with a SYN,ACK and never sends a bare SYN: it listened
    SeqNum iss;
    bool finSent = false;
    SeqNum finSeq;
    bool finReceived = false;
    bool sndMaxKnown = false;
    SeqNum sndMax;
    std::optional<SimTime> timeWaitDue;
};

struct Step {
    int64_t timeNs = 0;
    bool deliver = false;
    size_t segment = 0; // index into CaptureConnection::segments
};

class Inference {
public:
    Inference(const CaptureConnection& conn, const InferenceOptions& options, InferredConnection& out)
        : conn_(conn), options_(options), out_(out), trace_(out.trace), times_(relativeTimes(conn)) {}

    void run() {
        delays();
        client_.host = HostId::Client;
        server_.host = HostId::Server;
        for (const ConnectionSegment& s : conn_.segments) {
            const bool syn = s.seg.flags.has(Flag::SYN), ack = s.seg.flags.has(Flag::ACK);
            Side& from = s.fromA ? client_ : server_;
            if (syn && ack) from.passive = true;
            if (syn && !ack) sentBareSyn_[s.fromA ? 0 : 1] = true;
        }
        if (sentBareSyn_[0]) client_.passive = false;
        if (sentBareSyn_[1]) server_.passive = false;
        out_.midStream = !conn_.synSeen;

        // Each captured segment is a send (t - d(sender)) and an arrival (t + d(receiver)).
        std::vector<Step> steps;
        steps.reserve(conn_.segments.size() * 2);
        for (size_t i = 0; i < conn_.segments.size(); ++i) {
            const ConnectionSegment& s = conn_.segments[i];
            steps.push_back(Step{times_[i] - sendDelay(s.fromA), false, i});
            steps.push_back(Step{times_[i] + arrivalDelay(s.fromA), true, i});
        }
        std::stable_sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.timeNs < b.timeNs; });
        findLosses();
        originRelNs_ = steps.empty() ? 0 : steps.front().timeNs;
        const int64_t first = conn_.segments.empty() ? conn_.startNs : conn_.segments.front().timeNs;
        if (__builtin_add_overflow(first, originRelNs_, &out_.originNs)) out_.originNs = first;
        out_.clientPort = conn_.portA;
        out_.serverPort = conn_.portB;
        trace_.segments.resize(conn_.segments.size());
        out_.packetOf.resize(conn_.segments.size());

        start();
        for (const Step& st : steps) {
            const SimTime t = at(st.timeNs);
            fireTimers(t);
            if (st.deliver)
                arrive(st.segment, t);
            else
                send(st.segment, t);
        }
        trace_.end = trace_.events.empty() ? SimTime() : trace_.events.back().t;
        giveUp();
        recordIsns();
    }

private:
    void delays() {
        const HandshakeTimes h = handshakeTimes(conn_, times_);
        const int64_t serverRtt = h.serverRtt(), clientRtt = h.clientRtt();
        out_.vantageGuessed = !options_.vantage;
        out_.vantage = options_.vantage.value_or(guessVantage(conn_));
        if (out_.vantage == Vantage::Loopback) {
            // Seen as it leaves: the SYN reaches the server one c→s latency later and is answered
            // at once; the ACK answers the first SYN,ACK copy that arrived, which need not be the
            // last one sent: on one machine, take the copy whose delay is nearest the other way's.
            clientDelayNs_ = serverRtt;
            serverDelayNs_ = clientRtt;
            if (h.ack)
                for (int64_t t : h.synAcks)
                    if (*h.ack >= t && std::llabs(*h.ack - t - serverRtt) < std::llabs(serverDelayNs_ - serverRtt))
                        serverDelayNs_ = *h.ack - t;
        } else {
            clientDelayNs_ = out_.vantage == Vantage::Client ? 0 : clientRtt / 2;
            serverDelayNs_ = out_.vantage == Vantage::Server ? 0 : serverRtt / 2;
        }
        out_.clientDelay = SimTime::fromUs(clientDelayNs_ / 1000);
        out_.serverDelay = SimTime::fromUs(serverDelayNs_ / 1000);
    }

    int64_t sentAt(size_t i) const { return times_[i] - sendDelay(conn_.segments[i].fromA); }
    int64_t arrivesAt(size_t i) const { return times_[i] + arrivalDelay(conn_.segments[i].fromA); }

    // What the capture says was lost, from the senders' behaviour (a capture cannot see a loss):
    //  - a segment its sender sends again, when nothing from the other side acknowledged it
    //    before the new copy arrived, was lost (RFC 6298 §5: only a missing ACK makes a
    //    sender retransmit);
    //  - an ACK whose arrival should have stopped that retransmission (it arrived before the
    //    new copy left) was lost.
    void findLosses() {
        const size_t n = conn_.segments.size();
        lost_.assign(n, false);
        std::map<std::pair<bool, uint32_t>, size_t> lastCopy; // (from A, seq) -> latest transmission
        for (size_t r = 0; r < n; ++r) {
            const ConnectionSegment& R = conn_.segments[r];
            if (R.seg.segLen() == 0) continue;
            const auto key = std::make_pair(R.fromA, R.seg.seq.value());
            const auto prev = lastCopy.find(key);
            if (prev != lastCopy.end()) {
                const size_t s = prev->second;
                const SeqNum covered = conn_.segments[s].seg.seq;
                // The other side's segments, in capture order, up to the new copy's arrival.
                std::optional<size_t> ackBeforeRetransmit;
                bool acked = false;
                for (size_t a = s + 1; a < n; ++a) {
                    const ConnectionSegment& A = conn_.segments[a];
                    if (A.fromA == R.fromA || !A.seg.flags.has(Flag::ACK) || A.seg.flags.has(Flag::RST)) continue;
                    if (sentAt(a) >= arrivesAt(r)) break; // from then on it may answer the new copy
                    if (!(A.seg.ack > covered)) continue;
                    acked = true;
                    if (arrivesAt(a) <= sentAt(r) && A.seg.segLen() == 0) ackBeforeRetransmit = a;
                }
                if (!acked)
                    lost_[s] = true;
                else if (ackBeforeRetransmit)
                    lost_[*ackBeforeRetransmit] = true;
            }
            lastCopy[key] = r;
        }
    }

    // A packet from the client (fromClient) or the server seen at t left its sender at
    // t - sendDelay and reached the other side at t + arrivalDelay.
    int64_t sendDelay(bool fromClient) const {
        if (out_.vantage == Vantage::Loopback) return 0;
        return fromClient ? clientDelayNs_ : serverDelayNs_;
    }
    int64_t arrivalDelay(bool fromClient) const {
        if (out_.vantage == Vantage::Loopback) return fromClient ? clientDelayNs_ : serverDelayNs_;
        return fromClient ? serverDelayNs_ : clientDelayNs_;
    }
    SimTime at(int64_t ns) const { return SimTime::fromUs((ns - originRelNs_) / 1000); }

    uint32_t emit(const TraceEvent& e) {
        trace_.events.push_back(e);
        return static_cast<uint32_t>(trace_.events.size() - 1);
    }

    void setState(Side& s, TcpState to, Reason why, SimTime t, uint32_t cause, bool inferred) {
        if (s.state == to) return;
        TraceEvent e;
        e.t = t;
        e.type = EventType::State;
        e.host = s.host;
        e.conn = s.conn;
        e.from = s.state;
        e.to = to;
        e.reason = why;
        e.cause = cause;
        e.inferred = inferred;
        emit(e);
        s.state = to;
        if (to == TcpState::TimeWait)
            armTimeWait(s, t, cause, inferred);
        else
            s.timeWaitDue.reset();
    }

    // RFC 9293 §3.10.7.4: TIME-WAIT lasts 2·MSL, restarted by a retransmitted FIN.
    void armTimeWait(Side& s, SimTime t, uint32_t cause, bool inferred) {
        TraceEvent e;
        e.t = t;
        e.type = EventType::Timer;
        e.host = s.host;
        e.conn = s.conn;
        e.timer = TimerKind::TimeWait;
        e.op = TimerOp::Set;
        e.due = t + options_.timeWait;
        e.cause = cause;
        e.inferred = inferred;
        emit(e);
        s.timeWaitDue = e.due;
    }

    // A sender whose last packets are unanswered retransmissions of one segment gave up when the
    // next, backed-off timeout ran out (RFC 1122 §4.2.3.5; RFC 6298 §5.5 doubles the RTO): the
    // capture shows the backoff, not the end, so the CLOSED after it is inferred.
    void giveUp() {
        const auto& segs = conn_.segments;
        if (segs.empty()) return;
        const size_t last = segs.size() - 1;
        const ConnectionSegment& L = segs[last];
        Side& x = L.fromA ? client_ : server_;
        if (L.seg.segLen() == 0 || !trace_.segments[last].retransmission || x.state == TcpState::Closed) return;
        std::optional<size_t> prev;
        for (size_t i = last; i-- > 0;) {
            if (segs[i].fromA != L.fromA) return; // answered since: not a give-up
            if (segs[i].seg.seq == L.seg.seq && segs[i].seg.segLen() == L.seg.segLen()) {
                prev = i;
                break;
            }
        }
        if (!prev) return;
        const int64_t interval = sentAt(last) - sentAt(*prev);
        if (interval <= 0) return; // copies at one instant show no timeout to back off from
        // Not before the last event the capture shows (the last copy's arrival may come later).
        const SimTime due = std::max(at(sentAt(last) + 2 * interval), trace_.end);
        fireTimers(due);
        TraceEvent fire;
        fire.t = due;
        fire.type = EventType::Timer;
        fire.host = x.host;
        fire.conn = x.conn;
        fire.timer = TimerKind::Retransmit;
        fire.op = TimerOp::Fire;
        fire.inferred = true;
        const uint32_t root = emit(fire);
        const Flags f = L.seg.flags;
        const Reason why = f.has(Flag::SYN) ? (f.has(Flag::ACK) ? Reason::GiveUpSynAck : Reason::GiveUpSyn)
                           : f.has(Flag::FIN) && L.seg.len == 0 ? Reason::GiveUpFin
                                                                : Reason::GiveUpData;
        setState(x, TcpState::Closed, why, due, root, true);
        trace_.end = due;
    }

    // Each connection's ISN and the peer's (what the inspector's relative numbers count from),
    // from the start: the rest of a TCB (windows, timers, RTT) is not in the packets.
    void recordIsns() {
        const auto isnOf = [&](HostId h) -> std::optional<SeqNum> {
            for (const SegmentRecord& rec : trace_.segments)
                if (rec.from == h && rec.seg.flags.has(Flag::SYN)) return rec.seg.seq;
            for (const SegmentRecord& rec : trace_.segments) // mid-stream: the first seq seen
                if (rec.from == h) return rec.seg.seq - 1;
            return std::nullopt;
        };
        for (const Side* s : {&client_, &server_}) {
            const auto iss = isnOf(s->host), irs = isnOf(peerOf(s->host));
            if (!iss && !irs) continue;
            // From the connection's first state change on (before it, it does not exist yet).
            const auto first = std::find_if(trace_.events.begin(), trace_.events.end(), [&](const TraceEvent& e) {
                return e.type == EventType::State && e.host == s->host && e.conn == s->conn;
            });
            if (first == trace_.events.end()) continue;
            TcbRecord r;
            r.afterEvent = static_cast<uint32_t>(first - trace_.events.begin());
            r.host = s->host;
            r.conn = s->conn;
            r.vars.iss = iss.value_or(SeqNum());
            r.vars.irs = irs.value_or(SeqNum());
            trace_.tcb.push_back(r);
        }
        std::sort(trace_.tcb.begin(), trace_.tcb.end(),
                  [](const TcbRecord& x, const TcbRecord& y) { return x.afterEvent < y.afterEvent; });
    }

    // A TIME-WAIT that ends inside the capture (RFC 9293 §3.10.8).
    void fireTimers(SimTime now) {
        Side* sides[] = {&client_, &server_};
        for (;;) {
            Side* next = nullptr;
            for (Side* s : sides)
                if (s->timeWaitDue && *s->timeWaitDue <= now && (!next || *s->timeWaitDue < *next->timeWaitDue))
                    next = s;
            if (!next) return;
            TraceEvent fire;
            fire.t = *next->timeWaitDue;
            fire.type = EventType::Timer;
            fire.host = next->host;
            fire.conn = next->conn;
            fire.timer = TimerKind::TimeWait;
            fire.op = TimerOp::Fire;
            fire.inferred = true;
            const uint32_t root = emit(fire);
            setState(*next, TcpState::Closed, Reason::TimeWaitExpired, fire.t, root, true);
        }
    }

    // The states before the first packet: a side that answered a SYN was listening (its
    // listener is connection 1, the connection 2, as in the simulator); mid-stream, both are
    // ESTABLISHED. Both are implied, never seen.
    void start() {
        for (Side* s : {&client_, &server_}) {
            if (s->passive) {
                TraceEvent e;
                e.type = EventType::State;
                e.host = s->host;
                e.conn = 1;
                e.from = TcpState::Closed;
                e.to = TcpState::Listen;
                e.reason = Reason::UserListen;
                e.inferred = true;
                emit(e);
                s->conn = 2;
                s->state = TcpState::Listen;
            } else if (out_.midStream) {
                setState(*s, TcpState::Established, Reason::None, SimTime(), kNoEvent, true);
            }
        }
    }

    static Reason sendReason(const Side& x, const Segment& g, bool retransmission) {
        const Flags f = g.flags;
        if (retransmission) {
            if (f.has(Flag::SYN)) return f.has(Flag::ACK) ? Reason::RetransmitSynAck : Reason::RetransmitSyn;
            return f.has(Flag::FIN) ? Reason::RetransmitFin : Reason::RetransmitData;
        }
        if (f.has(Flag::RST)) {
            if (isOneOf(x.state, {TcpState::Closed, TcpState::Listen}))
                return f.has(Flag::ACK) ? Reason::ClosedRstAckForNoAck : Reason::ClosedRstForAck;
            return Reason::UserAbort;
        }
        if (f.has(Flag::SYN)) {
            if (!f.has(Flag::ACK)) return Reason::UserConnect;
            return x.passive ? Reason::ListenSyn : Reason::SynSentSimultaneousOpen;
        }
        if (f.has(Flag::FIN)) return x.state == TcpState::CloseWait ? Reason::UserCloseInCloseWait : Reason::UserClose;
        return g.len > 0 ? Reason::UserSendData : Reason::SendAck;
    }

    void send(size_t index, SimTime t) {
        const ConnectionSegment& s = conn_.segments[index];
        Side& x = s.fromA ? client_ : server_;
        Segment g = s.seg;
        g.id = index + 1;
        const SeqNum end = g.seq + g.segLen();
        const bool retransmission = g.segLen() > 0 && x.sndMaxKnown && end <= x.sndMax;
        if (!x.sndMaxKnown || end > x.sndMax) {
            x.sndMax = end;
            x.sndMaxKnown = true;
        }
        TraceEvent e;
        e.t = t;
        e.type = EventType::Send;
        e.host = x.host;
        e.conn = x.conn;
        e.segId = g.id;
        e.retransmission = retransmission;
        e.reason = sendReason(x, g, retransmission);
        const TcpState before = x.state;
        const uint32_t root = emit(e);

        SegmentRecord& rec = trace_.segments[index];
        rec.seg = g;
        rec.from = x.host;
        rec.to = peerOf(x.host);
        rec.conn = x.conn;
        rec.sentAt = t;
        rec.retransmission = retransmission;
        rec.senderState = before;
        rec.sendEvent = root;
        if (rec.copies.empty()) rec.copies.push_back(SegmentCopy{}); // its arrival fills it in (or did already)
        out_.packetOf[index] = s.packet;

        const Flags f = g.flags;
        if (f.has(Flag::RST)) {
            if (!isOneOf(x.state, {TcpState::Closed, TcpState::Listen}))
                setState(x, TcpState::Closed, Reason::UserAbort, t, root, false);
            return;
        }
        if (f.has(Flag::SYN) && !f.has(Flag::ACK)) {
            if (x.state == TcpState::Closed) {
                x.iss = g.seq;
                setState(x, TcpState::SynSent, Reason::UserConnect, t, root, false);
            }
        } else if (f.has(Flag::SYN)) {
            x.iss = g.seq;
            // Its SYN's arrival was not captured: the SYN,ACK says it came (RFC 9293 §3.10.7.2).
            if (isOneOf(x.state, {TcpState::Closed, TcpState::Listen}))
                setState(x, TcpState::SynReceived, Reason::ListenSyn, t, root, true);
        } else if (x.state == TcpState::SynSent && f.has(Flag::ACK)) {
            // An ACK from SYN-SENT: the SYN,ACK it answers was not captured (§3.10.7.3).
            setState(x, TcpState::Established, Reason::SynSentSynAck, t, root, true);
        }
        if (f.has(Flag::FIN) && !x.finSent) {
            x.finSent = true;
            x.finSeq = g.seq + g.len;
            // RFC 9293 §3.10.4: CLOSE from ESTABLISHED (or SYN-RECEIVED) sends FIN, enters FIN-WAIT-1;
            // from CLOSE-WAIT, LAST-ACK.
            if (isOneOf(x.state, {TcpState::Established, TcpState::SynReceived}))
                setState(x, TcpState::FinWait1, Reason::UserClose, t, root, false);
            else if (x.state == TcpState::CloseWait)
                setState(x, TcpState::LastAck, Reason::UserCloseInCloseWait, t, root, false);
        }
    }

    void arrive(size_t index, SimTime t) {
        const ConnectionSegment& s = conn_.segments[index];
        Side& y = s.fromA ? server_ : client_;
        const Segment& g = trace_.segments[index].seg;
        TraceEvent e;
        e.t = t;
        e.type = lost_[index] ? EventType::Drop : EventType::Deliver;
        e.host = lost_[index] ? peerOf(y.host) : y.host; // a Drop names the sender
        e.segId = g.id;
        e.reason = lost_[index] ? Reason::ChannelLoss : Reason::ChannelDelivered;
        e.dropCause = DropCause::Loss;
        e.inferred = lost_[index];
        const uint32_t root = emit(e);
        // A capture whose timestamps run backwards can show an arrival before its send was
        // recorded (found by fuzz_capture): give the segment its one copy here.
        std::vector<SegmentCopy>& copies = trace_.segments[index].copies;
        if (copies.empty()) copies.emplace_back();
        SegmentCopy& copy = copies.front();
        copy.endsAt = t;
        copy.endEvent = root;
        copy.lost = lost_[index];
        copy.cause = DropCause::Loss;
        if (lost_[index]) return;

        const Flags f = g.flags;
        const auto change = [&](TcpState to, Reason why) { setState(y, to, why, t, root, true); };
        if (f.has(Flag::RST)) { // RFC 9293 §3.10.7.3 and §3.10.7.4, "first, check the RST bit"
            switch (y.state) {
            case TcpState::SynSent:
                if (f.has(Flag::ACK) && g.ack == y.iss + 1) change(TcpState::Closed, Reason::SynSentRstRefused);
                break;
            case TcpState::SynReceived:
                if (y.passive)
                    change(TcpState::Listen, Reason::RstSynReceivedToListen);
                else
                    change(TcpState::Closed, Reason::RstSynReceivedRefused);
                break;
            case TcpState::Established:
            case TcpState::FinWait1:
            case TcpState::FinWait2:
            case TcpState::CloseWait: change(TcpState::Closed, Reason::RstReset); break;
            case TcpState::Closing:
            case TcpState::LastAck:
            case TcpState::TimeWait: change(TcpState::Closed, Reason::RstClosingStates); break;
            default: break;
            }
            return;
        }
        if (f.has(Flag::SYN) && !f.has(Flag::ACK)) {
            if (y.state == TcpState::Listen)
                change(TcpState::SynReceived, Reason::ListenSyn); // §3.10.7.2
            else if (y.state == TcpState::SynSent)
                change(TcpState::SynReceived, Reason::SynSentSimultaneousOpen); // §3.10.7.3
            return;
        }
        if (f.has(Flag::SYN)) {
            if (y.state == TcpState::SynSent && g.ack == y.iss + 1)
                change(TcpState::Established, Reason::SynSentSynAck);
            else if (y.state == TcpState::SynReceived && !y.passive)
                change(TcpState::Established, Reason::SynAckSimultaneousEstablished); // RFC 9293 §3.5
            return;
        }
        if (!f.has(Flag::ACK)) return; // §3.10.7.4: a segment without ACK is dropped
        if (y.state == TcpState::SynReceived && g.ack > y.iss)
            change(TcpState::Established, Reason::AckSynReceivedEstablished);
        const bool finAcked = y.finSent && g.ack > y.finSeq;
        const bool fin = f.has(Flag::FIN);
        // §3.10.7.4, the FIN bit: FIN-WAIT-1 whose FIN this segment acknowledges goes straight to TIME-WAIT.
        if (fin && !y.finReceived && y.state == TcpState::FinWait1 && finAcked) {
            y.finReceived = true;
            change(TcpState::TimeWait, Reason::FinTimeWait);
            return;
        }
        if (finAcked) { // §3.10.7.4, the ACK field in the closing states
            if (y.state == TcpState::FinWait1)
                change(TcpState::FinWait2, Reason::AckOfFinFinWait2);
            else if (y.state == TcpState::Closing)
                change(TcpState::TimeWait, Reason::AckOfFinTimeWait);
            else if (y.state == TcpState::LastAck)
                change(TcpState::Closed, Reason::AckOfFinClosed);
        }
        if (!fin) return;
        if (y.finReceived) {
            if (y.state == TcpState::TimeWait) armTimeWait(y, t, root, true); // a retransmitted FIN restarts 2·MSL
            return;
        }
        y.finReceived = true;
        if (isOneOf(y.state, {TcpState::Established, TcpState::SynReceived}))
            change(TcpState::CloseWait, Reason::FinCloseWait);
        else if (y.state == TcpState::FinWait1)
            change(TcpState::Closing, Reason::FinClosing);
        else if (y.state == TcpState::FinWait2)
            change(TcpState::TimeWait, Reason::FinTimeWait);
    }

    const CaptureConnection& conn_;
    const InferenceOptions& options_;
    InferredConnection& out_;
    Trace& trace_;
    Side client_, server_;
    bool sentBareSyn_[2] = {false, false};
    std::vector<bool> lost_;
    int64_t clientDelayNs_ = 0, serverDelayNs_ = 0;
    std::vector<int64_t> times_; // relativeTimes(conn_)
    int64_t originRelNs_ = 0;    // trace time 0, relative to the first segment
};

} // namespace

namespace {
bool isLoopback(const IpAddress& a) {
    if (!a.v6) return a.bytes[0] == 127;
    return std::all_of(a.bytes.begin(), a.bytes.end() - 1, [](uint8_t b) { return b == 0; }) && a.bytes[15] == 1;
}
} // namespace

Vantage guessVantage(const CaptureConnection& conn) {
    if (conn.addrA == conn.addrB || (isLoopback(conn.addrA) && isLoopback(conn.addrB))) return Vantage::Loopback;
    const HandshakeTimes h = handshakeTimes(conn, relativeTimes(conn));
    if (!h.syn || !h.synAck || !h.ack) return Vantage::Middle;
    const int64_t serverRtt = h.serverRtt(), clientRtt = h.clientRtt();
    if (serverRtt > 0 && clientRtt * 4 <= serverRtt) return Vantage::Client;
    if (clientRtt > 0 && serverRtt * 4 <= clientRtt) return Vantage::Server;
    return Vantage::Middle;
}

InferredConnection inferConnection(const CaptureConnection& conn, const InferenceOptions& options) {
    InferredConnection out;
    Inference(conn, options, out).run();
    return out;
}

} // namespace hl
