// The `linux` profile against the Linux kernel itself: every situation recorded in tests/data/kernel
// (scripts/record-kernel, README there) is run as the lesson beside it, and the simulated run must
// show what the kernel did: the same segments in the same order (sender, SYN/ACK/FIN/RST, seq and
// ack relative to the ISNs, payload length), each at the recorded time within max(30 ms, 10 % of
// the gap since the previous segment) — gaps rather than absolute times, because Linux timers fire
// late by up to 1/8 of their timeout (the timer wheel, kernel/time/timer.c) and that error would
// otherwise add up over a run — and both connections in the kernel's state at every ss snapshot.
// A situation recorded several times (the kernel races its timers) passes when one run matches.
// Two segments the kernel sent within 5 ms of each other (a simultaneous close) may come in either
// order. A snapshot is compared with the simulation at the same distance from the last segment
// before it, so that a late timer earlier in the run does not shift every later state.
#include "core/lesson_file.h"
#include "core/simulation.h"
#include "tests/core/kernel_recording.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

namespace hl {
namespace {

using kernel::KernelRun;
using kernel::RecordedSegment;

const std::string kKernelDir = std::string(HL_TEST_DATA_DIR) + "/kernel";

std::vector<RecordedSegment> simulatedSegments(const Trace& t) {
    std::optional<uint32_t> clientIsn, serverIsn;
    for (const SegmentRecord& r : t.segments) {
        if (!r.seg.flags.has(Flag::SYN)) continue;
        auto& isn = r.from == HostId::Client ? clientIsn : serverIsn;
        if (!isn) isn = r.seg.seq.value();
    }
    std::vector<RecordedSegment> out;
    for (const SegmentRecord& r : t.segments) {
        if (r.injected) continue;
        RecordedSegment s;
        s.tUs = r.sentAt.us();
        s.fromClient = r.from == HostId::Client;
        s.flags = r.seg.flags.without(Flag::PSH);
        const auto& own = s.fromClient ? clientIsn : serverIsn;
        const auto& peer = s.fromClient ? serverIsn : clientIsn;
        s.relSeq = r.seg.seq.value() - own.value_or(r.seg.seq.value());
        if (s.flags.has(Flag::ACK)) s.relAck = r.seg.ack.value() - peer.value_or(r.seg.ack.value() - 1);
        s.len = r.seg.len;
        out.push_back(s);
    }
    return out;
}

std::string describe(const RecordedSegment& s) {
    std::ostringstream o;
    o << s.tUs / 1000.0 << " ms " << (s.fromClient ? "client " : "server ") << flagsToString(s.flags) << " seq "
      << s.relSeq << " ack " << s.relAck << " len " << s.len;
    return o.str();
}

std::string stateName(std::optional<TcpState> s) { return s ? std::string(toString(*s)) : "(none)"; }

// The states of both connections and whether the server listens, at time t of the simulation.
kernel::RecordedSnapshot simulatedStates(const Trace& t, int64_t atUs) {
    std::map<std::pair<HostId, uint32_t>, TcpState> state;
    std::map<std::pair<HostId, uint32_t>, bool> listener;
    for (const TraceEvent& e : t.events) {
        if (e.t.us() > atUs) break;
        if (e.type != EventType::State) continue;
        const auto key = std::make_pair(e.host, e.conn);
        if (!state.count(key)) listener[key] = e.to == TcpState::Listen;
        state[key] = e.to;
    }
    kernel::RecordedSnapshot s;
    s.tUs = atUs;
    for (const auto& [key, st] : state) {
        const bool open = st != TcpState::Closed && st != TcpState::Listen;
        if (listener[key])
            s.listening = s.listening || st == TcpState::Listen;
        else if (key.first == HostId::Client)
            s.client = open ? std::optional(st) : std::nullopt;
        else
            s.server = open ? std::optional(st) : std::nullopt;
    }
    return s;
}

bool sameSegment(const RecordedSegment& a, const RecordedSegment& b) {
    return a.fromClient == b.fromClient && a.flags == b.flags && a.relSeq == b.relSeq && a.relAck == b.relAck &&
           a.len == b.len;
}

// Every difference between the simulated run and one recorded run, one line each.
std::vector<std::string> differences(const Trace& t, const KernelRun& run) {
    std::vector<std::string> diffs;
    const std::vector<RecordedSegment> sim = simulatedSegments(t);
    std::vector<RecordedSegment> real = run.segments;
    size_t matched = 0;
    for (size_t i = 0; i < std::max(sim.size(), real.size()); ++i) {
        if (i >= sim.size()) {
            diffs.push_back("missing in the simulation: " + describe(real[i]));
            continue;
        }
        if (i >= real.size()) {
            diffs.push_back("extra in the simulation: " + describe(sim[i]));
            continue;
        }
        for (size_t j = i + 1; !sameSegment(sim[i], real[i]) && j < real.size() && real[j].tUs - real[i].tUs < 5'000; ++j)
            if (sameSegment(sim[i], real[j])) std::swap(real[i], real[j]); // sent at the same moment
        const RecordedSegment &a = sim[i], &b = real[i];
        if (!sameSegment(a, b)) {
            diffs.push_back("segment " + std::to_string(i + 1) + ": simulated " + describe(a) + ", kernel " + describe(b));
            break; // everything after a different segment differs too
        }
        matched = i + 1;
        const int64_t simGap = a.tUs - (i ? sim[i - 1].tUs : 0);
        const int64_t realGap = b.tUs - (i ? real[i - 1].tUs : 0);
        const int64_t allowed = std::max<int64_t>(30'000, realGap / 10);
        if (std::llabs(simGap - realGap) > allowed)
            diffs.push_back("segment " + std::to_string(i + 1) + " (" + describe(b) +
                            "): " + std::to_string(simGap / 1000.0) + " ms after the previous one, the kernel " +
                            std::to_string(realGap / 1000.0) + " ms");
    }
    for (const kernel::RecordedSnapshot& k : run.snapshots) {
        int64_t offset = 0; // how late the kernel was at the last segment before the snapshot
        for (size_t i = 0; i < matched && real[i].tUs <= k.tUs; ++i) offset = real[i].tUs - sim[i].tUs;
        const kernel::RecordedSnapshot s = simulatedStates(t, k.tUs - offset);
        const bool listenerCounts = k.tUs < run.serverExitUs;
        if (s.client != k.client || s.server != k.server || (listenerCounts && s.listening != k.listening))
            diffs.push_back("at " + std::to_string(k.tUs / 1000) + " ms: simulated client " + stateName(s.client) +
                            ", server " + stateName(s.server) + (s.listening ? " + LISTEN" : "") + "; kernel client " +
                            stateName(k.client) + ", server " + stateName(k.server) + (k.listening ? " + LISTEN" : ""));
    }
    return diffs;
}

std::vector<std::string> situations() {
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(kKernelDir))
        if (entry.is_directory()) out.push_back(entry.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

class KernelTruth : public ::testing::TestWithParam<std::string> {};

TEST_P(KernelTruth, LinuxProfileDoesWhatTheKernelDid) {
    const std::string dir = kKernelDir + "/" + GetParam();
    const LessonResult lesson = readLessonFile(dir + "/lesson.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(lesson)) << std::get<LessonError>(lesson).toString();
    const Trace trace = simulate(std::get<Scenario>(lesson));
    std::vector<std::string> report;
    bool anyMatched = false;
    int runs = 0;
    for (int r = 1; std::filesystem::exists(dir + "/" + std::to_string(r)); ++r, ++runs) {
        const KernelRun run = kernel::readKernelRun(dir + "/" + std::to_string(r));
        ASSERT_FALSE(run.segments.empty()) << run.dir;
        ASSERT_FALSE(run.snapshots.empty()) << run.dir;
        const std::vector<std::string> diffs = differences(trace, run);
        anyMatched = anyMatched || diffs.empty();
        for (const std::string& d : diffs) report.push_back("run " + std::to_string(r) + ": " + d);
    }
    ASSERT_GT(runs, 0) << dir;
    std::ostringstream all;
    for (const std::string& line : report) all << "\n  " << line;
    EXPECT_TRUE(anyMatched) << GetParam() << " differs from every recorded run:" << all.str();
}

INSTANTIATE_TEST_SUITE_P(Recorded, KernelTruth, ::testing::ValuesIn(situations()), [](const auto& info) {
    std::string name = info.param;
    std::replace(name.begin(), name.end(), '-', '_');
    return name;
});

// Each Linux rule is needed: with it switched off (on both hosts) the recording no longer matches.
// (data-give-up-retries2-3 cannot tell retries_as_time apart: with its 100 ms RTT and the probe,
// three counted retries also end at the same timer expiry; syn-retries-2 does tell it apart.)
struct Ablation {
    const char* situation;
    const char* option; // for the test's name and message
    void (*off)(HostOverrides&);
};

const Ablation kAblations[] = {
    {"syn-retries-2", "syn_linear_timeouts", [](HostOverrides& o) { o.synLinearTimeouts = 0; }},
    {"syn-retries-2", "retries_as_time", [](HostOverrides& o) { o.retriesAsTime = false; }},
    {"data-give-up-retries2-3", "tail_loss_probe", [](HostOverrides& o) { o.tailLossProbe = false; }},
    {"lost-fin-steady-rtt", "rto_min_on_variance", [](HostOverrides& o) { o.rtoMinOnVariance = false; }},
    {"lost-syn-then-lost-data", "rtt_timestamps", [](HostOverrides& o) { o.rttTimestamps = false; }},
    {"abort", "rst_ack_on_abort", [](HostOverrides& o) { o.rstAckOnAbort = false; }},
    {"close-unread-data", "rst_ack_on_abort", [](HostOverrides& o) { o.rstAckOnAbort = false; }},
    {"delayed-ack-fin-after-data", "delayed_ack_ms", [](HostOverrides& o) { o.delayedAckMs = SimDuration{}; }},
};

TEST(KernelTruthAblation, EachLinuxRuleIsNeededForItsRecording) {
    for (const Ablation& a : kAblations) {
        const std::string dir = kKernelDir + "/" + a.situation;
        const LessonResult lesson = readLessonFile(dir + "/lesson.json");
        ASSERT_TRUE(std::holds_alternative<Scenario>(lesson)) << std::get<LessonError>(lesson).toString();
        Scenario s = std::get<Scenario>(lesson);
        a.off(s.client.options);
        a.off(s.server.options);
        const Trace trace = simulate(s);
        for (int r = 1; std::filesystem::exists(dir + "/" + std::to_string(r)); ++r)
            EXPECT_FALSE(differences(trace, kernel::readKernelRun(dir + "/" + std::to_string(r))).empty())
                << a.situation << " run " << r << " still matches with " << a.option << " off";
    }
}

// The reader itself, on a recording whose contents the README describes: the refused connect is
// a SYN from the client and the kernel's RST,ACK acknowledging it (ack = ISN + 1).
TEST(KernelRecording, ReadsTheRefusedConnect) {
    const KernelRun run = kernel::readKernelRun(kKernelDir + "/refused/1");
    ASSERT_EQ(run.segments.size(), 2u);
    EXPECT_TRUE(run.segments[0].fromClient);
    EXPECT_EQ(run.segments[0].flags, Flags(Flag::SYN));
    EXPECT_FALSE(run.segments[1].fromClient);
    EXPECT_EQ(run.segments[1].flags, Flag::RST | Flag::ACK);
    EXPECT_EQ(run.segments[1].relAck, 1u);
    // The client connected at 100 ms (meta.txt client_steps); the capture shows send times.
    EXPECT_NEAR(static_cast<double>(run.segments[0].tUs), 100'000.0, 5'000.0);
    ASSERT_FALSE(run.snapshots.empty());
    EXPECT_EQ(run.snapshots.front().client, TcpState::SynSent);
    EXPECT_FALSE(run.snapshots.back().client.has_value());
}

} // namespace
} // namespace hl
