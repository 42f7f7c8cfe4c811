// TextWidths (the diagram's label widths, remembered by shape) gives exactly what QFontMetricsF
// gives, for label-like texts in every installed font family, bold and italic: where a font's
// figures are uniform it measures one text per shape, where they are not it measures each text.
#include "ui/diagram/diagram_palette.h"
#include "ui/diagram/text_widths.h"

#include <QFontDatabase>

#include <gtest/gtest.h>

#include <random>

namespace hl::ui {
namespace {

QString labelLike(std::mt19937& rng) {
    static const char* const kFlags[] = {"SYN", "SYN,ACK", "ACK", "FIN,ACK", "RST", "RST,ACK", "PSH,ACK"};
    const auto number = [&] {
        return QString::number(std::uniform_int_distribution<uint32_t>(0, UINT32_MAX)(rng) >> (rng() % 32));
    };
    QString s = QString::fromLatin1(kFlags[rng() % 7]) + QStringLiteral(" seq=") + number();
    if (rng() % 2) s += QStringLiteral(" ack=") + number();
    if (rng() % 3 == 0) s += QStringLiteral(" len=") + number();
    if (rng() % 5 == 0) s += QStringLiteral(" (") + number() + QStringLiteral(".5 ms)");
    return s;
}

TEST(TextWidths, EqualToTheFontMetricsInEveryInstalledFont) {
    std::mt19937 rng(13);
    int families = 0;
    for (const QString& family : QFontDatabase::families()) {
        for (const bool bold : {false, true}) {
            QFont font(family, 11);
            font.setBold(bold);
            font.setItalic(!bold);
            TextWidths widths(font);
            const QFontMetricsF fm(font);
            for (int i = 0; i < 60; ++i) {
                const QString text = labelLike(rng);
                ASSERT_EQ(widths.width(text), fm.horizontalAdvance(text))
                    << family.toStdString() << ": " << text.toStdString();
                ASSERT_EQ(widths.width(text), fm.horizontalAdvance(text)) << "remembered, " << family.toStdString();
            }
        }
        ++families;
    }
    EXPECT_GT(families, 0);
}

// In the diagram's own label font, texts of one shape are measured once: the remembered widths
// grow with the shapes, not the texts (what makes a long run's layout cheap).
TEST(TextWidths, OneMeasurementPerShapeInTheLabelFont) {
    const DiagramStyle style = DiagramStyle::normal();
    const QFont font = style.font(style.labelPx, true);
    TextWidths widths(font);
    const QFontMetricsF fm(font);
    std::mt19937 rng(5);
    for (int i = 0; i < 2000; ++i) {
        const QString text = QStringLiteral("ACK seq=") + QString::number(100000 + rng() % 900000);
        EXPECT_EQ(widths.width(text), fm.horizontalAdvance(text));
    }
    EXPECT_EQ(widths.remembered(), 1);
}

// Room reserved with the widest digit is never outgrown by a text of the same shape, in any
// installed family, plain and bold: every digit in every place of "1,234.567 s".
TEST(TextWidths, WidestDigitsReserveRoomForEveryValueOfTheShape) {
    const QString shape = QStringLiteral("1,234.567 s");
    for (const QString& family : QFontDatabase::families()) {
        for (const bool bold : {false, true}) {
            QFont font(family, 11);
            font.setBold(bold);
            const QFontMetrics fm(font);
            const QString widest = withWidestDigits(shape, fm);
            ASSERT_EQ(widest.size(), shape.size());
            for (char16_t d = u'0'; d <= u'9'; ++d) {
                QString same = shape;
                for (QChar& c : same)
                    if (c.isDigit()) c = QChar(d);
                EXPECT_LE(fm.horizontalAdvance(same), fm.horizontalAdvance(widest))
                    << family.toStdString() << " bold " << bold << " digit " << char(d);
            }
            EXPECT_EQ(widest.mid(1, 1), QStringLiteral(",")); // only digits change
        }
    }
}

} // namespace
} // namespace hl::ui
