// Issue 15: every step has a one-line caption a projector shows whole. The limit is checked over
// every Reason (as the step's main reason, for both hosts, with the longest state name) and over
// every step of every built-in lesson, in English and Korean; the caption names who acted, why
// and the state reached, in the current language. The same over every step of the kernel
// captures (issue 18), where a routine send is a step of its own.
#include "core/builtin_lessons.h"
#include "core/capture_connections.h"
#include "core/capture_file.h"
#include "core/capture_inference.h"
#include "core/simulation.h"
#include "language_scope.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <filesystem>

namespace hl::ui {
namespace {

using uitest::containsHangul;

class CaptionLanguage : public ::testing::TestWithParam<const char*> {
protected:
    void SetUp() override { ASSERT_TRUE(Language::install(QString::fromLatin1(GetParam()))); }
    void TearDown() override { Language::install(QStringLiteral("en")); }
};

TEST_P(CaptionLanguage, EveryReasonFitsTheLimitAndKeepsItsWhy) {
    for (Reason r : allReasons()) {
        for (HostId h : {HostId::Client, HostId::Server}) {
            // SYN_RECEIVED and ESTABLISHED are the longest state names (12 and 11 characters).
            for (std::optional<TcpState> s : {std::optional<TcpState>{}, std::optional(TcpState::SynReceived)}) {
                const QString c = Texts::shortCaptionOf(h, r, s);
                EXPECT_LE(c.size(), Texts::kShortCaptionLimit) << reasonId(r) << ": " << c.toStdString();
                // Shortening never drops the reason or the host: only the state (the box shows it).
                EXPECT_TRUE(c.contains(Texts::reasonShort(r))) << c.toStdString();
                EXPECT_TRUE(c.startsWith(Texts::hostName(h))) << c.toStdString();
                EXPECT_FALSE(c.contains(QLatin1Char('\n'))) << c.toStdString();
            }
        }
    }
}

TEST_P(CaptionLanguage, EveryStepOfEveryLessonHasOneShortLine) {
    const bool korean = QString::fromLatin1(GetParam()) == QLatin1String("ko");
    size_t withState = 0;
    for (const Scenario& lesson : builtinLessons()) {
        if (lesson.load) continue; // a load lesson has no steps
        const Trace trace = simulate(lesson);
        const size_t steps = stepEnds(trace).size();
        ASSERT_GT(steps, 0u) << lesson.id;
        for (size_t step = 0; step < steps; ++step) {
            const QString c = Texts::shortCaption(trace, step);
            ASSERT_FALSE(c.isEmpty()) << lesson.id << " step " << step;
            EXPECT_LE(c.size(), Texts::kShortCaptionLimit) << lesson.id << " step " << step << ": " << c.toStdString();
            EXPECT_EQ(containsHangul(c), korean) << c.toStdString();
            if (c.contains(QStringLiteral(" → "))) ++withState;
            // No state is named twice ("our FIN acknowledged: FIN_WAIT_2 → FIN_WAIT_2" read as a
            // change from a state to itself).
            for (TcpState st : kAllStates) {
                const QRegularExpression name(QStringLiteral("\\b%1\\b").arg(Texts::stateName(st)));
                EXPECT_LE(c.count(name), 1) << lesson.id << " step " << step << ": " << c.toStdString();
            }
        }
        EXPECT_TRUE(Texts::shortCaption(trace, steps).isEmpty()) << "past the last step";
    }
    EXPECT_GT(withState, 0u);
}

TEST_P(CaptionLanguage, HandshakeCaptionsNameTheHostTheRuleAndTheState) {
    const Scenario* lesson = findBuiltinLesson(std::string(kDefaultLessonId));
    ASSERT_NE(lesson, nullptr);
    const Trace trace = simulate(*lesson);
    // The step where the server (listening) takes the client's SYN: RFC 9293 §3.10.7.2 moves it to
    // SYN_RECEIVED.
    bool found = false;
    for (size_t step = 0; step < stepEnds(trace).size() && !found; ++step) {
        const size_t begin = step == 0 ? 0 : stepEnds(trace)[step - 1];
        for (size_t i = begin; i < stepEnds(trace)[step]; ++i) {
            const TraceEvent& e = trace.events[i];
            if (e.type != EventType::State || e.to != TcpState::SynReceived) continue;
            const QString c = Texts::shortCaption(trace, step);
            EXPECT_TRUE(c.startsWith(Texts::hostName(e.host))) << c.toStdString();
            EXPECT_TRUE(c.contains(Texts::reasonShort(e.reason))) << c.toStdString();
            EXPECT_TRUE(c.endsWith(QStringLiteral("SYN_RECEIVED"))) << c.toStdString();
            found = true;
        }
    }
    EXPECT_TRUE(found);
}

// Every step of every kernel capture names the host that acted (a step that is only a routine
// send used to be captioned with the bare event kind, "Send").
TEST_P(CaptionLanguage, EveryStepOfEveryKernelCaptureNamesItsHost) {
    const bool korean = QString::fromLatin1(GetParam()) == QLatin1String("ko");
    size_t captures = 0;
    for (const auto& dir : std::filesystem::directory_iterator(HL_SOURCE_DIR "/tests/data/kernel")) {
        const std::filesystem::path pcap = dir.path() / "1" / "capture.pcap";
        if (!std::filesystem::exists(pcap)) continue;
        const CaptureResult read = readCaptureFile(pcap.string());
        ASSERT_TRUE(std::holds_alternative<CaptureFile>(read)) << pcap;
        const ConnectionList list = listConnections(std::get<CaptureFile>(read));
        ASSERT_FALSE(list.connections.empty()) << pcap;
        const Trace trace = inferConnection(list.connections[0]).trace;
        ++captures;
        for (size_t step = 0; step < stepEnds(trace).size(); ++step) {
            const QString c = Texts::shortCaption(trace, step);
            const bool named = c.contains(Texts::hostName(HostId::Client), Qt::CaseInsensitive) ||
                               c.contains(Texts::hostName(HostId::Server), Qt::CaseInsensitive);
            EXPECT_TRUE(named) << pcap << " step " << step << ": " << c.toStdString();
            EXPECT_LE(c.size(), Texts::kShortCaptionLimit) << c.toStdString();
            EXPECT_EQ(containsHangul(c), korean) << c.toStdString();
        }
    }
    EXPECT_GE(captures, 16u);
}

INSTANTIATE_TEST_SUITE_P(Languages, CaptionLanguage, ::testing::Values("en", "ko"),
                         [](const ::testing::TestParamInfo<const char*>& i) { return std::string(i.param); });

} // namespace
} // namespace hl::ui
