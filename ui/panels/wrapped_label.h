#pragma once
// A word-wrapped, selectable label measured once per width. Qt lays such a label out as a
// QTextDocument, twice for each heightForWidth() (at the width asked, then back), and the window's
// layouts ask for the narration's height at the same few widths again and again (at start-up 17
// asks at 4 widths: issue 12 point 8). The heights are remembered until the text, the font, the
// style or the margins change; what is shown is exactly what a QLabel shows.
#include <QHash>
#include <QLabel>

namespace hl::ui {

class WrappedLabel : public QLabel {
public:
    using QLabel::QLabel;
    int heightForWidth(int width) const override;

protected:
    bool event(QEvent* event) override;

private:
    mutable QString measuredText_;
    mutable QHash<int, int> heights_; // by width
};

} // namespace hl::ui
