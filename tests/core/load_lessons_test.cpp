// The three built-in load lessons (issue 6) show what their summaries promise. Every expected
// number is derived from the lesson's parameters and the rules: TIME_WAIT = 2·MSL (RFC 9293
// §3.10.7.4, Linux 60 s), a client port is held three round trips + TIME_WAIT (RFC 6056), and
// floor(N·f) leaking handlers (docs/lesson-format.md).
#include "core/builtin_lessons.h"
#include "core/load_simulation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace hl {
namespace {

size_t at(TcpState s) { return static_cast<size_t>(s); }

const Scenario& lesson(const char* id) {
    const Scenario* s = findBuiltinLesson(id);
    if (!s) throw std::runtime_error(std::string("no built-in lesson ") + id);
    return *s;
}

double connections(const Scenario& s) {
    return std::ceil(s.load->ratePerS * static_cast<double>(s.load->duration.us()) / 1e6);
}

uint32_t peak(const LoadResult& r, HostId side, TcpState st) {
    uint32_t m = 0;
    for (const LoadSample& s : r.samples) m = std::max(m, (side == HostId::Client ? s.client : s.server)[at(st)]);
    return m;
}

TEST(LoadLessons, BusyServerTimeWaitPilesUpOnTheCloser) {
    const Scenario& s = lesson("busy-server");
    const double timeWaitS = profileDefaults(s.profile).msl.us() * 2 / 1e6; // 60 s
    // Connects last 60 s = TIME_WAIT, so at the peak every connection of the last 60 s waits:
    // rate x 2·MSL, minus the few still in their first round trips.
    const double expected = s.load->ratePerS * timeWaitS;
    const LoadResult clientCloses = simulateLoad(s);
    EXPECT_NEAR(peak(clientCloses, HostId::Client, TcpState::TimeWait), expected, s.load->ratePerS * 0.6 + 1);
    EXPECT_EQ(peak(clientCloses, HostId::Server, TcpState::TimeWait), 0u);
    EXPECT_EQ(clientCloses.failedConnects, 0u);

    LoadOptions serverFirst;
    serverFirst.closerOverride = HostId::Server;
    const LoadResult serverCloses = simulateLoad(s, serverFirst);
    EXPECT_NEAR(peak(serverCloses, HostId::Server, TcpState::TimeWait), expected, s.load->ratePerS * 0.6 + 1);
    EXPECT_EQ(peak(serverCloses, HostId::Client, TcpState::TimeWait), 0u);
}

TEST(LoadLessons, PortExhaustionStartsWhenEveryPortIsHeld) {
    const Scenario& s = lesson("port-exhaustion");
    const double ports = s.load->portLast - s.load->portFirst + 1.0; // 4000
    const SimDuration rtt = s.latency.c2s + s.latency.s2c;
    const double holdS = (rtt * 3 + profileDefaults(s.profile).msl * 2).us() / 1e6; // 60.6 s
    ASSERT_GT(s.load->ratePerS * holdS, ports);
    const LoadResult r = simulateLoad(s);
    // The first `ports` connects take every port; the next one, at ports / rate = 40 s, fails.
    ASSERT_FALSE(r.firstFailures.empty());
    EXPECT_EQ(r.firstFailures.front(), SimTime::fromUs(static_cast<int64_t>(ports / s.load->ratePerS * 1e6)));
    // No port comes back before 60.6 s, after the last connect (< 60 s): all the rest fail.
    ASSERT_GT(holdS * 1e6, static_cast<double>(s.load->duration.us()));
    EXPECT_EQ(r.failedConnects, static_cast<uint64_t>(connections(s) - ports));
    // The Linux FIN_WAIT_2 or any timer plays no part: the ports held are the TIME_WAITs.
    EXPECT_EQ(peak(r, HostId::Client, TcpState::TimeWait) <= ports, true);
}

TEST(LoadLessons, CloseWaitLeakGrowsAndStays) {
    const Scenario& s = lesson("close-wait-leak");
    const LoadResult r = simulateLoad(s);
    const auto leaked = static_cast<uint32_t>(std::floor(connections(s) * s.load->neverCloseFraction));
    EXPECT_EQ(leaked, 120u);
    const LoadSample& last = r.samples.back();
    EXPECT_EQ(last.server[at(TcpState::CloseWait)], leaked);
    // Linux's tcp_fin_timeout (60 s) ends the clients' orphaned FIN_WAIT_2.
    EXPECT_EQ(last.client[at(TcpState::FinWait2)], 0u);
    // The CLOSE_WAIT count never goes down.
    uint32_t before = 0;
    for (const LoadSample& x : r.samples) {
        EXPECT_GE(x.server[at(TcpState::CloseWait)], before);
        before = x.server[at(TcpState::CloseWait)];
    }
}

} // namespace
} // namespace hl
