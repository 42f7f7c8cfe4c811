#pragma once
// Behaviour knobs of one host, and the profiles that set them (docs/tcp-rules.md, "Behaviour
// profiles"). A lesson picks a profile and may override any knob per host.
#include "core/sim_time.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace hl {

enum class Profile : uint8_t { Teach, Rfc9293, Linux, Bsd, Windows };
enum class DupSynReply : uint8_t { Ack, SynAck };

struct HostOptions {
    SimDuration rtoInitial = 1_s;
    SimDuration rtoMin = 1_s;
    SimDuration rtoMax = 60_s;
    int synRetries = 3;
    int synackRetries = 3;
    int dataRetries = 5;
    // RFC 1122 §4.2.3.5 R2 for a SYN expressed as time: give up an unanswered SYN once this much
    // time has passed since the first one, whatever the retry count (RFC 9293: 3 min; BSD: 75 s).
    std::optional<SimDuration> synGiveUpAfter;
    SimDuration msl = 5_s; // TIME_WAIT lasts 2*MSL
    std::optional<SimDuration> finWait2Timeout; // orphaned FIN_WAIT_2 (Linux policy); none = off
    bool rfc5961 = true;         // challenge ACKs for in-window RST and for SYN
    bool rfc1337 = false;        // true: RST in TIME_WAIT is ignored
    bool timeWaitReopen = false; // a new SYN may reopen a TIME_WAIT connection
    DupSynReply dupSynReply = DupSynReply::Ack;
    uint32_t window = 65535;
    uint32_t mss = 1000;
    bool appReads = true;        // false: received data stays unread
    bool appClosesOnEof = false; // true: close as soon as the peer's FIN arrives (one FIN,ACK)
};

HostOptions profileDefaults(Profile p);
std::string_view toString(Profile p); // "teach", "rfc9293", "linux", "bsd", "windows"
std::optional<Profile> profileFromString(std::string_view name);

} // namespace hl
