// RFC 6298 estimator, numbers computed by hand from the RFC's formulas.
#include "core/retransmit_timer.h"

#include <gtest/gtest.h>

namespace hl {
namespace {

TEST(RetransmitTimer, InitialRto) {
    // RFC 6298 §2.1: RTO starts at 1 s (teach/rfc9293); no sample yet.
    RetransmitTimer t(1_s, 1_s, 60_s);
    EXPECT_EQ(t.rto(), 1_s);
    EXPECT_FALSE(t.valid());
}

TEST(RetransmitTimer, FirstAndLaterSamples) {
    // Floor 200 ms (Linux) so the computed value shows.
    RetransmitTimer t(1_s, 200_ms, 120_s);
    // §2.2: R=400ms: SRTT=400, RTTVAR=200, RTO=400+800=1200 ms.
    t.sample(400_ms);
    EXPECT_EQ(t.srtt(), 400_ms);
    EXPECT_EQ(t.rttvar(), 200_ms);
    EXPECT_EQ(t.rto(), 1200_ms);
    // §2.3: R=200ms: RTTVAR = 3/4*200 + 1/4*|400-200| = 150+50 = 200; SRTT = 7/8*400 + 1/8*200 = 375;
    // RTO = 375 + 800 = 1175 ms.
    t.sample(200_ms);
    EXPECT_EQ(t.rttvar(), 200_ms);
    EXPECT_EQ(t.srtt(), 375_ms);
    EXPECT_EQ(t.rto(), 1175_ms);
    // R=375ms (= SRTT): RTTVAR = 150, SRTT = 375, RTO = 375 + 600 = 975 ms.
    t.sample(375_ms);
    EXPECT_EQ(t.rttvar(), 150_ms);
    EXPECT_EQ(t.srtt(), 375_ms);
    EXPECT_EQ(t.rto(), 975_ms);
}

TEST(RetransmitTimer, FloorApplies) {
    // §2.4: RTO below 1 s is rounded up to 1 s. R=100ms -> 100+200 = 300 ms -> 1 s.
    RetransmitTimer t(1_s, 1_s, 60_s);
    t.sample(100_ms);
    EXPECT_EQ(t.rto(), 1_s);
}

TEST(RetransmitTimer, BackoffDoublesAndCaps) {
    // §5.5: double on each expiry; §2.5 cap.
    RetransmitTimer t(1_s, 1_s, 60_s);
    const SimDuration expect[] = {2_s, 4_s, 8_s, 16_s, 32_s, 60_s, 60_s};
    for (SimDuration e : expect) {
        t.backoff();
        EXPECT_EQ(t.rto(), e);
    }
}

TEST(RetransmitTimer, ThreeSecondsAfterSynLoss) {
    // §5.7: RTO re-initialised to 3 s when data starts, only while no sample exists.
    RetransmitTimer t(1_s, 1_s, 60_s);
    t.backoff();
    t.restartAfterSynLoss();
    EXPECT_EQ(t.rto(), 3_s);
    RetransmitTimer w(3_s, 1_s, 60_s); // an initial RTO of 3 s is kept
    w.backoff();
    w.restartAfterSynLoss();
    EXPECT_EQ(w.rto(), 3_s);
    RetransmitTimer s(1_s, 1_s, 60_s);
    s.sample(200_ms);
    s.restartAfterSynLoss(); // a sample exists: unchanged
    EXPECT_EQ(s.rto(), 1_s);
}

} // namespace
} // namespace hl
