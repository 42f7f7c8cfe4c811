// The built-in lessons (resources/lessons, embedded by core/embed_lessons.cmake): every file is a
// valid lesson, named after its id, with an English and a Korean title and summary (docs/tcp-rules.md,
// issue 5), and together they cover every group of the lesson picker.
#include "core/builtin_lessons.h"
#include "core/lesson_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

namespace hl {
namespace {

constexpr size_t kMinLessons = 35; // docs/tcp-rules.md

Scenario parseOrFail(const BuiltinLessonFile& file) {
    auto result = parseLesson(file.json, file.fileName);
    if (const auto* e = std::get_if<LessonError>(&result)) {
        ADD_FAILURE() << e->toString();
        return {};
    }
    return std::get<Scenario>(result);
}

// True when the UTF-8 text contains a Hangul syllable (U+AC00..U+D7A3): a Korean text must have
// one, an English text must not (catches en/ko swapped or left untranslated).
bool hasHangul(std::string_view text) {
    for (size_t i = 0; i + 2 < text.size(); ++i) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        const auto b1 = static_cast<unsigned char>(text[i + 1]);
        const auto b2 = static_cast<unsigned char>(text[i + 2]);
        if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) continue;
        const unsigned cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
        if (cp >= 0xAC00 && cp <= 0xD7A3) return true;
    }
    return false;
}

// Sentences end with . ! or ? (optionally inside a closing quote or bracket) followed by a
// space or the end of the text; "1.5 s" and "§3.4.1" do not end one.
int sentenceCount(std::string_view text) {
    int n = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '.' && text[i] != '!' && text[i] != '?') continue;
        size_t j = i + 1;
        if (text.substr(j, 3) == "\xE2\x80\x9D")
            j += 3; // ”
        else if (j < text.size() && (text[j] == ')' || text[j] == '"'))
            ++j;
        if (j == text.size() || text[j] == ' ') ++n;
    }
    return n;
}

TEST(BuiltinLessons, AtLeast35AndNoneDroppedWhenParsed) {
    EXPECT_GE(builtinLessonFiles().size(), kMinLessons);
    EXPECT_EQ(builtinLessons().size(), builtinLessonFiles().size());
}

TEST(BuiltinLessons, EveryFileParses) {
    for (const auto& file : builtinLessonFiles()) {
        SCOPED_TRACE(std::string(file.fileName));
        auto result = parseLesson(file.json, file.fileName);
        if (const auto* e = std::get_if<LessonError>(&result)) ADD_FAILURE() << e->toString();
    }
}

// "NN-<id>.json": NN is the two-digit position in the picker (01, 02, ... in file order).
TEST(BuiltinLessons, FileNameIsOrderAndId) {
    int position = 0;
    for (const auto& file : builtinLessonFiles()) {
        ++position;
        SCOPED_TRACE(std::string(file.fileName));
        const Scenario s = parseOrFail(file);
        const std::string name(file.fileName);
        ASSERT_GE(name.size(), 3u + 5u);
        const std::string expectedPrefix = (position < 10 ? "0" : "") + std::to_string(position);
        EXPECT_EQ(name.substr(0, 2), expectedPrefix);
        EXPECT_EQ(name[2], '-');
        EXPECT_EQ(name.substr(3), s.id + ".json");
        EXPECT_FALSE(s.id.empty());
        EXPECT_TRUE(std::all_of(s.id.begin(), s.id.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        })) << s.id;
    }
}

// findBuiltinLesson parses one file on its own (the window's start): what it finds is exactly the
// lesson of the full list, for every id; a part of an id or an unknown id finds nothing.
TEST(BuiltinLessons, FindParsesOneFileToTheSameLessonAsTheList) {
    for (const Scenario& s : builtinLessons()) {
        SCOPED_TRACE(s.id);
        const Scenario* found = findBuiltinLesson(s.id);
        ASSERT_NE(found, nullptr);
        EXPECT_TRUE(*found == s);
        EXPECT_EQ(findBuiltinLesson(s.id), found); // parsed once, then kept
    }
    EXPECT_EQ(findBuiltinLesson("no-such-lesson"), nullptr);
    EXPECT_EQ(findBuiltinLesson("and-close"), nullptr);
    EXPECT_EQ(findBuiltinLesson("handshake-and-close.json"), nullptr);
    EXPECT_EQ(findBuiltinLesson(""), nullptr);
}

TEST(BuiltinLessons, IdsAreUnique) {
    std::set<std::string> ids;
    for (const Scenario& s : builtinLessons()) EXPECT_TRUE(ids.insert(s.id).second) << s.id;
}

TEST(BuiltinLessons, TitleAndSummaryInBothLanguages) {
    for (const Scenario& s : builtinLessons()) {
        SCOPED_TRACE(s.id);
        EXPECT_FALSE(s.title.en.empty());
        EXPECT_FALSE(s.title.ko.empty());
        EXPECT_FALSE(s.summary.en.empty());
        EXPECT_FALSE(s.summary.ko.empty());
        EXPECT_TRUE(hasHangul(s.title.ko));
        EXPECT_TRUE(hasHangul(s.summary.ko));
        EXPECT_FALSE(hasHangul(s.title.en));
        EXPECT_FALSE(hasHangul(s.summary.en));
        EXPECT_NE(s.title.en, s.summary.en);
    }
}

// A summary is what a student reads in the lesson picker: 2 to 4 sentences.
TEST(BuiltinLessons, SummariesAreTwoToFourSentences) {
    for (const Scenario& s : builtinLessons()) {
        SCOPED_TRACE(s.id);
        EXPECT_GE(sentenceCount(s.summary.en), 2) << s.summary.en;
        EXPECT_LE(sentenceCount(s.summary.en), 4) << s.summary.en;
        EXPECT_GE(sentenceCount(s.summary.ko), 2) << s.summary.ko;
        EXPECT_LE(sentenceCount(s.summary.ko), 4) << s.summary.ko;
    }
}

TEST(BuiltinLessons, SentenceCounterCountsOnlySentenceEnds) {
    EXPECT_EQ(sentenceCount("At 1.5 s it ends (RFC 9293 §3.4.1). Then “Yes.” And so on"), 2);
    EXPECT_EQ(sentenceCount("“Can you hear me?”, it asks. 끝입니다."), 2);
}

// The default lesson: the normal 3-way handshake, a little data and the 4-way close, first in
// the picker.
TEST(BuiltinLessons, DefaultLessonIsFirstAndIsTheNormalHandshakeAndClose) {
    ASSERT_FALSE(builtinLessonFiles().empty());
    EXPECT_EQ(builtinLessonFiles()[0].fileName, std::string("01-") + std::string(kDefaultLessonId) + ".json");
    const Scenario* s = findBuiltinLesson(kDefaultLessonId);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->group, LessonGroup::Handshake);
    EXPECT_EQ(s->profile, Profile::Teach);
    EXPECT_TRUE(s->faults.empty());
    auto count = [&](ActionKind k) {
        return std::count_if(s->actions.begin(), s->actions.end(), [k](const Action& a) { return a.kind == k; });
    };
    EXPECT_EQ(count(ActionKind::Listen), 1);
    EXPECT_EQ(count(ActionKind::Connect), 1);
    EXPECT_GE(count(ActionKind::Send), 1);
    EXPECT_EQ(count(ActionKind::Close), 2);
    EXPECT_EQ(count(ActionKind::Inject), 0);
}

TEST(BuiltinLessons, EveryGroupIsUsedAndEveryLessonHasOne) {
    const std::set<LessonGroup> wanted = {LessonGroup::Handshake, LessonGroup::Closing,  LessonGroup::Loss,
                                          LessonGroup::Reset,     LessonGroup::TimeWait, LessonGroup::Load};
    std::set<LessonGroup> used;
    for (const Scenario& s : builtinLessons()) {
        SCOPED_TRACE(s.id);
        ASSERT_TRUE(s.group.has_value());
        EXPECT_TRUE(wanted.count(*s.group)) << toString(*s.group);
        used.insert(*s.group);
    }
    EXPECT_EQ(used, wanted);
}

// Every lesson docs/tcp-rules.md lists ("The lessons the app must be able to show") has a built-in
// lesson; the brief fixes two ids (the default lesson and lost-last-ack).
TEST(BuiltinLessons, EveryRequiredLessonExists) {
    const char* required[] = {
        "handshake-and-close", "simultaneous-open", "lost-syn", "syn-never-answered", "lost-syn-ack", "lost-final-ack-data",
        "lost-final-ack-synack-resent", "lost-final-ack-give-up", "duplicate-syn", "duplicate-syn-ack",
        "old-duplicate-syn", "stray-ack-at-listen", "syn-to-closed-port", "syn-sent-odd-segments", "rst-in-syn-received",
        "unacceptable-ack-in-syn-received", "close-client-first", "close-server-first", "close-fin-ack-combined",
        "simultaneous-close", "lost-fin", "lost-ack-of-fin", "lost-last-ack", "duplicate-fin", "fin-overtakes-data",
        "half-close", "close-wait-stuck", "fin-retries-exhausted", "close-with-unread-data", "time-wait-old-data",
        "time-wait-assassination", "syn-in-time-wait", "user-abort", "rst-exact", "rst-in-window", "rst-out-of-window",
        "syn-in-established", "half-open-survivor-sends", "half-open-reconnect", "data-retries-exhausted",
        // issue 6: the load lessons
        "busy-server", "port-exhaustion", "close-wait-leak"};
    for (const char* id : required) EXPECT_NE(findBuiltinLesson(id), nullptr) << id;
}

// Pinned ISNs (client 100, server 300, as in docs/tcp-rules.md's worked examples) unless a lesson is
// about random ISNs; latency 100 ms; a bounded run.
TEST(BuiltinLessons, ConventionsOfTheWorkedExamples) {
    const std::set<std::string> randomIsn = {"time-wait-old-data"};
    for (const Scenario& s : builtinLessons()) {
        SCOPED_TRACE(s.id);
        if (s.load) continue; // LoadLessonsAreLoadLessonsAndSmall
        EXPECT_EQ(s.latency.c2s, SimTime::fromMs(100));
        EXPECT_EQ(s.latency.s2c, SimTime::fromMs(100));
        EXPECT_EQ(s.loss, 0.0);
        EXPECT_LE(s.until, SimTime::fromSeconds(70));
        if (randomIsn.count(s.id)) {
            EXPECT_FALSE(s.client.isn.has_value());
            EXPECT_FALSE(s.server.isn.has_value());
        } else {
            EXPECT_EQ(s.client.isn, 100u);
            EXPECT_EQ(s.server.isn, 300u);
        }
    }
}

// A load lesson (issue 6) is in the "load" group, has no actions, the classroom latency and no
// loss, and stays small enough to run in well under a second in the app: at most 10,000
// connections, and a run that ends within the default until_ms.
TEST(BuiltinLessons, LoadLessonsAreLoadLessonsAndSmall) {
    int loadLessons = 0;
    for (const Scenario& s : builtinLessons()) {
        SCOPED_TRACE(s.id);
        EXPECT_EQ(s.group == LessonGroup::Load, s.load.has_value());
        if (!s.load) continue;
        ++loadLessons;
        EXPECT_TRUE(s.actions.empty());
        EXPECT_TRUE(s.faults.empty());
        EXPECT_EQ(s.loss, 0.0);
        EXPECT_EQ(s.latency.c2s, SimTime::fromMs(100));
        EXPECT_EQ(s.latency.s2c, SimTime::fromMs(100));
        EXPECT_LE(s.load->ratePerS * static_cast<double>(s.load->duration.us()) / 1e6, 10000.0);
        const SimDuration timeWait = profileDefaults(s.profile).msl * 2;
        EXPECT_LE(s.load->duration + timeWait + SimTime::fromSeconds(70), s.until);
    }
    EXPECT_EQ(loadLessons, 3);
}

} // namespace
} // namespace hl
