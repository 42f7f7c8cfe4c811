#include "core/scenario.h"

#include <array>

namespace hl {

HostOptions resolveOptions(Profile profile, const HostOverrides& o) {
    HostOptions r = profileDefaults(profile);
    if (o.rtoInitial) r.rtoInitial = *o.rtoInitial;
    if (o.rtoMin) r.rtoMin = *o.rtoMin;
    if (o.rtoMax) r.rtoMax = *o.rtoMax;
    if (o.synRetries) r.synRetries = *o.synRetries;
    if (o.synackRetries) r.synackRetries = *o.synackRetries;
    if (o.dataRetries) r.dataRetries = *o.dataRetries;
    if (o.msl) r.msl = *o.msl;
    if (o.finWait2Timeout) r.finWait2Timeout = *o.finWait2Timeout; // may be "none"
    if (o.rfc5961) r.rfc5961 = *o.rfc5961;
    if (o.rfc1337) r.rfc1337 = *o.rfc1337;
    if (o.timeWaitReopen) r.timeWaitReopen = *o.timeWaitReopen;
    if (o.dupSynReply) r.dupSynReply = *o.dupSynReply;
    if (o.window) r.window = *o.window;
    if (o.mss) r.mss = *o.mss;
    if (o.appReads) r.appReads = *o.appReads;
    if (o.appClosesOnEof) r.appClosesOnEof = *o.appClosesOnEof;
    if (o.invalidAckRateLimit) r.invalidAckRateLimit = *o.invalidAckRateLimit;
    if (o.challengeAckLimit) r.challengeAckLimit = *o.challengeAckLimit;
    return r;
}

namespace {
constexpr std::array<std::pair<LessonGroup, std::string_view>, 6> kGroupNames = {{
    {LessonGroup::Handshake, "handshake"},
    {LessonGroup::Closing, "closing"},
    {LessonGroup::Loss, "loss"},
    {LessonGroup::Reset, "reset"},
    {LessonGroup::TimeWait, "time_wait"},
    {LessonGroup::Load, "load"},
}};
} // namespace

std::string_view toString(LessonGroup g) {
    for (const auto& [group, name] : kGroupNames)
        if (group == g) return name;
    return "handshake";
}

std::optional<LessonGroup> lessonGroupFromString(std::string_view name) {
    for (const auto& [group, n] : kGroupNames)
        if (n == name) return group;
    return std::nullopt;
}

std::string_view toString(HostId h) { return h == HostId::Client ? "client" : "server"; }

std::optional<HostId> hostIdFromString(std::string_view name) {
    if (name == "client") return HostId::Client;
    if (name == "server") return HostId::Server;
    return std::nullopt;
}

} // namespace hl
