// The text size (Ctrl+Plus/Minus, issue 15) is remembered across restarts, and a stored value that
// is no text size (out of range, NaN, not a number) is ignored: the window opens at the normal size.
#include "ui/window/main_window.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

class TextSizeSettings : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir_.path());
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("HandshakeLabTextSizeTest"));
    }
    void TearDown() override { QCoreApplication::setOrganizationName(QString()); }

    QTemporaryDir dir_;
};

TEST_F(TextSizeSettings, RememberedAcrossRestarts) {
    const qreal normalPoints = QApplication::font().pointSizeF();
    {
        MainWindow w;
        EXPECT_DOUBLE_EQ(w.textScale(), 1.0);
        w.setTextScale(1.3);
        w.close(); // writes the settings
    }
    EXPECT_NEAR(QApplication::font().pointSizeF(), normalPoints, 0.01) << "a closed window leaves the normal font";
    {
        MainWindow w;
        EXPECT_NEAR(w.textScale(), 1.3, 1e-9);
        EXPECT_NEAR(QApplication::font().pointSizeF(), normalPoints * 1.3, 0.01);
        w.setTextScale(1.0);
        w.close();
    }
    MainWindow again;
    EXPECT_DOUBLE_EQ(again.textScale(), 1.0);
}

TEST_F(TextSizeSettings, NonsenseIsIgnored) {
    for (const QVariant& stored : {QVariant(QStringLiteral("nan")), QVariant(50.0), QVariant(0.1), QVariant(-1.0),
                                   QVariant(QStringLiteral("large")), QVariant(QStringLiteral("inf"))}) {
        SCOPED_TRACE(stored.toString().toStdString());
        QSettings().setValue(QStringLiteral("view/textScale"), stored);
        QSettings().sync();
        MainWindow w;
        EXPECT_DOUBLE_EQ(w.textScale(), 1.0);
    }
    // The limits themselves are text sizes.
    QSettings().setValue(QStringLiteral("view/textScale"), MainWindow::kMaxTextScale);
    QSettings().sync();
    MainWindow w;
    EXPECT_DOUBLE_EQ(w.textScale(), MainWindow::kMaxTextScale);
    w.setTextScale(1.0);
}

} // namespace
} // namespace hl::ui
