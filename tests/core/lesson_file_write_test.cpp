// Writing lesson files: the canonical form (fixed key order, defaults left out, one action or
// fault per line) and parse(write(s)) == s for any valid scenario.
#include "core/lesson_file.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace hl {
namespace {

Scenario parseOk(const std::string& text) {
    const auto r = parseLesson(text, "w.json");
    if (const auto* e = std::get_if<LessonError>(&r)) {
        ADD_FAILURE() << e->toString() << "\n" << text;
        return {};
    }
    return std::get<Scenario>(r);
}

TEST(LessonFileWrite, MinimalScenarioWritesOnlyRequiredFields) {
    Scenario s;
    s.id = "tiny";
    s.title.en = "Tiny";
    EXPECT_EQ(writeLesson(s), "{\n"
                              "  \"format\": \"handshakelab-lesson\",\n"
                              "  \"version\": 1,\n"
                              "  \"id\": \"tiny\",\n"
                              "  \"title\": {\"en\": \"Tiny\"}\n"
                              "}\n");
}

// The issue's example lesson, written canonically: the expected text follows the documented
// order (format, version, id, title, summary, group, profile, seed, latency_ms, loss, until_ms,
// client, server, actions, faults), leaves out the defaults (profile teach, loss 0, server
// port 80, segment len 0) and keeps Korean as UTF-8.
TEST(LessonFileWrite, CanonicalFormOfTheIssueExample) {
    Scenario s;
    s.id = "lost-syn";
    s.title = {"Lost SYN", "잃어버린 SYN"};
    s.summary = {"The first SYN is lost.", ""};
    s.group = LessonGroup::Loss;
    s.seed = 7;
    s.until = SimTime::fromMs(30000);
    s.client.isn = 100;
    s.client.options.rtoInitial = SimTime::fromMs(1000);
    s.server.isn = 300;
    s.actions.push_back({SimTime::fromMs(0), ActionKind::Listen, HostId::Server, 0, {}});
    s.actions.push_back({SimTime::fromMs(500), ActionKind::Send, HostId::Client, 10, {}});
    Action inject{SimTime::fromMs(50), ActionKind::Inject, HostId::Server, 0, {}};
    inject.segment.flags = Flag::SYN;
    inject.segment.seq = 90;
    s.actions.push_back(inject);
    Fault drop;
    drop.match.from = HostId::Client;
    drop.match.flags = Flags(Flag::SYN);
    drop.match.nth = 1;
    drop.drop = true;
    s.faults.push_back(drop);
    Fault late;
    late.match.between = {SimTime::fromMs(200), SimTime::fromMs(16000)};
    late.delay = SimTime::fromMs(400);
    late.fromUser = true;
    s.faults.push_back(late);

    const std::string expected =
        "{\n"
        "  \"format\": \"handshakelab-lesson\",\n"
        "  \"version\": 1,\n"
        "  \"id\": \"lost-syn\",\n"
        "  \"title\": {\"en\": \"Lost SYN\", \"ko\": \"잃어버린 SYN\"},\n"
        "  \"summary\": {\"en\": \"The first SYN is lost.\"},\n"
        "  \"group\": \"loss\",\n"
        "  \"seed\": 7,\n"
        "  \"until_ms\": 30000,\n"
        "  \"client\": {\"isn\": 100, \"options\": {\"rto_initial_ms\": 1000}},\n"
        "  \"server\": {\"isn\": 300},\n"
        "  \"actions\": [\n"
        "    {\"at_ms\": 0, \"host\": \"server\", \"do\": \"listen\"},\n"
        "    {\"at_ms\": 500, \"host\": \"client\", \"do\": \"send\", \"bytes\": 10},\n"
        "    {\"at_ms\": 50, \"do\": \"inject\", \"to\": \"server\", \"segment\": {\"flags\": [\"SYN\"], \"seq\": 90, "
        "\"ack\": 0}}\n"
        "  ],\n"
        "  \"faults\": [\n"
        "    {\"match\": {\"from\": \"client\", \"flags\": [\"SYN\"], \"nth\": 1}, \"drop\": true},\n"
        "    {\"match\": {\"between_ms\": [200, 16000]}, \"delay_ms\": 400, \"user\": true}\n"
        "  ]\n"
        "}\n";
    EXPECT_EQ(writeLesson(s), expected);
    EXPECT_EQ(parseOk(expected), s);
}

TEST(LessonFileWrite, NullTimerPerDirectionLatencyAndExactLoss) {
    Scenario s;
    s.id = "x";
    s.title.ko = "엑스";
    s.latency = {SimTime::fromUs(20500), SimTime::fromMs(30)};
    s.loss = 0.1;
    s.client.options.finWait2Timeout = std::optional<SimDuration>{};
    s.server.options.finWait2Timeout = std::optional<SimDuration>{SimTime::fromMs(9000)};
    const std::string text = writeLesson(s);
    EXPECT_NE(text.find("\"latency_ms\": {\"c2s\": 20.5, \"s2c\": 30},\n"), std::string::npos) << text;
    EXPECT_NE(text.find("\"loss\": 0.1,\n"), std::string::npos) << text;
    EXPECT_NE(text.find("\"client\": {\"options\": {\"fin_wait_2_timeout_ms\": null}}"), std::string::npos) << text;
    EXPECT_NE(text.find("\"server\": {\"options\": {\"fin_wait_2_timeout_ms\": 9000}}"), std::string::npos) << text;
    EXPECT_EQ(parseOk(text), s);

    // Doubles with no short decimal form come back bit for bit.
    for (double loss : {1.0 / 3.0, std::nextafter(0.5, 1.0), 5e-324, 1.0, std::nextafter(1.0, 0.0)}) {
        s.loss = loss;
        EXPECT_EQ(parseOk(writeLesson(s)).loss, loss) << writeLesson(s);
    }
}

TEST(LessonFileWrite, StringsAreEscaped) {
    Scenario s;
    s.id = "esc";
    s.title = {"quote \" backslash \\ tab \t newline \n bell \x07", "한국어 \"따옴표\""};
    const std::string text = writeLesson(s);
    EXPECT_NE(text.find(R"("quote \" backslash \\ tab \t newline \n bell \u0007")"), std::string::npos) << text;
    EXPECT_EQ(parseOk(text), s);
}

TEST(LessonFileWrite, EveryFieldFileRoundTripsAndWritingIsIdempotent) {
    const auto r = readLessonFile(std::string(HL_TEST_DATA_DIR) + "/lessons/every-field.json");
    ASSERT_TRUE(std::holds_alternative<Scenario>(r)) << std::get<LessonError>(r).toString();
    const Scenario& s = std::get<Scenario>(r);
    const std::string once = writeLesson(s);
    const Scenario back = parseOk(once);
    EXPECT_EQ(back, s);
    EXPECT_EQ(writeLesson(back), once);
}

// A random valid scenario: every field at random within its documented range.
class RandomScenario {
public:
    explicit RandomScenario(uint64_t seed) : rng_(seed) {}

    Scenario make() {
        Scenario s;
        s.id = "r-" + std::to_string(rng_() % 100000);
        s.title = {text(), coin() ? "수업 " + text() : ""};
        if (s.title.en.empty() && s.title.ko.empty()) s.title.en = "t";
        if (coin()) s.summary = {text(), text()};
        if (coin()) s.group = static_cast<LessonGroup>(rng_() % 6);
        s.profile = static_cast<Profile>(rng_() % 5);
        s.seed = rng_();
        s.latency = {SimTime::fromUs(range(0, 1'000'000'000'000)), SimTime::fromUs(range(0, 5'000'000))};
        if (coin()) s.latency.s2c = s.latency.c2s;
        s.loss = coin() ? 0.0 : static_cast<double>(rng_() >> 11) * 0x1.0p-53;
        s.until = msTime(1);
        host(s.client);
        host(s.server);
        for (int i = static_cast<int>(rng_() % 6); i > 0; --i) s.actions.push_back(action());
        for (int i = static_cast<int>(rng_() % 6); i > 0; --i) s.faults.push_back(fault());
        return s;
    }

private:
    bool coin() { return rng_() % 2 == 0; }
    int64_t range(int64_t lo, int64_t hi) {
        return lo + static_cast<int64_t>(rng_() % static_cast<uint64_t>(hi - lo + 1));
    }
    SimTime msTime(int64_t minMs) { return SimTime::fromMs(range(minMs, 1'000'000'000)); }
    std::string text() {
        std::string t;
        const char* pieces[] = {"a", "Z", " ", "\"", "\\", "\n", "é", "ㄱ", "/", "\x1f", "SYN"};
        for (int i = static_cast<int>(rng_() % 8); i > 0; --i) t += pieces[rng_() % std::size(pieces)];
        return t;
    }
    template <typename T>
    std::optional<T> maybe(T value) {
        return coin() ? std::optional<T>(value) : std::nullopt;
    }
    Flags flags() { return Flags::fromBits(static_cast<uint8_t>(rng_() % 32)); }

    void host(HostConfig& h) {
        h.port = static_cast<uint16_t>(range(1, 65535));
        h.isn = maybe(static_cast<uint32_t>(rng_()));
        HostOverrides& o = h.options;
        o.rtoInitial = maybe(msTime(0));
        o.rtoMin = maybe(msTime(0));
        o.rtoMax = maybe(msTime(0));
        o.synRetries = maybe(static_cast<int>(range(0, 1000)));
        o.synackRetries = maybe(static_cast<int>(range(0, 1000)));
        o.dataRetries = maybe(static_cast<int>(range(0, 1000)));
        o.msl = maybe(msTime(0));
        if (coin()) o.finWait2Timeout = maybe(msTime(0));
        o.rfc5961 = maybe(coin());
        o.rfc1337 = maybe(coin());
        o.timeWaitReopen = maybe(coin());
        o.dupSynReply = maybe(coin() ? DupSynReply::Ack : DupSynReply::SynAck);
        o.window = maybe(static_cast<uint32_t>(range(1, 1 << 30)));
        o.mss = maybe(static_cast<uint32_t>(range(1, 65535)));
        o.appReads = maybe(coin());
        o.appClosesOnEof = maybe(coin());
    }

    Action action() {
        Action a;
        a.at = msTime(0);
        a.kind = static_cast<ActionKind>(rng_() % 8);
        a.host = coin() ? HostId::Client : HostId::Server;
        if (a.kind == ActionKind::Send) a.bytes = static_cast<uint32_t>(range(1, 1'000'000'000));
        if (a.kind == ActionKind::Inject) {
            a.segment.flags = flags();
            a.segment.seq = static_cast<uint32_t>(rng_());
            a.segment.ack = a.segment.flags.has(Flag::ACK) ? static_cast<uint32_t>(rng_()) : 0;
            a.segment.len = static_cast<uint32_t>(range(0, 65535));
            a.segment.window = maybe(static_cast<uint32_t>(range(0, 1 << 30)));
            a.segment.srcPort = maybe(static_cast<uint16_t>(range(1, 65535)));
        }
        return a;
    }

    Fault fault() {
        Fault f;
        f.match.from = maybe(coin() ? HostId::Client : HostId::Server);
        f.match.flags = maybe(flags());
        f.match.hasData = maybe(coin());
        f.match.nth = maybe(static_cast<uint32_t>(range(1, 4294967295)));
        if (coin()) {
            const SimTime a = msTime(0), b = msTime(0);
            f.match.between = std::pair{std::min(a, b), std::max(a, b)};
        }
        f.match.segmentId = maybe(static_cast<uint64_t>(rng_() | 1));
        if (coin()) {
            f.drop = true;
        } else {
            f.delay = maybe(msTime(1));
            f.duplicateAfter = f.delay && coin() ? std::nullopt : std::optional(msTime(0));
        }
        f.fromUser = coin();
        return f;
    }

    std::mt19937_64 rng_;
};

TEST(LessonFileWrite, RandomValidScenariosRoundTrip) {
    for (uint64_t seed = 1; seed <= 500; ++seed) {
        const Scenario s = RandomScenario(seed).make();
        const std::string text = writeLesson(s);
        ASSERT_EQ(parseOk(text), s) << "seed " << seed << "\n" << text;
        ASSERT_EQ(text.back(), '\n');
    }
}

} // namespace
} // namespace hl
