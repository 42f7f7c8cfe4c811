#include "tests/fuzz/simulate_check.h"

#include "core/simulation.h"
#include "core/trace_jsonl.h"
#include "tests/core/legal_transitions.h"
#include "tests/fuzz/fuzz_input.h"

#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace hl::fuzz {
namespace {

constexpr int64_t kMaxUntilMs = 120'000;
constexpr uint32_t kMaxActions = 12;
constexpr uint32_t kMaxFaults = 4;
constexpr WorkBudget kFuzzBudget{50'000, 10'000, 10'000}; // events, in flight, at one instant

std::optional<bool> maybeBool(FuzzInput& in) {
    const uint8_t b = in.byte() % 3;
    return b == 0 ? std::nullopt : std::optional<bool>(b == 1);
}

HostOverrides decodeOverrides(FuzzInput& in) {
    HostOverrides o;
    if (!in.flag()) return o; // most runs keep the profile
    if (in.flag()) o.msl = SimDuration::fromMs(100 + in.below(10'000));
    if (in.flag()) o.rtoInitial = SimDuration::fromMs(200 + in.below(3000));
    if (in.flag()) o.synRetries = static_cast<int>(in.below(6));
    if (in.flag()) o.dataRetries = static_cast<int>(in.below(6));
    o.rfc5961 = maybeBool(in);
    o.rfc1337 = maybeBool(in);
    o.timeWaitReopen = maybeBool(in);
    o.appReads = maybeBool(in);
    o.appClosesOnEof = maybeBool(in);
    if (in.flag()) o.dupSynReply = in.flag() ? DupSynReply::Ack : DupSynReply::SynAck;
    if (in.flag())
        o.finWait2Timeout = in.flag() ? std::optional<SimDuration>() : SimDuration::fromMs(500 + in.below(20'000));
    if (in.flag()) o.mss = 100 + in.below(1400);
    if (in.flag()) o.window = 1 + in.below(65535);
    return o;
}

uint32_t nearIsn(FuzzInput& in) {
    static constexpr uint32_t kRefs[] = {0, 100, 101, 300, 301, 0xFFFFFFFFu};
    const uint8_t pick = in.byte();
    if (pick % 7 == 6) return in.u32();
    return kRefs[pick % 7 % 6] + static_cast<uint32_t>(static_cast<int8_t>(in.byte()) % 8);
}

Action decodeAction(FuzzInput& in) {
    static constexpr ActionKind kKinds[] = {ActionKind::Listen,   ActionKind::Connect, ActionKind::Send,
                                            ActionKind::Shutdown, ActionKind::Close,   ActionKind::Abort,
                                            ActionKind::Reboot,   ActionKind::Inject};
    Action a;
    a.at = SimTime::fromMs(in.below(60'000));
    a.kind = kKinds[in.below(8)];
    a.host = in.flag() ? HostId::Server : HostId::Client;
    if (a.kind == ActionKind::Send) a.bytes = 1 + in.below(20'000);
    if (a.kind == ActionKind::Inject) {
        a.segment.flags = Flags::fromBits(in.byte() & 0x1F);
        a.segment.seq = nearIsn(in);
        a.segment.ack = a.segment.flags.has(Flag::ACK) ? nearIsn(in) : 0;
        a.segment.len = in.flag() ? in.below(2000) : 0;
        if (in.below(8) == 0) a.segment.srcPort = in.u16();
        if (in.below(4) == 0) a.segment.window = in.below(65536);
    }
    return a;
}

Fault decodeFault(FuzzInput& in) {
    static constexpr Flags kFlagSets[] = {Flags(Flag::SYN),      Flag::SYN | Flag::ACK, Flags(Flag::ACK),
                                          Flag::FIN | Flag::ACK, Flags(Flag::RST),      Flag::RST | Flag::ACK};
    Fault f;
    const uint8_t which = in.byte();
    if (which & 1) f.match.from = in.flag() ? HostId::Server : HostId::Client;
    if (which & 2) f.match.flags = kFlagSets[in.below(6)];
    if (which & 4) f.match.hasData = in.flag();
    if (which & 8) f.match.nth = 1 + in.below(4);
    if (which & 16) {
        const SimTime a = SimTime::fromMs(in.below(30'000));
        f.match.between = std::make_pair(a, a + SimTime::fromMs(in.below(30'000)));
    }
    if (which & 32) f.match.segmentId = 1 + in.below(30);
    switch (in.below(3)) {
    case 0: f.drop = true; break;
    case 1: f.delay = SimDuration::fromMs(1 + in.below(5000)); break;
    default: f.duplicateAfter = SimDuration::fromMs(in.below(5000)); break;
    }
    return f;
}

Scenario decodeScenario(FuzzInput& in) {
    static constexpr Profile kProfiles[] = {Profile::Teach, Profile::Rfc9293, Profile::Linux, Profile::Bsd,
                                            Profile::Windows};
    Scenario s;
    s.id = "fuzz";
    s.title.en = "fuzz";
    s.profile = kProfiles[in.below(5)];
    s.seed = in.u32();
    s.latency.c2s = SimDuration::fromMs(in.below(500)); // 0 too: time may stand still
    s.latency.s2c = SimDuration::fromMs(in.below(500));
    s.loss = in.below(4) * 0.1;
    s.until = SimTime::fromMs(1 + in.below(kMaxUntilMs));
    if (in.flag()) s.client.isn = nearIsn(in);
    if (in.flag()) s.server.isn = nearIsn(in);
    s.client.options = decodeOverrides(in);
    s.server.options = decodeOverrides(in);
    const uint32_t actions = in.below(kMaxActions + 1);
    for (uint32_t i = 0; i < actions; ++i) s.actions.push_back(decodeAction(in));
    const uint32_t faults = in.below(kMaxFaults + 1);
    for (uint32_t i = 0; i < faults; ++i) s.faults.push_back(decodeFault(in));
    return s;
}

std::string at(size_t i) { return "event " + std::to_string(i) + ": "; }

// Times never go backwards, segments are numbered 1..n in send order, each copy ends once.
std::string checkOrderAndSegments(const Trace& t, SimTime until) {
    uint64_t sent = 0;
    std::set<std::pair<uint64_t, uint32_t>> ended;
    for (size_t i = 0; i < t.events.size(); ++i) {
        const TraceEvent& e = t.events[i];
        if (i > 0 && e.t < t.events[i - 1].t) return at(i) + "time goes backwards";
        if (e.t > until) return at(i) + "after the scenario's end";
        if (e.type == EventType::Send || e.type == EventType::Inject) {
            if (e.segId != ++sent) return at(i) + "segment id " + std::to_string(e.segId) + " out of send order";
            const SegmentRecord* rec = t.segment(e.segId);
            if (!rec || rec->sendEvent != i || rec->seg.id != e.segId) return at(i) + "segment record does not match";
            if (rec->injected != (e.type == EventType::Inject)) return at(i) + "injected flag does not match";
        }
        if (e.type == EventType::Deliver || e.type == EventType::Drop) {
            const SegmentRecord* rec = t.segment(e.segId);
            if (!rec || e.segId > sent) return at(i) + "delivers a segment not yet sent";
            if (e.copy >= rec->copies.size()) return at(i) + "delivers a copy that does not exist";
            if (!ended.insert({e.segId, e.copy}).second) return at(i) + "a copy delivered or dropped twice";
            if (rec->copies[e.copy].endEvent != i) return at(i) + "copy's end event does not point here";
            if ((e.type == EventType::Drop) != rec->copies[e.copy].lost) return at(i) + "delivered a lost copy";
        }
    }
    if (sent != t.segments.size()) return "segment records without a send event";
    if (!t.events.empty() && t.end != t.events.back().t) return "trace end is not the last event's time";
    return "";
}

// Every state change is a legal RFC 9293 transition from the state the connection was in.
std::string checkTransitions(const Trace& t) {
    std::map<std::pair<HostId, uint32_t>, TcpState> state;
    for (size_t i = 0; i < t.events.size(); ++i) {
        const TraceEvent& e = t.events[i];
        if (e.type != EventType::State) continue;
        const auto it = state.find({e.host, e.conn});
        const bool fromOk = it != state.end() ? it->second == e.from
                                              : (e.from == TcpState::Closed || e.from == TcpState::Listen);
        if (!fromOk) return at(i) + "leaves " + std::string(toString(e.from)) + " but was elsewhere";
        if (!test::isLegalTransition(e.from, e.to))
            return at(i) + "illegal transition " + std::string(toString(e.from)) + " -> " + std::string(toString(e.to));
        state[{e.host, e.conn}] = e.to;
    }
    return "";
}

// The player's steps cover the trace: ascending cursors ending at the last event.
std::string checkSteps(const Trace& t) {
    const std::vector<size_t> ends = stepEnds(t);
    for (size_t i = 1; i < ends.size(); ++i)
        if (ends[i] <= ends[i - 1]) return "step ends not ascending";
    if (!t.events.empty() && (ends.empty() || ends.back() != t.events.size()))
        return "steps do not end at the trace's end";
    const Snapshot end = snapshotAt(t, t.events.size());
    if (end.cursor != t.events.size()) return "snapshot at the end has the wrong cursor";
    return "";
}

// A small work budget (core/work_budget.h) keeps every input fast; a run that reaches it must
// stop right there with its note, never go beyond it.
std::string checkBudget(const Trace& t, const WorkBudget& budget) {
    // The limit is checked after each step; one step of these small lessons adds a few thousand
    // events at most (a window of one-byte segments).
    if (t.events.size() > budget.maxEvents + 20'000) return "the run went past its event budget";
    if (t.stop && (t.events.empty() || t.events.back().type != EventType::Note))
        return "a stopped run does not end with its note";
    return "";
}

} // namespace

std::string checkSimulateRun(const uint8_t* data, size_t size) {
    FuzzInput in(data, size);
    const Scenario scenario = decodeScenario(in);
    SimOptions options;
    options.budget = kFuzzBudget;
    const Trace trace = simulate(scenario, options);
    for (const std::string& why : {checkBudget(trace, options.budget), checkOrderAndSegments(trace, scenario.until),
                                   checkTransitions(trace), checkSteps(trace)})
        if (!why.empty()) return why;
    // Same scenario, same seed: the same trace, byte for byte.
    if (traceToJsonl(simulate(scenario, options)) != traceToJsonl(trace)) return "replay gave a different trace";
    return "";
}

} // namespace hl::fuzz
