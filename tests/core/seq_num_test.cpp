#include "core/seq_num.h"

#include <gtest/gtest.h>

namespace hl {
namespace {

// RFC 9293 §3.4: sequence arithmetic is modulo 2^32, so 2^32-1 comes before 0.
TEST(SeqNum, ComparesAcrossWrapAround) {
    SeqNum high(0xFFFFFFF0u);
    SeqNum wrapped = high + 0x20u;
    EXPECT_EQ(wrapped.value(), 0x10u);
    EXPECT_TRUE(high < wrapped);
    EXPECT_TRUE(wrapped > high);
    EXPECT_EQ(wrapped - high, 0x20);
    EXPECT_EQ(high - wrapped, -0x20);
}

TEST(SeqNum, RangeIsHalfOpen) {
    SeqNum lo(0xFFFFFFFFu);
    EXPECT_TRUE(seqInRange(lo, lo, lo + 10));
    EXPECT_TRUE(seqInRange(lo, lo + 9, lo + 10));
    EXPECT_FALSE(seqInRange(lo, lo + 10, lo + 10));
    EXPECT_FALSE(seqInRange(lo, lo - 1, lo + 10));
}

} // namespace
} // namespace hl
