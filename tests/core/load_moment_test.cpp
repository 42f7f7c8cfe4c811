// The step captions of a load lesson (issue 15) follow from how the counts change. Hand-built
// samples check each rule and their order; the three built-in lessons check that the phase at
// chosen moments is the one their parameters predict: a connection reaches TIME_WAIT on the side
// that closed first three round trips after its connect and leaves it 2·MSL later (RFC 9293
// §3.3.2, §3.10.8; Linux 60 s), a client port is free again only then (RFC 6056), and a leaking
// handler's socket stays in CLOSE_WAIT for good (§3.3.2: it waits for its user's close).
#include "core/builtin_lessons.h"
#include "core/load_moment.h"

#include <gtest/gtest.h>

#include <cmath>

namespace hl {
namespace {

size_t at(TcpState s) { return static_cast<size_t>(s); }

LoadSample sample(int64_t seconds) {
    LoadSample s;
    s.at = SimTime::fromUs(seconds * 1'000'000);
    return s;
}

LoadResult twoSamples(const LoadSample& before, const LoadSample& now) {
    LoadResult r;
    r.samples = {before, now};
    return r;
}

TEST(LoadMoment, TheFirstSampleIsTheStart) {
    LoadSample s = sample(0);
    s.client[at(TcpState::SynSent)] = 1;
    const LoadMoment m = loadMomentAt(twoSamples(s, sample(1)), 0);
    EXPECT_EQ(m.phase, LoadPhase::Start);
    EXPECT_EQ(m.at, SimTime());
}

TEST(LoadMoment, FailedConnectsComeFirst) {
    LoadSample before = sample(40), now = sample(41);
    before.failedConnects = 3;
    now.failedConnects = 10;
    now.server[at(TcpState::CloseWait)] = 5; // CLOSE_WAIT grows too: the failures still name the moment
    now.client[at(TcpState::TimeWait)] = 4000;
    const LoadMoment m = loadMomentAt(twoSamples(before, now), 1);
    EXPECT_EQ(m.phase, LoadPhase::PortsRunOut);
    EXPECT_EQ(m.side, HostId::Client);
    EXPECT_EQ(m.failedSinceBefore, 7u);
    EXPECT_EQ(m.at, now.at);
}

TEST(LoadMoment, CloseWaitGrowthBeatsTimeWaitGrowth) {
    LoadSample before = sample(1), now = sample(2);
    now.server[at(TcpState::CloseWait)] = 2;
    now.client[at(TcpState::TimeWait)] = 20;
    const LoadMoment m = loadMomentAt(twoSamples(before, now), 1);
    EXPECT_EQ(m.phase, LoadPhase::CloseWaitGrows);
    EXPECT_EQ(m.side, HostId::Server);
}

TEST(LoadMoment, TimeWaitGrowsOnTheSideWithMoreNewOnes) {
    LoadSample before = sample(1), now = sample(2);
    before.client[at(TcpState::TimeWait)] = 100;
    now.client[at(TcpState::TimeWait)] = 101;
    now.server[at(TcpState::TimeWait)] = 30;
    const LoadMoment m = loadMomentAt(twoSamples(before, now), 1);
    EXPECT_EQ(m.phase, LoadPhase::TimeWaitGrows);
    EXPECT_EQ(m.side, HostId::Server);
}

TEST(LoadMoment, HeldAndFallingAndSteadyAndDone) {
    LoadSample before = sample(70), now = sample(71);
    // CLOSE_WAIT held (no change) beats TIME_WAIT falling on the client.
    before.server[at(TcpState::CloseWait)] = 9;
    now.server[at(TcpState::CloseWait)] = 9;
    before.client[at(TcpState::TimeWait)] = 50;
    now.client[at(TcpState::TimeWait)] = 40;
    EXPECT_EQ(loadMomentAt(twoSamples(before, now), 1).phase, LoadPhase::CloseWaitStays);
    before.server = now.server = {};
    LoadMoment m = loadMomentAt(twoSamples(before, now), 1);
    EXPECT_EQ(m.phase, LoadPhase::TimeWaitDrains);
    EXPECT_EQ(m.side, HostId::Client);
    now.client[at(TcpState::TimeWait)] = 50;
    EXPECT_EQ(loadMomentAt(twoSamples(before, now), 1).phase, LoadPhase::TimeWaitSteady);
    before.client = now.client = {};
    now.server[at(TcpState::Established)] = 2;
    EXPECT_EQ(loadMomentAt(twoSamples(before, now), 1).phase, LoadPhase::Busy);
    now.server = {};
    EXPECT_EQ(loadMomentAt(twoSamples(before, now), 1).phase, LoadPhase::AllClosed);
    // The last TIME_WAITs ending empty the run: that is what the moment says.
    before.client[at(TcpState::TimeWait)] = 5;
    EXPECT_EQ(loadMomentAt(twoSamples(before, now), 1).phase, LoadPhase::AllClosed);
}

TEST(LoadMoment, AShorterRunKeepsItsLastSample) {
    LoadResult r;
    r.samples = {sample(0), sample(1), sample(2)};
    EXPECT_EQ(loadSampleAtStep(r, 1), 1u);
    EXPECT_EQ(loadSampleAtStep(r, 2), 2u);
    EXPECT_EQ(loadSampleAtStep(r, 50), 2u);
    EXPECT_EQ(loadSampleAtStep(LoadResult{}, 5), 0u);
}

// --- the built-in lessons -------------------------------------------------------------------------

struct Lesson {
    const Scenario& s;
    LoadResult r;
    double rttS;  // one round trip
    double waitS; // 2·MSL
    explicit Lesson(const char* id)
        : s(*findBuiltinLesson(id)), r(simulateLoad(s)), rttS((s.latency.c2s + s.latency.s2c).us() / 1e6),
          waitS(profileDefaults(s.profile).msl.us() * 2 / 1e6) {}
    // The moment of the sample at `seconds` (samples come every second from 0).
    LoadMoment momentAt(int seconds) const {
        const auto i = static_cast<size_t>(seconds);
        EXPECT_LT(i, r.samples.size());
        EXPECT_EQ(r.samples.at(i).at, SimTime::fromUs(seconds * int64_t{1'000'000}));
        return loadMomentAt(r, i);
    }
    double lastConnectS() const { return s.load->duration.us() / 1e6; }
};

TEST(LoadMomentLessons, BusyServer) {
    const Lesson l("busy-server");
    ASSERT_EQ(l.s.load->closer, HostId::Client);
    EXPECT_EQ(l.momentAt(0).phase, LoadPhase::Start);
    // 30 s: connects go on (< 60 s), and the first TIME_WAIT ends only at 3 RTT + 60 s = 60.6 s.
    ASSERT_LT(30 + 1, 3 * l.rttS + l.waitS);
    LoadMoment m = l.momentAt(30);
    EXPECT_EQ(m.phase, LoadPhase::TimeWaitGrows);
    EXPECT_EQ(m.side, HostId::Client);
    // The count the player shows then: connect k (at k / rate) is in TIME_WAIT from k / rate + 3 RTT,
    // so every k with k / rate <= 30 - 3 RTT: floor((30 - 3 RTT) * rate) + 1 of them.
    const double inTimeWait = std::floor((30 - 3 * l.rttS) * l.s.load->ratePerS + 1e-9) + 1;
    EXPECT_EQ(l.r.samples[30].client[at(TcpState::TimeWait)], static_cast<uint32_t>(inTimeWait));
    // 90 s: the last connect (before 60 s) reached TIME_WAIT by 60.6 s; TIME_WAITs end until 120.6 s.
    ASSERT_GT(90 - 1, l.lastConnectS() + 3 * l.rttS);
    ASSERT_LT(90, 3 * l.rttS + l.waitS + l.lastConnectS());
    m = l.momentAt(90);
    EXPECT_EQ(m.phase, LoadPhase::TimeWaitDrains);
    EXPECT_EQ(m.side, HostId::Client);
    EXPECT_EQ(loadMomentAt(l.r, l.r.samples.size() - 1).phase, LoadPhase::AllClosed);
}

TEST(LoadMomentLessons, PortExhaustion) {
    const Lesson l("port-exhaustion");
    const double ports = l.s.load->portLast - l.s.load->portFirst + 1.0;
    const double fullS = ports / l.s.load->ratePerS; // 40 s: every port taken
    // 20 s: ports left, TIME_WAIT still growing.
    ASSERT_LT(20, fullS);
    EXPECT_EQ(l.momentAt(20).phase, LoadPhase::TimeWaitGrows);
    // 50 s: every port is held (40 s) and none is free again before 60.6 s.
    ASSERT_GT(50 - 1, fullS);
    ASSERT_LT(50, 3 * l.rttS + l.waitS);
    const LoadMoment m = l.momentAt(50);
    EXPECT_EQ(m.phase, LoadPhase::PortsRunOut);
    EXPECT_NEAR(static_cast<double>(m.failedSinceBefore), l.s.load->ratePerS, 1.0); // every connect of that second
    // 90 s: connects are over, the TIME_WAITs end.
    EXPECT_EQ(l.momentAt(90).phase, LoadPhase::TimeWaitDrains);
}

TEST(LoadMomentLessons, CloseWaitLeak) {
    const Lesson l("close-wait-leak");
    ASSERT_GT(l.s.load->neverCloseFraction, 0.0);
    // 30 s: one connect in ten leaks, 20 a second: two more CLOSE_WAITs each second on the server.
    LoadMoment m = l.momentAt(30);
    EXPECT_EQ(m.phase, LoadPhase::CloseWaitGrows);
    EXPECT_EQ(m.side, HostId::Server);
    // 90 s: no connect since 60 s, so no new leak; the leaked sockets stay.
    ASSERT_GT(90 - 1, l.lastConnectS() + 3 * l.rttS);
    m = l.momentAt(90);
    EXPECT_EQ(m.phase, LoadPhase::CloseWaitStays);
    EXPECT_EQ(m.side, HostId::Server);
    EXPECT_EQ(loadMomentAt(l.r, l.r.samples.size() - 1).phase, LoadPhase::CloseWaitStays);
}

} // namespace
} // namespace hl
