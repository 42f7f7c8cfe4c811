#include "core/scenario.h"

#include <array>

namespace hl {

HostOptions resolveOptions(Profile profile, const HostOverrides& o) {
    HostOptions r = profileDefaults(profile);
#define HL_HOST_OPTION_RESOLVE(kind, name, key, teach)                                                                 \
    if (o.name) r.name = *o.name;
    HL_HOST_OPTIONS(HL_HOST_OPTION_RESOLVE)
#undef HL_HOST_OPTION_RESOLVE
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
