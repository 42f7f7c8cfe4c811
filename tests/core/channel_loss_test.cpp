// Seeded random loss: per copy, from a stream of its own, mapped to [0,1) by our own code so the
// same seed gives the same losses with every standard library.
#include "core/channel.h"
#include "core/random.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hl {
namespace {

Segment ack(uint64_t id) {
    Segment s;
    s.id = id;
    s.flags = Flag::ACK;
    return s;
}

std::vector<bool> lossPattern(double loss, uint64_t seed, int n) {
    Channel ch(Latency{}, {}, loss, seed);
    std::vector<bool> out;
    for (int i = 1; i <= n; ++i) out.push_back(ch.transmit(ack(i), HostId::Client, SimTime{})[0].lost);
    return out;
}

TEST(RandomMapping, UnitIntervalUsesTheTop53Bits) {
    EXPECT_EQ(unitInterval(0), 0.0);
    EXPECT_EQ(unitInterval(UINT64_MAX), 1.0 - 0x1.0p-53); // never reaches 1
    EXPECT_EQ(unitInterval(uint64_t{1} << 63), 0.5);
    EXPECT_EQ(unitInterval((uint64_t{1} << 11) - 1), 0.0); // the low 11 bits are discarded
}

TEST(RandomMapping, SplitMixSeparatesNeighbouringSeeds) {
    EXPECT_NE(splitMix64(1), splitMix64(2));
    EXPECT_NE(splitMix64(1 ^ kLossStreamSalt), splitMix64(1 ^ kClientIsnStreamSalt));
}

TEST(ChannelLoss, SameSeedSameLosses) { EXPECT_EQ(lossPattern(0.3, 42, 500), lossPattern(0.3, 42, 500)); }

TEST(ChannelLoss, DifferentSeedDifferentLosses) { EXPECT_NE(lossPattern(0.3, 42, 500), lossPattern(0.3, 43, 500)); }

TEST(ChannelLoss, RateIsRoughlyTheProbability) {
    auto p = lossPattern(0.3, 7, 10000);
    const long lost = std::count(p.begin(), p.end(), true);
    // Binomial(10000, 0.3): sd ≈ 46; 5 sd either side.
    EXPECT_GT(lost, 2770);
    EXPECT_LT(lost, 3230);
}

TEST(ChannelLoss, ZeroNeverLosesAndOneAlwaysLoses) {
    auto none = lossPattern(0.0, 1, 200);
    EXPECT_EQ(std::count(none.begin(), none.end(), true), 0);
    auto all = lossPattern(1.0, 1, 200);
    EXPECT_EQ(std::count(all.begin(), all.end(), true), 200);
}

TEST(ChannelLoss, LostCopyEndsHalfWayWithCauseLoss) {
    Channel ch(Latency{SimTime::fromMs(80), SimTime::fromMs(80)}, {}, 1.0, 3);
    auto c = ch.transmit(ack(1), HostId::Server, SimTime::fromMs(1000));
    ASSERT_EQ(c.size(), 1u);
    EXPECT_TRUE(c[0].lost);
    EXPECT_EQ(c[0].cause, DropCause::Loss);
    EXPECT_EQ(c[0].endsAt, SimTime::fromMs(1040));
}

TEST(ChannelLoss, EachCopyIsDrawnSeparately) {
    // With duplicates on every segment and 50 % loss, some segments lose exactly one of their
    // two copies: the draw is per copy, not per segment.
    Fault dup;
    dup.duplicateAfter = SimTime::fromMs(10);
    Channel ch(Latency{}, {dup}, 0.5, 99);
    int split = 0;
    for (int i = 1; i <= 200; ++i) {
        auto c = ch.transmit(ack(i), HostId::Client, SimTime{});
        ASSERT_EQ(c.size(), 2u);
        if (c[0].lost != c[1].lost) ++split;
    }
    EXPECT_GT(split, 50);
    EXPECT_LT(split, 150);
}

} // namespace
} // namespace hl
