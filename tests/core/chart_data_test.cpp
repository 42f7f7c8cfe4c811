// The chart data of built-in lessons, checked against the protocol rules (not against output):
// relative sequence numbers, SEG.LEN, the peer's acknowledgements, state bands, RTO backoff.
#include "core/builtin_lessons.h"
#include "core/chart_data.h"
#include "core/simulation.h"
#include "core/step_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace hl {
namespace {

Trace lessonTrace(const char* id) {
    const Scenario* lesson = findBuiltinLesson(id);
    EXPECT_NE(lesson, nullptr) << id;
    return lesson ? simulate(*lesson) : Trace{};
}

size_t sentBy(const Trace& t, HostId h) {
    return static_cast<size_t>(std::count_if(t.events.begin(), t.events.end(), [h](const TraceEvent& e) {
        return e.type == EventType::Send && e.host == h;
    }));
}

TEST(SeqChartData, OnePointPerSegmentSentInEachDirection) {
    for (const char* id : {"handshake-and-close", "lost-syn", "syn-never-answered", "simultaneous-open"}) {
        SCOPED_TRACE(id);
        const Trace t = lessonTrace(id);
        for (HostId h : {HostId::Client, HostId::Server}) {
            const SeqDirection d = buildSeqDirection(t, h);
            EXPECT_EQ(d.segments.size(), sentBy(t, h));
            for (const SeqPoint& p : d.segments) {
                const SegmentRecord* r = t.segment(p.segId);
                ASSERT_NE(r, nullptr);
                EXPECT_EQ(r->from, h);
                EXPECT_EQ(p.t, r->sentAt);
                EXPECT_EQ(p.event, r->sendEvent);
            }
        }
    }
}

// RFC 9293 §3.4: the SYN carries the ISN and occupies one sequence number, so the first data byte
// is ISN+1; a FIN occupies the number after the last data byte.
TEST(SeqChartData, HandshakeAndCloseClientSynIsZeroDataStartsAtOneFinAfterTheData) {
    const Trace t = lessonTrace("handshake-and-close");
    const SeqDirection d = buildSeqDirection(t, HostId::Client);
    ASSERT_TRUE(d.hasIsn);
    const Scenario* lesson = findBuiltinLesson("handshake-and-close");
    EXPECT_EQ(d.isn, lesson->client.isn);
    ASSERT_FALSE(d.segments.empty());
    const SegmentRecord& syn = *t.segment(d.segments.front().segId);
    ASSERT_TRUE(syn.seg.flags.has(Flag::SYN));
    EXPECT_EQ(d.segments.front().relSeq, 0);
    EXPECT_EQ(d.segments.front().segLen, 1u); // SYN takes one

    uint32_t dataBytes = 0;
    bool sawData = false, sawFin = false;
    for (const SeqPoint& p : d.segments) {
        const Segment& s = t.segment(p.segId)->seg;
        if (s.len > 0 && !sawData) {
            EXPECT_EQ(p.relSeq, 1) << "the first data byte follows the SYN";
            sawData = true;
        }
        if (s.flags.has(Flag::FIN)) {
            EXPECT_EQ(p.relSeq, 1 + static_cast<int64_t>(dataBytes)) << "FIN after every data byte";
            EXPECT_EQ(p.segLen, s.len + 1); // FIN takes one
            sawFin = true;
        }
        if (t.segment(p.segId)->retransmission) continue;
        dataBytes += s.len;
    }
    EXPECT_TRUE(sawData);
    EXPECT_TRUE(sawFin);
    EXPECT_EQ(dataBytes, 100u); // the lesson's one send(100)
}

// RFC 9293 §3.4/§3.10.7.3: the server's SYN,ACK acknowledges the SYN (ISN+1), and its last ACK
// acknowledges the client's FIN: 1 + data + 1.
TEST(SeqChartData, PeerAcksOfTheClientDirection) {
    const Trace t = lessonTrace("handshake-and-close");
    const SeqDirection d = buildSeqDirection(t, HostId::Client);
    ASSERT_FALSE(d.acks.empty());
    const Segment& first = t.segment(d.acks.front().segId)->seg;
    EXPECT_TRUE(first.flags.has(Flag::SYN) && first.flags.has(Flag::ACK));
    EXPECT_EQ(d.acks.front().relAck, 1);
    EXPECT_EQ(d.acks.back().relAck, 1 + 100 + 1);
    for (const AckPoint& a : d.acks) EXPECT_EQ(t.segment(a.segId)->from, HostId::Server);
    // Acknowledgements never go backwards in an orderly run.
    for (size_t i = 1; i < d.acks.size(); ++i) EXPECT_GE(d.acks[i].relAck, d.acks[i - 1].relAck);
}

TEST(SeqChartData, LostSynIsMarkedLostAndItsRetransmissionMarked) {
    const Trace t = lessonTrace("lost-syn");
    const SeqDirection d = buildSeqDirection(t, HostId::Client);
    ASSERT_GE(d.segments.size(), 2u);
    EXPECT_EQ(d.segments[0].mark, SegmentMark::Lost);
    EXPECT_EQ(d.segments[0].relSeq, 0);
    EXPECT_EQ(d.segments[1].mark, SegmentMark::Retransmission);
    EXPECT_EQ(d.segments[1].relSeq, 0); // a retransmitted SYN carries the same ISN
}

TEST(StateSpans, MatchTheTracesStateChanges) {
    const Trace t = lessonTrace("handshake-and-close");
    const std::vector<StateSpan> spans = buildStateSpans(t);
    for (HostId h : {HostId::Client, HostId::Server}) {
        std::vector<StateSpan> mine;
        for (const StateSpan& s : spans)
            if (s.host == h) mine.push_back(s);
        ASSERT_FALSE(mine.empty());
        // Both hosts act at t = 0 in this lesson, so no zero-length CLOSED band comes first.
        EXPECT_EQ(mine.front().from, SimTime());
        EXPECT_EQ(mine.back().to, t.end);
        // Every band begins at the State event that entered its state; bands are contiguous.
        size_t changes = 0;
        for (const TraceEvent& e : t.events) changes += e.type == EventType::State && e.host == h;
        EXPECT_EQ(mine.size(), changes) << "one band per state change (one connection per host here)";
        for (size_t i = 0; i < mine.size(); ++i) {
            if (i > 0) {
                EXPECT_EQ(mine[i].from, mine[i - 1].to) << "bands are contiguous";
            }
            ASSERT_LT(mine[i].event, t.events.size());
            const TraceEvent& e = t.events[mine[i].event];
            EXPECT_EQ(e.type, EventType::State);
            EXPECT_EQ(e.host, h);
            EXPECT_EQ(e.to, mine[i].state);
            EXPECT_EQ(e.t, mine[i].from);
        }
    }
    // RFC 9293 §3.3.2 (figure 5): the active opener and closer's path, and the passive side's.
    auto statesOf = [&](HostId h) {
        std::vector<TcpState> v;
        for (const StateSpan& s : spans)
            if (s.host == h) v.push_back(s.state);
        return v;
    };
    EXPECT_EQ(statesOf(HostId::Client),
              (std::vector<TcpState>{TcpState::SynSent, TcpState::Established, TcpState::FinWait1, TcpState::FinWait2,
                                     TcpState::TimeWait, TcpState::Closed}));
    EXPECT_EQ(statesOf(HostId::Server),
              (std::vector<TcpState>{TcpState::Listen, TcpState::SynReceived, TcpState::Established,
                                     TcpState::CloseWait, TcpState::LastAck, TcpState::Closed}));
}

// RFC 6298 §5.5: on each expiry the RTO doubles; RFC 1122 §4.2.3.5: after the last allowed retry
// the connection gives up when that attempt's timer expires.
TEST(RtoSeriesData, SynNeverAnsweredDoublesAndGivesUp) {
    const Trace t = lessonTrace("syn-never-answered");
    const RtoSeries s = buildRtoSeries(t);
    std::vector<RtoAttempt> client;
    for (const RtoAttempt& a : s.attempts)
        if (a.host == HostId::Client) client.push_back(a);
    ASSERT_GE(client.size(), 3u);
    for (size_t i = 0; i < client.size(); ++i) {
        EXPECT_EQ(client[i].attempt, static_cast<int>(i + 1));
        EXPECT_TRUE(client[i].fired);
        EXPECT_EQ(client[i].endedAt, client[i].armedAt + client[i].rto) << "each attempt runs to its expiry";
        if (i > 0) {
            EXPECT_EQ(client[i].rto, client[i - 1].rto * 2) << "attempt " << i + 1;
            EXPECT_EQ(client[i].armedAt, client[i - 1].endedAt) << "re-armed when the previous one expired";
        }
    }
    ASSERT_EQ(s.giveUps.size(), 1u);
    EXPECT_EQ(s.giveUps[0].host, HostId::Client);
    EXPECT_EQ(s.giveUps[0].reason, Reason::GiveUpSyn);
    EXPECT_EQ(s.giveUps[0].t, client.back().endedAt);
    EXPECT_EQ(s.giveUps[0].lastRto, client.back().rto);
}

TEST(RtoSeriesData, LostSynRetransmitsOnceWithTheBackedOffTimer) {
    const Trace t = lessonTrace("lost-syn");
    const RtoSeries s = buildRtoSeries(t);
    std::vector<RtoAttempt> client;
    for (const RtoAttempt& a : s.attempts)
        if (a.host == HostId::Client && a.armedAt < SimTime::fromMs(1500)) client.push_back(a);
    ASSERT_EQ(client.size(), 2u);
    EXPECT_TRUE(client[0].fired);
    EXPECT_EQ(client[1].attempt, 2);
    EXPECT_EQ(client[1].rto, client[0].rto * 2);
    EXPECT_FALSE(client[1].fired) << "the retransmitted SYN is answered";
    EXPECT_TRUE(s.giveUps.empty());
}

// Each point is relative to the ISS its own connection's TCB holds (what the segment inspector
// shows, RFC 9293 §3.4), also when a host opens a second connection with another ISN.
TEST(SeqChartData, NumbersAreRelativeToTheIssOfTheSegmentsOwnConnection) {
    size_t secondConnections = 0;
    for (const Scenario& lesson : builtinLessons()) {
        if (lesson.load) continue;
        SCOPED_TRACE(lesson.id);
        const Trace t = simulate(lesson);
        const StepIndex steps(t);
        for (HostId h : {HostId::Client, HostId::Server}) {
            std::map<uint32_t, uint32_t> issOfConn;
            for (const SeqPoint& p : buildSeqDirection(t, h).segments) {
                const SegmentRecord& r = *t.segment(p.segId);
                if (r.conn == 0) continue; // a host-level reply has no TCB
                // The TCB as the inspector shows it once the sending step is over.
                const size_t cursor = steps.eventsAtStep(steps.stepOfEvent(r.sendEvent));
                const Snapshot snap = snapshotAt(t, cursor); // c points into it
                const ConnSnapshot* c = snap.find(h, r.conn);
                ASSERT_NE(c, nullptr);
                EXPECT_EQ(p.relSeq, static_cast<int64_t>(r.seg.seq - c->tcb.iss)) << p.segId;
                if (r.seg.flags.has(Flag::SYN)) {
                    EXPECT_EQ(p.relSeq, 0) << p.segId; // the SYN carries the ISS
                }
                issOfConn.emplace(r.conn, c->tcb.iss.value());
            }
            std::set<uint32_t> distinct;
            for (const auto& [conn, iss] : issOfConn) distinct.insert(iss);
            if (distinct.size() > 1) ++secondConnections;
        }
    }
    EXPECT_GT(secondConnections, 0u) << "no lesson has a host with two connections of different ISNs";
}

TEST(TimeUnit, MillisecondsForShortLessonsSecondsForLongOnes) {
    EXPECT_FALSE(timeUnitFor(SimTime::fromMs(800)).seconds);
    EXPECT_DOUBLE_EQ(timeUnitFor(SimTime::fromMs(800)).value(SimTime::fromMs(250)), 250.0);
    EXPECT_TRUE(timeUnitFor(SimTime::fromSeconds(15)).seconds);
    EXPECT_DOUBLE_EQ(timeUnitFor(SimTime::fromSeconds(15)).value(SimTime::fromMs(1500)), 1.5);
}

} // namespace
} // namespace hl
