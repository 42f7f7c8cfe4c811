// The GUI command line and --screenshot.
#include "ui/window/gui_options.h"
#include "ui/window/image_export.h"

#include "window_test_support.h"

#include <QCoreApplication>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

TEST(GuiOptions, ParsesEveryOption) {
    const auto r = parseGuiOptions({"handshakelab", "--lesson", "lost-syn", "--screenshot", "out.png", "--step", "4",
                                    "--lang", "ko", "--size", "1280x800"});
    ASSERT_TRUE(std::holds_alternative<GuiOptions>(r)) << std::get<QString>(r).toStdString();
    const GuiOptions& o = std::get<GuiOptions>(r);
    EXPECT_EQ(o.lesson, QStringLiteral("lost-syn"));
    EXPECT_EQ(o.screenshot, QStringLiteral("out.png"));
    EXPECT_EQ(o.step, std::optional<int>(4));
    EXPECT_EQ(o.language, QStringLiteral("ko"));
    EXPECT_EQ(o.size, std::optional<QSize>(QSize(1280, 800)));
    EXPECT_FALSE(o.bilingual);
    EXPECT_TRUE(o.glossaryTerm.isEmpty());
}

TEST(GuiOptions, HelpListsTheOptionsAndVersionNamesTheApp) {
    const auto help = parseGuiOptions({"handshakelab", "--help"});
    ASSERT_TRUE(std::holds_alternative<GuiOptions>(help)) << std::get<QString>(help).toStdString();
    const QString text = std::get<GuiOptions>(help).infoText;
    for (const char* option : {"--lesson", "--screenshot", "--step", "--lang", "--size", "--version"})
        EXPECT_TRUE(text.contains(QLatin1String(option))) << option;
    const auto version = parseGuiOptions({"handshakelab", "--version"});
    ASSERT_TRUE(std::holds_alternative<GuiOptions>(version));
    EXPECT_TRUE(std::get<GuiOptions>(version).infoText.startsWith(QCoreApplication::applicationName() + QLatin1Char(' ')));
    // An ordinary start has nothing to print.
    const auto plain = parseGuiOptions({"handshakelab"});
    ASSERT_TRUE(std::holds_alternative<GuiOptions>(plain));
    EXPECT_TRUE(std::get<GuiOptions>(plain).infoText.isEmpty());
}

// The desktop entry runs `handshakelab %f`: a lone argument is the lesson, as --lesson would be.
TEST(GuiOptions, ALoneArgumentIsTheLesson) {
    const auto r = parseGuiOptions({"handshakelab", "/tmp/my lesson.json", "--lang", "ko"});
    ASSERT_TRUE(std::holds_alternative<GuiOptions>(r)) << std::get<QString>(r).toStdString();
    EXPECT_EQ(std::get<GuiOptions>(r).lesson, QStringLiteral("/tmp/my lesson.json"));
    EXPECT_EQ(std::get<GuiOptions>(r).language, QStringLiteral("ko"));
}

TEST(GuiOptions, BilingualAndGlossaryForScreenshots) {
    const auto r = parseGuiOptions({"handshakelab", "--bilingual", "--glossary", "TIME_WAIT", "--presentation"});
    ASSERT_TRUE(std::holds_alternative<GuiOptions>(r)) << std::get<QString>(r).toStdString();
    EXPECT_TRUE(std::get<GuiOptions>(r).bilingual);
    EXPECT_TRUE(std::get<GuiOptions>(r).presentation);
    EXPECT_EQ(std::get<GuiOptions>(r).glossaryTerm, QStringLiteral("TIME_WAIT"));
    EXPECT_TRUE(std::holds_alternative<QString>(parseGuiOptions({"handshakelab", "--glossary"}))); // needs a term
}

TEST(GuiOptions, RejectsBadValuesWithAMessage) {
    for (const QStringList& args :
         {QStringList{"hl", "--step", "x"}, QStringList{"hl", "--step", "-1"}, QStringList{"hl", "--lang", "fr"},
          QStringList{"hl", "--size", "big"}, QStringList{"hl", "--size", "10x10"}, QStringList{"hl", "--bogus"},
          QStringList{"hl", "a.json", "b.json"}, QStringList{"hl", "--lesson", "lost-syn", "a.json"}}) {
        const auto r = parseGuiOptions(args);
        ASSERT_TRUE(std::holds_alternative<QString>(r)) << args.join(' ').toStdString();
        EXPECT_FALSE(std::get<QString>(r).isEmpty());
    }
}

TEST(GuiOptions, ScreenshotIsAPngOfTheRequestedSize) {
    auto w = uitest::makeWindow();
    w->resize(1280, 800);
    w->session()->setStep(4);
    w->show();
    w->settleForScreenshot();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    EXPECT_EQ(saveImage(w.get(), path), QString());
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1280, 800) * w->devicePixelRatio());
    // Not a blank picture: the window draws more than one colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 37)
        for (int x = 0; x < image.width(); x += 41) colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 5);
}

TEST(GuiOptions, ScreenshotToAnUnwritablePlaceFails) {
    auto w = uitest::makeWindow();
    w->show();
    EXPECT_FALSE(saveImage(w.get(), QStringLiteral("/nonexistent-dir/x/shot.png")).isEmpty());
}

} // namespace
} // namespace hl::ui
