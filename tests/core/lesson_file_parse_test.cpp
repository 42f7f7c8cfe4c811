// Reading valid lesson files: every field lands in the Scenario, absent fields take their
// documented defaults (docs/lesson-format.md).
#include "core/lesson_file.h"

#include <gtest/gtest.h>

namespace hl {
namespace {

Scenario mustRead(const std::string& name) {
    const auto result = readLessonFile(std::string(HL_TEST_DATA_DIR) + "/lessons/" + name);
    if (const auto* e = std::get_if<LessonError>(&result)) ADD_FAILURE() << e->toString();
    return std::holds_alternative<Scenario>(result) ? std::get<Scenario>(result) : Scenario{};
}

TEST(LessonFileParse, MinimalFileTakesEveryDefault) {
    const Scenario s = mustRead("minimal.json");
    EXPECT_EQ(s.id, "minimal");
    EXPECT_EQ(s.title.ko, "최소");
    EXPECT_EQ(s.title.en, "");
    EXPECT_EQ(s.summary, LocalizedText{});
    EXPECT_FALSE(s.group.has_value());
    EXPECT_EQ(s.profile, Profile::Teach);
    EXPECT_EQ(s.seed, 1u);
    EXPECT_EQ(s.latency.c2s, SimTime::fromMs(100));
    EXPECT_EQ(s.latency.s2c, SimTime::fromMs(100));
    EXPECT_EQ(s.loss, 0.0);
    EXPECT_EQ(s.until, SimTime::fromMs(600000));
    EXPECT_EQ(s.client.port, 50000);
    EXPECT_EQ(s.server.port, 80);
    EXPECT_FALSE(s.client.isn.has_value());
    EXPECT_FALSE(s.server.isn.has_value());
    EXPECT_EQ(s.client.options, HostOverrides{});
    EXPECT_EQ(s.server.options, HostOverrides{});
    EXPECT_TRUE(s.actions.empty());
    EXPECT_TRUE(s.faults.empty());
}

TEST(LessonFileParse, EveryTopLevelAndHostField) {
    const Scenario s = mustRead("every-field.json");
    EXPECT_EQ(s.id, "every-field-2");
    EXPECT_EQ(s.title, (LocalizedText{"Every field", "모든 필드"}));
    EXPECT_EQ(s.summary, (LocalizedText{"A lesson that sets every field.", "모든 필드를 설정한 수업"}));
    EXPECT_EQ(s.group, LessonGroup::TimeWait);
    EXPECT_EQ(s.profile, Profile::Linux);
    EXPECT_EQ(s.seed, UINT64_MAX);
    EXPECT_EQ(s.latency.c2s, SimTime::fromUs(20500)); // 20.5 ms
    EXPECT_EQ(s.latency.s2c, SimTime::fromMs(30));
    EXPECT_EQ(s.loss, 0.125);
    EXPECT_EQ(s.until, SimTime::fromMs(30000));
    EXPECT_EQ(s.client.port, 40000);
    EXPECT_EQ(s.client.isn, 4294967295u);
    EXPECT_EQ(s.server.port, 8080);
    EXPECT_EQ(s.server.isn, 0u);

    const HostOverrides& o = s.client.options;
    EXPECT_EQ(o.rtoInitial, SimTime::fromMs(1500));
    EXPECT_EQ(o.rtoMin, SimTime::fromMs(200));
    EXPECT_EQ(o.rtoMax, SimTime::fromMs(9000));
    EXPECT_EQ(o.synRetries, 0);
    EXPECT_EQ(o.synackRetries, 4);
    EXPECT_EQ(o.dataRetries, 6);
    EXPECT_EQ(o.msl, SimTime::fromMs(2000));
    ASSERT_TRUE(o.finWait2Timeout.has_value()); // given, as null: no timer
    EXPECT_FALSE(o.finWait2Timeout->has_value());
    EXPECT_EQ(o.rfc5961, false);
    EXPECT_EQ(o.rfc1337, true);
    EXPECT_EQ(o.timeWaitReopen, true);
    EXPECT_EQ(o.dupSynReply, DupSynReply::SynAck);
    EXPECT_EQ(o.window, 1u << 30);
    EXPECT_EQ(o.mss, 536u);
    EXPECT_EQ(o.appReads, false);
    EXPECT_EQ(o.appClosesOnEof, true);

    HostOverrides serverOptions;
    serverOptions.finWait2Timeout = std::optional<SimDuration>(SimTime::fromMs(7000));
    EXPECT_EQ(s.server.options, serverOptions);
}

TEST(LessonFileParse, ActionsInFileOrder) {
    const Scenario s = mustRead("every-field.json");
    ASSERT_EQ(s.actions.size(), 8u);
    const ActionKind kinds[] = {ActionKind::Listen, ActionKind::Connect, ActionKind::Send,   ActionKind::Shutdown,
                                ActionKind::Close,  ActionKind::Abort,   ActionKind::Reboot, ActionKind::Inject};
    const HostId hosts[] = {HostId::Server, HostId::Client, HostId::Client, HostId::Server,
                            HostId::Client, HostId::Server, HostId::Client, HostId::Server};
    const int64_t at[] = {0, 0, 500, 600, 700, 800, 900, 50};
    for (size_t i = 0; i < 8; ++i) {
        EXPECT_EQ(s.actions[i].kind, kinds[i]) << i;
        EXPECT_EQ(s.actions[i].host, hosts[i]) << i;
        EXPECT_EQ(s.actions[i].at, SimTime::fromMs(at[i])) << i;
    }
    EXPECT_EQ(s.actions[2].bytes, 2500u);
    EXPECT_EQ(s.actions[0].bytes, 0u);

    const InjectedSegment& seg = s.actions[7].segment;
    EXPECT_EQ(seg.flags, Flag::SYN | Flag::ACK | Flag::PSH);
    EXPECT_EQ(seg.seq, 90u);
    EXPECT_EQ(seg.ack, 7u);
    EXPECT_EQ(seg.len, 3u);
    EXPECT_EQ(seg.window, 0u);
    EXPECT_EQ(seg.srcPort, 4242);
}

TEST(LessonFileParse, Faults) {
    const Scenario s = mustRead("every-field.json");
    ASSERT_EQ(s.faults.size(), 4u);
    const Fault& f0 = s.faults[0];
    EXPECT_EQ(f0.match.from, HostId::Client);
    EXPECT_EQ(f0.match.flags, Flags(Flag::SYN));
    EXPECT_EQ(f0.match.nth, 1u);
    EXPECT_TRUE(f0.drop);
    EXPECT_FALSE(f0.delay.has_value());
    EXPECT_FALSE(f0.fromUser);

    const Fault& f1 = s.faults[1];
    EXPECT_EQ(f1.match.flags, Flag::SYN | Flag::ACK);
    EXPECT_EQ(f1.match.hasData, false);
    EXPECT_FALSE(f1.match.nth.has_value());
    EXPECT_FALSE(f1.drop);
    EXPECT_EQ(f1.delay, SimTime::fromMs(400));

    const Fault& f2 = s.faults[2];
    EXPECT_FALSE(f2.match.from.has_value());
    ASSERT_TRUE(f2.match.between.has_value());
    EXPECT_EQ(f2.match.between->first, SimTime::fromMs(200));
    EXPECT_EQ(f2.match.between->second, SimTime::fromMs(16000));
    EXPECT_EQ(f2.duplicateAfter, SimTime::fromMs(0));
    EXPECT_EQ(f2.delay, SimTime::fromMs(1));

    const Fault& f3 = s.faults[3];
    EXPECT_EQ(f3.match.segmentId, 7u);
    EXPECT_TRUE(f3.fromUser);
}

TEST(LessonFileParse, InjectDefaultsAndScalarLatency) {
    const auto r = parseLesson(R"({"format": "handshakelab-lesson", "version": 1, "id": "x",
        "title": {"en": "X"}, "latency_ms": 0.001, "loss": 1,
        "actions": [{"at_ms": 5, "do": "inject", "to": "client", "segment": {"flags": [], "seq": 1, "ack": 0}}]})",
                               "t.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<LessonError>(r).toString();
    const Scenario& s = std::get<Scenario>(r);
    EXPECT_EQ(s.latency.c2s, SimTime::fromUs(1)); // kept to the microsecond
    EXPECT_EQ(s.latency.s2c, SimTime::fromUs(1));
    EXPECT_EQ(s.loss, 1.0);
    const InjectedSegment& seg = s.actions.at(0).segment;
    EXPECT_EQ(seg.flags, Flags{});
    EXPECT_EQ(seg.len, 0u);
    EXPECT_FALSE(seg.window.has_value());
    EXPECT_FALSE(seg.srcPort.has_value());
    EXPECT_EQ(s.actions[0].host, HostId::Client);
}

TEST(LessonFileParse, ResolveOptionsAppliesOverridesOnTheProfile) {
    HostOverrides o;
    o.rtoMin = SimTime::fromMs(300);
    o.finWait2Timeout = std::optional<SimDuration>{}; // null: switch Linux's timer off
    const HostOptions r = resolveOptions(Profile::Linux, o);
    const HostOptions linux = profileDefaults(Profile::Linux);
    EXPECT_EQ(r.rtoMin, SimTime::fromMs(300));
    EXPECT_FALSE(r.finWait2Timeout.has_value());
    EXPECT_TRUE(linux.finWait2Timeout.has_value());
    EXPECT_EQ(r.synRetries, linux.synRetries); // untouched knobs keep the profile's value
    EXPECT_EQ(r.dupSynReply, linux.dupSynReply);
}

TEST(LessonFileParse, EnumNamesRoundTrip) {
    for (auto g : {LessonGroup::Handshake, LessonGroup::Closing, LessonGroup::Loss, LessonGroup::Reset,
                   LessonGroup::TimeWait, LessonGroup::Load})
        EXPECT_EQ(lessonGroupFromString(toString(g)), g);
    EXPECT_EQ(toString(LessonGroup::TimeWait), "time_wait");
    EXPECT_EQ(hostIdFromString("client"), HostId::Client);
    EXPECT_EQ(hostIdFromString("server"), HostId::Server);
    EXPECT_EQ(toString(HostId::Server), "server");
    EXPECT_FALSE(hostIdFromString("Client").has_value());
    EXPECT_FALSE(lessonGroupFromString("timewait").has_value());
}

} // namespace
} // namespace hl

namespace hl {
namespace {

// The options of issue 19 and syn_give_up_after_ms are read and written like every other option
// (all generated from HL_HOST_OPTIONS): their file names, their ranges, the canonical round trip.
TEST(LessonFileParse, LinuxRuleOptionsReadAndWrite) {
    const std::string text = R"({"format": "handshakelab-lesson", "version": 1, "id": "x", "title": {"en": "x"},
        "client": {"options": {"syn_linear_timeouts": 2, "retries_as_time": true, "rto_min_on_variance": true,
                               "rtt_timestamps": false, "tail_loss_probe": true, "rst_ack_on_abort": true,
                               "delayed_ack_ms": 40, "quick_acks": 16, "syn_give_up_after_ms": null}},
        "actions": [{"at_ms": 0, "host": "client", "do": "connect"}]})";
    const LessonResult r = parseLesson(text, "x.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<LessonError>(r).toString();
    const Scenario& s = std::get<Scenario>(r);
    const HostOverrides& o = s.client.options;
    EXPECT_EQ(o.synLinearTimeouts, 2);
    EXPECT_EQ(o.retriesAsTime, true);
    EXPECT_EQ(o.rttTimestamps, false);
    EXPECT_EQ(o.delayedAckMs, SimTime::fromMs(40));
    EXPECT_EQ(o.quickAcks, 16);
    ASSERT_TRUE(o.synGiveUpAfter.has_value());
    EXPECT_FALSE(o.synGiveUpAfter->has_value()); // null: no time limit
    const LessonResult again = parseLesson(writeLesson(s), "again.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(again));
    EXPECT_EQ(std::get<Scenario>(again), s);

    const LessonResult bad = parseLesson(
        R"({"format": "handshakelab-lesson", "version": 1, "id": "x", "title": {"en": "x"},
            "client": {"options": {"quick_acks": 1001}}})",
        "bad.json");
    ASSERT_TRUE(std::holds_alternative<LessonError>(bad));
    EXPECT_EQ(std::get<LessonError>(bad).field, "client.options.quick_acks");
}

} // namespace
} // namespace hl
