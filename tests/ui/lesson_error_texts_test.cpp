// Lesson-file errors in words (ui/texts/texts_errors.cpp): every code of core/lesson_error_code.h
// is worded in English and Korean with all its arguments, the position stays "file:line:col:
// field:", and the Korean window's "cannot open lesson" dialog shows the Korean wording.
#include "core/lesson_file.h"
#include "language_scope.h"
#include "ui/panels/lesson_picker.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "window_test_support.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

using uitest::containsHangul;
using uitest::LanguageScope;

// Arguments no wording could contain by itself, so that each one's place can be found.
std::vector<std::string> markers(size_t n) {
    std::vector<std::string> args;
    for (size_t i = 0; i < n; ++i) args.push_back("<arg" + std::to_string(i + 1) + ">");
    return args;
}

TEST(LessonErrorTexts, EveryCodeIsWordedWithAllItsArgumentsInBothLanguages) {
    for (const LessonErrorInfo& info : kLessonErrorCodes) {
        SCOPED_TRACE(std::string(info.name));
        const std::vector<std::string> args = markers(info.argCount);
        const QString en = Texts::lessonErrorMessage(info.code, args);
        QString ko;
        {
            LanguageScope korean(QStringLiteral("ko"));
            ko = Texts::lessonErrorMessage(info.code, args);
        }
        for (const QString& text : {en, ko}) {
            EXPECT_FALSE(text.trimmed().isEmpty());
            for (const std::string& a : args)
                EXPECT_TRUE(text.contains(QString::fromStdString(a))) << text.toStdString();
            EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("%\\d")))) << text.toStdString();
        }
        EXPECT_FALSE(containsHangul(en)) << en.toStdString();
        EXPECT_TRUE(containsHangul(ko)) << ko.toStdString(); // translated, not the English fallback
    }
}

TEST(LessonErrorTexts, KindsOfValueAreWordsInEachLanguage) {
    const std::vector<std::string> args{"integer", "string"};
    EXPECT_EQ(Texts::lessonErrorMessage(LessonErrorCode::WrongType, args),
              QStringLiteral("expected an integer, got a string"));
    LanguageScope korean(QStringLiteral("ko"));
    const QString ko = Texts::lessonErrorMessage(LessonErrorCode::WrongType, args);
    EXPECT_TRUE(ko.contains(QStringLiteral("정수"))) << ko.toStdString();
    EXPECT_TRUE(ko.contains(QStringLiteral("문자열"))) << ko.toStdString();
}

// An argument is data from the file: a "%2" in it is shown as written, never replaced.
TEST(LessonErrorTexts, ArgumentsAreNotReadAsPlaceholders) {
    EXPECT_EQ(Texts::lessonErrorMessage(LessonErrorCode::PortRangeOrder, {"%2", "7"}),
              QStringLiteral("first port %2 is after last port 7"));
}

TEST(LessonErrorTexts, ThePositionIsKeptAndOnlyTheMessageIsTranslated) {
    // The flag is on line 2 at column 33: "faults": [{"match": {"flags": [ is 32 characters.
    const auto r = parseLesson(
        "{\"format\": \"handshakelab-lesson\", \"version\": 1, \"id\": \"x\", \"title\": {\"en\": \"T\"},\n"
        "\"faults\": [{\"match\": {\"flags\": [\"SYNN\"]}, \"drop\": true}]\n}",
        "lost.json");
    ASSERT_TRUE(std::holds_alternative<LessonError>(r));
    const LessonError& e = std::get<LessonError>(r);
    EXPECT_EQ(Texts::lessonError(e), QStringLiteral("lost.json:2:33: faults[0].match.flags: unknown flag \"SYNN\""));
    LanguageScope korean(QStringLiteral("ko"));
    const QString ko = Texts::lessonError(e);
    EXPECT_TRUE(ko.startsWith(QStringLiteral("lost.json:2:33: faults[0].match.flags: "))) << ko.toStdString();
    EXPECT_TRUE(ko.contains(QStringLiteral("\"SYNN\""))) << ko.toStdString();
    EXPECT_TRUE(containsHangul(ko)) << ko.toStdString();
    EXPECT_FALSE(ko.contains(QLatin1Char('\n')));
}

// The dialog opened when a chosen lesson file is broken, in the Korean window.
TEST(LessonErrorTexts, TheKoreanWindowsCannotOpenDialogIsKorean) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"handshakelab-lesson\", \"version\": 7}\n");
    }
    LanguageScope korean(QStringLiteral("ko"));
    auto w = uitest::makeWindow();
    LessonPicker* picker = w->lessonPicker();
    ASSERT_NE(picker, nullptr);
    QString title, informative;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) return;
        title = box->windowTitle();
        informative = box->informativeText();
        box->done(QMessageBox::Ok);
    });
    emit picker->lessonChosen(path);
    EXPECT_EQ(title, QStringLiteral("레슨을 열 수 없음"));
    // "version" 7 is at line 1, column 46; the message is Korean, the position and field are not.
    EXPECT_TRUE(informative.startsWith(path + QStringLiteral(":1:46: version: "))) << informative.toStdString();
    EXPECT_TRUE(informative.contains(QStringLiteral("7"))) << informative.toStdString();
    EXPECT_TRUE(containsHangul(informative.mid(path.size()))) << informative.toStdString();
}

} // namespace
} // namespace hl::ui
