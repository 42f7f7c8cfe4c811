// Issue 5: Korean renders on a fresh machine. The application font gets a Hangul fallback when
// its own families have none (scripts/install-deps installs Noto Sans CJK KR).
#include "ui/window/hangul_font.h"

#include <QApplication>
#include <QFontDatabase>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

bool anyCoversKorean(const QFont& f) {
    for (const QString& family : f.families())
        if (HangulFont::covers(family)) return true;
    return HangulFont::covers(f.family());
}

TEST(HangulFont, AKoreanFamilyIsInstalled) {
    const QString family = HangulFont::findFamily();
    ASSERT_FALSE(family.isEmpty()) << "no font with Hangul: run scripts/install-deps (fonts-noto-cjk)";
    EXPECT_TRUE(HangulFont::covers(family));
    EXPECT_FALSE(family.contains(QStringLiteral("Serif"))); // a sans face for the interface
}

TEST(HangulFont, ALatinOnlyFontGetsTheKoreanFamilyAsFallback) {
    QFont latin(QStringLiteral("DejaVu Sans"));
    ASSERT_FALSE(HangulFont::covers(QStringLiteral("DejaVu Sans"))); // the premise: no Hangul in it
    const QFont f = HangulFont::withHangul(latin);
    EXPECT_EQ(f.families().first(), QStringLiteral("DejaVu Sans")); // Latin text keeps its face
    EXPECT_TRUE(f.families().contains(HangulFont::findFamily()));
    EXPECT_TRUE(anyCoversKorean(f));
    EXPECT_EQ(f.pointSizeF(), latin.pointSizeF());
}

TEST(HangulFont, AFontWithHangulIsLeftAlone) {
    const QFont korean(HangulFont::findFamily());
    EXPECT_EQ(HangulFont::withHangul(korean).families(), korean.families());
}

TEST(HangulFont, ApplyGivesTheApplicationFontHangul) {
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    ASSERT_NE(app, nullptr);
    const QFont before = QApplication::font();
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), before.pointSize()));
    EXPECT_EQ(HangulFont::apply(*app), HangulFont::findFamily());
    EXPECT_TRUE(anyCoversKorean(QApplication::font()));
    EXPECT_TRUE(HangulFont::apply(*app).isEmpty()); // twice changes nothing
    QApplication::setFont(before);
}

} // namespace
} // namespace hl::ui
