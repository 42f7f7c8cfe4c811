#include "core/reason.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace hl {
namespace {

// Reason ids appear in traces and golden files: each must be unique and map back to itself.
TEST(Reason, IdsAreUniqueAndRoundTrip) {
    std::set<std::string> seen;
    for (Reason r : allReasons()) {
        std::string id(reasonId(r));
        EXPECT_FALSE(id.empty());
        EXPECT_TRUE(seen.insert(id).second) << "duplicate reason id " << id;
        ASSERT_TRUE(reasonFromId(id).has_value()) << id;
        EXPECT_EQ(*reasonFromId(id), r);
    }
    EXPECT_FALSE(reasonFromId("no-such-reason").has_value());
}

// Every protocol decision cites the rule behind it (only "none", the network's own events and
// the simulation's work budget have none).
TEST(Reason, ProtocolDecisionsCiteARule) {
    for (Reason r : allReasons()) {
        std::string id(reasonId(r));
        if (r == Reason::None || id.rfind("net.", 0) == 0 || id.rfind("budget.", 0) == 0) continue;
        EXPECT_FALSE(reasonRule(r).empty()) << id;
    }
}

// The categories, checked against what each reason means: a give-up is the end of the retries of
// RFC 1122 §4.2.3.5 (its id says "give-up."), routine is a plain delivery or ACK (and "none").
TEST(Reason, CategoriesFollowTheMeaning) {
    for (Reason r : allReasons()) {
        const std::string id(reasonId(r));
        EXPECT_EQ(isGiveUp(r), id.rfind("give-up.", 0) == 0) << id;
        EXPECT_EQ(isRoutine(r), id == "none" || id == "net.delivered" || id == "send.ack") << id;
        EXPECT_FALSE(isGiveUp(r) && isRoutine(r)) << id;
    }
    EXPECT_EQ(reasonCategory(Reason::SynSentSynAck), ReasonCategory::Rule);
}

} // namespace
} // namespace hl
