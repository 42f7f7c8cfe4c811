#pragma once
// Behaviour knobs of one host, and the profiles that set them (docs/tcp-rules.md, "Behaviour
// profiles"). A lesson picks a profile and may override any knob per host.
//
// HL_HOST_OPTIONS is the one place an option is declared: X(Kind, member, "file_key", teach
// default). The struct below, the per-host overrides (scenario.h), resolveOptions, the lesson
// reader and the lesson writer are all generated from it; the order is the canonical order of
// a written file. Kind says how a file spells the value and which range it accepts
// (HostOptionKinds below).
#include "core/sim_time.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace hl {

enum class Profile : uint8_t { Teach, Rfc9293, Linux, Bsd, Windows };
enum class DupSynReply : uint8_t { Ack, SynAck };

// The value kinds of host options: each names its C++ type; the reader and the writer have one
// overload per kind (lesson_parser.cpp, lesson_serializer.cpp).
namespace option_kind {
struct Ms {
    using Type = SimDuration;
}; // whole ms >= 0
struct MsOrNull {
    using Type = std::optional<SimDuration>;
}; // whole ms >= 0, or null = off
struct Count {
    using Type = int;
}; // 0 to 1000
struct Flag {
    using Type = bool;
}; // true / false
struct DupSyn {
    using Type = DupSynReply;
}; // "ack" / "synack"
struct Window {
    using Type = uint32_t;
}; // 1 to 2^30 (RFC 7323's largest)
struct Mss {
    using Type = uint32_t;
}; // 1 to 65535
} // namespace option_kind

#define HL_HOST_OPTIONS(X)                                                                                             \
    X(Ms, rtoInitial, "rto_initial_ms", 1_s)                                                                           \
    X(Ms, rtoMin, "rto_min_ms", 1_s)                                                                                   \
    X(Ms, rtoMax, "rto_max_ms", 60_s)                                                                                  \
    X(Count, synRetries, "syn_retries", 3)                                                                             \
    X(Count, synackRetries, "synack_retries", 3)                                                                       \
    X(Count, dataRetries, "data_retries", 5)                                                                           \
    /* RFC 1122 §4.2.3.5 R2 for a SYN expressed as time: give up an unanswered SYN once this much */                  \
    /* time has passed since the first one, whatever the retry count (RFC 9293: 3 min; BSD: 75 s) */                   \
    X(MsOrNull, synGiveUpAfter, "syn_give_up_after_ms", std::nullopt)                                                  \
    X(Ms, msl, "msl_ms", 5_s)                                           /* TIME_WAIT lasts 2*MSL */                    \
    X(MsOrNull, finWait2Timeout, "fin_wait_2_timeout_ms", std::nullopt) /* orphaned FIN_WAIT_2 */                      \
    X(Flag, rfc5961, "rfc5961", true)                                   /* challenge ACKs for in-window RST and SYN */ \
    X(Flag, rfc1337, "rfc1337", false)                                  /* true: RST in TIME_WAIT is ignored */        \
    X(Flag, timeWaitReopen, "time_wait_reopen", false)                  /* a new SYN may reopen TIME_WAIT */           \
    X(DupSyn, dupSynReply, "dup_syn_reply", DupSynReply::Ack)                                                          \
    X(Window, window, "window", 65535u)                                                                                \
    X(Mss, mss, "mss", 1000u)                                                                                          \
    X(Flag, appReads, "app_reads", true)                /* false: received data stays unread */                        \
    X(Flag, appClosesOnEof, "app_closes_on_eof", false) /* close when the peer's FIN arrives */                        \
    /* What Linux does where the RFCs leave room or differ (docs/lesson-format.md, "Profiles"). */                     \
    X(Count, synLinearTimeouts, "syn_linear_timeouts", 0)   /* SYN retries that keep the 1st RTO */                    \
    X(Flag, retriesAsTime, "retries_as_time", false)        /* syn/data retries are a time budget */                   \
    X(Flag, rtoMinOnVariance, "rto_min_on_variance", false) /* RTO = SRTT + max(4 RTTVAR, min) */                      \
    X(Flag, rttTimestamps, "rtt_timestamps", false)         /* RFC 7323 §4: retransmissions give samples */           \
    X(Flag, tailLossProbe, "tail_loss_probe", false)        /* RFC 8985 §7: probe before the RTO */                   \
    X(Flag, rstAckOnAbort, "rst_ack_on_abort", false)       /* an active reset is RST,ACK */                           \
    X(Ms, delayedAckMs, "delayed_ack_ms", 0_ms)             /* 0: every ACK at once */                                 \
    X(Count, quickAcks, "quick_acks", 0)                    /* data ACKed at once before delaying */                   \
    /* ACK rate limits: an ACK for an unacceptable segment without data, or a challenge ACK, at */                     \
    /* most once per interval (Linux tcp_invalid_ratelimit); challenge ACKs per second (RFC 5961 §7) */               \
    X(Ms, invalidAckRateLimit, "invalid_ack_ratelimit_ms", 0_ms)                                                       \
    X(Count, challengeAckLimit, "challenge_ack_limit", 0)

struct HostOptions {
#define HL_HOST_OPTION_FIELD(kind, name, key, teach) option_kind::kind::Type name = teach;
    HL_HOST_OPTIONS(HL_HOST_OPTION_FIELD)
#undef HL_HOST_OPTION_FIELD
};

HostOptions profileDefaults(Profile p);
std::string_view toString(Profile p); // "teach", "rfc9293", "linux", "bsd", "windows"
std::optional<Profile> profileFromString(std::string_view name);

} // namespace hl
