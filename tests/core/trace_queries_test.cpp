// The trace-query layer that the views read (core/step_index.h, trace_diff.h, perturbations.h,
// inject_presets.h, load_chart_data.h), checked against its rules on simulated built-in lessons,
// with no Qt. (chart_data_test.cpp covers the charts' series and, through them, the diagram model.)
#include "core/builtin_lessons.h"
#include "core/inject_presets.h"
#include "core/load_chart_data.h"
#include "core/load_simulation.h"
#include "core/perturbations.h"
#include "core/simulation.h"
#include "core/step_index.h"
#include "core/trace_diff.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hl {
namespace {

Trace lessonTrace(const char* id) {
    const Scenario* lesson = findBuiltinLesson(id);
    EXPECT_NE(lesson, nullptr) << id;
    return lesson ? simulate(*lesson) : Trace{};
}

// core/trace.h: a step is a root event (cause == kNoEvent) with what it caused.
TEST(StepIndex, EveryEventBelongsToTheStepOfItsRoot) {
    const Trace t = lessonTrace("lost-syn");
    const StepIndex steps(t);
    const auto roots = static_cast<size_t>(
        std::count_if(t.events.begin(), t.events.end(), [](const TraceEvent& e) { return e.cause == kNoEvent; }));
    ASSERT_EQ(steps.count(), roots);
    EXPECT_EQ(steps.eventsAtStep(0), 0u);
    EXPECT_EQ(steps.eventsAtStep(steps.count()), t.events.size());
    EXPECT_EQ(steps.eventsAtStep(steps.count() + 5), t.events.size()); // past the end: the end
    EXPECT_EQ(steps.timeAtStep(0), SimTime());
    for (size_t i = 0; i < t.events.size(); ++i) {
        const size_t s = steps.stepOfEvent(i);
        ASSERT_GE(s, 1u);
        EXPECT_LE(steps.firstEventOfStep(s), i);
        EXPECT_LT(i, steps.eventsAtStep(s));
        if (t.events[i].cause == kNoEvent) {
            EXPECT_EQ(steps.firstEventOfStep(s), i) << "a root starts its step";
        }
        EXPECT_EQ(steps.timeAtStep(s), t.events[steps.eventsAtStep(s) - 1].t);
    }
    EXPECT_EQ(steps.stepOfEvent(t.events.size()), 0u);
}

TEST(StepIndex, AStepIsAboutTheSegmentThatArrivedWasLostOrWasSent) {
    const Trace t = lessonTrace("lost-syn");
    const StepIndex steps(t);
    for (size_t s = 1; s <= steps.count(); ++s) {
        const TraceEvent& root = t.events[steps.firstEventOfStep(s)];
        const uint64_t seg = steps.segmentOfStep(s);
        if (root.type == EventType::Deliver || root.type == EventType::Drop) {
            EXPECT_EQ(seg, root.segId) << s;
            continue;
        }
        uint64_t firstSent = 0;
        for (size_t i = steps.firstEventOfStep(s); i < steps.eventsAtStep(s) && firstSent == 0; ++i)
            if (t.events[i].type == EventType::Send) firstSent = t.events[i].segId;
        EXPECT_EQ(seg, firstSent) << s;
    }
    EXPECT_EQ(steps.segmentOfStep(0), 0u);
    EXPECT_EQ(steps.segmentOfStep(steps.count() + 1), 0u);
}

// commonPrefix compares every field (TraceEvent's and Segment's defaulted operator==).
TEST(TraceDiff, AnyChangedFieldEndsTheCommonPrefix) {
    const Trace t = lessonTrace("handshake-and-close");
    ASSERT_GT(t.events.size(), 10u);
    EXPECT_EQ(commonPrefix(t, t), t.events.size());
    const size_t k = 7;
    const std::vector<void (*)(TraceEvent&)> changes = {
        [](TraceEvent& e) { e.t = e.t + SimTime::fromUs(1); },
        [](TraceEvent& e) { e.bytes += 1; },
        [](TraceEvent& e) { e.copy += 1; },
        [](TraceEvent& e) { e.due = e.due + SimTime::fromUs(1); },
        [](TraceEvent& e) { e.retransmission = !e.retransmission; },
        [](TraceEvent& e) { e.notify = e.notify == NotifyEvent::Data ? NotifyEvent::Eof : NotifyEvent::Data; },
    };
    for (size_t c = 0; c < changes.size(); ++c) {
        Trace other = t;
        changes[c](other.events[k]);
        EXPECT_EQ(commonPrefix(t, other), k) << "change " << c;
    }
    Trace shorter = t;
    shorter.events.resize(k);
    EXPECT_EQ(commonPrefix(t, shorter), k);
}

TEST(TraceDiff, ASegmentChangedUnderTheSameIdEndsThePrefixAtItsFirstMention) {
    const Trace t = lessonTrace("handshake-and-close");
    Trace other = t;
    other.segments[1].seg.window += 1; // segment 2, the SYN,ACK
    const auto first = static_cast<size_t>(
        std::find_if(t.events.begin(), t.events.end(), [](const TraceEvent& e) { return e.segId == 2; }) -
        t.events.begin());
    EXPECT_EQ(commonPrefix(t, other), first);
}

TEST(Perturbations, AppliedListedAndRemovedOneByOne) {
    const Scenario& lesson = *findBuiltinLesson("handshake-and-close");
    Perturbations p;
    Fault drop;
    drop.match.from = HostId::Client;
    drop.drop = true;
    drop.fromUser = true;
    p.faults.push_back(drop);
    Action inject;
    inject.kind = ActionKind::Inject;
    inject.at = SimTime::fromMs(50);
    inject.host = HostId::Server;
    p.injections.push_back(inject);
    LessonSettings settings = LessonSettings::of(lesson);
    settings.loss = 0.25;
    settings.latency.c2s = SimTime::fromMs(300);
    p.settings = settings;

    const Scenario applied = applyPerturbations(lesson, p);
    EXPECT_EQ(applied.faults.size(), lesson.faults.size() + 1);
    EXPECT_EQ(applied.faults.back(), drop);
    EXPECT_EQ(applied.actions.size(), lesson.actions.size() + 1);
    EXPECT_DOUBLE_EQ(applied.loss, 0.25);
    EXPECT_EQ(applied.latency.c2s, SimTime::fromMs(300));

    // One line per fault, per injection and per setting that differs from the lesson.
    const std::vector<PerturbationItem> items = listPerturbations(lesson, p);
    ASSERT_EQ(items.size(), 4u);
    Perturbations rest = p;
    for (const PerturbationItem& item : items) rest = withoutItem(lesson, rest, item);
    EXPECT_EQ(rest, Perturbations{}) << "every setting back to the lesson's drops the settings";
    EXPECT_EQ(applyPerturbations(lesson, {}), lesson);
}

// Issue 14 pt 12: a lesson's own fault switched off is left out of what is simulated (and saved),
// is one listed change, and removing that change switches the fault back on.
TEST(Perturbations, ALessonsOwnFaultSwitchedOffIsLeftOutAndListed) {
    Scenario lesson = *findBuiltinLesson("handshake-and-close");
    Fault first, second;
    first.match.from = HostId::Client;
    first.drop = true;
    second.match.from = HostId::Server;
    second.delay = SimTime::fromMs(300);
    lesson.faults = {first, second};
    Perturbations p = withLessonFault({}, 0, false);
    EXPECT_FALSE(lessonFaultIsOn(p, 0));
    EXPECT_TRUE(lessonFaultIsOn(p, 1));
    EXPECT_EQ(applyPerturbations(lesson, p).faults, std::vector<Fault>{second});
    EXPECT_EQ(withLessonFault(p, 0, false), p) << "switching off twice is once";
    const std::vector<PerturbationItem> items = listPerturbations(lesson, p);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0], (PerturbationItem{PerturbationItem::Kind::LessonFaultOff, 0}));
    EXPECT_EQ(withoutItem(lesson, p, items[0]), Perturbations{});
    EXPECT_EQ(applyPerturbations(lesson, withLessonFault(p, 0, true)), lesson);
}

// inject_presets.h: each preset lands where its rule says, from the receiver's TCB.
TEST(InjectPresets, NumbersComeFromTheReceiversTcb) {
    const Trace t = lessonTrace("handshake-and-close");
    const StepIndex steps(t);
    size_t established = 0; // the first step after which the server is ESTABLISHED
    for (size_t s = 1; s <= steps.count() && !established; ++s) {
        const Snapshot snap = snapshotAt(t, steps.eventsAtStep(s)); // c points into it
        const ConnSnapshot* c = snap.primary(HostId::Server);
        if (c && c->state == TcpState::Established) established = s;
    }
    ASSERT_NE(established, 0u);
    const Snapshot snap = snapshotAt(t, steps.eventsAtStep(established));
    const TcbVars& tcb = snap.primary(HostId::Server)->tcb;
    const InjectedSegment rst = presetSegment(InjectPreset::SpoofedRst, snap, HostId::Server);
    EXPECT_EQ(rst.flags, Flags(Flag::RST));
    EXPECT_EQ(SeqNum(rst.seq), tcb.rcvNxt + 1); // in the window, not exact (RFC 5961 §3.2)
    const InjectedSegment syn = presetSegment(InjectPreset::OldDuplicateSyn, snap, HostId::Server);
    EXPECT_EQ(syn.flags, Flags(Flag::SYN));
    EXPECT_TRUE(SeqNum(syn.seq) < tcb.irs); // an older incarnation
    const InjectedSegment ack = presetSegment(InjectPreset::StrayAck, snap, HostId::Server);
    EXPECT_EQ(ack.flags, Flags(Flag::ACK));
    EXPECT_TRUE(tcb.sndNxt < SeqNum(ack.ack)); // acknowledges what was never sent (RFC 9293 §3.10.7.4)
    // At the start there is no connection: fixed small numbers.
    EXPECT_EQ(presetSegment(InjectPreset::SpoofedRst, snapshotAt(t, 0), HostId::Server).seq, 1000u);
}

TEST(InjectPresets, InjectionTimeRoundsUpToWholeMilliseconds) {
    EXPECT_EQ(injectionTime(SimTime::fromUs(100000)), SimTime::fromMs(100));
    EXPECT_EQ(injectionTime(SimTime::fromUs(100001)), SimTime::fromMs(101));
    EXPECT_EQ(injectionTime(SimTime()), SimTime());
}

// load_chart_data.h: the areas stack the groups in kLoadGroups order, every socket counted once.
TEST(LoadChartData, AreasStackEveryCountedSocketOnce) {
    const Scenario& lesson = *findBuiltinLesson("busy-server");
    const LoadResult r = simulateLoad(lesson);
    ASSERT_FALSE(r.samples.empty());
    for (HostId side : {HostId::Client, HostId::Server}) {
        const LoadAreas a = buildLoadAreas(r, side);
        uint64_t peak = 0;
        for (size_t i = 0; i < r.samples.size(); ++i) {
            const StateCounts& counts = side == HostId::Client ? r.samples[i].client : r.samples[i].server;
            uint64_t open = 0;
            for (TcpState s : kAllStates)
                if (s != TcpState::Closed) open += counts[static_cast<size_t>(s)];
            uint64_t lower = 0;
            for (LoadGroup g : kLoadGroups) {
                const LoadBandPoint& p = a.bands[static_cast<size_t>(g)][i];
                EXPECT_EQ(p.lower, lower);
                EXPECT_GE(p.upper, p.lower);
                lower = p.upper;
            }
            EXPECT_EQ(lower, open) << "sample " << i;
            peak = std::max(peak, open);
        }
        EXPECT_EQ(a.peakTotal, peak);
    }
    const LoadSummary s = summarize(r);
    EXPECT_EQ(s.connections, r.connections);
    EXPECT_GT(s.peakTimeWait[static_cast<size_t>(HostId::Client)], 0u); // the client closes first here
}

} // namespace
} // namespace hl
