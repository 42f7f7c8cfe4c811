// The channel's faults (docs/lesson-format.md, "Faults": match and effects), checked on hand-made segments so
// that no endpoint is involved: latency per direction, every match criterion, every effect, and
// how several matching faults combine.
#include "core/channel.h"

#include <gtest/gtest.h>

namespace hl {
namespace {

Segment seg(uint64_t id, Flags flags, uint32_t len = 0) {
    Segment s;
    s.id = id;
    s.srcPort = 50000;
    s.dstPort = 80;
    s.flags = flags;
    s.len = len;
    return s;
}

Latency lat(int64_t c2sMs, int64_t s2cMs) { return Latency{SimTime::fromMs(c2sMs), SimTime::fromMs(s2cMs)}; }

Fault dropWhen(FaultMatch m) {
    Fault f;
    f.match = m;
    f.drop = true;
    return f;
}

bool isDropped(const std::vector<SegmentCopy>& copies) { return copies.size() == 1 && copies[0].lost; }

TEST(ChannelLatency, EachDirectionHasItsOwnOneWayDelay) {
    Channel ch(lat(100, 250), {}, 0.0, 1);
    auto c2s = ch.transmit(seg(1, Flag::SYN), HostId::Client, SimTime::fromMs(10));
    auto s2c = ch.transmit(seg(2, Flag::SYN | Flag::ACK), HostId::Server, SimTime::fromMs(10));
    ASSERT_EQ(c2s.size(), 1u);
    ASSERT_EQ(s2c.size(), 1u);
    EXPECT_EQ(c2s[0].endsAt, SimTime::fromMs(110));
    EXPECT_FALSE(c2s[0].lost);
    EXPECT_EQ(s2c[0].endsAt, SimTime::fromMs(260));
}

TEST(ChannelFault, DropEndsHalfWayWithCauseFault) {
    FaultMatch m;
    m.from = HostId::Client;
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    auto c = ch.transmit(seg(1, Flag::SYN), HostId::Client, SimTime::fromMs(1000));
    ASSERT_TRUE(isDropped(c));
    EXPECT_EQ(c[0].endsAt, SimTime::fromMs(1050)); // send time + half the one-way latency
    EXPECT_EQ(c[0].cause, DropCause::Fault);
}

TEST(ChannelFault, UserFaultHasCauseUser) {
    Fault f = dropWhen({});
    f.fromUser = true;
    Channel ch(lat(100, 100), {f}, 0.0, 1);
    auto c = ch.transmit(seg(1, Flag::SYN), HostId::Client, SimTime{});
    ASSERT_TRUE(isDropped(c));
    EXPECT_EQ(c[0].cause, DropCause::User);
}

TEST(ChannelFault, FromMatchesOnlyThatSender) {
    FaultMatch m;
    m.from = HostId::Server;
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    EXPECT_FALSE(isDropped(ch.transmit(seg(1, Flag::SYN), HostId::Client, SimTime{})));
    EXPECT_TRUE(isDropped(ch.transmit(seg(2, Flag::SYN | Flag::ACK), HostId::Server, SimTime{})));
}

TEST(ChannelFault, FlagsAreAnExactSet) {
    FaultMatch m;
    m.flags = Flags(Flag::ACK);
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    // SYN,ACK and FIN,ACK contain ACK but are not the set {ACK}.
    EXPECT_FALSE(isDropped(ch.transmit(seg(1, Flag::SYN | Flag::ACK), HostId::Server, SimTime{})));
    EXPECT_FALSE(isDropped(ch.transmit(seg(2, Flag::FIN | Flag::ACK), HostId::Server, SimTime{})));
    EXPECT_TRUE(isDropped(ch.transmit(seg(3, Flag::ACK), HostId::Client, SimTime{})));
}

TEST(ChannelFault, FlagsIgnorePsh) {
    FaultMatch m;
    m.flags = Flags(Flag::ACK);
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    EXPECT_TRUE(isDropped(ch.transmit(seg(1, Flag::ACK | Flag::PSH, 10), HostId::Client, SimTime{})));
    // And PSH written in the fault itself does not count either.
    FaultMatch withPsh;
    withPsh.flags = Flag::ACK | Flag::PSH;
    Channel ch2(lat(100, 100), {dropWhen(withPsh)}, 0.0, 1);
    EXPECT_TRUE(isDropped(ch2.transmit(seg(1, Flag::ACK), HostId::Client, SimTime{})));
}

TEST(ChannelFault, HasDataTellsDataFromEmptySegments) {
    FaultMatch m;
    m.hasData = true;
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    EXPECT_FALSE(isDropped(ch.transmit(seg(1, Flag::ACK), HostId::Client, SimTime{})));
    EXPECT_TRUE(isDropped(ch.transmit(seg(2, Flag::ACK | Flag::PSH, 1), HostId::Client, SimTime{})));
    FaultMatch none;
    none.hasData = false;
    Channel ch2(lat(100, 100), {dropWhen(none)}, 0.0, 1);
    EXPECT_TRUE(isDropped(ch2.transmit(seg(1, Flag::ACK), HostId::Client, SimTime{})));
    EXPECT_FALSE(isDropped(ch2.transmit(seg(2, Flag::ACK, 500), HostId::Client, SimTime{})));
}

TEST(ChannelFault, NthCountsOnlySegmentsMatchingTheOtherCriteria) {
    FaultMatch m;
    m.from = HostId::Client;
    m.flags = Flags(Flag::ACK);
    m.nth = 2;
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    EXPECT_FALSE(isDropped(ch.transmit(seg(1, Flag::SYN), HostId::Client, SimTime{})));             // not ACK
    EXPECT_FALSE(isDropped(ch.transmit(seg(2, Flag::ACK), HostId::Server, SimTime{})));             // not client
    EXPECT_FALSE(isDropped(ch.transmit(seg(3, Flag::ACK), HostId::Client, SimTime{})));             // 1st
    EXPECT_FALSE(isDropped(ch.transmit(seg(4, Flag::FIN | Flag::ACK), HostId::Client, SimTime{}))); // not ACK
    EXPECT_TRUE(isDropped(ch.transmit(seg(5, Flag::ACK), HostId::Client, SimTime{})));              // 2nd
    EXPECT_FALSE(isDropped(ch.transmit(seg(6, Flag::ACK), HostId::Client, SimTime{})));             // 3rd
}

TEST(ChannelFault, NthCountsRetransmissionsToo) {
    // "nth: 2" of the client's SYNs is the first retransmission of the SYN: a resent segment is
    // a new segment on the wire with the same header.
    FaultMatch m;
    m.flags = Flags(Flag::SYN);
    m.nth = 2;
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    Segment first = seg(1, Flag::SYN);
    Segment resent = seg(2, Flag::SYN); // same seq, new id
    EXPECT_FALSE(isDropped(ch.transmit(first, HostId::Client, SimTime{})));
    EXPECT_TRUE(isDropped(ch.transmit(resent, HostId::Client, SimTime::fromSeconds(1))));
}

TEST(ChannelFault, WithoutNthEveryMatchingSegmentIsHit) {
    FaultMatch m;
    m.flags = Flags(Flag::SYN);
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    for (uint64_t id = 1; id <= 4; ++id)
        EXPECT_TRUE(isDropped(ch.transmit(seg(id, Flag::SYN), HostId::Client, SimTime::fromSeconds(id))));
}

TEST(ChannelFault, BetweenIsInclusiveOnTheSendTime) {
    FaultMatch m;
    m.between = std::make_pair(SimTime::fromMs(200), SimTime::fromMs(16000));
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    EXPECT_FALSE(isDropped(ch.transmit(seg(1, Flag::ACK), HostId::Client, SimTime::fromUs(199999))));
    EXPECT_TRUE(isDropped(ch.transmit(seg(2, Flag::ACK), HostId::Client, SimTime::fromMs(200))));
    EXPECT_TRUE(isDropped(ch.transmit(seg(3, Flag::ACK), HostId::Client, SimTime::fromMs(16000))));
    EXPECT_FALSE(isDropped(ch.transmit(seg(4, Flag::ACK), HostId::Client, SimTime::fromUs(16000001))));
}

TEST(ChannelFault, SegmentIdPicksOneSegment) {
    FaultMatch m;
    m.segmentId = 3;
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    for (uint64_t id = 1; id <= 5; ++id)
        EXPECT_EQ(isDropped(ch.transmit(seg(id, Flag::ACK), HostId::Client, SimTime{})), id == 3) << id;
}

TEST(ChannelFault, AllGivenCriteriaMustHold) {
    FaultMatch m;
    m.from = HostId::Client;
    m.flags = Flags(Flag::ACK);
    m.hasData = true;
    m.between = std::make_pair(SimTime::fromMs(0), SimTime::fromMs(500));
    Channel ch(lat(100, 100), {dropWhen(m)}, 0.0, 1);
    EXPECT_FALSE(isDropped(ch.transmit(seg(1, Flag::ACK, 10), HostId::Server, SimTime{})));
    EXPECT_FALSE(isDropped(ch.transmit(seg(2, Flag::ACK), HostId::Client, SimTime{})));
    EXPECT_FALSE(isDropped(ch.transmit(seg(3, Flag::ACK, 10), HostId::Client, SimTime::fromMs(600))));
    EXPECT_FALSE(isDropped(ch.transmit(seg(4, Flag::FIN | Flag::ACK, 10), HostId::Client, SimTime{})));
    EXPECT_TRUE(isDropped(ch.transmit(seg(5, Flag::ACK, 10), HostId::Client, SimTime::fromMs(500))));
}

TEST(ChannelFault, DelayAddsToTheLatency) {
    Fault f;
    f.match.flags = Flag::SYN | Flag::ACK;
    f.delay = SimTime::fromMs(400);
    Channel ch(lat(100, 100), {f}, 0.0, 1);
    auto c = ch.transmit(seg(2, Flag::SYN | Flag::ACK), HostId::Server, SimTime::fromMs(100));
    ASSERT_EQ(c.size(), 1u);
    EXPECT_FALSE(c[0].lost);
    EXPECT_EQ(c[0].endsAt, SimTime::fromMs(600)); // 100 sent + 100 latency + 400 delay
    EXPECT_EQ(c[0].delay, SimTime::fromMs(400));  // recorded, so the diagram can say "delayed"
}

TEST(ChannelFault, DuplicateArrivesThatLongAfterTheFirstCopy) {
    Fault f;
    f.match.flags = Flag::FIN | Flag::ACK;
    f.duplicateAfter = SimTime::fromMs(50);
    Channel ch(lat(100, 100), {f}, 0.0, 1);
    auto c = ch.transmit(seg(7, Flag::FIN | Flag::ACK), HostId::Client, SimTime::fromSeconds(10));
    ASSERT_EQ(c.size(), 2u);
    EXPECT_EQ(c[0].endsAt, SimTime::fromMs(10100));
    EXPECT_EQ(c[1].endsAt, SimTime::fromMs(10150));
    EXPECT_FALSE(c[0].lost);
    EXPECT_FALSE(c[1].lost);
}

TEST(ChannelFault, SeveralFaultsDelaysAddUpAndEachDuplicateAddsACopy) {
    Fault d1, d2, dup1, dup2;
    d1.delay = SimTime::fromMs(30);
    d2.delay = SimTime::fromMs(20);
    dup1.duplicateAfter = SimTime::fromMs(5);
    dup2.duplicateAfter = SimTime::fromMs(70);
    Channel ch(lat(100, 100), {d1, dup1, d2, dup2}, 0.0, 1);
    auto c = ch.transmit(seg(1, Flag::ACK), HostId::Client, SimTime{});
    ASSERT_EQ(c.size(), 3u);
    EXPECT_EQ(c[0].endsAt, SimTime::fromMs(150));
    EXPECT_EQ(c[1].endsAt, SimTime::fromMs(155));
    EXPECT_EQ(c[2].endsAt, SimTime::fromMs(220));
    for (const SegmentCopy& copy : c) EXPECT_EQ(copy.delay, SimTime::fromMs(50)); // 30 + 20, every copy
}

TEST(ChannelFault, ADropWinsOverDelayAndDuplicate) {
    Fault delay, dup, drop;
    delay.delay = SimTime::fromMs(300);
    dup.duplicateAfter = SimTime::fromMs(10);
    drop.drop = true;
    Channel ch(lat(100, 100), {delay, dup, drop}, 0.0, 1);
    auto c = ch.transmit(seg(1, Flag::ACK), HostId::Client, SimTime{});
    ASSERT_TRUE(isDropped(c));
    EXPECT_EQ(c[0].endsAt, SimTime::fromMs(50)); // the point of loss ignores the delay
    EXPECT_EQ(c[0].delay, SimDuration{});        // a lost copy was not held up
    EXPECT_EQ(c[0].cause, DropCause::Fault);
}

TEST(ChannelFault, EveryMatchingFaultCountsItsOwnNth) {
    // Two nth faults on the same criteria: each keeps its own count, so both fire on their turn.
    Fault first = dropWhen({});
    first.match.flags = Flags(Flag::SYN);
    first.match.nth = 1;
    Fault third = first;
    third.match.nth = 3;
    Channel ch(lat(100, 100), {first, third}, 0.0, 1);
    EXPECT_TRUE(isDropped(ch.transmit(seg(1, Flag::SYN), HostId::Client, SimTime{})));
    EXPECT_FALSE(isDropped(ch.transmit(seg(2, Flag::SYN), HostId::Client, SimTime{})));
    EXPECT_TRUE(isDropped(ch.transmit(seg(3, Flag::SYN), HostId::Client, SimTime{})));
    EXPECT_FALSE(isDropped(ch.transmit(seg(4, Flag::SYN), HostId::Client, SimTime{})));
}

} // namespace
} // namespace hl
