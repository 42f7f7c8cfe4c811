// The two ACK rate limits (host options, docs/lesson-format.md): Linux's out-of-window ACK limit
// (net/ipv4/tcp_input.c, tcp_oow_rate_limited(), sysctl tcp_invalid_ratelimit = 500 ms) and
// RFC 5961 §7's challenge-ACK throttle (tcp_send_challenge_ack(), tcp_challenge_ack_limit), and
// the two built-in lessons that show an ACK storm without and with them.
#include "core/builtin_lessons.h"
#include "core/lesson_file.h"
#include "core/simulation.h"
#include "tests/action_at.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace hl {
namespace {

// An ESTABLISHED connection (client ISS 100, server ISS 300, 100 ms each way) and crafted segments
// towards the server from 1 s on.
Scenario established(HostOverrides server) {
    Scenario s;
    s.client.isn = 100;
    s.server.isn = 300;
    s.server.options = server;
    s.until = SimTime::fromMs(10'000);
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect)};
    return s;
}

void inject(Scenario& s, int64_t atMs, Flags flags, uint32_t seq, uint32_t len) {
    Action a = actionAt(atMs, HostId::Server, ActionKind::Inject);
    a.segment.flags = flags;
    a.segment.seq = seq;
    a.segment.ack = flags.has(Flag::ACK) ? 301 : 0;
    a.segment.len = len;
    s.actions.push_back(a);
}

// What the server did about each injected segment, in order: the reason of its ACK or its note.
std::vector<Reason> serverAnswers(const Trace& t) {
    std::vector<Reason> out;
    for (size_t i = 0; i < t.events.size(); ++i) {
        if (t.events[i].type != EventType::Inject) continue;
        for (size_t j = i + 1; j < t.events.size() && t.events[j].cause == i; ++j) {
            const TraceEvent& e = t.events[j];
            if (e.host == HostId::Server && (e.type == EventType::Send || e.type == EventType::Note))
                out.push_back(e.reason);
        }
    }
    return out;
}

const Flags kAck = Flags(Flag::ACK);

// tcp_oow_rate_limited(): one ACK for an out-of-window segment without data per interval; the
// interval counts from the last one sent.
TEST(RateLimits, OutOfWindowAcksAtMostOncePerInterval) {
    HostOverrides o;
    o.invalidAckRateLimit = SimDuration::fromMs(500);
    Scenario s = established(o);
    // Out of the window (RCV.NXT 301... the server's RCV.NXT is 101, its window 65535).
    for (int64_t at : {1000, 1100, 1499, 1500, 1600}) inject(s, at, kAck, 200'000, 0);
    EXPECT_EQ(serverAnswers(simulate(s)),
              (std::vector<Reason>{Reason::SeqUnacceptableAck, Reason::AckRateLimited, Reason::AckRateLimited,
                                   Reason::SeqUnacceptableAck, Reason::AckRateLimited}));
}

// "Data packets without SYNs are not likely part of an ACK loop" (tcp_oow_rate_limited()): a
// segment that carries data is always answered.
TEST(RateLimits, SegmentsWithDataAreAlwaysAnswered) {
    HostOverrides o;
    o.invalidAckRateLimit = SimDuration::fromMs(500);
    Scenario s = established(o);
    for (int64_t at : {1000, 1100, 1200}) inject(s, at, kAck, 200'000, 10);
    EXPECT_EQ(serverAnswers(simulate(s)), std::vector<Reason>(3, Reason::SeqUnacceptableAck));
}

// Without the option (the teach profile) nothing is held back.
TEST(RateLimits, OffByDefaultInTeach) {
    Scenario s = established({});
    for (int64_t at : {1000, 1100}) inject(s, at, kAck, 200'000, 0);
    EXPECT_EQ(serverAnswers(simulate(s)), std::vector<Reason>(2, Reason::SeqUnacceptableAck));
}

// RFC 5961 §7: at most challenge_ack_limit challenge ACKs per second; the next second starts anew.
// (A SYN in the window of an ESTABLISHED connection gets a challenge ACK, RFC 5961 §4.)
TEST(RateLimits, ChallengeAcksAreThrottledPerSecond) {
    HostOverrides o;
    o.challengeAckLimit = 2;
    Scenario s = established(o);
    for (int64_t at : {1000, 1200, 1400, 1600, 2100}) inject(s, at, Flags(Flag::SYN), 5000, 0);
    EXPECT_EQ(serverAnswers(simulate(s)),
              (std::vector<Reason>{Reason::SynChallengeAck, Reason::SynChallengeAck, Reason::ChallengeAckThrottled,
                                   Reason::ChallengeAckThrottled, Reason::SynChallengeAck}));
}

// tcp_send_challenge_ack() checks the per-connection interval first.
TEST(RateLimits, ChallengeAcksAlsoObeyTheInterval) {
    HostOverrides o;
    o.invalidAckRateLimit = SimDuration::fromMs(500);
    Scenario s = established(o);
    for (int64_t at : {1000, 1200, 1600}) inject(s, at, Flags(Flag::SYN), 5000, 0);
    EXPECT_EQ(serverAnswers(simulate(s)),
              (std::vector<Reason>{Reason::SynChallengeAck, Reason::AckRateLimited, Reason::SynChallengeAck}));
}

TEST(RateLimits, OnInTheLinuxProfile) {
    const HostOptions linux = profileDefaults(Profile::Linux);
    EXPECT_EQ(linux.invalidAckRateLimit, SimDuration::fromMs(500)); // tcp_invalid_ratelimit = HZ/2
    // The global tcp_challenge_ack_limit is INT_MAX (off) since Linux 6.0; the per-connection
    // interval above throttles challenge ACKs (tcp_send_challenge_ack()).
    EXPECT_EQ(linux.challengeAckLimit, 0);
    for (Profile p : {Profile::Teach, Profile::Rfc9293, Profile::Bsd, Profile::Windows}) {
        EXPECT_EQ(profileDefaults(p).invalidAckRateLimit, SimDuration());
        EXPECT_EQ(profileDefaults(p).challengeAckLimit, 0);
    }
}

TEST(RateLimits, OptionsAreReadAndWritten) {
    const LessonResult r = parseLesson(
        R"({"format": "handshakelab-lesson", "version": 1, "id": "x", "title": {"en": "T"},
            "server": {"options": {"invalid_ack_ratelimit_ms": 250, "challenge_ack_limit": 10}}})",
        "t.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<LessonError>(r).toString();
    const Scenario& s = std::get<Scenario>(r);
    EXPECT_EQ(s.server.options.invalidAckRateLimit, SimDuration::fromMs(250));
    EXPECT_EQ(s.server.options.challengeAckLimit, 10);
    const LessonResult again = parseLesson(writeLesson(s), "t.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(again));
    EXPECT_EQ(std::get<Scenario>(again), s);
}

// --- the two lessons ----------------------------------------------------------------------------

// Without limits the storm never ends: the lesson's own limit (max_events 400) stops it and the
// stop names the ACK storm.
TEST(RateLimits, AckStormLessonIsStoppedByTheBudget) {
    const Scenario* lesson = findBuiltinLesson("ack-storm");
    ASSERT_NE(lesson, nullptr);
    const Trace t = simulate(*lesson);
    ASSERT_TRUE(t.stop.has_value());
    EXPECT_EQ(t.stop->limit, BudgetLimit::Events);
    EXPECT_EQ(t.stop->cause, StopCause::AckStorm);
    EXPECT_GE(t.events.size(), 401u); // the lesson's max_events, the rest of that step, the note
    EXPECT_LE(t.events.size(), 404u);
    EXPECT_EQ(t.events.back().reason, Reason::BudgetEvents);
}

// With the linux profile each side answers once and the second answer is held back.
TEST(RateLimits, AckStormTamedLessonEndsAfterOneRound) {
    const Scenario* lesson = findBuiltinLesson("ack-storm-tamed");
    ASSERT_NE(lesson, nullptr);
    const Trace t = simulate(*lesson);
    EXPECT_FALSE(t.stop.has_value());
    std::vector<Reason> after; // every send and note from the injection on
    for (const TraceEvent& e : t.events)
        if (e.t >= SimTime::fromMs(1000) && (e.type == EventType::Send || e.type == EventType::Note))
            after.push_back(e.reason);
    // 1.0 s the server accepts and ACKs the forged bytes; 1.1 s the client ACKs an ACK of data it never sent
    // (RFC 9293 §3.10.7.4); 1.2 s the server finds that ACK below RCV.NXT and answers; 1.3 s the
    // client's second answer falls within 500 ms of its first and is held back.
    EXPECT_EQ(after, (std::vector<Reason>{Reason::DataAccepted, Reason::AckTooNew, Reason::SeqUnacceptableAck,
                                          Reason::AckRateLimited}));
}

} // namespace
} // namespace hl
