// SessionController: cursor and step math, playback and replays, on hand-built traces.
#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"

#include "window_trace_builder.h"

#include <gtest/gtest.h>

#include <string>

namespace hl::ui {
namespace {

SessionController::SimulateFn fixed(Trace (*make)()) {
    return [make](const Scenario&) { return make(); };
}

// A step is a root event (cause == kNoEvent) plus what it caused: count them independently.
// Counts emissions of a signal (QSignalSpy would need Qt Test).
struct Counter {
    int n = 0;
    int count() const { return n; }
};
template <typename Signal>
void countInto(SessionController& s, Signal signal, Counter& c) {
    QObject::connect(&s, signal, &s, [&c] { ++c.n; });
}

size_t rootEvents(const Trace& t) {
    size_t n = 0;
    for (const auto& e : t.events) n += e.cause == kNoEvent ? 1 : 0;
    return n;
}

TEST(SessionController, StepsAreTheTraceStepEnds) {
    SessionController s(fixed(uitest::handshakeAndCloseTrace));
    s.loadScenario(Scenario{});
    EXPECT_EQ(s.stepCount(), rootEvents(s.trace()));
    EXPECT_EQ(s.stepCount(), 12u);
    EXPECT_EQ(s.step(), 0u);
    EXPECT_EQ(s.cursor(), 0u);
    s.goToEnd();
    EXPECT_EQ(s.step(), 12u);
    EXPECT_EQ(s.cursor(), s.trace().events.size());
}

TEST(SessionController, EveryEventBelongsToTheStepThatContainsIt) {
    SessionController s(fixed(uitest::handshakeAndCloseTrace));
    s.loadScenario(Scenario{});
    for (size_t i = 0; i < s.trace().events.size(); ++i) {
        const size_t step = s.stepOfEvent(i);
        ASSERT_GE(step, 1u);
        EXPECT_LE(s.firstEventOfStep(step), i) << "event " << i;
        EXPECT_LT(i, s.eventsAtStep(step)) << "event " << i;
        // The first event of a step is its root.
        EXPECT_EQ(s.trace().events[s.firstEventOfStep(step)].cause, kNoEvent);
    }
    EXPECT_EQ(s.stepOfEvent(s.trace().events.size()), 0u);
}

TEST(SessionController, StepForwardBackAndClamping) {
    SessionController s(fixed(uitest::handshakeAndCloseTrace));
    s.loadScenario(Scenario{});
    Counter moved;
    countInto(s, &SessionController::cursorMoved, moved);
    s.stepBack(); // already at the start: nothing moves
    EXPECT_EQ(s.step(), 0u);
    EXPECT_EQ(moved.count(), 0);
    s.stepForward();
    s.stepForward();
    EXPECT_EQ(s.step(), 2u);
    EXPECT_EQ(moved.count(), 2);
    s.stepBack();
    EXPECT_EQ(s.step(), 1u);
    s.setStep(1000);
    EXPECT_EQ(s.step(), 12u);
    s.stepForward();
    EXPECT_EQ(s.step(), 12u);
    s.goToStart();
    EXPECT_EQ(s.step(), 0u);
}

TEST(SessionController, SnapshotAndTimeFollowTheCursor) {
    SessionController s(fixed(uitest::handshakeAndCloseTrace));
    s.loadScenario(Scenario{});
    s.setStep(4); // the SYN,ACK has arrived at the client (t = 0.2 s)
    EXPECT_EQ(s.snapshot().cursor, s.cursor());
    EXPECT_EQ(s.timeAtStep(4), 200_ms);
    EXPECT_EQ(s.displayTime(), 200_ms);
    ASSERT_NE(s.snapshot().primary(HostId::Client), nullptr);
    EXPECT_EQ(s.snapshot().primary(HostId::Client)->state, TcpState::Established);
    EXPECT_EQ(s.snapshot().primary(HostId::Server)->state, TcpState::SynReceived);
}

TEST(SessionController, SteppingOntoASegmentSelectsIt) {
    SessionController s(fixed(uitest::handshakeAndCloseTrace));
    s.loadScenario(Scenario{});
    s.setStep(2); // connect(): the client sends SYN (segment 1)
    EXPECT_EQ(s.selectedSegment(), 1u);
    s.setStep(4); // the SYN,ACK (segment 2) arrives
    EXPECT_EQ(s.selectedSegment(), 2u);
    s.setSelectedSegment(5);
    EXPECT_EQ(s.selectedSegment(), 5u);
    s.setSelectedSegment(999); // no such segment: ignored
    EXPECT_EQ(s.selectedSegment(), 5u);
}

TEST(SessionController, PlaybackTravelsThenMovesTheCursor) {
    SessionController s(fixed(uitest::handshakeAndCloseTrace));
    s.loadScenario(Scenario{});
    s.setStep(3); // SYN arrived at 0.1 s; next step: SYN,ACK arrives at 0.2 s
    s.play();
    ASSERT_TRUE(s.isPlaying());
    s.advance(SessionController::kTravelMs / 2);
    EXPECT_EQ(s.step(), 3u);
    EXPECT_EQ(s.displayTime(), 150_ms); // half-way along the arrow
    s.advance(SessionController::kTravelMs / 2);
    EXPECT_EQ(s.step(), 4u);
    EXPECT_EQ(s.displayTime(), 200_ms);
    // The dwell keeps the step on screen before the next travel starts.
    s.advance(SessionController::kDwellMs - 1);
    EXPECT_EQ(s.displayTime(), 200_ms);
    s.pause();
    EXPECT_FALSE(s.isPlaying());
    EXPECT_EQ(s.step(), 4u);
}

// Issue 15: the dwell gives the audience time to read the step's caption: at least kDwellMs, and
// kReadMsPerChar for each of its characters; the speed setting scales it like the travel.
TEST(SessionController, DwellGrowsWithTheCaptionAndShrinksWithTheSpeed) {
    SessionController s(fixed(uitest::handshakeAndCloseTrace));
    s.loadScenario(Scenario{});
    for (size_t step = 1; step <= s.stepCount(); ++step) {
        const auto chars = static_cast<int>(Texts::shortCaption(s.trace(), step - 1).size());
        ASSERT_GT(chars, 0);
        EXPECT_EQ(s.dwellMs(step), std::max(SessionController::kDwellMs, chars * SessionController::kReadMsPerChar));
    }
    // A caption of 40+ characters (all of this trace's) needs more than the old fixed second.
    const int dwell = s.dwellMs(4);
    EXPECT_GT(dwell, SessionController::kDwellMs);
    s.setStep(3);
    s.play();
    s.advance(SessionController::kTravelMs); // arrives at step 4
    ASSERT_EQ(s.step(), 4u);
    // With the old fixed dwell this would be well into step 5; the caption's dwell keeps step 4.
    s.advance(dwell - 1 + SessionController::kTravelMs);
    EXPECT_EQ(s.step(), 4u);
    s.advance(1);
    EXPECT_EQ(s.step(), 5u);
    s.pause();
    // At 2x the same dwell takes half the real time.
    s.setStep(3);
    s.setSpeed(2.0);
    s.play();
    s.advance(SessionController::kTravelMs / 2);
    ASSERT_EQ(s.step(), 4u);
    s.advance((dwell + SessionController::kTravelMs) / 2 - 1);
    EXPECT_EQ(s.step(), 4u);
    s.advance(2);
    EXPECT_EQ(s.step(), 5u);
    s.pause();
}

TEST(SessionController, PlaybackCanPauseAtEachStateChange) {
    SessionController s(fixed(uitest::handshakeAndCloseTrace));
    s.loadScenario(Scenario{});
    s.setPauseAtStateChanges(true);
    s.setSpeed(8.0);
    s.play();
    size_t stops = 0;
    std::string where; // the steps it stopped at, for the failure message
    for (int i = 0; i < 100000 && s.step() < s.stepCount(); ++i) {
        s.advance(16);
        if (s.isPlaying()) continue;
        if (s.step() == s.stepCount() && !s.stepChangesState(s.step())) break; // the end
        // Stopped: on a step that changed a state (or at the end).
        bool changes = false;
        for (size_t e = s.firstEventOfStep(s.step()); e < s.cursor(); ++e)
            changes = changes || s.trace().events[e].type == EventType::State;
        EXPECT_TRUE(changes || s.step() == s.stepCount()) << "stopped at step " << s.step();
        ++stops;
        if (stops < 30) where += std::to_string(s.step()) + " ";
        if (s.step() == s.stepCount()) break; // Play at the end would start over
        s.play();
    }
    EXPECT_EQ(s.step(), s.stepCount()) << "stopped at " << where;
    size_t expected = 0;
    for (size_t step = 1; step <= s.stepCount(); ++step) expected += s.stepChangesState(step) ? 1 : 0;
    EXPECT_EQ(stops, expected);
    EXPECT_GT(expected, 3u); // listen, connect, handshake, close: several state changes
}

TEST(SessionController, SpeedScalesPlaybackAndIsClamped) {
    SessionController s(fixed(uitest::handshakeAndCloseTrace));
    s.loadScenario(Scenario{});
    s.setSpeed(100);
    EXPECT_EQ(s.speed(), SessionController::kMaxSpeed);
    s.setSpeed(0.01);
    EXPECT_EQ(s.speed(), SessionController::kMinSpeed);
    s.setSpeed(2.0);
    s.play();
    s.advance(SessionController::kTravelMs / 2); // at 2x this is a whole travel
    EXPECT_EQ(s.step(), 1u);
}

TEST(SessionController, PlaybackStopsAtTheEndAndRestartsFromTheStart) {
    SessionController s(fixed(uitest::lostSynTrace));
    s.loadScenario(Scenario{});
    s.setSpeed(8.0);
    s.play();
    for (int i = 0; i < 1000 && s.isPlaying(); ++i) s.advance(16);
    EXPECT_FALSE(s.isPlaying());
    EXPECT_EQ(s.step(), s.stepCount());
    s.play(); // at the end, play starts over
    EXPECT_TRUE(s.isPlaying());
    EXPECT_EQ(s.step(), 0u);
}

TEST(SessionController, ManualStepPausesPlayback) {
    SessionController s(fixed(uitest::handshakeAndCloseTrace));
    s.loadScenario(Scenario{});
    s.play();
    s.stepForward();
    EXPECT_FALSE(s.isPlaying());
    EXPECT_EQ(s.step(), 1u);
}

TEST(SessionController, ReplayAddsUserFaultsAndKeepsTheCursor) {
    std::vector<Fault> seen;
    SessionController s([&](const Scenario& sc) {
        seen = sc.faults;
        return uitest::handshakeAndCloseTrace();
    });
    Scenario lesson;
    Fault fileFault;
    fileFault.drop = true;
    lesson.faults.push_back(fileFault);
    s.loadScenario(lesson);
    ASSERT_EQ(seen.size(), 1u);
    s.setStep(5);
    Fault user;
    user.match.segmentId = 3;
    user.drop = true;
    s.addUserFault(user);
    Counter replaced;
    countInto(s, &SessionController::traceReplaced, replaced);
    s.replay();
    EXPECT_EQ(replaced.count(), 1);
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_FALSE(seen[0].fromUser);
    EXPECT_TRUE(seen[1].fromUser); // the trace marks it as the user's
    EXPECT_EQ(seen[1].match.segmentId, std::optional<uint64_t>(3));
    EXPECT_EQ(s.step(), 5u);
    // Loading a lesson forgets the user's faults and goes back to the start.
    s.loadScenario(lesson);
    EXPECT_TRUE(s.userFaults().empty());
    EXPECT_EQ(s.step(), 0u);
    EXPECT_EQ(seen.size(), 1u);
}

} // namespace
} // namespace hl::ui
