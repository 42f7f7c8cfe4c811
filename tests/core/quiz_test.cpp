// The quiz of issue 17 against the trace. Every answer in the key of every built-in single-
// connection lesson is derived again here from the jsonl events (not from core/quiz), with the
// rules written out below; a few fates are pinned to the RFC rule that decides them; answers are
// read in every accepted form; "new numbers" change the numbers and keep the story.
#include "core/builtin_lessons.h"
#include "core/new_numbers.h"
#include "core/quiz.h"
#include "core/simulation.h"
#include "core/trace_jsonl.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace hl {
namespace {

using Json = nlohmann::json;

std::vector<const Scenario*> singleConnectionLessons() {
    std::vector<const Scenario*> out;
    for (const Scenario& s : builtinLessons())
        if (!s.load) out.push_back(&s);
    return out;
}

// The jsonl, cut into steps: a step starts at each event nothing else caused (a user call, an
// arrival, an injection, a loss, a timer expiry); the rest of that instant follows it.
std::vector<std::vector<Json>> jsonlSteps(const Trace& trace) {
    std::vector<std::vector<Json>> steps;
    std::istringstream in(traceToJsonl(trace));
    std::string line;
    while (std::getline(in, line)) {
        const Json e = Json::parse(line);
        const std::string type = e["type"];
        const bool root = type == "call" || type == "deliver" || type == "inject" || type == "drop" ||
                          (type == "timer" && e["op"] == "fire");
        if (root || steps.empty()) steps.emplace_back();
        steps.back().push_back(e);
    }
    return steps;
}

std::string canonicalFlags(const Json& flags) {
    // Canonical order SYN, ACK, FIN, RST; PSH is never asked about.
    std::string out;
    for (const char* f : {"SYN", "ACK", "FIN", "RST"})
        for (const Json& x : flags)
            if (x == f) out += (out.empty() ? "" : ",") + std::string(f);
    return out;
}

bool hasFlag(const Json& seg, const char* f) {
    for (const Json& x : seg["flags"])
        if (x == f) return true;
    return false;
}

// Segments by id, from the send and inject lines.
std::map<uint64_t, Json> segmentsById(const std::vector<std::vector<Json>>& steps) {
    std::map<uint64_t, Json> out;
    for (const auto& step : steps)
        for (const Json& e : step)
            if (e.contains("seg")) out[e["seg"]["id"].get<uint64_t>()] = e["seg"];
    return out;
}

// The fate of an arriving segment, from the events of its step (docs/cli.md lists the same six):
//  challenge-ack  the decision was an RFC 5961 challenge ACK (§3.2 for RST, §4 for SYN)
//  reset          the receiver's application hears "reset"/"refused", or a RST sent its
//                 connection back to CLOSED or LISTEN (RFC 9293 §3.10.7.4, fourth check)
//  rst            the receiver sends a RST (RFC 9293 §3.10.7.1, §3.10.7.2, §3.10.7.3)
//  accepted       the receiver changes state, tells its application something or moves its timer
//  ack            the receiver only answers with a segment (an ACK)
//  ignored        nothing at all happens at the receiver
std::string derivedFate(const std::vector<Json>& step, const std::map<uint64_t, Json>& segs) {
    const Json& root = step.front();
    const std::string to = root["host"];
    const uint64_t id = root.contains("seg_id") ? root["seg_id"].get<uint64_t>() : root["seg"]["id"].get<uint64_t>();
    const bool arrivingRst = hasFlag(segs.at(id), "RST");
    bool challenge = false, reset = false, rst = false, answered = false, accepted = false, timers = false;
    for (const Json& e : step) {
        if (e.value("reason", "") == "rst.challenge-ack" || e.value("reason", "") == "syn.challenge-ack")
            challenge = true;
        if (e["host"] != to || &e == &root) continue;
        const std::string type = e["type"];
        if (type == "notify" && (e["event"] == "reset" || e["event"] == "refused")) reset = true;
        if (type == "state" && arrivingRst && (e["to"] == "CLOSED" || e["to"] == "LISTEN")) reset = true;
        if (type == "send") (hasFlag(e["seg"], "RST") ? rst : answered) = true;
        if (type == "state" || type == "notify") accepted = true;
        if (type == "timer") timers = true;
    }
    if (challenge) return "challenge-ack";
    if (reset) return "reset";
    if (rst) return "rst";
    if (accepted) return "accepted";
    if (answered) return "ack";
    return timers ? "accepted" : "ignored";
}

std::string threeDecimals(int64_t us) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld.%03lld", static_cast<long long>(us / 1000000),
                  static_cast<long long>(us / 1000 % 1000));
    return buf;
}

// The answer of question q, from the jsonl alone.
std::string derivedAnswer(const QuizQuestion& q, const std::vector<std::vector<Json>>& steps,
                          const std::map<uint64_t, Json>& segs) {
    const std::vector<Json>& step = steps.at(q.step);
    const std::string host(toString(q.host));
    std::vector<Json> sends, states;
    for (const Json& e : step) {
        if (e["host"] != host) continue;
        if (e["type"] == "send") sends.push_back(e);
        if (e["type"] == "state") states.push_back(e);
    }
    switch (q.kind) {
    case QuizKind::NextState: return states.empty() ? "?" : states.back()["to"].get<std::string>();
    case QuizKind::Sends: return sends.empty() ? "nothing" : canonicalFlags(sends.front()["seg"]["flags"]);
    case QuizKind::SeqAck: {
        if (sends.size() != 1) return "?";
        const Json& s = sends.front()["seg"];
        const std::string seq = std::to_string(s["seq"].get<uint32_t>());
        return hasFlag(s, "ACK") ? seq + " " + std::to_string(s["ack"].get<uint32_t>()) : seq;
    }
    case QuizKind::Fate: return derivedFate(step, segs);
    case QuizKind::Timer:
        for (const Json& e : sends)
            if (e["retransmission"] == true)
                return threeDecimals(step.front()["t_us"].get<int64_t>()) + " " + canonicalFlags(e["seg"]["flags"]) +
                       " " + std::to_string(e["seg"]["seq"].get<uint32_t>());
        return "?";
    }
    return "?";
}

TEST(Quiz, EveryLessonHasAtLeastFourQuestionsWhoseKeyAgreesWithTheJsonl) {
    for (const Scenario* s : singleConnectionLessons()) {
        SCOPED_TRACE(s->id);
        const Trace trace = simulate(*s);
        // A run the work budget cut short (the "ACK storm" lesson) ends in a budget note that the
        // jsonl-derived steps below do not model; its quiz is the prefix before the stop.
        if (trace.stop) continue;
        const std::vector<QuizQuestion> quiz = makeQuiz(trace);
        EXPECT_GE(quiz.size(), 4u);
        const auto steps = jsonlSteps(trace);
        ASSERT_EQ(steps.size(), stepEnds(trace).size());
        const auto segs = segmentsById(steps);
        for (const QuizQuestion& q : quiz) {
            SCOPED_TRACE("step " + std::to_string(q.step));
            EXPECT_EQ(formatAnswer(q.kind, q.answer), derivedAnswer(q, steps, segs));
            // Asked before the step: the cursor is where the step begins.
            EXPECT_EQ(q.cursor, q.step == 0 ? 0u : stepEnds(trace)[q.step - 1]);
            // Exactly one choice is right, and the key read back is right.
            size_t right = 0;
            for (const QuizChoice& c : q.choices) right += c.answer == q.answer ? 1 : 0;
            EXPECT_EQ(right, 1u);
            EXPECT_EQ(checkAnswer(q, formatAnswer(q.kind, q.answer)), QuizVerdict::Right);
            EXPECT_GE(q.choices.size(), 2u);
        }
    }
}

TEST(Quiz, RoutineStepsAreNotAsked) {
    // A lost segment is no teaching step (nothing arrives, nothing changes): lost-syn's drop at 50 ms.
    const Trace trace = simulate(*findBuiltinLesson("lost-syn"));
    const auto ends = stepEnds(trace);
    for (const QuizQuestion& q : makeQuiz(trace)) EXPECT_NE(trace.events[q.cursor].type, EventType::Drop);
}

// The fates that the RFC rules decide, one lesson each.
std::string fateIn(const char* lesson) {
    const Trace trace = simulate(*findBuiltinLesson(lesson));
    for (const QuizQuestion& q : makeQuiz(trace))
        if (q.kind == QuizKind::Fate && trace.events[q.cursor].type != EventType::Deliver)
            return formatAnswer(q.kind, q.answer); // the crafted segment
    for (const QuizQuestion& q : makeQuiz(trace))
        if (q.kind == QuizKind::Fate) return formatAnswer(q.kind, q.answer);
    return "none";
}

TEST(Quiz, FatesFollowTheRfcRules) {
    // RFC 5961 §3.2: a RST inside the window but not at RCV.NXT gets a challenge ACK.
    EXPECT_EQ(fateIn("rst-in-window"), "challenge-ack");
    // RFC 9293 §3.10.7.4 first check: a RST outside the window is silently dropped.
    EXPECT_EQ(fateIn("rst-out-of-window"), "ignored");
    // RFC 9293 §3.10.7.4 fourth check: a RST exactly at RCV.NXT resets the connection.
    EXPECT_EQ(fateIn("rst-exact"), "reset");
    // RFC 9293 §3.10.7.2: an ACK arriving in LISTEN is answered with a RST.
    EXPECT_EQ(fateIn("stray-ack-at-listen"), "rst");
}

QuizQuestion firstOf(QuizKind kind, const char* lesson) {
    const Trace trace = simulate(*findBuiltinLesson(lesson));
    for (const QuizQuestion& q : makeQuiz(trace))
        if (q.kind == kind) return q;
    ADD_FAILURE() << "no question of that kind in " << lesson;
    return {};
}

TEST(Quiz, AnswersAreReadInEveryForm) {
    QuizQuestion st = firstOf(QuizKind::NextState, "handshake-and-close");
    const std::string state(toString(st.answer.state));
    std::string lowerDash = state;
    for (char& c : lowerDash) c = c == '_' ? '-' : static_cast<char>(std::tolower(c));
    EXPECT_EQ(checkAnswer(st, lowerDash), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(st, "  " + state + "  "), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(st, "NO_SUCH_STATE"), QuizVerdict::Unreadable);
    for (size_t i = 0; i < st.choices.size(); ++i)
        EXPECT_EQ(checkAnswer(st, std::string(1, choiceLetter(i))),
                  st.choices[i].answer == st.answer ? QuizVerdict::Right : QuizVerdict::Wrong);
    EXPECT_EQ(checkAnswer(st, std::string(1, choiceLetter(st.choices.size()))), QuizVerdict::Unreadable);

    QuizQuestion sends;
    sends.kind = QuizKind::Sends;
    sends.answer.flags = Flag::SYN | Flag::ACK;
    EXPECT_EQ(checkAnswer(sends, "ack,syn"), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(sends, "SYN + ACK"), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(sends, "SYN"), QuizVerdict::Wrong);
    EXPECT_EQ(checkAnswer(sends, "nothing"), QuizVerdict::Wrong);
    EXPECT_EQ(checkAnswer(sends, "SYNACK"), QuizVerdict::Unreadable);

    QuizQuestion sa;
    sa.kind = QuizKind::SeqAck;
    sa.answer.seq = 101;
    sa.answer.ack = 301;
    sa.answer.hasAck = true;
    sa.relSeqBase = 100; // the sender's ISN
    sa.relAckBase = 300; // the receiver's ISN
    EXPECT_EQ(checkAnswer(sa, "101 301"), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(sa, "seq=101, ack=301"), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(sa, "rel 1 1"), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(sa, "101 300"), QuizVerdict::Wrong); // ack = seq, not seq + 1
    EXPECT_EQ(checkAnswer(sa, "101"), QuizVerdict::Unreadable);
    EXPECT_EQ(checkAnswer(sa, "99999999999 1"), QuizVerdict::Unreadable);

    QuizQuestion fate;
    fate.kind = QuizKind::Fate;
    fate.answer.fate = SegmentFate::ChallengeAck;
    EXPECT_EQ(checkAnswer(fate, "Challenge ACK"), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(fate, "rst"), QuizVerdict::Wrong);
    EXPECT_EQ(checkAnswer(fate, "maybe"), QuizVerdict::Unreadable);

    QuizQuestion timer;
    timer.kind = QuizKind::Timer;
    timer.answer.due = SimTime::fromMs(1000);
    timer.answer.flags = Flags(Flag::SYN);
    timer.answer.seq = 100;
    EXPECT_EQ(checkAnswer(timer, "1 SYN 100"), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(timer, "1.000s syn seq=100"), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(timer, "1000ms SYN 100"), QuizVerdict::Right);
    EXPECT_EQ(checkAnswer(timer, "1.000 SYN 4711"), QuizVerdict::Wrong); // a retransmission keeps its ISN
    EXPECT_EQ(checkAnswer(timer, "soon"), QuizVerdict::Unreadable);
}

TEST(Quiz, DistractorsComeFromTheKnownConfusions) {
    // The passive closer's CLOSE_WAIT is offered with FIN_WAIT_2 and TIME_WAIT beside it.
    bool seen = false;
    for (const Scenario* s : singleConnectionLessons())
        for (const QuizQuestion& q : makeQuiz(simulate(*s))) {
            if (q.kind != QuizKind::NextState || q.answer.state != TcpState::CloseWait) continue;
            seen = true;
            std::set<Misconception> ms;
            for (const QuizChoice& c : q.choices) ms.insert(c.misconception);
            EXPECT_TRUE(ms.count(Misconception::FinWait2VsCloseWait));
            EXPECT_TRUE(ms.count(Misconception::PassiveCloserTimeWait));
        }
    EXPECT_TRUE(seen);
    // A retransmitted SYN is offered with a new ISN beside the right one.
    const QuizQuestion t = firstOf(QuizKind::Timer, "lost-syn");
    bool newIsn = false;
    for (const QuizChoice& c : t.choices) newIsn = newIsn || c.misconception == Misconception::RetransmitNewIsn;
    EXPECT_TRUE(newIsn);
}

// The story of a run: everything but the numbers.
std::vector<std::string> story(const Trace& t) {
    std::vector<std::string> out;
    for (const TraceEvent& e : t.events) {
        std::string line = std::to_string(e.t.us()) + " " + std::to_string(static_cast<int>(e.type)) + " " +
                           std::string(toString(e.host)) + " " + std::string(reasonId(e.reason));
        if (e.type == EventType::State) line += " " + std::string(toString(e.from)) + ">" + std::string(toString(e.to));
        if (const SegmentRecord* r = t.segment(e.segId); r && (e.type == EventType::Send || e.type == EventType::Inject))
            line += " " + flagsToString(r->seg.flags) + " len " + std::to_string(r->seg.len);
        out.push_back(line);
    }
    return out;
}

TEST(Quiz, NewNumbersChangeTheNumbersButNotTheStory) {
    for (const Scenario* s : singleConnectionLessons()) {
        SCOPED_TRACE(s->id);
        const Trace before = simulate(*s);
        const Scenario renumbered = withNewNumbers(*s, 20261205);
        const Trace after = simulate(renumbered);
        EXPECT_EQ(story(before), story(after));
        ASSERT_FALSE(before.segments.empty());
        EXPECT_NE(before.segments.front().seg.seq, after.segments.front().seg.seq);
        EXPECT_NE(before.segments.front().seg.srcPort, after.segments.front().seg.srcPort);
        // The same questions, of the same kinds, with the same states and fates.
        const auto qa = makeQuiz(before), qb = makeQuiz(after);
        ASSERT_EQ(qa.size(), qb.size());
        for (size_t i = 0; i < qa.size(); ++i) {
            EXPECT_EQ(qa[i].kind, qb[i].kind);
            EXPECT_EQ(qa[i].answer.state, qb[i].answer.state);
            EXPECT_EQ(qa[i].answer.fate, qb[i].answer.fate);
            EXPECT_EQ(qa[i].answer.flags, qb[i].answer.flags);
        }
        // Another seed, other numbers; the same seed, the same numbers.
        EXPECT_NE(withNewNumbers(*s, 1).client.isn, withNewNumbers(*s, 2).client.isn);
        EXPECT_EQ(withNewNumbers(*s, 1), withNewNumbers(*s, 1));
    }
}

} // namespace
} // namespace hl
