#pragma once
// One TCP connection (a TCB), sans-IO: user calls, segment arrival and timer expiry go in with
// the current time; what it did comes out as Outputs. setState() is the only writer of the state.
//
// The implementation is split per concern: endpoint.cpp (construction, state, timers as values,
// segment building), endpoint_user_calls.cpp (§3.10.1-3.10.5), endpoint_arrival.cpp (§3.10.7, one
// handler per state), endpoint_checks.cpp (the §3.10.7.4 checks in RFC order),
// endpoint_timers.cpp (§3.10.8, RFC 6298), endpoint_data.cpp (sending and reassembly).
#include "core/endpoint_output.h"
#include "core/host_options.h"
#include "core/retransmit_timer.h"

#include <array>
#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

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
    static Endpoint acceptSyn(SimTime now, const HostOptions& opts, FourTuple tuple, SeqNum iss, const Segment& syn,
                              Outputs& out);
    // A listener (§3.10.1 passive OPEN): CLOSED -> LISTEN. Its tuple has remotePort 0.
    static Endpoint listen(SimTime now, const HostOptions& opts, uint16_t localPort, Outputs& out);
    // §3.10.7.2 in its check order (RST, then ACK, then SYN): true when this segment arriving at a
    // listener makes a new connection (acceptSyn); every other segment goes to onSegment.
    static bool listenerAccepts(const Segment& seg);

    void send(SimTime now, uint32_t bytes, Outputs& out);
    void shutdown(SimTime now, Outputs& out); // close our sending side only; not orphaned
    void close(SimTime now, Outputs& out);    // the app is done with the connection
    void abort(SimTime now, Outputs& out);
    void onSegment(SimTime now, const Segment& seg, Outputs& out);
    void onTimer(SimTime now, TimerKind kind, Outputs& out);
    // The host reboots: CLOSED at once, no segment, every timer cancelled (Reason HostReboot).
    void forget(SimTime now, Outputs& out);

    TcpState state() const { return state_; }
    OpenKind openKind() const { return openKind_; }
    const FourTuple& tuple() const { return tuple_; }
    const TcbVars& vars() const { return tcb_; }
    std::optional<SimTime> timerDue(TimerKind kind) const;
    bool orphaned() const { return appClosed_; } // the app called close()
    // True once after a SYN reopened this TIME_WAIT connection (option timeWaitReopen): the
    // connection went CLOSED and the host must hand the same SYN to its listener.
    bool takeReopenRequest();
    // The host says whether a listener could take such a SYN; without one, TIME_WAIT stays.
    void setReopenPossible(bool possible) { reopenPossible_ = possible; }

private:
    // A segment on the retransmission queue (RFC 6298 §5): what was sent, from SND.UNA on.
    struct SentSeg {
        SeqNum seq;
        uint32_t len = 0; // payload bytes
        bool syn = false;
        bool fin = false;
        SimTime firstSentAt; // its first transmission (Linux measures the retry budget from it)
        uint32_t segLen() const { return len + (syn ? 1u : 0u) + (fin ? 1u : 0u); }
        SeqNum end() const { return seq + segLen(); }
    };
    // Received data or FIN beyond RCV.NXT, held until the gap is filled (RFC 9293 SHLD-31).
    struct HeldSeg {
        SeqNum seq;
        uint32_t len = 0;
        bool fin = false;
    };
    enum class PendingClose : uint8_t { None, Shutdown, Close };

    Endpoint(const HostOptions& opts, FourTuple tuple, OpenKind kind);
    void setState(TcpState next, Reason why, Outputs& out);
    void enterClosed(Reason why, std::optional<NotifyEvent> tell, Outputs& out);

    // endpoint.cpp: timers as values, segment building.
    void armTimer(TimerKind kind, SimTime due, Outputs& out);
    void cancelTimer(TimerKind kind, Outputs& out);
    Segment makeSegment(Flags flags, SeqNum seq, uint32_t len) const;
    void transmit(const Segment& seg, Reason why, bool retransmission, Outputs& out);
    void sendAck(Reason why, Outputs& out);             // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>
    void sendRst(SeqNum seq, Reason why, Outputs& out); // <SEQ=seq><CTL=RST>
    void note(Reason why, Outputs& out) { out.push_back(OutNote{why}); }
    void notify(NotifyEvent ev, Reason why, Outputs& out, uint32_t bytes = 0);
    void syncVars();
    uint32_t receiveWindow() const;

    // endpoint_user_calls.cpp
    void closeSendingSide(PendingClose kind, Reason why, Outputs& out);
    void resetAndClose(Reason why, std::optional<NotifyEvent> tell, Outputs& out);

    // endpoint_arrival.cpp: one handler per state.
    void arriveListen(const Segment& seg, Outputs& out);
    void arriveSynSent(const Segment& seg, Outputs& out);
    void arriveSynchronized(const Segment& in, Outputs& out); // SYN_RECEIVED and later

    // endpoint_checks.cpp: §3.10.7.4 first..eighth checks. Each returns false to stop.
    bool segmentAcceptable(const Segment& seg) const;
    bool checkTimeWaitSpecials(const Segment& seg, Outputs& out);
    bool checkSequence(Segment& seg, Outputs& out); // may strip text (zero window)
    // The ACK answering an unacceptable segment, unless the rate limits hold it back (a note then).
    void sendInvalidAck(const Segment& in, Reason why, Outputs& out);
    void sendChallengeAck(Reason why, Outputs& out);
    bool oowRateLimited();
    bool checkRst(const Segment& seg, Outputs& out);
    bool checkSyn(const Segment& seg, Outputs& out);
    bool checkAck(const Segment& seg, Outputs& out);
    bool ackSynReceived(const Segment& seg, Outputs& out);
    bool ackOfFinByState(Outputs& out);
    void processText(const Segment& seg, Outputs& out);
    void processFin(Outputs& out);

    // endpoint_data.cpp
    void queueSend(uint32_t bytes);
    bool sendNewData(Reason why, Outputs& out);      // true if a segment went out
    void sendPending(Reason why, Outputs& out);      // data, FIN, and an owed ACK
    bool handleAckAdvance(SeqNum ack, Outputs& out); // true if SND.UNA moved
    void updateWindow(const Segment& seg);
    void acceptInOrder(SeqNum seq, uint32_t len, bool fin, Outputs& out);
    void holdOutOfOrder(SeqNum seq, uint32_t len, bool fin);
    void pullHeld(Outputs& out);
    bool ourFinAcked() const { return finSent_ && tcb_.sndUna == finSeq_ + 1; }

    void enterEstablished(Reason why, Outputs& out); // + RFC 6298 §5.7
    void afterEstablished(Reason why, Outputs& out); // a close asked for earlier, queued data

    // endpoint_timers.cpp
    void armRetransmit(Outputs& out);
    void onRetransmitTimeout(Outputs& out);
    void giveUp(const SentSeg& front, bool budget, Outputs& out);
    void retransmit(const SentSeg& f, Reason why, Outputs& out);
    bool retryBudgetSpent(const SentSeg& front) const; // Linux: retries as a time budget
    SimDuration lossProbeTimeout() const;              // RFC 8985 §7.2 PTO
    void sendLossProbe(Outputs& out);
    void takeRttSample(SimDuration r, Outputs& out);
    void timeRetransmission(const SentSeg& seg); // Karn, or a timestamp sample (RFC 7323 §4)
    bool delayThisAck() const;                   // Linux delayed ACK (tcp_input.c)
    void owedAckOut(Outputs& out);

    HostOptions opts_;
    FourTuple tuple_;
    OpenKind openKind_;
    TcpState state_ = TcpState::Closed;
    TcbVars tcb_;

    SimTime now_;
    RetransmitTimer rtt_;
    std::array<std::optional<SimTime>, 4> timers_{}; // indexed by TimerKind
    std::deque<SentSeg> retxQueue_;
    std::vector<HeldSeg> held_;    // sorted by seq
    SeqNum sndWl1_, sndWl2_;       // RFC 9293 §3.10.7.4: segments used for the last window update
    std::optional<SeqNum> rttSeq_; // the timed segment ends here (one timing at a time)
    SimTime rttStart_;
    SimTime firstSynAt_;
    bool synRetransmitted_ = false;
    bool finQueued_ = false; // our FIN goes after the queued data
    bool finSent_ = false;
    SeqNum finSeq_;
    bool finReceived_ = false; // the peer's FIN was processed in sequence (EOF told once)
    bool appClosed_ = false;   // close() (orphaned) as opposed to shutdown()
    bool appUsed_ = false;     // the app made a call on it (a passive one is then no longer silent)
    PendingClose pendingClose_ = PendingClose::None; // asked before ESTABLISHED
    bool ackOwed_ = false;
    bool probePending_ = false;          // the armed retransmission timer is a tail loss probe
    bool probeSent_ = false;             // one probe per tail, until an ACK moves SND.UNA
    bool rttFromRetransmission_ = false; // the timed segment was a retransmission (timestamps)
    bool rtoFloorTold_ = false;          // the Linux RTO floor was narrated once
    bool dataReceived_ = false;          // Linux: the ATO starts once data arrived (tcp_event_data_recv)
    bool pingpong_ = false;              // Linux: a FIN in ESTABLISHED delays our ACK (tcp_fin)
    int quickAcksLeft_ = 0;              // Linux quick-ACK mode at the start (tcp_incr_quickack)
    Reason ackReason_ = Reason::SendAck;
    bool reopenRequested_ = false;
    bool reopenPossible_ = true;
    std::optional<SimTime> lastInvalidAck_; // when the last rate-limited kind of ACK left
    SimTime challengeSecond_;               // start of the current one-second throttle window
    uint32_t challengeAcks_ = 0;            // challenge ACKs sent in it
    // Per-arrival scratch (set and read within one onSegment call).
    Reason ackNote_ = Reason::None;   // what the ACK did, when nothing else explains the step
    bool simultaneousSynAck_ = false; // the peer's SYN,ACK in SYN-RECEIVED (simultaneous open)
    bool finInOrder_ = false;         // the segment's FIN will be processed now
};

} // namespace hl
