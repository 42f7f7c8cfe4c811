// The work budget (core/work_budget.h, docs/lesson-format.md "Work budget"): the reproducers of
// issue 13 — valid lesson files that used to run out of memory or never end — each stop cleanly
// at a named limit with the trace so far, and the costs that can be predicted are predicted.
#include "core/lesson_file.h"
#include "core/random.h"
#include "core/simulation.h"
#include "core/work_budget.h"
#include "tests/action_at.h"
#include "tests/bulk_transfer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

namespace hl {
namespace {

Scenario bounded(const std::string& name) {
    LessonResult r = readLessonFile(std::string(HL_TEST_DATA_DIR) + "/lessons/bounded/" + name + ".json");
    if (const auto* e = std::get_if<LessonError>(&r)) ADD_FAILURE() << e->toString();
    return std::get<Scenario>(std::move(r));
}

// Events one step of these lessons adds at most (an arrival and the ACK it causes, a timer...).
constexpr size_t kStepSlack = 8;

// A stopped run: the last event is the budget's note, the limit is the one expected, nothing was
// recorded past it, and the trace so far is whole (every step ends inside it).
void expectStopped(const Trace& t, BudgetLimit limit, StopCause cause) {
    ASSERT_TRUE(t.stop.has_value());
    EXPECT_EQ(t.stop->limit, limit);
    EXPECT_EQ(t.stop->cause, cause);
    ASSERT_FALSE(t.events.empty());
    const TraceEvent& last = t.events.back();
    EXPECT_EQ(last.type, EventType::Note);
    const Reason expected = limit == BudgetLimit::Events     ? Reason::BudgetEvents
                            : limit == BudgetLimit::InFlight ? Reason::BudgetInFlight
                                                             : Reason::BudgetTimeStill;
    EXPECT_EQ(last.reason, expected);
    // The run stops at the end of the step that reached the limit: a few events past it at most.
    EXPECT_LE(t.events.size(), kDefaultBudget.maxEvents + kStepSlack);
    EXPECT_EQ(stepEnds(t).back(), t.events.size());
}

// Issue 13 §1: every segment duplicated at once doubles the segments each round trip. The copies
// of one generation arrive at one instant, so "time standing still" ends it first.
TEST(WorkBudget, DuplicateEverySegmentIsStopped) {
    const Trace t = simulate(bounded("duplicate-loop"));
    expectStopped(t, BudgetLimit::TimeStill, StopCause::DuplicateLoop);
    EXPECT_EQ(t.stop->limitValue, kDefaultBudget.maxStillEvents);
}

// The limit on segments in flight, reached first with a budget that makes it the smallest.
TEST(WorkBudget, SegmentsInFlightAreLimited) {
    SimOptions o;
    o.budget.maxInFlight = 1000;
    const Trace t = simulate(bounded("duplicate-loop"), o);
    ASSERT_TRUE(t.stop.has_value());
    EXPECT_EQ(t.stop->limit, BudgetLimit::InFlight);
    EXPECT_EQ(t.stop->limitValue, 1000u);
    EXPECT_EQ(t.events.back().reason, Reason::BudgetInFlight);
    size_t inFlight = 0; // copies sent whose arrival or loss is not in the trace
    for (const SegmentRecord& r : t.segments)
        for (const SegmentCopy& c : r.copies) inFlight += c.endEvent == kNoEvent ? 1 : 0;
    EXPECT_GE(inFlight, 1000u);
}

// Issue 13 §1: injected data desynchronises the ends; with no latency time stands still.
TEST(WorkBudget, AckStormWithoutLatencyStopsWhenTimeStandsStill) {
    const Trace t = simulate(bounded("ack-storm-latency-0"));
    expectStopped(t, BudgetLimit::TimeStill, StopCause::AckStorm);
    // Every event since the storm began is at the injection's instant, 1 s.
    EXPECT_EQ(t.events.back().t, SimTime::fromMs(1000));
}

// The same storm with the default latency: time moves, so the event limit ends it.
TEST(WorkBudget, AckStormWithLatencyStopsAtTheEventLimit) {
    const Trace t = simulate(bounded("ack-storm-long-until"));
    expectStopped(t, BudgetLimit::Events, StopCause::AckStorm);
    // The limit (and the rest of that step), then the note.
    EXPECT_GE(t.events.size(), kDefaultBudget.maxEvents + 1);
}

// Issue 13 §2: a gigabyte in 1000-byte segments over an until of 11 days.
TEST(WorkBudget, GigabyteSendStopsAtTheEventLimitAsBulkData) {
    const Trace t = simulate(bounded("send-1e9-long"));
    expectStopped(t, BudgetLimit::Events, StopCause::BulkData);
}

// Issue 13 §2: mss 1 and a 2^30 window would put a million one-byte segments on the wire at once.
// The retransmission queue holds at most kMaxQueuedSegments, so no more leave before an ACK.
TEST(WorkBudget, RetransmissionQueueIsBoundedWhateverTheWindow) {
    const Trace t = simulate(bounded("mss1-big-window"));
    size_t dataBeforeFirstAck = 0;
    for (const SegmentRecord& r : t.segments) {
        if (r.from == HostId::Server && r.seg.len == 0 && r.seg.flags == Flags(Flag::ACK)) break;
        if (r.from == HostId::Client && r.seg.len > 0) ++dataBeforeFirstAck;
    }
    EXPECT_EQ(dataBeforeFirstAck, kMaxQueuedSegments);
    ASSERT_TRUE(t.stop.has_value());
    EXPECT_EQ(t.stop->cause, StopCause::BulkData);
}

// A lesson well inside the budget is not touched: no note, no stop.
TEST(WorkBudget, OrdinaryLessonIsNotStopped) {
    Scenario s;
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect)};
    const Trace t = simulate(s);
    EXPECT_FALSE(t.stop.has_value());
    EXPECT_NE(t.events.back().reason, Reason::BudgetEvents);
}

// A smaller budget stops exactly at its own numbers.
TEST(WorkBudget, CustomBudgetIsHonoured) {
    SimOptions o;
    o.budget.maxEvents = 500;
    const Trace t = simulate(bounded("ack-storm-long-until"), o);
    ASSERT_TRUE(t.stop.has_value());
    EXPECT_EQ(t.stop->limitValue, 500u);
    EXPECT_GE(t.events.size(), 501u);
    EXPECT_LE(t.events.size(), 500u + kStepSlack);
}

// Issue 13 §6: five queued sends of 10^9 bytes are 5 * 10^9 bytes, more than 2^32 - 1. Every byte
// must arrive: the sum of the server's data notifications is exactly 5,000,000,000 (the old
// 32-bit counter delivered 5e9 mod 2^32 = 705,032,704).
TEST(WorkBudget, FiveGigabytesAreCountedIn64Bits) {
    const Trace t = simulate(bounded("five-sends-1e9"));
    EXPECT_FALSE(t.stop.has_value());
    uint64_t delivered = 0;
    for (const TraceEvent& e : t.events)
        if (e.type == EventType::Notify && e.notify == NotifyEvent::Data && e.host == HostId::Server)
            delivered += e.bytes;
    EXPECT_EQ(delivered, 5'000'000'000u);
}

// Issue 13 §3: 20,000 faults naming segment ids that never occur cost nothing per segment.
TEST(WorkBudget, ManyFaultsDoNotMultiplyTheCostOfASegment) {
    Scenario s;
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect),
                 actionAt(1000, HostId::Client, ActionKind::Send, 1'000'000)};
    for (uint64_t i = 0; i < 20'000; ++i) {
        Fault f;
        f.match.segmentId = 1'000'000'000 + i;
        f.drop = true;
        s.faults.push_back(f);
    }
    const auto start = std::chrono::steady_clock::now();
    const Trace t = simulate(s);
    const auto took = std::chrono::steady_clock::now() - start;
    EXPECT_FALSE(t.stop.has_value());
    // 1000 data segments and their ACKs; checking 20,000 faults for each took about 2 s before.
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(took).count(), 1000);
}

// A segment_id fault and a general one on the same segment still apply in file order: the first
// dropping fault names the cause (channel.h).
TEST(WorkBudget, IndexedFaultsKeepFileOrder) {
    Scenario s;
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect)};
    Fault byId;
    byId.match.segmentId = 1;
    byId.drop = true;
    byId.fromUser = true;
    Fault general;
    general.match.flags = Flags(Flag::SYN);
    general.drop = true;
    s.faults = {general, byId};
    Trace t = simulate(s);
    ASSERT_FALSE(t.segments.empty());
    EXPECT_EQ(t.segments[0].copies.at(0).cause, DropCause::Fault); // the general fault comes first
    s.faults = {byId, general};
    t = simulate(s);
    EXPECT_EQ(t.segments[0].copies.at(0).cause, DropCause::User);
}

// --- predicted cost -----------------------------------------------------------------------------

TEST(WorkBudget, CostEstimateCountsDataSegmentsPerSender) {
    const CostEstimate c = estimateCost(bounded("send-1e9-long"));
    EXPECT_EQ(c.dataSegments, 1'000'000u); // 10^9 bytes in segments of the default mss, 1000
    EXPECT_TRUE(exceedsEventBudget(c));
    EXPECT_FALSE(exceedsEventBudget(estimateCost(bounded("send-5mb")))); // 5,000 segments
}

TEST(WorkBudget, LoadLessonsBeyondTheLoadBudgetArePredicted) {
    // 100000/s for 20 s, each sending 10^9 bytes: about 27 hours of work before (issue 13 §3).
    EXPECT_TRUE(exceedsLoadBudget(estimateCost(bounded("load-huge"))));
    // One connection with mss 1 and a gigabyte: 2 * 10^9 segments.
    EXPECT_TRUE(exceedsLoadBudget(estimateCost(bounded("load-one-mss1"))));
    Scenario ok = bounded("load-one-mss1");
    ok.load->requestBytes = 100;
    EXPECT_FALSE(exceedsLoadBudget(estimateCost(ok)));
}

// --- random lessons finish within the budget --------------------------------------------------

// Random lessons with what makes runs explode — duplicates after 0 ms, latency 0, injected
// segments, many sends — always end: either naturally or at a limit, never beyond it.
TEST(WorkBudget, RandomLessonsFinishWithinTheBudget) {
    SimOptions o;
    o.budget = {20'000, 5'000, 5'000}; // small, so that many runs reach it quickly
    int stopped = 0;
    for (uint64_t seed = 1; seed <= 150; ++seed) {
        std::mt19937_64 rng(splitMix64(seed));
        auto below = [&](uint64_t n) { return rng() % n; };
        Scenario s;
        s.seed = seed;
        s.latency.c2s = s.latency.s2c = SimDuration::fromMs(static_cast<int64_t>(below(3) == 0 ? 0 : below(200)));
        s.until = SimTime::fromMs(1'000'000'000);
        s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect)};
        for (uint64_t i = 0, n = below(6); i < n; ++i) {
            Action a = actionAt(static_cast<int64_t>(below(3000)), below(2) ? HostId::Client : HostId::Server,
                                ActionKind::Send);
            a.bytes = static_cast<uint32_t>(1 + below(200'000));
            s.actions.push_back(a);
        }
        for (uint64_t i = 0, n = below(3); i < n; ++i) {
            Action a = actionAt(static_cast<int64_t>(300 + below(3000)), HostId::Server, ActionKind::Inject);
            if (below(2)) { // data the client never sent, at the server's RCV.NXT: the storm of issue 13
                a.segment.flags = Flags(Flag::ACK);
                a.segment.seq = 101;
                a.segment.ack = 301;
                a.segment.len = static_cast<uint32_t>(1 + below(20));
            } else {
                a.host = below(2) ? HostId::Client : HostId::Server;
                a.segment.flags = Flags::fromBits(static_cast<uint8_t>(below(32)));
                a.segment.seq = static_cast<uint32_t>(90 + below(400));
                if (a.segment.flags.has(Flag::ACK)) a.segment.ack = static_cast<uint32_t>(90 + below(400));
                a.segment.len = static_cast<uint32_t>(below(20));
            }
            s.actions.push_back(a);
        }
        s.client.isn = 100;
        s.server.isn = 300;
        for (uint64_t i = 0, n = below(3); i < n; ++i) {
            Fault f;
            if (below(2)) f.match.from = below(2) ? HostId::Client : HostId::Server;
            if (below(2))
                f.duplicateAfter = SimDuration::fromMs(static_cast<int64_t>(below(3)));
            else if (below(2))
                f.drop = true;
            else
                f.delay = SimDuration::fromMs(static_cast<int64_t>(1 + below(500)));
            s.faults.push_back(f);
        }
        const Trace t = simulate(s, o);
        // One step adds at most a few thousand events (a window of data): never far past the limit.
        ASSERT_LE(t.events.size(), o.budget.maxEvents + 5'000) << "seed " << seed;
        if (t.stop) {
            ++stopped;
            EXPECT_EQ(t.events.back().type, EventType::Note) << "seed " << seed;
        }
    }
    EXPECT_GT(stopped, 0); // the generator does reach the limits
}

} // namespace
} // namespace hl

namespace hl {
namespace {

// The app's worker thread (issue 13 §5) watches a run through SimOptions::progress: it is called
// every kProgressEvents events, changes nothing in the trace, and returning false ends the run.
Scenario bulkSend(uint32_t bytes) { return bulkTransfer(bytes, false); }

TEST(SimulationProgress, IsCalledEveryProgressEventsAndChangesNothing) {
    const Scenario s = bulkSend(2'000'000);
    std::vector<uint64_t> calls;
    SimOptions watched;
    watched.progress = [&](uint64_t events) {
        calls.push_back(events);
        return true;
    };
    const Trace t = simulate(s, watched);
    EXPECT_EQ(t.events, simulate(s).events);
    ASSERT_FALSE(calls.empty());
    EXPECT_EQ(calls.size(), t.events.size() / kProgressEvents) << "one call per kProgressEvents events";
    for (size_t i = 0; i < calls.size(); ++i) {
        EXPECT_GE(calls[i], (i + 1) * kProgressEvents);
        EXPECT_LT(calls[i], (i + 1) * kProgressEvents + kStepSlack);
    }
}

TEST(SimulationProgress, ReturningFalseEndsTheRunThere) {
    const Scenario s = bulkSend(2'000'000);
    SimOptions cancelled;
    cancelled.progress = [](uint64_t) { return false; };
    const Trace t = simulate(s, cancelled);
    EXPECT_GE(t.events.size(), kProgressEvents);
    EXPECT_LT(t.events.size(), kProgressEvents + kStepSlack);
    EXPECT_GT(simulate(s).events.size(), 2 * kProgressEvents) << "the whole run is longer";
}

} // namespace
} // namespace hl
