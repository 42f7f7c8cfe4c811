// Behaviour profiles against the table in docs/tcp-rules.md ("Behaviour profiles").
#include "core/host_options.h"

#include <gtest/gtest.h>

namespace hl {
namespace {

TEST(HostOptions, TeachProfile) {
    const HostOptions o = profileDefaults(Profile::Teach);
    EXPECT_EQ(o.rtoInitial, 1_s);
    EXPECT_EQ(o.rtoMin, 1_s);
    EXPECT_EQ(o.rtoMax, 60_s);
    EXPECT_EQ(o.synRetries, 3);
    EXPECT_EQ(o.synackRetries, 3);
    EXPECT_EQ(o.dataRetries, 5);
    EXPECT_EQ(o.msl, 5_s);
    EXPECT_FALSE(o.finWait2Timeout);
    EXPECT_TRUE(o.rfc5961);
    EXPECT_FALSE(o.rfc1337);
    EXPECT_FALSE(o.timeWaitReopen);
    EXPECT_EQ(o.dupSynReply, DupSynReply::Ack);
    EXPECT_EQ(o.window, 65535u);
    EXPECT_EQ(o.mss, 1000u);
}

TEST(HostOptions, Rfc9293Profile) {
    const HostOptions o = profileDefaults(Profile::Rfc9293);
    EXPECT_EQ(o.rtoInitial, 1_s);
    EXPECT_EQ(o.rtoMin, 1_s);
    EXPECT_EQ(o.rtoMax, 60_s);
    EXPECT_EQ(o.synGiveUpAfter, std::optional<SimDuration>(SimTime::fromSeconds(180))); // 3 min
    // Data: the give-up time is the sum of the backed-off RTOs: 1+2+4+8+16+32+60+60 = 183 s >= 100 s.
    EXPECT_EQ(o.dataRetries, 7);
    EXPECT_EQ(o.msl, SimTime::fromSeconds(120));
    EXPECT_TRUE(o.rfc5961);
    EXPECT_FALSE(o.rfc1337);
    EXPECT_EQ(o.dupSynReply, DupSynReply::Ack);
}

TEST(HostOptions, LinuxProfile) {
    const HostOptions o = profileDefaults(Profile::Linux);
    EXPECT_EQ(o.rtoInitial, 1_s);
    EXPECT_EQ(o.rtoMin, 200_ms);
    EXPECT_EQ(o.rtoMax, SimTime::fromSeconds(120));
    EXPECT_EQ(o.synRetries, 6); // 1+2+4+8+16+32+64 = 127 s
    EXPECT_EQ(o.synackRetries, 5);
    EXPECT_EQ(o.dataRetries, 15);
    EXPECT_EQ(o.msl * 2, 60_s); // TIME_WAIT fixed at 60 s
    EXPECT_EQ(o.finWait2Timeout, std::optional<SimDuration>(60_s));
    EXPECT_TRUE(o.rfc5961);
    EXPECT_FALSE(o.rfc1337);
    EXPECT_TRUE(o.timeWaitReopen);
    EXPECT_EQ(o.dupSynReply, DupSynReply::SynAck);
    // Linux 6.18 defaults (docs/lesson-format.md "The linux profile" cites each).
    EXPECT_EQ(o.synLinearTimeouts, 4); // tcp_syn_linear_timeouts
    EXPECT_TRUE(o.retriesAsTime);      // tcp_timer.c retransmits_timed_out()
    EXPECT_TRUE(o.rtoMinOnVariance);   // tcp_input.c tcp_rtt_estimator()
    EXPECT_TRUE(o.rttTimestamps);      // tcp_timestamps = 1
    EXPECT_TRUE(o.tailLossProbe);      // tcp_early_retrans = 3
    EXPECT_TRUE(o.rstAckOnAbort);      // tcp_send_active_reset()
    EXPECT_EQ(o.delayedAckMs, 40_ms);  // TCP_ATO_MIN
    EXPECT_EQ(o.quickAcks, 16);        // TCP_MAX_QUICKACKS
}

// The RFC profiles keep RFC behaviour: none of the Linux-only rules.
TEST(HostOptions, RfcProfilesHaveNoLinuxRules) {
    for (Profile p : {Profile::Teach, Profile::Rfc9293, Profile::Bsd, Profile::Windows}) {
        const HostOptions o = profileDefaults(p);
        EXPECT_EQ(o.synLinearTimeouts, 0);
        EXPECT_FALSE(o.retriesAsTime || o.rtoMinOnVariance || o.rttTimestamps || o.tailLossProbe || o.rstAckOnAbort);
        EXPECT_EQ(o.delayedAckMs, SimDuration{});
    }
}

TEST(HostOptions, BsdProfile) {
    const HostOptions o = profileDefaults(Profile::Bsd);
    EXPECT_EQ(o.rtoInitial, 1_s);
    EXPECT_EQ(o.rtoMax, SimTime::fromSeconds(64));
    EXPECT_EQ(o.synGiveUpAfter, std::optional<SimDuration>(SimTime::fromSeconds(75)));
    EXPECT_EQ(o.dataRetries, 12);
    EXPECT_EQ(o.msl, 30_s);
    EXPECT_TRUE(o.rfc5961);
    EXPECT_TRUE(o.rfc1337); // RST in TIME_WAIT ignored
    EXPECT_TRUE(o.timeWaitReopen);
    EXPECT_EQ(o.dupSynReply, DupSynReply::SynAck);
}

TEST(HostOptions, WindowsProfile) {
    const HostOptions o = profileDefaults(Profile::Windows);
    EXPECT_EQ(o.rtoInitial, 3_s);
    EXPECT_EQ(o.synRetries, 2); // 3 + 6 + 12 = 21 s
    EXPECT_EQ(o.dataRetries, 5);
    EXPECT_EQ(o.msl, SimTime::fromSeconds(120));
    EXPECT_FALSE(o.rfc5961);
    EXPECT_FALSE(o.rfc1337);
}

TEST(HostOptions, NamesRoundTrip) {
    for (Profile p : {Profile::Teach, Profile::Rfc9293, Profile::Linux, Profile::Bsd, Profile::Windows})
        EXPECT_EQ(profileFromString(toString(p)), std::optional<Profile>(p));
    EXPECT_FALSE(profileFromString("solaris"));
}

} // namespace
} // namespace hl
