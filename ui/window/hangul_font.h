#pragma once
// Korean must render on a fresh machine: when the interface font has no Hangul, a family that
// has it (Noto Sans CJK KR, installed by scripts/install-deps, or another Korean font) is added
// as its fallback, so every widget and the diagram (which derive their fonts from the
// application font) draw Hangul instead of boxes.
#include <QFont>
#include <QString>

class QApplication;

namespace hl::ui {

class HangulFont {
public:
    // Whether the font database says this family supports the Korean writing system.
    static bool covers(const QString& family);
    // An installed family with Hangul, preferring the ones named in kPreferred; empty if none.
    static QString findFamily();
    // `font` with a Hangul family appended to its families when none of them covers Korean.
    static QFont withHangul(const QFont& font);
    // Applies withHangul() to the application font; returns the family added (empty if none).
    static QString apply(QApplication& app);
};

} // namespace hl::ui
