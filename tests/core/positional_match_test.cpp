// positionalMatch names a segment "the nth with these flags from this host"; the channel applies
// a fault by counting nth itself as segments pass. The two must count alike, or a fault the user
// puts on one arrow lands on another: for every segment of every built-in lesson, a drop fault
// made from positionalMatch, replayed through a fresh Channel over the same segments in send
// order, drops that segment and no other.
#include "core/builtin_lessons.h"
#include "core/channel.h"
#include "core/simulation.h"

#include <gtest/gtest.h>

namespace hl {
namespace {

TEST(PositionalMatch, CountsAsTheChannelDoes) {
    size_t checked = 0;
    for (const Scenario& lesson : builtinLessons()) {
        if (lesson.load) continue; // a load lesson has no single trace
        SCOPED_TRACE(lesson.id);
        const Trace trace = simulate(lesson);
        for (const SegmentRecord& target : trace.segments) {
            const std::optional<FaultMatch> m = positionalMatch(trace, target.seg.id);
            ASSERT_EQ(m.has_value(), !target.injected) << target.seg.id;
            if (!m) continue;
            Fault drop;
            drop.match = *m;
            drop.drop = true;
            Channel channel(lesson.latency, {drop}, 0.0, 0);
            for (const SegmentRecord& r : trace.segments) {
                if (r.injected) continue; // injections do not pass the channel
                const std::vector<SegmentCopy> copies = channel.transmit(r.seg, r.from, r.sentAt);
                ASSERT_FALSE(copies.empty());
                EXPECT_EQ(copies[0].lost, r.seg.id == target.seg.id)
                    << "fault for segment " << target.seg.id << ", segment " << r.seg.id;
            }
            ++checked;
        }
    }
    EXPECT_GT(checked, 100u); // the lessons have retransmissions, PSH, both directions
}

TEST(PositionalMatch, UnknownAndInjectedSegmentsHaveNoMatch) {
    const Trace trace = simulate(*findBuiltinLesson("handshake-and-close"));
    EXPECT_FALSE(positionalMatch(trace, 0).has_value());
    EXPECT_FALSE(positionalMatch(trace, trace.segments.size() + 1).has_value());
}

} // namespace
} // namespace hl
