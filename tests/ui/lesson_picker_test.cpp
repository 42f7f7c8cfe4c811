// The lesson picker: grouped, searchable in English and Korean.
#include "ui/panels/lesson_picker.h"

#include <QPushButton>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

Scenario lesson(const char* id, LessonGroup g, const char* en, const char* ko) {
    Scenario s;
    s.id = id;
    s.group = g;
    s.title = {en, ko};
    s.summary = {std::string(en) + " summary", std::string(ko) + " 요약"};
    return s;
}

std::vector<Scenario> lessons() {
    return {lesson("handshake", LessonGroup::Handshake, "Three-way handshake", "3-way 핸드셰이크"),
            lesson("lost-syn", LessonGroup::Loss, "Lost SYN", "SYN 손실"),
            lesson("close", LessonGroup::Closing, "Four-way close", "4-way 연결 종료")};
}

TEST(LessonPicker, GroupsInTheTeachingOrder) {
    LessonPicker p;
    p.setLessons(lessons());
    // Handshake, Closing, Loss and retransmission, ...
    EXPECT_EQ(p.visibleLessonIds(), (QStringList{"handshake", "close", "lost-syn"}));
}

TEST(LessonPicker, SearchesBothLanguages) {
    LessonPicker p;
    p.setLessons(lessons());
    p.setFilter(QStringLiteral("lost"));
    EXPECT_EQ(p.visibleLessonIds(), QStringList{"lost-syn"});
    p.setFilter(QStringLiteral("손실"));
    EXPECT_EQ(p.visibleLessonIds(), QStringList{"lost-syn"});
    p.setFilter(QStringLiteral("종료")); // Korean title
    EXPECT_EQ(p.visibleLessonIds(), QStringList{"close"});
    p.setFilter(QStringLiteral("nothing like this"));
    EXPECT_TRUE(p.visibleLessonIds().isEmpty());
    p.setFilter(QString());
    EXPECT_EQ(p.visibleLessonIds().size(), 3);
}

TEST(LessonPicker, ChoosingEmitsTheId) {
    LessonPicker p;
    p.setLessons(lessons());
    QString chosen;
    QObject::connect(&p, &LessonPicker::lessonChosen, [&](const QString& id) { chosen = id; });
    p.setCurrentLesson(QStringLiteral("lost-syn"));
    auto* open = p.findChild<QPushButton*>();
    ASSERT_NE(open, nullptr);
    open->click();
    EXPECT_EQ(chosen, QStringLiteral("lost-syn"));
}

} // namespace
} // namespace hl::ui
