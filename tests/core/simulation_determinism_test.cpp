// Same lesson + same seed => the same trace, byte for byte (docs/trace-format.md); the seed drives the
// random loss and the random ISNs, each from a stream of its own.
#include "sim_test_support.h"

#include "core/trace_jsonl.h"

namespace hl {
namespace {

using namespace hl::test;
constexpr HostId C = HostId::Client;
constexpr HostId S = HostId::Server;

Scenario lossyTransfer(uint64_t seed) {
    Scenario sc = handshakeLesson();
    sc.seed = seed;
    sc.loss = 0.25;
    sc.until = SimTime::fromSeconds(600);
    sc.actions.push_back(actionAt(500, C, ActionKind::Send, 20000));
    sc.actions.push_back(actionAt(800, S, ActionKind::Send, 5000));
    sc.actions.push_back(actionAt(30000, C, ActionKind::Close));
    sc.actions.push_back(actionAt(31000, S, ActionKind::Close));
    return sc;
}

int losses(const Trace& t) {
    int n = 0;
    for (const TraceEvent& e : t.events) n += e.type == EventType::Drop && e.dropCause == DropCause::Loss;
    return n;
}

TEST(Determinism, SameSeedSameBytes) {
    const std::string a = traceToJsonl(simulate(lossyTransfer(11)));
    const std::string b = traceToJsonl(simulate(lossyTransfer(11)));
    EXPECT_EQ(a, b);
    EXPECT_GT(losses(simulate(lossyTransfer(11))), 0); // the run did exercise the loss stream
}

TEST(Determinism, DifferentSeedDifferentRun) {
    EXPECT_NE(traceToJsonl(simulate(lossyTransfer(11))), traceToJsonl(simulate(lossyTransfer(12))));
}

TEST(Determinism, SeedOverrideActsLikeTheLessonSeed) {
    SimOptions o;
    o.seedOverride = 12;
    EXPECT_EQ(traceToJsonl(simulate(lossyTransfer(11), o)), traceToJsonl(simulate(lossyTransfer(12))));
}

TEST(Determinism, ProfileOverrideChangesTheBehaviour) {
    // Windows: initial RTO 3 s, so a lost SYN is resent at 3 s instead of 1 s.
    Scenario sc = handshakeLesson();
    FaultMatch syn;
    syn.flags = Flags(Flag::SYN);
    syn.nth = 1;
    sc.faults = {dropFault(syn)};
    SimOptions o;
    o.profileOverride = Profile::Windows;
    const Trace t = simulate(sc, o);
    const auto c = sentBy(t, C);
    ASSERT_GE(c.size(), 2u);
    EXPECT_EQ(c[1]->sentAt, SimTime::fromSeconds(3));
}

uint32_t firstIsn(const Trace& t, HostId h) {
    for (const SegmentRecord& r : t.segments)
        if (r.from == h && r.seg.flags.has(Flag::SYN)) return r.seg.seq.value();
    ADD_FAILURE() << "no SYN from host";
    return 0;
}

Scenario unpinned(uint64_t seed, double loss = 0.0) {
    Scenario sc = handshakeLesson();
    sc.client.isn.reset();
    sc.server.isn.reset();
    sc.seed = seed;
    sc.loss = loss;
    return sc;
}

TEST(Isn, RandomFromTheSeedWhenNotPinned) {
    // RFC 9293 §3.4.1: ISNs must not be predictable; ours come from the lesson's seed.
    const Trace a = simulate(unpinned(1));
    const Trace b = simulate(unpinned(2));
    EXPECT_NE(firstIsn(a, C), firstIsn(b, C));
    EXPECT_NE(firstIsn(a, S), firstIsn(b, S));
    EXPECT_NE(firstIsn(a, C), firstIsn(a, S));
    EXPECT_EQ(firstIsn(a, C), firstIsn(simulate(unpinned(1)), C));
}

TEST(Isn, IndependentOfTheLossStream) {
    // Loss draws come from their own stream: turning loss on does not move the ISNs.
    const Trace clean = simulate(unpinned(5));
    const Trace lossy = simulate(unpinned(5, 0.5));
    EXPECT_EQ(firstIsn(clean, C), firstIsn(lossy, C));
    EXPECT_EQ(firstIsn(clean, S), firstIsn(lossy, S));
}

TEST(Isn, PinnedFirstThenSteppedForLaterConnections) {
    // The client connects, closes, and connects again: the second incarnation does not reuse 100.
    Scenario sc = handshakeLesson();
    sc.actions.push_back(actionAt(1000, C, ActionKind::Abort));
    sc.actions.push_back(actionAt(2000, C, ActionKind::Connect));
    const Trace t = simulate(sc);
    std::vector<uint32_t> isns;
    for (const SegmentRecord& r : t.segments)
        if (r.from == C && r.seg.flags == Flags(Flag::SYN) && !r.retransmission) isns.push_back(r.seg.seq.value());
    ASSERT_EQ(isns.size(), 2u);
    EXPECT_EQ(isns[0], 100u);
    EXPECT_EQ(isns[1], 100u + 64000u);
}

} // namespace
} // namespace hl
