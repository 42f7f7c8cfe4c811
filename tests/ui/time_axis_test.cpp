// The one map from simulated time to y: to scale for ordinary gaps, never closer than a line of
// text, long idle gaps compressed to a fixed height and reported as breaks.
#include "ui/diagram/time_axis.h"

#include <gtest/gtest.h>

#include <vector>

namespace hl::ui {
namespace {

SimTime ms(int64_t v) { return SimTime::fromMs(v); }

TimeAxis::Params params() {
    TimeAxis::Params p;
    p.pxPerUs = 1.0 / 1000.0; // 1 px per ms
    p.minGapPx = 18;
    p.breakAfterUs = 300000; // 300 ms
    p.breakPx = 50;
    p.top = 40;
    return p;
}

TEST(TimeAxis, OrdinaryGapsAreToScale) {
    const TimeAxis a({ms(0), ms(100), ms(250)}, params());
    EXPECT_DOUBLE_EQ(a.y(ms(0)), 40);
    EXPECT_DOUBLE_EQ(a.y(ms(100)), 140);
    EXPECT_DOUBLE_EQ(a.y(ms(250)), 290);
    EXPECT_DOUBLE_EQ(a.y(ms(50)), 90); // linear between knots
    EXPECT_TRUE(a.breaks().empty());
}

TEST(TimeAxis, UnsortedAndRepeatedTimesAreFine) {
    const TimeAxis a({ms(250), ms(0), ms(100), ms(100), ms(0)}, params());
    EXPECT_DOUBLE_EQ(a.y(ms(100)), 140);
    EXPECT_DOUBLE_EQ(a.bottom(), 290);
}

TEST(TimeAxis, DistinctInstantsAreAtLeastALineApart) {
    const TimeAxis a({ms(0), ms(1), ms(2), ms(100)}, params());
    EXPECT_DOUBLE_EQ(a.y(ms(1)) - a.y(ms(0)), 18);
    EXPECT_DOUBLE_EQ(a.y(ms(2)) - a.y(ms(1)), 18);
    EXPECT_DOUBLE_EQ(a.y(ms(100)) - a.y(ms(2)), 98);
}

TEST(TimeAxis, LongGapsBecomeBreaksOfFixedHeight) {
    const TimeAxis a({ms(0), ms(100), ms(10100), ms(10200), ms(250200)}, params());
    ASSERT_EQ(a.breaks().size(), 2u);
    EXPECT_EQ(a.breaks()[0].from, ms(100));
    EXPECT_EQ(a.breaks()[0].to, ms(10100));
    EXPECT_DOUBLE_EQ(a.breaks()[0].y1 - a.breaks()[0].y0, 50);
    EXPECT_DOUBLE_EQ(a.breaks()[1].y1 - a.breaks()[1].y0, 50); // 240 s: the same 50 px
    EXPECT_DOUBLE_EQ(a.y(ms(10200)) - a.y(ms(10100)), 100);    // to scale again after it
    // A gap just under the threshold stays to scale.
    const TimeAxis b({ms(0), ms(300)}, params());
    EXPECT_TRUE(b.breaks().empty());
    EXPECT_DOUBLE_EQ(b.y(ms(300)), 340);
}

// Issue 14: a stretch with a segment on the wire is never folded (a 500 ms delay must look long);
// past twice the threshold it is drawn at a quarter of the scale.
TEST(TimeAxis, AGapWithASegmentInFlightIsNotFolded) {
    const std::vector<SimTime> times = {ms(0), ms(100), ms(700), ms(2000), ms(3000)};
    const TimeAxis a(times, params(), {{ms(100), ms(700)}, {ms(2000), ms(3000)}});
    ASSERT_EQ(a.breaks().size(), 1u);
    EXPECT_DOUBLE_EQ(a.y(ms(700)) - a.y(ms(100)), 600);                         // to scale
    EXPECT_DOUBLE_EQ(a.y(ms(3000)) - a.y(ms(2000)), 600 + (1000 - 600) * 0.25); // long: gentler
    // 700 ms → 2 s has nothing on the wire: folded as before.
    EXPECT_EQ(a.breaks()[0].from, ms(700));
    EXPECT_DOUBLE_EQ(a.y(ms(2000)) - a.y(ms(700)), 50);
    const TimeAxis b(times, params(), {{ms(100), ms(700)}});
    ASSERT_EQ(b.breaks().size(), 2u);
    EXPECT_EQ(b.breaks()[0].from, ms(700));
    // A flight that only starts inside a gap's end knot does not hold that gap.
    const TimeAxis c({ms(0), ms(1000), ms(1100)}, params(), {{ms(1000), ms(1100)}});
    ASSERT_EQ(c.breaks().size(), 1u);
}

TEST(TimeAxis, RoomBelowAnInstantPushesWhatFollows) {
    const TimeAxis a({ms(0), ms(100), ms(200)}, params(), {}, {{ms(100), 30}});
    EXPECT_DOUBLE_EQ(a.y(ms(100)), 140);
    EXPECT_DOUBLE_EQ(a.y(ms(200)), 140 + 30 + 100);
}

// The layout's passes look an arrow's ends up once as knots: a knot's y is exactly y(t), and the
// index holds for an axis of the same instants with other room (only then is it used).
TEST(TimeAxis, KnotsAreFoundByTimeAndGiveTheSameY) {
    const std::vector<SimTime> times{ms(0), ms(100), ms(200), ms(900)};
    const TimeAxis a(times, params());
    const TimeAxis roomier(times, params(), {}, {{ms(100), 30}, {ms(0), 7.5}});
    ASSERT_EQ(a.knotCount(), 4U);
    ASSERT_EQ(roomier.knotCount(), 4U);
    for (const SimTime t : times) {
        const size_t k = a.knotAt(t);
        ASSERT_NE(k, TimeAxis::kNoKnot);
        EXPECT_EQ(roomier.knotAt(t), k);
        EXPECT_EQ(a.knotY(k), a.y(t)); // exactly: the same pixel as before
        EXPECT_EQ(roomier.knotY(k), roomier.y(t));
    }
    EXPECT_EQ(a.knotAt(ms(50)), TimeAxis::kNoKnot);   // between knots
    EXPECT_EQ(a.knotAt(ms(-1)), TimeAxis::kNoKnot);   // before the first
    EXPECT_EQ(a.knotAt(ms(1000)), TimeAxis::kNoKnot); // after the last
    // Room at an instant that is not a knot makes it one: the count tells the indices changed.
    const TimeAxis more(times, params(), {}, {{ms(150), 10}});
    EXPECT_EQ(more.knotCount(), 5U);
    EXPECT_EQ(more.knotAt(ms(200)), 3U);
}

TEST(TimeAxis, StrictlyIncreasingAndInvertible) {
    const TimeAxis a({ms(0), ms(3), ms(100), ms(5000), ms(5100), ms(5101)}, params());
    double prev = a.y(ms(-10));
    for (int64_t t = -5; t <= 5200; ++t) {
        const double y = a.y(ms(t));
        ASSERT_GT(y, prev) << t;
        prev = y;
        EXPECT_EQ(a.timeAt(y), ms(t)) << t;
    }
}

TEST(TimeAxis, TicksAreRegularAndNeverInsideABreak) {
    const TimeAxis a({ms(0), ms(250), ms(20000), ms(20250)}, params());
    ASSERT_EQ(a.breaks().size(), 1u);
    const auto ticks = a.ticks(40);
    ASSERT_GE(ticks.size(), 8u); // 0..250 ms and 20..20.25 s, every 50 ms
    for (size_t i = 0; i < ticks.size(); ++i) {
        EXPECT_EQ(ticks[i].t.us() % 50000, 0) << i; // 40 px at 1 px/ms: a 50 ms step
        EXPECT_DOUBLE_EQ(ticks[i].y, a.y(ticks[i].t));
        EXPECT_FALSE(ticks[i].t > ms(250) && ticks[i].t < ms(20000)) << i;
        if (i > 0) {
            EXPECT_GE(ticks[i].y - ticks[i - 1].y, 40);
        }
    }
}

TEST(TimeAxis, FormatsTimesForPeople) {
    EXPECT_EQ(TimeAxis::formatTime(SimTime{}), QStringLiteral("0 ms"));
    EXPECT_EQ(TimeAxis::formatTime(SimTime::fromUs(40)), QStringLiteral("40 µs"));
    EXPECT_EQ(TimeAxis::formatTime(ms(250)), QStringLiteral("250 ms"));
    EXPECT_EQ(TimeAxis::formatTime(SimTime::fromUs(1500)), QStringLiteral("1.5 ms"));
    EXPECT_EQ(TimeAxis::formatTime(ms(1250)), QStringLiteral("1.25 s"));
    EXPECT_EQ(TimeAxis::formatTime(ms(10000)), QStringLiteral("10 s"));
    EXPECT_EQ(TimeAxis::formatTime(ms(9900)), QStringLiteral("9.9 s"));
}

} // namespace
} // namespace hl::ui
