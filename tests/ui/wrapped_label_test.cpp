// WrappedLabel remembers its height per width (issue 12 point 8): every answer must be the one a
// plain QLabel set up alike gives, also after the text, the font or the margins change.
#include "ui/panels/wrapped_label.h"

#include <QFont>
#include <QLabel>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

void setUp(QLabel& l, const QString& text) {
    l.setTextFormat(Qt::PlainText);
    l.setWordWrap(true);
    l.setTextInteractionFlags(Qt::TextSelectableByMouse);
    l.setText(text);
}

void expectSameHeights(const WrappedLabel& remembered, const QLabel& plain, const char* when) {
    for (int round = 0; round < 2; ++round) // the second round is answered from what was remembered
        for (int width : {120, 300, 578, 120, 900})
            EXPECT_EQ(remembered.heightForWidth(width), plain.heightForWidth(width)) << when << " at " << width;
}

TEST(WrappedLabel, HeightsAreAPlainLabelsAfterEveryChange) {
    const QString text = QStringLiteral(
        "The client's SYN asks whether the server hears it; the server's SYN,ACK answers "
        "and asks back, and the client's ACK closes the three-way handshake.");
    WrappedLabel remembered;
    QLabel plain;
    setUp(remembered, text);
    setUp(plain, text);
    expectSameHeights(remembered, plain, "first");
    ASSERT_GT(plain.heightForWidth(120), plain.heightForWidth(900)) << "the text must wrap for this test to bite";

    const QString longer = text + QStringLiteral(" Then each side sends a FIN and waits for its ACK.");
    remembered.setText(longer);
    plain.setText(longer);
    expectSameHeights(remembered, plain, "new text");

    QFont big = plain.font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    remembered.setFont(big);
    plain.setFont(big);
    expectSameHeights(remembered, plain, "larger font");

    remembered.setContentsMargins(10, 20, 30, 40);
    plain.setContentsMargins(10, 20, 30, 40);
    expectSameHeights(remembered, plain, "margins");

    for (int width = 100; width < 140; ++width) // more widths than it remembers
        EXPECT_EQ(remembered.heightForWidth(width), plain.heightForWidth(width)) << width;
    expectSameHeights(remembered, plain, "after many widths");
}

} // namespace
} // namespace hl::ui
