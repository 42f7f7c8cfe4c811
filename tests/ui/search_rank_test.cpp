// Issue 14, points 9 and 10: one ranking rule for the lesson browser and the glossary, checked on
// the cases of the issue and on the rule's tiers.
#include "core/builtin_lessons.h"
#include "ui/panels/glossary_panel.h"
#include "ui/panels/lesson_picker.h"
#include "ui/panels/search_rank.h"

#include <QLineEdit>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

SearchFields fields(QStringList titles, QStringList keys = {}, QStringList bodies = {}) {
    return {std::move(titles), std::move(keys), std::move(bodies)};
}

TEST(SearchRank, TitleTiersComeBeforeIdsAndBodies) {
    const std::vector<SearchFields> c = {
        fields({"Four-way close"}, {"close"}, {"a busy moment"}), // body only
        fields({"Something"}, {"busy-id"}),                       // id
        fields({"Not so busy"}),                                  // a word of the title
        fields({"Busy server"}),                                  // title starts with it
        fields({"busy"}),                                         // the title is the query
        fields({"Unrelated"}),
    };
    EXPECT_EQ(rankSearch(QStringLiteral("busy"), c), (std::vector<size_t>{4, 3, 2, 1, 0}));
}

TEST(SearchRank, CaseAndSeparatorsDoNotMatterAndEqualScoresKeepTheirOrder) {
    const std::vector<SearchFields> c = {fields({"CLOSE_WAIT"}), fields({"TIME_WAIT"}), fields({"FIN_WAIT_1"})};
    EXPECT_EQ(rankSearch(QStringLiteral("time wait"), c), (std::vector<size_t>{1}));
    EXPECT_EQ(rankSearch(QStringLiteral("wait"), c), (std::vector<size_t>{0, 1, 2}));
    EXPECT_EQ(searchScore(QStringLiteral("nothing"), c[0]), 0);
}

TEST(SearchRank, KoreanWordsFindTheNotationTheyStandFor) {
    const std::vector<SearchFields> c = {fields({"ESTABLISHED"}), fields({"TIME_WAIT"}), fields({"CLOSE_WAIT"})};
    EXPECT_EQ(rankSearch(QStringLiteral("대기"), c), (std::vector<size_t>{1, 2}));
    // The word itself in a Korean title ranks above the synonym.
    const std::vector<SearchFields> k = {fields({"TIME_WAIT"}), fields({"대기 상태"})};
    EXPECT_EQ(rankSearch(QStringLiteral("대기"), k), (std::vector<size_t>{1, 0}));
}

// The cases on the built-in lessons: "busy" lists Busy server first, "lost" a lesson with
// Lost in its title first; the top hit is selected and described.
TEST(SearchRank, LessonBrowserPutsTitleMatchesFirstAndDescribesTheTopHit) {
    LessonPicker p;
    p.setFilter(QStringLiteral("busy"));
    ASSERT_FALSE(p.visibleLessonIds().isEmpty());
    EXPECT_EQ(p.visibleLessonIds().front(), QStringLiteral("busy-server"));
    EXPECT_EQ(p.selectedLessonId(), QStringLiteral("busy-server"));
    const Scenario* busy = findBuiltinLesson("busy-server");
    ASSERT_NE(busy, nullptr);
    EXPECT_TRUE(p.summaryText().contains(QString::fromStdString(busy->title.en).toHtmlEscaped()));
    p.setFilter(QStringLiteral("lost"));
    ASSERT_FALSE(p.visibleLessonIds().isEmpty());
    const Scenario* top = findBuiltinLesson(p.visibleLessonIds().front().toStdString());
    ASSERT_NE(top, nullptr);
    EXPECT_TRUE(QString::fromStdString(top->title.en).contains(QStringLiteral("lost"), Qt::CaseInsensitive))
        << top->title.en;
    EXPECT_EQ(p.selectedLessonId(), p.visibleLessonIds().front());
}

// The glossary: "TIME_WAIT" lists TIME_WAIT first; Korean 대기 finds the *_WAIT states.
TEST(SearchRank, GlossaryRanksTheSameWay) {
    GlossaryPanel g;
    g.searchField()->setText(QStringLiteral("TIME_WAIT"));
    ASSERT_FALSE(g.visibleKeys().isEmpty());
    EXPECT_EQ(g.visibleKeys().front(), QStringLiteral("TIME_WAIT"));
    EXPECT_EQ(g.currentKey(), QStringLiteral("TIME_WAIT"));
    g.searchField()->setText(QStringLiteral("대기"));
    ASSERT_FALSE(g.visibleKeys().isEmpty());
    EXPECT_TRUE(g.visibleKeys().front().endsWith(QStringLiteral("WAIT")) ||
                g.visibleKeys().front().contains(QStringLiteral("WAIT_")))
        << g.visibleKeys().join(' ').toStdString();
    for (const char* state : {"TIME_WAIT", "CLOSE_WAIT", "FIN_WAIT_1", "FIN_WAIT_2"})
        EXPECT_TRUE(g.visibleKeys().contains(QString::fromLatin1(state))) << state;
}

} // namespace
} // namespace hl::ui
