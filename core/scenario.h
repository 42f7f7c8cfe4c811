#pragma once
// A lesson's inputs: hosts, behaviour, the user actions and the network faults. Read from and
// written to JSON by lesson_file.h; run by simulation.h.
#include "core/host.h"
#include "core/host_options.h"
#include "core/load_spec.h"
#include "core/segment.h"
#include "core/sim_time.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hl {

struct LocalizedText {
    std::string en;
    std::string ko;
    bool operator==(const LocalizedText&) const = default;
};

// Per-host overrides of the profile's values; absent = the profile's. For an option that may be
// off (MsOrNull) the nested optional distinguishes "not given" from "null" (= no timer).
struct HostOverrides {
#define HL_HOST_OVERRIDE_FIELD(kind, name, key, teach) std::optional<option_kind::kind::Type> name;
    HL_HOST_OPTIONS(HL_HOST_OVERRIDE_FIELD)
#undef HL_HOST_OVERRIDE_FIELD
    bool operator==(const HostOverrides&) const = default;
};

HostOptions resolveOptions(Profile profile, const HostOverrides& overrides);

struct HostConfig {
    uint16_t port = 0;
    std::optional<uint32_t> isn; // absent: random from the seed
    HostOverrides options;
    bool operator==(const HostConfig&) const = default;
};

enum class ActionKind : uint8_t { Listen, Connect, Send, Shutdown, Close, Abort, Reboot, Inject };

struct InjectedSegment {
    Flags flags;
    uint32_t seq = 0;
    uint32_t ack = 0;
    uint32_t len = 0;
    std::optional<uint16_t> srcPort; // absent: the peer's port
    std::optional<uint32_t> window;  // absent: 65535
    bool operator==(const InjectedSegment&) const = default;
};

struct Action {
    SimTime at;
    ActionKind kind = ActionKind::Listen;
    HostId host = HostId::Client; // for Inject: the host it arrives at ("to")
    uint32_t bytes = 0;           // Send
    InjectedSegment segment;      // Inject
    bool operator==(const Action&) const = default;
};

struct FaultMatch {
    std::optional<HostId> from;
    std::optional<Flags> flags; // exact set among SYN ACK FIN RST (PSH ignored)
    std::optional<bool> hasData;
    std::optional<uint32_t> nth;                        // 1-based among segments matching the rest
    std::optional<std::pair<SimTime, SimTime>> between; // sent within [a, b]
    std::optional<uint64_t> segmentId;
    bool operator==(const FaultMatch&) const = default;
};

struct Fault {
    FaultMatch match;
    bool drop = false;
    std::optional<SimDuration> delay;
    std::optional<SimDuration> duplicateAfter;
    bool fromUser = false; // added by the user in the app (trace cause "user"), not by the file
    bool operator==(const Fault&) const = default;
};

struct Latency {
    SimDuration c2s = 100_ms;
    SimDuration s2c = 100_ms;
    bool operator==(const Latency&) const = default;
};

enum class LessonGroup : uint8_t { Handshake, Closing, Loss, Reset, TimeWait, Load };

struct Scenario {
    std::string id;
    LocalizedText title;
    LocalizedText summary;
    std::optional<LessonGroup> group;
    Profile profile = Profile::Teach;
    uint64_t seed = 1;
    Latency latency;
    double loss = 0.0;
    SimTime until = SimTime::fromSeconds(600);
    // The lesson's own event limit, below the work budget's (core/work_budget.h): a lesson that
    // shows a run being stopped stays short. Absent: the budget's.
    std::optional<uint64_t> maxEvents;
    HostConfig client{50000, std::nullopt, {}};
    HostConfig server{80, std::nullopt, {}};
    std::vector<Action> actions;
    std::vector<Fault> faults;
    std::optional<LoadSpec> load; // a load lesson (load_simulation.h): actions are ignored
    bool operator==(const Scenario&) const = default;
};

std::string_view toString(LessonGroup g); // "handshake", "closing", "loss", "reset", "time_wait", "load"
std::optional<LessonGroup> lessonGroupFromString(std::string_view name);
std::string_view toString(HostId h); // "client", "server"
std::optional<HostId> hostIdFromString(std::string_view name);
inline HostId peerOf(HostId h) { return h == HostId::Client ? HostId::Server : HostId::Client; }

} // namespace hl
