#include "core/lesson_parser.h"

#include "core/input_limits.h"
#include "core/lesson_names.h"
#include "core/shown_text.h"
#include "core/work_budget.h"

#include <array>
#include <cmath>
#include <tuple>

namespace hl {

namespace {

template <typename Enum, typename Parse>
Enum readEnum(const JsonValue& v, const std::string& field, LessonErrorCode unknown, Parse parse) {
    const std::string& name = readString(v, field);
    const std::optional<Enum> e = parse(name);
    if (!e) failAt(v.offset, field, unknown, {shownText(name)});
    return *e;
}

HostId readHost(const JsonValue& v, const std::string& field) {
    return readEnum<HostId>(v, field, LessonErrorCode::UnknownHost, hostIdFromString);
}

void checkFormat(const ObjectFields& top) {
    const JsonValue& format = top.require("format");
    if (readString(format, "format") != kLessonFormat)
        failAt(format.offset, "format", LessonErrorCode::WrongFormat, {std::string(kLessonFormat), shownText(format.text)});
    const JsonValue& version = top.require("version");
    const uint64_t v = readUnsigned(version, "version", 0, UINT64_MAX);
    if (v != kLessonVersion)
        failAt(version.offset, "version", LessonErrorCode::UnsupportedVersion,
               {std::to_string(v), std::to_string(kLessonVersion)});
}

std::string readId(const JsonValue& v) {
    const std::string& id = readString(v, "id");
    bool ok = !id.empty();
    for (char c : id) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    if (!ok) failAt(v.offset, "id", LessonErrorCode::BadId, {shownText(id)});
    return id;
}

LocalizedText readText(const JsonValue& v, const std::string& field, bool needed) {
    ObjectFields f(v, field);
    f.allowOnly({"en", "ko"});
    LocalizedText t;
    if (const auto* en = f.get("en")) t.en = readString(*en, f.path("en"));
    if (const auto* ko = f.get("ko")) t.ko = readString(*ko, f.path("ko"));
    if (needed && t.en.empty() && t.ko.empty()) failAt(v.offset, field, LessonErrorCode::TextNeeded);
    return t;
}

// Latency may have a fraction of a millisecond; it is kept to the microsecond.
SimDuration readLatencyMs(const JsonValue& v, const std::string& field) {
    const double ms = readNumber(v, field, 0.0, static_cast<double>(kMaxFileMs));
    return SimTime::fromUs(std::llround(ms * 1000.0));
}

Latency readLatency(const JsonValue& v) {
    if (v.kind != JsonValue::Kind::Object) {
        if (v.kind == JsonValue::Kind::Int || v.kind == JsonValue::Kind::Uint || v.kind == JsonValue::Kind::Float) {
            const SimDuration d = readLatencyMs(v, "latency_ms");
            return Latency{d, d};
        }
        failAt(v.offset, "latency_ms", LessonErrorCode::LatencyType, {std::string(jsonKindToken(v.kind))});
    }
    ObjectFields f(v, "latency_ms");
    f.allowOnly({"c2s", "s2c"});
    return Latency{readLatencyMs(f.require("c2s"), f.path("c2s")), readLatencyMs(f.require("s2c"), f.path("s2c"))};
}

// One reader per option kind (host_options.h); each checks the kind's range.
SimDuration readOption(const JsonValue& v, const std::string& path, option_kind::Ms) { return readMs(v, path, 0); }
std::optional<SimDuration> readOption(const JsonValue& v, const std::string& path, option_kind::MsOrNull) {
    if (v.kind == JsonValue::Kind::Null) return std::nullopt;
    return readMs(v, path, 0);
}
int readOption(const JsonValue& v, const std::string& path, option_kind::Count) {
    return static_cast<int>(readUnsigned(v, path, 0, kMaxRetries));
}
bool readOption(const JsonValue& v, const std::string& path, option_kind::Flag) { return readBool(v, path); }
DupSynReply readOption(const JsonValue& v, const std::string& path, option_kind::DupSyn) {
    return readEnum<DupSynReply>(v, path, LessonErrorCode::UnknownDupSynReply,
                                 [](std::string_view s) { return lessonNameToEnum(kLessonDupSynReplyNames, s); });
}
uint32_t readOption(const JsonValue& v, const std::string& path, option_kind::Window) {
    return static_cast<uint32_t>(readUnsigned(v, path, 1, kMaxWindow));
}
uint32_t readOption(const JsonValue& v, const std::string& path, option_kind::Mss) {
    return static_cast<uint32_t>(readUnsigned(v, path, 1, kMaxMss));
}

HostOverrides readOptions(const JsonValue& v, const std::string& path) {
    ObjectFields f(v, path);
#define HL_HOST_OPTION_KEY(kind, name, key, teach) key,
    f.allowOnly({HL_HOST_OPTIONS(HL_HOST_OPTION_KEY)});
#undef HL_HOST_OPTION_KEY
    HostOverrides o;
#define HL_HOST_OPTION_READ(kind, name, key, teach)                                                                    \
    if (const auto* x = f.get(key)) o.name = readOption(*x, f.path(key), option_kind::kind{});
    HL_HOST_OPTIONS(HL_HOST_OPTION_READ)
#undef HL_HOST_OPTION_READ
    return o;
}

void readHostConfig(const JsonValue& v, const std::string& path, HostConfig& host) {
    ObjectFields f(v, path);
    f.allowOnly({"port", "isn", "options"});
    if (const auto* x = f.get("port")) host.port = static_cast<uint16_t>(readUnsigned(*x, f.path("port"), 1, kMaxPort));
    if (const auto* x = f.get("isn"))
        host.isn = static_cast<uint32_t>(readUnsigned(*x, f.path("isn"), 0, kMaxSeqNumber));
    if (const auto* x = f.get("options")) host.options = readOptions(*x, f.path("options"));
}

// A set of flag names; errors point at the offending element but name the array's field.
Flags readFlags(const JsonValue& v, const std::string& field) {
    Flags flags;
    for (const JsonValue& item : readArray(v, field)) {
        const Flag f = readEnum<Flag>(item, field, LessonErrorCode::UnknownFlag,
                                      [](std::string_view s) { return flagFromName(s); });
        if (flags.has(f)) failAt(item.offset, field, LessonErrorCode::DuplicateFlag, {shownText(item.text)});
        flags |= f;
    }
    return flags;
}

InjectedSegment readSegment(const JsonValue& v, const std::string& path) {
    ObjectFields f(v, path);
    f.allowOnly({"flags", "seq", "ack", "len", "window", "src_port"});
    InjectedSegment s;
    s.flags = readFlags(f.require("flags"), f.path("flags"));
    s.seq = static_cast<uint32_t>(readUnsigned(f.require("seq"), f.path("seq"), 0, kMaxSeqNumber));
    const JsonValue& ack = f.require("ack");
    s.ack = static_cast<uint32_t>(readUnsigned(ack, f.path("ack"), 0, kMaxSeqNumber));
    // Traces show ack 0 whenever the ACK flag is off; a file must agree.
    if (s.ack != 0 && !s.flags.has(Flag::ACK)) failAt(ack.offset, f.path("ack"), LessonErrorCode::AckWithoutFlag);
    if (const auto* x = f.get("len")) s.len = static_cast<uint32_t>(readUnsigned(*x, f.path("len"), 0, kMaxSegmentLen));
    if (const auto* x = f.get("window"))
        s.window = static_cast<uint32_t>(readUnsigned(*x, f.path("window"), 0, kMaxWindow));
    if (const auto* x = f.get("src_port"))
        s.srcPort = static_cast<uint16_t>(readUnsigned(*x, f.path("src_port"), 1, kMaxPort));
    return s;
}

Action readAction(const JsonValue& v, const std::string& path) {
    ObjectFields f(v, path);
    f.allowOnly({"at_ms", "host", "do", "bytes", "to", "segment"});
    Action a;
    a.at = readMs(f.require("at_ms"), f.path("at_ms"), 0);
    a.kind = readEnum<ActionKind>(f.require("do"), f.path("do"), LessonErrorCode::UnknownAction,
                                  [](std::string_view s) { return lessonNameToEnum(kLessonActionNames, s); });
    if (a.kind == ActionKind::Inject) {
        f.forbid("host", LessonErrorCode::InjectUsesTo);
        f.forbid("bytes", LessonErrorCode::OnlySendBytes);
        a.host = readHost(f.require("to"), f.path("to"));
        a.segment = readSegment(f.require("segment"), f.path("segment"));
        return a;
    }
    f.forbid("to", LessonErrorCode::OnlyInjectTo);
    f.forbid("segment", LessonErrorCode::OnlyInjectSegment);
    a.host = readHost(f.require("host"), f.path("host"));
    if (a.kind == ActionKind::Send)
        a.bytes = static_cast<uint32_t>(readUnsigned(f.require("bytes"), f.path("bytes"), 1, kMaxSendBytes));
    else
        f.forbid("bytes", LessonErrorCode::OnlySendBytes);
    return a;
}

std::pair<SimTime, SimTime> readBetween(const JsonValue& v, const std::string& field) {
    const auto& items = readArray(v, field);
    if (items.size() != 2) failAt(v.offset, field, LessonErrorCode::BetweenShape);
    const SimTime a = readMs(items[0], field, 0);
    const SimTime b = readMs(items[1], field, 0);
    if (a > b) failAt(v.offset, field, LessonErrorCode::BetweenOrder, {std::to_string(a.ms()), std::to_string(b.ms())});
    return {a, b};
}

FaultMatch readMatch(const JsonValue& v, const std::string& path) {
    ObjectFields f(v, path);
    f.allowOnly({"from", "flags", "has_data", "nth", "between_ms", "segment_id"});
    FaultMatch m;
    if (const auto* x = f.get("from")) m.from = readHost(*x, f.path("from"));
    if (const auto* x = f.get("flags")) m.flags = readFlags(*x, f.path("flags"));
    if (const auto* x = f.get("has_data")) m.hasData = readBool(*x, f.path("has_data"));
    if (const auto* x = f.get("nth")) m.nth = static_cast<uint32_t>(readUnsigned(*x, f.path("nth"), 1, UINT32_MAX));
    if (const auto* x = f.get("between_ms")) m.between = readBetween(*x, f.path("between_ms"));
    if (const auto* x = f.get("segment_id")) m.segmentId = readUnsigned(*x, f.path("segment_id"), 1, UINT64_MAX);
    return m;
}

Fault readFault(const JsonValue& v, const std::string& path) {
    ObjectFields f(v, path);
    f.allowOnly({"match", "drop", "delay_ms", "duplicate_after_ms", "user"});
    Fault fault;
    fault.match = readMatch(f.require("match"), f.path("match"));
    if (const auto* x = f.get("drop")) fault.drop = readBool(*x, f.path("drop"));
    if (const auto* x = f.get("delay_ms")) fault.delay = readMs(*x, f.path("delay_ms"), 1);
    if (const auto* x = f.get("duplicate_after_ms")) fault.duplicateAfter = readMs(*x, f.path("duplicate_after_ms"), 0);
    if (const auto* x = f.get("user")) fault.fromUser = readBool(*x, f.path("user"));
    if (!fault.drop && !fault.delay && !fault.duplicateAfter) failAt(v.offset, path, LessonErrorCode::FaultNoEffect);
    // A dropped segment never arrives, so delaying or copying it would mean nothing.
    if (fault.drop && (fault.delay || fault.duplicateAfter))
        failAt(f.get("drop")->offset, f.path("drop"), LessonErrorCode::DropCombined);
    return fault;
}

std::pair<uint16_t, uint16_t> readPortRange(const JsonValue& v, const std::string& field) {
    const auto& items = readArray(v, field);
    if (items.size() != 2) failAt(v.offset, field, LessonErrorCode::PortRangeShape);
    const auto first = static_cast<uint16_t>(readUnsigned(items[0], field, 1, kMaxPort));
    const auto last = static_cast<uint16_t>(readUnsigned(items[1], field, 1, kMaxPort));
    if (first > last)
        failAt(v.offset, field, LessonErrorCode::PortRangeOrder, {std::to_string(first), std::to_string(last)});
    return {first, last};
}

LoadSpec readLoad(const JsonValue& v) {
    ObjectFields f(v, "load");
    f.allowOnly({"rate_per_s", "duration_ms", "request_bytes", "response_bytes", "closer", "never_close_fraction",
                 "ephemeral_ports"});
    LoadSpec l;
    const JsonValue& rate = f.require("rate_per_s");
    l.ratePerS = readNumber(rate, f.path("rate_per_s"), 0.0, kMaxLoadRatePerS);
    if (!(l.ratePerS > 0.0)) failAt(rate.offset, f.path("rate_per_s"), LessonErrorCode::RateNotPositive);
    const JsonValue& duration = f.require("duration_ms");
    l.duration = readMs(duration, f.path("duration_ms"), 1);
    const double connections = std::ceil(l.ratePerS * static_cast<double>(l.duration.us()) / 1e6);
    if (connections > static_cast<double>(kMaxLoadConnections))
        failAt(duration.offset, f.path("duration_ms"), LessonErrorCode::TooManyConnections,
               {std::to_string(static_cast<uint64_t>(connections)), std::to_string(kMaxLoadConnections)});
    if (const auto* x = f.get("request_bytes"))
        l.requestBytes = static_cast<uint32_t>(readUnsigned(*x, f.path("request_bytes"), 0, kMaxSendBytes));
    if (const auto* x = f.get("response_bytes"))
        l.responseBytes = static_cast<uint32_t>(readUnsigned(*x, f.path("response_bytes"), 0, kMaxSendBytes));
    if (const auto* x = f.get("closer")) l.closer = readHost(*x, f.path("closer"));
    if (const auto* x = f.get("never_close_fraction"))
        l.neverCloseFraction = readNumber(*x, f.path("never_close_fraction"), 0.0, 1.0);
    if (const auto* x = f.get("ephemeral_ports"))
        std::tie(l.portFirst, l.portLast) = readPortRange(*x, f.path("ephemeral_ports"));
    return l;
}

template <typename T, typename ReadOne>
std::vector<T> readList(const ObjectFields& top, const char* key, ReadOne readOne) {
    std::vector<T> out;
    if (const auto* x = top.get(key)) {
        const auto& items = readArray(*x, key);
        for (size_t i = 0; i < items.size(); ++i) out.push_back(readOne(items[i], indexPath(key, i)));
    }
    return out;
}

} // namespace

Scenario scenarioFromJson(const JsonValue& root) {
    ObjectFields top(root, "");
    checkFormat(top); // first, so that a file of another kind says so
    top.allowOnly({"format", "version", "id", "title", "summary", "group", "profile", "seed", "latency_ms", "loss",
                   "until_ms", "max_events", "client", "server", "actions", "faults", "load"});
    Scenario s;
    s.id = readId(top.require("id"));
    s.title = readText(top.require("title"), "title", true);
    if (const auto* x = top.get("summary")) s.summary = readText(*x, "summary", false);
    if (const auto* x = top.get("group"))
        s.group = readEnum<LessonGroup>(*x, "group", LessonErrorCode::UnknownGroup, lessonGroupFromString);
    if (const auto* x = top.get("profile"))
        s.profile = readEnum<Profile>(*x, "profile", LessonErrorCode::UnknownProfile, profileFromString);
    if (const auto* x = top.get("seed")) s.seed = readUnsigned(*x, "seed", 0, UINT64_MAX);
    if (const auto* x = top.get("latency_ms")) s.latency = readLatency(*x);
    if (const auto* x = top.get("loss")) s.loss = readNumber(*x, "loss", 0.0, 1.0);
    if (const auto* x = top.get("until_ms")) s.until = readMs(*x, "until_ms", 1);
    if (const auto* x = top.get("max_events"))
        s.maxEvents = readUnsigned(*x, "max_events", 1, kDefaultBudget.maxEvents);
    if (const auto* x = top.get("client")) readHostConfig(*x, "client", s.client);
    if (const auto* x = top.get("server")) readHostConfig(*x, "server", s.server);
    s.actions = readList<Action>(top, "actions", readAction);
    s.faults = readList<Fault>(top, "faults", readFault);
    if (const auto* x = top.get("load")) {
        s.load = readLoad(*x);
        // A load lesson's applications are the load's clients and server (load_simulation.h).
        top.forbid("actions", LessonErrorCode::LoadWithActions);
    }
    return s;
}

} // namespace hl
