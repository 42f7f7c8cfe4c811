// The load simulation (issue 6): counts obey conservation, the closer keeps the TIME_WAITs,
// leaked server handlers stay in CLOSE_WAIT, ports run out exactly when rate x hold time exceeds
// the range, and a run is deterministic and cancellable. Expected numbers come from the rules
// (RFC 9293 §3.6 closing, §3.10.7.4 TIME-WAIT = 2·MSL, RFC 6056 ephemeral ports), not from output.
#include "core/load_simulation.h"

#include <gtest/gtest.h>

#include <cmath>

namespace hl {
namespace {

size_t at(TcpState s) { return static_cast<size_t>(s); }

uint64_t total(const StateCounts& c) {
    uint64_t n = 0;
    for (uint32_t v : c) n += v;
    return n;
}

Scenario loadScenario(double rate, SimDuration duration, HostId closer = HostId::Client) {
    Scenario sc;
    sc.id = "load-test";
    sc.profile = Profile::Teach; // MSL 5 s: TIME_WAIT lasts 10 s
    sc.latency = {100_ms, 100_ms};
    LoadSpec spec;
    spec.ratePerS = rate;
    spec.duration = duration;
    spec.requestBytes = 100;
    spec.responseBytes = 1000; // one segment (teach MSS 1000)
    spec.closer = closer;
    sc.load = spec;
    return sc;
}

// Time one client port is held: connect -> SYN,ACK (1 RTT) -> request/response (1 RTT) ->
// FIN/FIN exchange (1 RTT) -> TIME_WAIT for 2·MSL (RFC 9293 §3.10.7.4).
SimDuration clientHold(const Scenario& sc) {
    const SimDuration rtt = sc.latency.c2s + sc.latency.s2c;
    return rtt * 3 + profileDefaults(sc.profile).msl * 2;
}

void expectConservation(const LoadResult& r) {
    for (const LoadSample& s : r.samples) {
        EXPECT_EQ(s.opened, total(s.client) + s.clientClosed) << "client at " << s.at.us();
        EXPECT_EQ(s.serverOpened, total(s.server) + s.serverClosed) << "server at " << s.at.us();
        EXPECT_EQ(s.client[at(TcpState::Closed)], 0u);
        EXPECT_EQ(s.server[at(TcpState::Listen)], 0u); // the listener is not counted
    }
}

TEST(LoadSimulation, EveryOpenedSocketIsInExactlyOneStateOrClosed) {
    const LoadResult r = simulateLoad(loadScenario(50, 20_s));
    ASSERT_FALSE(r.samples.empty());
    EXPECT_EQ(r.connections, 1000u); // 50/s for 20 s
    expectConservation(r);
    EXPECT_EQ(r.samples.back().opened, 1000u);
    EXPECT_EQ(r.samples.back().serverOpened, 1000u);
}

TEST(LoadSimulation, SamplesStartAtZeroAndAreEvenlySpaced) {
    LoadOptions o;
    o.sampleEvery = 500_ms;
    const LoadResult r = simulateLoad(loadScenario(10, 5_s), o);
    ASSERT_GE(r.samples.size(), 2u);
    for (size_t i = 0; i < r.samples.size(); ++i) EXPECT_EQ(r.samples[i].at, 500_ms * static_cast<int64_t>(i));
    EXPECT_GE(r.samples.back().at, r.end); // the last sample shows the final state
}

TEST(LoadSimulation, WithoutLeaksEverySocketEndsClosedAndNoneInCloseWait) {
    for (HostId closer : {HostId::Client, HostId::Server}) {
        const LoadResult r = simulateLoad(loadScenario(40, 10_s, closer));
        const LoadSample& last = r.samples.back();
        EXPECT_EQ(last.client[at(TcpState::CloseWait)], 0u);
        EXPECT_EQ(last.server[at(TcpState::CloseWait)], 0u);
        EXPECT_EQ(total(last.client), 0u);
        EXPECT_EQ(total(last.server), 0u);
        EXPECT_EQ(last.clientClosed, 400u);
        EXPECT_EQ(last.serverClosed, 400u);
        expectConservation(r);
    }
}

TEST(LoadSimulation, LeakedServerHandlersStayInCloseWait) {
    // floor(N·f) of N connections leak (the documented rule): 400 · 0.1 = 40.
    Scenario sc = loadScenario(40, 10_s);
    sc.load->neverCloseFraction = 0.1;
    const LoadResult r = simulateLoad(sc);
    const LoadSample& last = r.samples.back();
    const auto leaked = static_cast<uint32_t>(std::floor(400 * 0.1));
    EXPECT_EQ(last.server[at(TcpState::CloseWait)], leaked);
    // RFC 9293 §3.6: the client's FIN was acknowledged, the server never sends one: FIN_WAIT_2
    // (the teach profile has no FIN_WAIT_2 timer).
    EXPECT_EQ(last.client[at(TcpState::FinWait2)], leaked);
    EXPECT_EQ(total(last.server), leaked);
    expectConservation(r);
}

TEST(LoadSimulation, LinuxFinWait2TimeoutFreesTheClientButNotTheLeakedServer) {
    Scenario sc = loadScenario(40, 10_s);
    sc.load->neverCloseFraction = 0.25;
    LoadOptions o;
    o.profileOverride = Profile::Linux; // tcp_fin_timeout 60 s for an orphaned FIN_WAIT_2
    const LoadResult r = simulateLoad(sc, o);
    const LoadSample& last = r.samples.back();
    EXPECT_EQ(last.server[at(TcpState::CloseWait)], 100u); // 400 · 0.25
    EXPECT_EQ(last.client[at(TcpState::FinWait2)], 0u);
    EXPECT_EQ(total(last.client), 0u);
}

// The documented meaning when the server closes first: a leaking handler never closes at all,
// so the client never sees a FIN and never closes either; both stay ESTABLISHED and the client
// keeps its port (RFC 9293 §3.6: only a CLOSE starts the closing sequence).
TEST(LoadSimulation, ServerCloserLeakKeepsBothSidesEstablished) {
    Scenario sc = loadScenario(40, 10_s, HostId::Server);
    sc.load->neverCloseFraction = 0.1;
    const LoadResult r = simulateLoad(sc);
    const LoadSample& last = r.samples.back();
    const auto leaked = static_cast<uint32_t>(std::floor(400 * 0.1));
    EXPECT_EQ(last.server[at(TcpState::Established)], leaked);
    EXPECT_EQ(last.client[at(TcpState::Established)], leaked);
    EXPECT_EQ(total(last.server), leaked);
    EXPECT_EQ(total(last.client), leaked);
    EXPECT_EQ(last.server[at(TcpState::CloseWait)], 0u);
    expectConservation(r);
}

TEST(LoadSimulation, NeverCloseOverrideWins) {
    LoadOptions o;
    o.neverCloseOverride = 0.5;
    const LoadResult r = simulateLoad(loadScenario(20, 5_s), o);
    EXPECT_EQ(r.samples.back().server[at(TcpState::CloseWait)], 50u); // 100 · 0.5
}

// Steady state: connections enter TIME_WAIT at `rate` per second and stay 2·MSL, so about
// rate · 2·MSL are there at any time (±1 for where the sample falls between two connects).
TEST(LoadSimulation, RFC9293_TimeWaitIsHeldByTheSideThatClosesFirst) {
    const double rate = 50;
    const double twCount = rate * 2 * profileDefaults(Profile::Teach).msl.us() / 1e6; // 500
    for (HostId closer : {HostId::Client, HostId::Server}) {
        const LoadResult r = simulateLoad(loadScenario(rate, 60_s, closer));
        const LoadSample& mid = r.samples.at(40); // t = 40 s, well inside the load
        ASSERT_EQ(mid.at, 40_s);
        const StateCounts& closerSide = closer == HostId::Client ? mid.client : mid.server;
        const StateCounts& other = closer == HostId::Client ? mid.server : mid.client;
        EXPECT_NEAR(closerSide[at(TcpState::TimeWait)], twCount, 1.0);
        EXPECT_EQ(other[at(TcpState::TimeWait)], 0u);
    }
}

TEST(LoadSimulation, RFC6056_PortsRunOutExactlyWhenRateTimesHoldExceedsTheRange) {
    Scenario sc = loadScenario(9, 30_s);
    sc.load->portFirst = 40000;
    sc.load->portLast = 40099;                     // 100 ports
    const double hold = clientHold(sc).us() / 1e6; // 10.6 s
    // Below: 9/s · 10.6 s = 95.4 ports in use at most < 100: nothing fails.
    ASSERT_LT(9 * hold, 100);
    const LoadResult below = simulateLoad(sc);
    EXPECT_EQ(below.failedConnects, 0u);
    EXPECT_TRUE(below.firstFailures.empty());
    EXPECT_EQ(below.samples.back().failedConnects, 0u);

    // Above: 10/s · 10.6 s = 106 > 100. The first 100 connects (0 .. 9.9 s) take every port and
    // the first port comes back only at 10.6 s, so connect number 100 at exactly 10 s fails.
    sc.load->ratePerS = 10;
    ASSERT_GT(10 * hold, 100);
    const LoadResult above = simulateLoad(sc);
    EXPECT_GT(above.failedConnects, 0u);
    ASSERT_FALSE(above.firstFailures.empty());
    EXPECT_EQ(above.firstFailures.front(), 10_s);
    EXPECT_EQ(above.samples.back().failedConnects, above.failedConnects);
    EXPECT_EQ(above.samples.back().opened + above.failedConnects, above.connections);
    // While ports are short, every port is busy: never more client sockets than ports.
    for (const LoadSample& s : above.samples) EXPECT_LE(total(s.client), 100u);
}

TEST(LoadSimulation, RFC6056_LongerTimeWaitExhaustsPortsTheShorterOneDoesNot) {
    // The same load under Linux (2·MSL = 60 s) and Windows (240 s): 1500 ports, 20/s.
    Scenario sc = loadScenario(20, 120_s);
    sc.load->portFirst = 50000;
    sc.load->portLast = 51499;
    LoadOptions linuxOpts;
    linuxOpts.profileOverride = Profile::Linux;
    sc.profile = Profile::Linux;
    ASSERT_LT(20 * clientHold(sc).us() / 1e6, 1500); // 1212 ports needed
    EXPECT_EQ(simulateLoad(sc, linuxOpts).failedConnects, 0u);
    LoadOptions windows;
    windows.profileOverride = Profile::Windows;
    sc.profile = Profile::Windows;
    ASSERT_GT(20 * clientHold(sc).us() / 1e6, 1500); // 4812 ports needed
    EXPECT_GT(simulateLoad(sc, windows).failedConnects, 0u);
}

TEST(LoadSimulation, SameInputsGiveTheSameResult) {
    Scenario sc = loadScenario(30, 20_s);
    sc.loss = 0.05;
    sc.load->neverCloseFraction = 0.1;
    const LoadResult a = simulateLoad(sc);
    const LoadResult b = simulateLoad(sc);
    EXPECT_EQ(a.samples, b.samples);
    EXPECT_EQ(a.segments, b.segments);
    EXPECT_EQ(a.events, b.events);
    EXPECT_EQ(a.end, b.end);
    sc.seed = 2; // another seed draws other losses
    EXPECT_NE(simulateLoad(sc).segments, a.segments);
}

TEST(LoadSimulation, LossCausesRetransmissionsAndCountsStayConsistent) {
    Scenario sc = loadScenario(30, 20_s);
    const LoadResult clean = simulateLoad(sc);
    sc.loss = 0.05;
    const LoadResult lossy = simulateLoad(sc);
    EXPECT_GT(lossy.segments, clean.segments); // lost segments are sent again (RFC 6298)
    expectConservation(lossy);
}

TEST(LoadSimulation, UntilStopsTheRun) {
    Scenario sc = loadScenario(10, 60_s);
    sc.until = 5_s;
    const LoadResult r = simulateLoad(sc);
    EXPECT_EQ(r.end, 5_s);
    EXPECT_EQ(r.samples.back().at, 5_s);
    EXPECT_EQ(r.connections, 51u); // connects at 0, 0.1, ..., 5.0 s
}

TEST(LoadSimulation, ProgressReturningFalseCancels) {
    const Scenario sc = loadScenario(500, 20_s); // 10,000 connections
    const LoadResult full = simulateLoad(sc);
    int calls = 0;
    LoadOptions o;
    o.progress = [&](double f) {
        EXPECT_GE(f, 0.0);
        EXPECT_LE(f, 1.0);
        ++calls;
        return false;
    };
    const LoadResult r = simulateLoad(sc, o);
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(calls, 1);
    EXPECT_LT(r.events, full.events);
    EXPECT_FALSE(full.cancelled);
}

TEST(LoadSimulation, ProgressEndsAtOne) {
    double lastFraction = -1;
    LoadOptions o;
    o.progress = [&](double f) {
        EXPECT_GE(f, lastFraction);
        lastFraction = f;
        return true;
    };
    simulateLoad(loadScenario(10, 2_s), o);
    EXPECT_EQ(lastFraction, 1.0);
}

} // namespace
} // namespace hl
