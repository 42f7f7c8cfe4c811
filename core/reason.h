#pragma once
// Why the endpoint (or the host, or the simulation) did something. Every output of the core
// carries one; the UI turns it into narration (ui/texts), the CLI prints its id and rule.
//
// The list is the one place a reason is defined: X(Enumerator, "stable.id", "rule citation").
// Ids are stable (they appear in traces and golden files); the citation says which RFC rule
// was applied. Add new reasons at the end of their group; never reuse an id.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace hl {

#define HL_REASONS(X)                                                                              \
    X(None, "none", "")                                                                            \
    /* user calls, RFC 9293 §3.10.1-3.10.6 */                                                      \
    X(UserListen, "user.listen", "RFC 9293 §3.10.1")                                              \
    X(UserConnect, "user.connect", "RFC 9293 §3.10.1")                                            \
    X(UserSendQueued, "user.send-queued", "RFC 9293 §3.10.2")                                     \
    X(UserSendData, "user.send-data", "RFC 9293 §3.10.2")                                         \
    X(UserSendAfterClose, "user.send-after-close", "RFC 9293 §3.10.2")                            \
    X(UserSendNoConnection, "user.send-no-connection", "RFC 9293 §3.10.2")                        \
    X(UserClose, "user.close", "RFC 9293 §3.10.4")                                                \
    X(UserCloseQueued, "user.close-queued", "RFC 9293 §3.10.4")                                   \
    X(UserCloseInCloseWait, "user.close-in-close-wait", "RFC 9293 §3.10.4")                       \
    X(UserCloseSynSent, "user.close-syn-sent", "RFC 9293 §3.10.4")                                \
    X(UserCloseListen, "user.close-listen", "RFC 9293 §3.10.4")                                   \
    X(UserCloseAlreadyClosing, "user.close-already-closing", "RFC 9293 §3.10.4")                  \
    X(UserCloseUnreadData, "user.close-unread-data", "RFC 2525 §2.17")                            \
    X(UserShutdown, "user.shutdown", "RFC 9293 §3.10.4")                                          \
    X(UserAbort, "user.abort", "RFC 9293 §3.10.5")                                                \
    X(UserAbortSilent, "user.abort-silent", "RFC 9293 §3.10.5")                                   \
    X(UserConnectNoPort, "user.connect-no-port", "RFC 6056")                                      \
    X(HostReboot, "host.reboot", "RFC 9293 §3.4.1")                                               \
    X(UserNoConnection, "user.no-connection", "RFC 9293 §3.10.4")                                \
    X(UserListenAlready, "user.listen-already", "RFC 9293 §3.10.1")                              \
    /* segment arrives, CLOSED (no connection), §3.10.7.1 */                                     \
    X(ClosedDropRst, "closed.drop-rst", "RFC 9293 §3.10.7.1")                                     \
    X(ClosedRstForAck, "closed.rst-for-ack", "RFC 9293 §3.10.7.1")                                \
    X(ClosedRstAckForNoAck, "closed.rst-ack-for-no-ack", "RFC 9293 §3.10.7.1")                    \
    /* LISTEN, §3.10.7.2 */                                                                        \
    X(ListenIgnoreRst, "listen.ignore-rst", "RFC 9293 §3.10.7.2")                                 \
    X(ListenRstForAck, "listen.rst-for-ack", "RFC 9293 §3.10.7.2")                                \
    X(ListenSyn, "listen.syn", "RFC 9293 §3.10.7.2")                                              \
    X(ListenDropOther, "listen.drop-other", "RFC 9293 §3.10.7.2")                                 \
    /* SYN-SENT, §3.10.7.3 */                                                                      \
    X(SynSentBadAckRst, "syn-sent.bad-ack-rst", "RFC 9293 §3.10.7.3")                             \
    X(SynSentBadAckDropRst, "syn-sent.bad-ack-drop-rst", "RFC 9293 §3.10.7.3")                    \
    X(SynSentRstRefused, "syn-sent.rst-refused", "RFC 9293 §3.10.7.3")                            \
    X(SynSentRstNoAckDrop, "syn-sent.rst-no-ack-drop", "RFC 9293 §3.10.7.3")                      \
    X(SynSentSynAck, "syn-sent.syn-ack", "RFC 9293 §3.10.7.3")                                    \
    X(SynSentSimultaneousOpen, "syn-sent.simultaneous-open", "RFC 9293 §3.10.7.3")                \
    X(SynSentDropOther, "syn-sent.drop-other", "RFC 9293 §3.10.7.3")                              \
    /* synchronized states and SYN-RECEIVED, §3.10.7.4 in its check order */                      \
    X(SeqUnacceptableAck, "seq.unacceptable-ack", "RFC 9293 §3.10.7.4")                           \
    X(SeqUnacceptableRstDrop, "seq.unacceptable-rst-drop", "RFC 9293 §3.10.7.4")                  \
    X(SeqOutOfOrderHeld, "seq.out-of-order-held", "RFC 9293 §3.10.7.4")                           \
    X(RstReset, "rst.reset", "RFC 9293 §3.10.7.4")                                                \
    X(RstChallengeAck, "rst.challenge-ack", "RFC 5961 §3.2")                                      \
    X(RstSynReceivedToListen, "rst.syn-received-to-listen", "RFC 9293 §3.10.7.4")                 \
    X(RstSynReceivedRefused, "rst.syn-received-refused", "RFC 9293 §3.10.7.4")                    \
    X(RstClosingStates, "rst.closing-states", "RFC 9293 §3.10.7.4")                               \
    X(RstTimeWaitIgnored, "rst.time-wait-ignored", "RFC 1337")                                    \
    X(SynChallengeAck, "syn.challenge-ack", "RFC 5961 §4")                                        \
    X(SynLegacyReset, "syn.legacy-reset", "RFC 793 §3.9")                                          \
    X(SynDuplicateAck, "syn.duplicate-ack", "RFC 9293 §3.10.7.4")                                 \
    X(SynDuplicateSynAck, "syn.duplicate-syn-ack", "RFC 9293 §3.10.7.4")                          \
    X(SynTimeWaitReopen, "syn.time-wait-reopen", "RFC 9293 §3.6.1, RFC 1122 §4.2.2.13")                            \
    X(AckMissingDrop, "ack.missing-drop", "RFC 9293 §3.10.7.4")                                   \
    X(AckSynReceivedEstablished, "ack.syn-received-established", "RFC 9293 §3.10.7.4")            \
    X(AckSynReceivedBadRst, "ack.syn-received-bad-rst", "RFC 9293 §3.10.7.4")                     \
    X(AckAdvances, "ack.advances", "RFC 9293 §3.10.7.4")                                          \
    X(AckDuplicateIgnored, "ack.duplicate-ignored", "RFC 9293 §3.10.7.4")                         \
    X(AckTooNew, "ack.too-new", "RFC 9293 §3.10.7.4")                                             \
    X(AckOfFinFinWait2, "ack.fin-wait-2", "RFC 9293 §3.10.7.4")                                   \
    X(AckOfFinTimeWait, "ack.closing-time-wait", "RFC 9293 §3.10.7.4")                            \
    X(AckOfFinClosed, "ack.last-ack-closed", "RFC 9293 §3.10.7.4")                                \
    X(DataAccepted, "data.accepted", "RFC 9293 §3.10.7.4")                                        \
    X(DataIgnoredAfterFin, "data.ignored-after-fin", "RFC 9293 §3.10.7.4")                        \
    X(DataAfterCloseReset, "data.after-close-reset", "RFC 1122 §4.2.2.13")                        \
    X(FinCloseWait, "fin.close-wait", "RFC 9293 §3.10.7.4")                                       \
    X(FinClosing, "fin.closing", "RFC 9293 §3.10.7.4")                                            \
    X(FinTimeWait, "fin.time-wait", "RFC 9293 §3.10.7.4")                                         \
    X(FinRepeated, "fin.repeated", "RFC 9293 §3.10.7.4")                                          \
    X(FinTimeWaitRestart, "fin.time-wait-restart", "RFC 9293 §3.10.7.4")                          \
    X(AppClosesOnEof, "app.closes-on-eof", "RFC 9293 §3.10.4")                                    \
    X(SynAckSimultaneousEstablished, "syn-ack.simultaneous-established", "RFC 9293 §3.5")         \
    X(ClosedConnectionDrop, "conn.closed-drop", "RFC 9293 §3.10.7.1")                             \
    X(AckRateLimited, "ack.rate-limited", "Linux tcp_invalid_ratelimit")                          \
    X(ChallengeAckThrottled, "challenge-ack.throttled", "RFC 5961 §7")                            \
    /* sending, §3.10.2 and §3.8.6 */                                                             \
    X(SendAck, "send.ack", "RFC 9293 §3.10.7.4")                                                  \
    X(SendWindowFull, "send.window-full", "RFC 9293 §3.8.6")                                      \
    X(AckDelayed, "ack.delayed", "RFC 1122 §4.2.3.2; Linux tcp_timer.c tcp_delack_timer_handler")  \
    X(ResetWithAck, "rst.with-ack", "Linux tcp_output.c tcp_send_active_reset")                    \
    /* timers, RFC 6298, RFC 1122 §4.2.3.5, RFC 9293 §3.10.8 */                                  \
    X(RetransmitSyn, "rto.retransmit-syn", "RFC 6298 §5.4")                                       \
    X(RetransmitSynAck, "rto.retransmit-syn-ack", "RFC 6298 §5.4")                                \
    X(RetransmitData, "rto.retransmit-data", "RFC 6298 §5.4")                                     \
    X(RetransmitFin, "rto.retransmit-fin", "RFC 6298 §5.4")                                       \
    X(RtoBackoff, "rto.backoff", "RFC 6298 §5.5")                                                 \
    X(RtoAfterSynLoss, "rto.after-syn-loss", "RFC 6298 §5.7")                                     \
    X(GiveUpSyn, "give-up.syn", "RFC 1122 §4.2.3.5")                                              \
    X(GiveUpSynAck, "give-up.syn-ack", "RFC 1122 §4.2.3.5")                                       \
    X(GiveUpData, "give-up.data", "RFC 1122 §4.2.3.5")                                            \
    X(TimeWaitExpired, "timer.time-wait-expired", "RFC 9293 §3.10.8")                             \
    X(FinWait2Expired, "timer.fin-wait-2-expired", "Linux tcp_fin_timeout")                       \
    X(GiveUpFin, "give-up.fin", "RFC 1122 §4.2.3.5")                                              \
    X(RetransmitSynLinear, "rto.retransmit-syn-linear", "Linux tcp_timer.c tcp_retransmit_timer")  \
    X(GiveUpSynTime, "give-up.syn-time", "Linux tcp_timer.c tcp_write_timeout")                    \
    X(GiveUpDataTime, "give-up.data-time", "Linux tcp_timer.c retransmits_timed_out")              \
    X(TailLossProbe, "tlp.probe", "RFC 8985 §7.3; Linux tcp_output.c tcp_send_loss_probe")         \
    X(RttSampleTimestamps, "rtt.timestamp-sample", "RFC 7323 §4.1; Linux tcp_input.c tcp_ack_update_rtt") \
    X(RtoVarianceFloor, "rto.variance-floor", "Linux tcp_input.c tcp_rtt_estimator")               \
    /* the network, seen by the simulation */                                                      \
    X(ChannelDelivered, "net.delivered", "")                                                       \
    X(ChannelFault, "net.fault", "")                                                               \
    X(ChannelLoss, "net.loss", "")                                                                 \
    /* the simulation's work budget (core/work_budget.h): the run stopped here */                  \
    X(BudgetEvents, "budget.events", "")                                                           \
    X(BudgetInFlight, "budget.in-flight", "")                                                      \
    X(BudgetTimeStill, "budget.time-still", "")

enum class Reason : uint16_t {
#define HL_REASON_ENUM(name, id, rule) name,
    HL_REASONS(HL_REASON_ENUM)
#undef HL_REASON_ENUM
};

// Stable id, e.g. "syn-sent.syn-ack".
std::string_view reasonId(Reason r);
// The rule applied, e.g. "RFC 9293 §3.10.7.3"; empty where no RFC rule is behind it.
std::string_view reasonRule(Reason r);
std::optional<Reason> reasonFromId(std::string_view id);
// Reasons that add nothing to a step's explanation on their own (a plain delivery, a plain ACK):
// the narration, the terminal diagram and the quiz skip them. The one definition of "routine".
constexpr bool isRoutine(Reason r) {
    return r == Reason::None || r == Reason::ChannelDelivered || r == Reason::SendAck;
}
// Every reason, in declaration order (for tests that check each has a narration).
std::span<const Reason> allReasons();

} // namespace hl
