#include "core/host_options.h"

#include <array>

namespace hl {

HostOptions profileDefaults(Profile p) {
    HostOptions o; // the teach profile: small numbers a class can watch
    switch (p) {
    case Profile::Teach: break;
    case Profile::Rfc9293:
        // RFC 6298 §2: initial 1 s, floor 1 s, a cap of at least 60 s.
        // RFC 1122 §4.2.3.5: a SYN is retried for at least 3 minutes, data for at least 100 s.
        o.synRetries = 8;
        o.synackRetries = 8;
        o.synGiveUpAfter = SimTime::fromSeconds(180);
        o.dataRetries = 7; // 1+2+4+8+16+32+60 = 123 s >= 100 s
        o.msl = SimTime::fromSeconds(120);
        break;
    case Profile::Linux:
        o.rtoMin = 200_ms;
        o.rtoMax = SimTime::fromSeconds(120);
        o.synRetries = 6;         // tcp_syn_retries: gives up after 127 s
        o.synackRetries = 5;      // tcp_synack_retries
        o.dataRetries = 15;       // tcp_retries2
        o.msl = 30_s;             // TCP_TIMEWAIT_LEN is a fixed 60 s
        o.finWait2Timeout = 60_s; // tcp_fin_timeout
        o.timeWaitReopen = true;
        o.dupSynReply = DupSynReply::SynAck;
        // Linux 6.18 (docs/lesson-format.md, "The linux profile" cites the source of each).
        o.synLinearTimeouts = 4;   // net.ipv4.tcp_syn_linear_timeouts (since 6.5)
        o.retriesAsTime = true;    // tcp_timer.c retransmits_timed_out(), tcp_model_timeout()
        o.rtoMinOnVariance = true; // tcp_input.c tcp_rtt_estimator(): rttvar_us >= tcp_rto_min
        o.rttTimestamps = true;    // net.ipv4.tcp_timestamps = 1
        o.tailLossProbe = true;    // net.ipv4.tcp_early_retrans = 3 (TLP)
        o.rstAckOnAbort = true;    // tcp_output.c tcp_send_active_reset(): ACK | RST
        o.delayedAckMs = 40_ms;    // TCP_ATO_MIN (HZ / 25)
        o.quickAcks = 16;          // TCP_MAX_QUICKACKS
        // tcp_input.c tcp_oow_rate_limited(), net.ipv4.tcp_invalid_ratelimit = HZ/2: also the
        // per-connection throttle of challenge ACKs (tcp_send_challenge_ack()). The global
        // tcp_challenge_ack_limit is INT_MAX (off) since Linux 6.0, so challengeAckLimit stays 0.
        o.invalidAckRateLimit = 500_ms;
        break;
    case Profile::Bsd:
        o.rtoMax = SimTime::fromSeconds(64);
        o.synRetries = 7;
        o.synackRetries = 3;
        o.synGiveUpAfter = SimTime::fromSeconds(75); // tcp_keepinit
        o.dataRetries = 12;
        o.msl = 30_s;
        o.rfc1337 = true;
        o.timeWaitReopen = true;
        o.dupSynReply = DupSynReply::SynAck;
        break;
    case Profile::Windows:
        o.rtoInitial = 3_s;
        o.synRetries = 2; // SYNs at 0, 3, 9 s; gives up at 21 s
        o.synackRetries = 2;
        o.dataRetries = 5;
        o.msl = SimTime::fromSeconds(120); // TcpTimedWaitDelay 240 s (older default)
        o.rfc5961 = false;
        break;
    }
    return o;
}

namespace {
constexpr std::array<std::pair<Profile, std::string_view>, 5> kNames = {{
    {Profile::Teach, "teach"},
    {Profile::Rfc9293, "rfc9293"},
    {Profile::Linux, "linux"},
    {Profile::Bsd, "bsd"},
    {Profile::Windows, "windows"},
}};
} // namespace

std::string_view toString(Profile p) {
    for (const auto& [profile, name] : kNames)
        if (profile == p) return name;
    return "teach";
}

std::optional<Profile> profileFromString(std::string_view name) {
    for (const auto& [profile, name2] : kNames)
        if (name2 == name) return profile;
    return std::nullopt;
}

} // namespace hl
