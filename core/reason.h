#pragma once
// Why the endpoint (or the host, or the simulation) did something. Every output of the core
// carries one; the UI turns it into narration (ui/texts), the CLI prints its id and rule.
//
// The list is the one place a reason is defined:
//   X(Enumerator, "stable.id", "rule citation", category).
// Ids are stable (they appear in traces and golden files); the citation says which RFC rule
// was applied; the category (ReasonCategory below) is what the narration, the terminal diagram and
// the charts ask of a reason. Add new reasons at the end of their group; never reuse an id.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace hl {
// clang-format off
#define HL_REASONS(X)                                                                              \
    X(None, "none", "", Routine)                                                                   \
    /* user calls, RFC 9293 §3.10.1-3.10.6 */                                                      \
    X(UserListen, "user.listen", "RFC 9293 §3.10.1", Rule)                                         \
    X(UserConnect, "user.connect", "RFC 9293 §3.10.1", Rule)                                       \
    X(UserSendQueued, "user.send-queued", "RFC 9293 §3.10.2", Rule)                                \
    X(UserSendData, "user.send-data", "RFC 9293 §3.10.2", Rule)                                    \
    X(UserSendAfterClose, "user.send-after-close", "RFC 9293 §3.10.2", Rule)                       \
    X(UserSendNoConnection, "user.send-no-connection", "RFC 9293 §3.10.2", Rule)                   \
    X(UserClose, "user.close", "RFC 9293 §3.10.4", Rule)                                           \
    X(UserCloseQueued, "user.close-queued", "RFC 9293 §3.10.4", Rule)                              \
    X(UserCloseInCloseWait, "user.close-in-close-wait", "RFC 9293 §3.10.4", Rule)                  \
    X(UserCloseSynSent, "user.close-syn-sent", "RFC 9293 §3.10.4", Rule)                           \
    X(UserCloseListen, "user.close-listen", "RFC 9293 §3.10.4", Rule)                              \
    X(UserCloseAlreadyClosing, "user.close-already-closing", "RFC 9293 §3.10.4", Rule)             \
    X(UserCloseUnreadData, "user.close-unread-data", "RFC 2525 §2.17", Rule)                       \
    X(UserShutdown, "user.shutdown", "RFC 9293 §3.10.4", Rule)                                     \
    X(UserAbort, "user.abort", "RFC 9293 §3.10.5", Rule)                                           \
    X(UserAbortSilent, "user.abort-silent", "RFC 9293 §3.10.5", Rule)                              \
    X(UserConnectNoPort, "user.connect-no-port", "RFC 6056", Rule)                                 \
    X(HostReboot, "host.reboot", "RFC 9293 §3.4.1", Rule)                                          \
    X(UserNoConnection, "user.no-connection", "RFC 9293 §3.10.4", Rule)                            \
    X(UserListenAlready, "user.listen-already", "RFC 9293 §3.10.1", Rule)                          \
    /* segment arrives, CLOSED (no connection), §3.10.7.1 */                                     \
    X(ClosedDropRst, "closed.drop-rst", "RFC 9293 §3.10.7.1", Rule)                                \
    X(ClosedRstForAck, "closed.rst-for-ack", "RFC 9293 §3.10.7.1", Rule)                           \
    X(ClosedRstAckForNoAck, "closed.rst-ack-for-no-ack", "RFC 9293 §3.10.7.1", Rule)               \
    /* LISTEN, §3.10.7.2 */                                                                        \
    X(ListenIgnoreRst, "listen.ignore-rst", "RFC 9293 §3.10.7.2", Rule)                            \
    X(ListenRstForAck, "listen.rst-for-ack", "RFC 9293 §3.10.7.2", Rule)                           \
    X(ListenSyn, "listen.syn", "RFC 9293 §3.10.7.2", Rule)                                         \
    X(ListenDropOther, "listen.drop-other", "RFC 9293 §3.10.7.2", Rule)                            \
    /* SYN-SENT, §3.10.7.3 */                                                                      \
    X(SynSentBadAckRst, "syn-sent.bad-ack-rst", "RFC 9293 §3.10.7.3", Rule)                        \
    X(SynSentBadAckDropRst, "syn-sent.bad-ack-drop-rst", "RFC 9293 §3.10.7.3", Rule)               \
    X(SynSentRstRefused, "syn-sent.rst-refused", "RFC 9293 §3.10.7.3", Rule)                       \
    X(SynSentRstNoAckDrop, "syn-sent.rst-no-ack-drop", "RFC 9293 §3.10.7.3", Rule)                 \
    X(SynSentSynAck, "syn-sent.syn-ack", "RFC 9293 §3.10.7.3", Rule)                               \
    X(SynSentSimultaneousOpen, "syn-sent.simultaneous-open", "RFC 9293 §3.10.7.3", Rule)           \
    X(SynSentDropOther, "syn-sent.drop-other", "RFC 9293 §3.10.7.3", Rule)                         \
    /* synchronized states and SYN-RECEIVED, §3.10.7.4 in its check order */                      \
    X(SeqUnacceptableAck, "seq.unacceptable-ack", "RFC 9293 §3.10.7.4", Rule)                      \
    X(SeqUnacceptableRstDrop, "seq.unacceptable-rst-drop", "RFC 9293 §3.10.7.4", Rule)             \
    X(SeqOutOfOrderHeld, "seq.out-of-order-held", "RFC 9293 §3.10.7.4", Rule)                      \
    X(RstReset, "rst.reset", "RFC 9293 §3.10.7.4", Rule)                                           \
    X(RstChallengeAck, "rst.challenge-ack", "RFC 5961 §3.2", Rule)                                 \
    X(RstSynReceivedToListen, "rst.syn-received-to-listen", "RFC 9293 §3.10.7.4", Rule)            \
    X(RstSynReceivedRefused, "rst.syn-received-refused", "RFC 9293 §3.10.7.4", Rule)               \
    X(RstClosingStates, "rst.closing-states", "RFC 9293 §3.10.7.4", Rule)                          \
    X(RstTimeWaitIgnored, "rst.time-wait-ignored", "RFC 1337", Rule)                               \
    X(SynChallengeAck, "syn.challenge-ack", "RFC 5961 §4", Rule)                                   \
    X(SynLegacyReset, "syn.legacy-reset", "RFC 793 §3.9", Rule)                                    \
    X(SynDuplicateAck, "syn.duplicate-ack", "RFC 9293 §3.10.7.4", Rule)                            \
    X(SynDuplicateSynAck, "syn.duplicate-syn-ack", "RFC 9293 §3.10.7.4", Rule)                     \
    X(SynTimeWaitReopen, "syn.time-wait-reopen", "RFC 9293 §3.6.1, RFC 1122 §4.2.2.13", Rule)      \
    X(AckMissingDrop, "ack.missing-drop", "RFC 9293 §3.10.7.4", Rule)                              \
    X(AckSynReceivedEstablished, "ack.syn-received-established", "RFC 9293 §3.10.7.4", Rule)       \
    X(AckSynReceivedBadRst, "ack.syn-received-bad-rst", "RFC 9293 §3.10.7.4", Rule)                \
    X(AckAdvances, "ack.advances", "RFC 9293 §3.10.7.4", Rule)                                     \
    X(AckDuplicateIgnored, "ack.duplicate-ignored", "RFC 9293 §3.10.7.4", Rule)                    \
    X(AckTooNew, "ack.too-new", "RFC 9293 §3.10.7.4", Rule)                                        \
    X(AckOfFinFinWait2, "ack.fin-wait-2", "RFC 9293 §3.10.7.4", Rule)                              \
    X(AckOfFinTimeWait, "ack.closing-time-wait", "RFC 9293 §3.10.7.4", Rule)                       \
    X(AckOfFinClosed, "ack.last-ack-closed", "RFC 9293 §3.10.7.4", Rule)                           \
    X(DataAccepted, "data.accepted", "RFC 9293 §3.10.7.4", Rule)                                   \
    X(DataIgnoredAfterFin, "data.ignored-after-fin", "RFC 9293 §3.10.7.4", Rule)                   \
    X(DataAfterCloseReset, "data.after-close-reset", "RFC 1122 §4.2.2.13", Rule)                   \
    X(FinCloseWait, "fin.close-wait", "RFC 9293 §3.10.7.4", Rule)                                  \
    X(FinClosing, "fin.closing", "RFC 9293 §3.10.7.4", Rule)                                       \
    X(FinTimeWait, "fin.time-wait", "RFC 9293 §3.10.7.4", Rule)                                    \
    X(FinRepeated, "fin.repeated", "RFC 9293 §3.10.7.4", Rule)                                     \
    X(FinTimeWaitRestart, "fin.time-wait-restart", "RFC 9293 §3.10.7.4", Rule)                     \
    X(AppClosesOnEof, "app.closes-on-eof", "RFC 9293 §3.10.4", Rule)                               \
    X(SynAckSimultaneousEstablished, "syn-ack.simultaneous-established", "RFC 9293 §3.5", Rule)    \
    X(ClosedConnectionDrop, "conn.closed-drop", "RFC 9293 §3.10.7.1", Rule)                        \
    X(AckRateLimited, "ack.rate-limited", "Linux tcp_invalid_ratelimit", Rule)                     \
    X(ChallengeAckThrottled, "challenge-ack.throttled", "RFC 5961 §7", Rule)                       \
    /* sending, §3.10.2 and §3.8.6 */                                                             \
    X(SendAck, "send.ack", "RFC 9293 §3.10.7.4", Routine)                                          \
    X(SendWindowFull, "send.window-full", "RFC 9293 §3.8.6", Rule)                                 \
    X(AckDelayed, "ack.delayed", "RFC 1122 §4.2.3.2; Linux tcp_timer.c tcp_delack_timer_handler", Rule) \
    X(ResetWithAck, "rst.with-ack", "Linux tcp_output.c tcp_send_active_reset", Rule)              \
    /* timers, RFC 6298, RFC 1122 §4.2.3.5, RFC 9293 §3.10.8 */                                  \
    X(RetransmitSyn, "rto.retransmit-syn", "RFC 6298 §5.4", Rule)                                  \
    X(RetransmitSynAck, "rto.retransmit-syn-ack", "RFC 6298 §5.4", Rule)                           \
    X(RetransmitData, "rto.retransmit-data", "RFC 6298 §5.4", Rule)                                \
    X(RetransmitFin, "rto.retransmit-fin", "RFC 6298 §5.4", Rule)                                  \
    X(RtoBackoff, "rto.backoff", "RFC 6298 §5.5", Rule)                                            \
    X(RtoAfterSynLoss, "rto.after-syn-loss", "RFC 6298 §5.7", Rule)                                \
    X(GiveUpSyn, "give-up.syn", "RFC 1122 §4.2.3.5", GiveUp)                                       \
    X(GiveUpSynAck, "give-up.syn-ack", "RFC 1122 §4.2.3.5", GiveUp)                                \
    X(GiveUpData, "give-up.data", "RFC 1122 §4.2.3.5", GiveUp)                                     \
    X(TimeWaitExpired, "timer.time-wait-expired", "RFC 9293 §3.10.8", Rule)                        \
    X(FinWait2Expired, "timer.fin-wait-2-expired", "Linux tcp_fin_timeout", Rule)                  \
    X(GiveUpFin, "give-up.fin", "RFC 1122 §4.2.3.5", GiveUp)                                       \
    X(RetransmitSynLinear, "rto.retransmit-syn-linear", "Linux tcp_timer.c tcp_retransmit_timer", Rule) \
    X(GiveUpSynTime, "give-up.syn-time", "Linux tcp_timer.c tcp_write_timeout", GiveUp)            \
    X(GiveUpDataTime, "give-up.data-time", "Linux tcp_timer.c retransmits_timed_out", GiveUp)      \
    X(TailLossProbe, "tlp.probe", "RFC 8985 §7.3; Linux tcp_output.c tcp_send_loss_probe", Rule)   \
    X(RttSampleTimestamps, "rtt.timestamp-sample", "RFC 7323 §4.1; Linux tcp_input.c tcp_ack_update_rtt", Rule) \
    X(RtoVarianceFloor, "rto.variance-floor", "Linux tcp_input.c tcp_rtt_estimator", Rule)         \
    /* the network, seen by the simulation */                                                      \
    X(ChannelDelivered, "net.delivered", "", Routine)                                              \
    X(ChannelFault, "net.fault", "", Rule)                                                         \
    X(ChannelLoss, "net.loss", "", Rule)                                                           \
    /* the simulation's work budget (core/work_budget.h): the run stopped here */                  \
    X(BudgetEvents, "budget.events", "", Rule)                                                     \
    X(BudgetInFlight, "budget.in-flight", "", Rule)                                                \
    X(BudgetTimeStill, "budget.time-still", "", Rule)
// clang-format on
enum class Reason : uint16_t {
#define HL_REASON_ENUM(name, id, rule, category) name,
    HL_REASONS(HL_REASON_ENUM)
#undef HL_REASON_ENUM
};

enum class ReasonCategory : uint8_t {
    Routine, // adds nothing to a step's explanation on its own (a plain delivery, a plain ACK)
    Rule,    // a rule applied: worth telling
    GiveUp,  // the connection is abandoned after its last retransmission (RFC 1122 §4.2.3.5)
};

// Stable id, e.g. "syn-sent.syn-ack".
std::string_view reasonId(Reason r);
// The rule applied, e.g. "RFC 9293 §3.10.7.3"; empty where no RFC rule is behind it.
std::string_view reasonRule(Reason r);
std::optional<Reason> reasonFromId(std::string_view id);
ReasonCategory reasonCategory(Reason r);
// The narration, the terminal diagram and the quiz skip routine reasons.
inline bool isRoutine(Reason r) { return reasonCategory(r) == ReasonCategory::Routine; }
inline bool isGiveUp(Reason r) { return reasonCategory(r) == ReasonCategory::GiveUp; }
// Every reason, in declaration order (for tests that check each has a narration).
std::span<const Reason> allReasons();

} // namespace hl
