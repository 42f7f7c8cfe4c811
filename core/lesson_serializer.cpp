// writeLesson: the canonical form of a lesson file (docs/lesson-format.md, "Canonical form").
// Top-level fields one per line in a fixed order; each action and fault on a line of its own;
// only fields that are required or differ from their default.
#include "core/lesson_file.h"
#include "core/lesson_names.h"
#include "core/lesson_parser.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace hl {

namespace {

using Json = nlohmann::ordered_json;

// One line of JSON with a space after each ":" and ",", which reads better than nlohmann's
// compact form. Strings are written as UTF-8; invalid UTF-8 is replaced rather than thrown on.
std::string oneLine(const Json& v) {
    auto scalar = [](const Json& s) { return s.dump(-1, ' ', false, Json::error_handler_t::replace); };
    std::string out;
    if (v.is_object()) {
        out += '{';
        bool first = true;
        for (const auto& [key, value] : v.items()) {
            if (!first) out += ", ";
            first = false;
            out += scalar(Json(key)) + ": " + oneLine(value);
        }
        return out + '}';
    }
    if (v.is_array()) {
        out += '[';
        for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + oneLine(v[i]);
        return out + ']';
    }
    return scalar(v);
}

Json ms(SimTime t) { return t.ms(); }

// Latency is the one time a file may give with a fraction of a millisecond.
Json latencyMs(SimDuration d) {
    if (d.us() % 1000 == 0) return d.ms();
    return static_cast<double>(d.us()) / 1000.0;
}

Json text(const LocalizedText& t) {
    Json j = Json::object();
    if (!t.en.empty()) j["en"] = t.en;
    if (!t.ko.empty()) j["ko"] = t.ko;
    return j;
}

Json flags(Flags f) {
    Json j = Json::array();
    for (const FlagInfo& e : kFlagTable)
        if (f.has(e.flag)) j.push_back(e.name);
    return j;
}

// One writer per option kind (host_options.h), the inverse of the reader's.
Json optionJson(SimDuration v, option_kind::Ms) { return ms(v); }
Json optionJson(const std::optional<SimDuration>& v, option_kind::MsOrNull) { return v ? ms(*v) : Json(nullptr); }
Json optionJson(int v, option_kind::Count) { return v; }
Json optionJson(bool v, option_kind::Flag) { return v; }
Json optionJson(DupSynReply v, option_kind::DupSyn) { return lessonEnumToName(kLessonDupSynReplyNames, v); }
Json optionJson(uint32_t v, option_kind::Window) { return v; }
Json optionJson(uint32_t v, option_kind::Mss) { return v; }

Json options(const HostOverrides& o) {
    Json j = Json::object();
#define HL_HOST_OPTION_WRITE(kind, name, key, teach)                                                                   \
    if (o.name) j[key] = optionJson(*o.name, option_kind::kind{});
    HL_HOST_OPTIONS(HL_HOST_OPTION_WRITE)
#undef HL_HOST_OPTION_WRITE
    return j;
}

Json host(const HostConfig& h, uint16_t defaultPort) {
    Json j = Json::object();
    if (h.port != defaultPort) j["port"] = h.port;
    if (h.isn) j["isn"] = *h.isn;
    if (h.options != HostOverrides{}) j["options"] = options(h.options);
    return j;
}

Json action(const Action& a) {
    Json j = Json::object();
    j["at_ms"] = ms(a.at);
    if (a.kind != ActionKind::Inject) j["host"] = toString(a.host);
    j["do"] = lessonEnumToName(kLessonActionNames, a.kind);
    if (a.kind == ActionKind::Send) j["bytes"] = a.bytes;
    if (a.kind == ActionKind::Inject) {
        j["to"] = toString(a.host);
        const InjectedSegment& s = a.segment;
        Json seg = Json::object();
        seg["flags"] = flags(s.flags);
        seg["seq"] = s.seq;
        seg["ack"] = s.ack;
        if (s.len != 0) seg["len"] = s.len;
        if (s.window) seg["window"] = *s.window;
        if (s.srcPort) seg["src_port"] = *s.srcPort;
        j["segment"] = seg;
    }
    return j;
}

Json fault(const Fault& f) {
    const FaultMatch& m = f.match;
    Json match = Json::object();
    if (m.from) match["from"] = toString(*m.from);
    if (m.flags) match["flags"] = flags(*m.flags);
    if (m.hasData) match["has_data"] = *m.hasData;
    if (m.nth) match["nth"] = *m.nth;
    if (m.between) match["between_ms"] = Json::array({ms(m.between->first), ms(m.between->second)});
    if (m.segmentId) match["segment_id"] = *m.segmentId;
    Json j = Json::object();
    j["match"] = match;
    if (f.drop) j["drop"] = true;
    if (f.delay) j["delay_ms"] = ms(*f.delay);
    if (f.duplicateAfter) j["duplicate_after_ms"] = ms(*f.duplicateAfter);
    if (f.fromUser) j["user"] = true;
    return j;
}

// A whole number is written without ".0".
Json number(double x) {
    if (x == std::floor(x) && std::fabs(x) < 1e15) return static_cast<int64_t>(x);
    return x;
}

Json load(const LoadSpec& l) {
    const LoadSpec defaults;
    Json j = Json::object();
    j["rate_per_s"] = number(l.ratePerS);
    j["duration_ms"] = ms(l.duration);
    if (l.requestBytes != defaults.requestBytes) j["request_bytes"] = l.requestBytes;
    if (l.responseBytes != defaults.responseBytes) j["response_bytes"] = l.responseBytes;
    if (l.closer != defaults.closer) j["closer"] = toString(l.closer);
    if (l.neverCloseFraction != defaults.neverCloseFraction) j["never_close_fraction"] = number(l.neverCloseFraction);
    if (l.portFirst != defaults.portFirst || l.portLast != defaults.portLast)
        j["ephemeral_ports"] = Json::array({l.portFirst, l.portLast});
    return j;
}

// The top-level fields in canonical order, each as (key, value); lists are written apart.
Json topLevel(const Scenario& s) {
    const Scenario defaults;
    Json j = Json::object();
    j["format"] = kLessonFormat;
    j["version"] = kLessonVersion;
    j["id"] = s.id;
    j["title"] = text(s.title);
    if (s.summary != LocalizedText{}) j["summary"] = text(s.summary);
    if (s.group) j["group"] = toString(*s.group);
    if (s.profile != defaults.profile) j["profile"] = toString(s.profile);
    if (s.seed != defaults.seed) j["seed"] = s.seed;
    if (s.latency != defaults.latency) {
        if (s.latency.c2s == s.latency.s2c)
            j["latency_ms"] = latencyMs(s.latency.c2s);
        else
            j["latency_ms"] = Json{{"c2s", latencyMs(s.latency.c2s)}, {"s2c", latencyMs(s.latency.s2c)}};
    }
    if (s.loss != defaults.loss) j["loss"] = s.loss;
    if (s.until != defaults.until) j["until_ms"] = ms(s.until);
    if (s.maxEvents) j["max_events"] = *s.maxEvents;
    if (Json c = host(s.client, defaults.client.port); !c.empty()) j["client"] = c;
    if (Json c = host(s.server, defaults.server.port); !c.empty()) j["server"] = c;
    return j;
}

template <typename T, typename ToJson>
void writeList(std::string& out, const char* key, const std::vector<T>& items, ToJson toJson) {
    out += ",\n  \"" + std::string(key) + "\": [\n";
    for (size_t i = 0; i < items.size(); ++i)
        out += "    " + oneLine(toJson(items[i])) + (i + 1 < items.size() ? ",\n" : "\n");
    out += "  ]";
}

} // namespace

std::string writeLesson(const Scenario& s) {
    std::string out = "{";
    bool first = true;
    const Json top = topLevel(s); // named: items() refers to it
    for (const auto& [key, value] : top.items()) {
        out += first ? "\n  " : ",\n  ";
        first = false;
        out += oneLine(Json(key)) + ": " + oneLine(value);
    }
    if (!s.actions.empty()) writeList(out, "actions", s.actions, action);
    if (!s.faults.empty()) writeList(out, "faults", s.faults, fault);
    if (s.load) out += ",\n  \"load\": " + oneLine(load(*s.load));
    return out + "\n}\n";
}

} // namespace hl
