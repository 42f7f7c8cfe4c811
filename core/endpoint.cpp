#include "core/endpoint.h"

namespace hl {

namespace {
size_t timerIndex(TimerKind k) { return static_cast<size_t>(k); }
constexpr std::array<TimerKind, 4> kAllTimers = {TimerKind::Retransmit, TimerKind::TimeWait, TimerKind::FinWait2,
                                                 TimerKind::DelayedAck};
} // namespace

Endpoint::Endpoint(const HostOptions& opts, FourTuple tuple, OpenKind kind)
    : opts_(opts), tuple_(tuple), openKind_(kind),
      rtt_(opts.rtoInitial, opts.rtoMin, opts.rtoMax, opts.rtoMinOnVariance), quickAcksLeft_(opts.quickAcks) {
    tcb_.rcvWnd = opts_.window;
    syncVars();
}

Endpoint Endpoint::listen(SimTime now, const HostOptions& opts, uint16_t localPort, Outputs& out) {
    Endpoint e(opts, FourTuple{localPort, 0}, OpenKind::Passive);
    e.now_ = now;
    e.setState(TcpState::Listen, Reason::UserListen, out); // §3.10.1 passive OPEN
    return e;
}

bool Endpoint::listenerAccepts(const Segment& seg) {
    // §3.10.7.2: first check for a RST, second for an ACK, third for a SYN.
    return !seg.flags.has(Flag::RST) && !seg.flags.has(Flag::ACK) && seg.flags.has(Flag::SYN);
}

Endpoint Endpoint::connect(SimTime now, const HostOptions& opts, FourTuple tuple, SeqNum iss, Outputs& out) {
    Endpoint e(opts, tuple, OpenKind::Active);
    e.now_ = now;
    // §3.10.1 active OPEN: select an ISS, send <SEQ=ISS><CTL=SYN>, SND.UNA=ISS, SND.NXT=ISS+1.
    e.tcb_.iss = iss;
    e.tcb_.sndUna = iss;
    e.tcb_.sndNxt = iss + 1;
    e.setState(TcpState::SynSent, Reason::UserConnect, out);
    e.firstSynAt_ = now;
    e.retxQueue_.push_back(SentSeg{iss, 0, true, false, now});
    e.rttSeq_ = iss + 1;
    e.rttStart_ = now;
    e.transmit(e.makeSegment(Flag::SYN, iss, 0), Reason::UserConnect, false, out);
    e.armRetransmit(out);
    e.syncVars();
    return e;
}

Endpoint Endpoint::acceptSyn(SimTime now, const HostOptions& opts, FourTuple tuple, SeqNum iss, const Segment& syn,
                             Outputs& out) {
    Endpoint e(opts, tuple, OpenKind::Passive);
    e.now_ = now;
    e.state_ = TcpState::Listen; // born of the listener: its first output is LISTEN -> SYN_RECEIVED
    // §3.10.7.2: RCV.NXT=SEG.SEQ+1, IRS=SEG.SEQ, send <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>,
    // SND.UNA=ISS, SND.NXT=ISS+1.
    e.tcb_.irs = syn.seq;
    e.tcb_.rcvNxt = syn.seq + 1;
    e.tcb_.iss = iss;
    e.tcb_.sndUna = iss;
    e.tcb_.sndNxt = iss + 1;
    e.tcb_.sndWnd = syn.window;
    e.sndWl1_ = syn.seq;
    e.setState(TcpState::SynReceived, Reason::ListenSyn, out);
    e.firstSynAt_ = now;
    e.retxQueue_.push_back(SentSeg{iss, 0, true, false, now});
    e.rttSeq_ = iss + 1;
    e.rttStart_ = now;
    e.transmit(e.makeSegment(Flag::SYN | Flag::ACK, iss, 0), Reason::ListenSyn, false, out);
    e.armRetransmit(out);
    e.syncVars();
    return e;
}

void Endpoint::setState(TcpState next, Reason why, Outputs& out) {
    const TcpState prev = state_;
    out.push_back(OutState{prev, next, why});
    state_ = next;
    switch (next) {
    case TcpState::Closed:
    case TcpState::Listen: // CLOSED, or a passive SYN-RECEIVED going back to its listener
        for (TimerKind k : kAllTimers) cancelTimer(k, out);
        retxQueue_.clear();
        rttSeq_.reset();
        break;
    case TcpState::TimeWait:
        // §3.10.7.4: TIME-WAIT waits 2 MSL; nothing of ours is outstanding any more.
        cancelTimer(TimerKind::Retransmit, out);
        cancelTimer(TimerKind::FinWait2, out);
        armTimer(TimerKind::TimeWait, now_ + opts_.msl * 2, out);
        break;
    case TcpState::FinWait2:
        // Linux tcp_fin_timeout: only a connection its app has closed (orphaned) is timed.
        if (appClosed_ && opts_.finWait2Timeout) armTimer(TimerKind::FinWait2, now_ + *opts_.finWait2Timeout, out);
        break;
    case TcpState::Established:
        if (prev == TcpState::SynSent || prev == TcpState::SynReceived) notify(NotifyEvent::Connected, why, out);
        break;
    default: break;
    }
    syncVars();
}

void Endpoint::enterClosed(Reason why, std::optional<NotifyEvent> tell, Outputs& out) {
    setState(TcpState::Closed, why, out);
    if (tell) notify(*tell, why, out);
}

void Endpoint::forget(SimTime now, Outputs& out) {
    now_ = now;
    enterClosed(Reason::HostReboot, std::nullopt, out);
}

bool Endpoint::takeReopenRequest() {
    const bool r = reopenRequested_;
    reopenRequested_ = false;
    return r;
}

std::optional<SimTime> Endpoint::timerDue(TimerKind kind) const { return timers_[timerIndex(kind)]; }

void Endpoint::armTimer(TimerKind kind, SimTime due, Outputs& out) {
    timers_[timerIndex(kind)] = due;
    out.push_back(OutTimerSet{kind, due});
}

void Endpoint::cancelTimer(TimerKind kind, Outputs& out) {
    auto& t = timers_[timerIndex(kind)];
    if (!t) return;
    t.reset();
    out.push_back(OutTimerCancel{kind});
}

uint32_t Endpoint::receiveWindow() const {
    // Unread data fills the receive buffer (option appReads=false), so the window shrinks.
    return tcb_.unread >= opts_.window ? 0 : static_cast<uint32_t>(opts_.window - tcb_.unread);
}

Segment Endpoint::makeSegment(Flags flags, SeqNum seq, uint32_t len) const {
    Segment s;
    s.srcPort = tuple_.localPort;
    s.dstPort = tuple_.remotePort;
    s.flags = flags;
    s.seq = seq;
    s.ack = flags.has(Flag::ACK) ? tcb_.rcvNxt : SeqNum(0);
    s.window = flags.has(Flag::RST) ? 0 : receiveWindow();
    s.len = len;
    return s;
}

void Endpoint::transmit(const Segment& seg, Reason why, bool retransmission, Outputs& out) {
    out.push_back(OutSend{seg, retransmission, why});
    if (seg.flags.has(Flag::ACK)) {
        ackOwed_ = false; // this segment carries the owed ACK (a delayed one too)
        cancelTimer(TimerKind::DelayedAck, out);
    }
}

void Endpoint::sendAck(Reason why, Outputs& out) { transmit(makeSegment(Flag::ACK, tcb_.sndNxt, 0), why, false, out); }

void Endpoint::sendRst(SeqNum seq, Reason why, Outputs& out) {
    transmit(makeSegment(Flag::RST, seq, 0), why, false, out);
}

void Endpoint::notify(NotifyEvent ev, Reason why, Outputs& out, uint32_t bytes) {
    out.push_back(OutNotify{ev, bytes, why});
}

void Endpoint::syncVars() {
    tcb_.rcvWnd = receiveWindow();
    tcb_.rto = rtt_.rto();
    tcb_.srtt = rtt_.srtt();
    tcb_.rttvar = rtt_.rttvar();
    tcb_.rttValid = rtt_.valid();
}

} // namespace hl
