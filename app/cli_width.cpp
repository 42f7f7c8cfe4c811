#include "app/cli_width.h"

#include <QList>

namespace hl::cli {
namespace {

// East Asian Wide/Fullwidth ranges that matter here (Hangul, CJK, fullwidth forms).
int charWidth(uint c) {
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                      (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6);
    return wide ? 2 : 1;
}

} // namespace

int displayWidth(const QString& s) {
    int w = 0;
    for (const uint c : s.toUcs4()) w += charWidth(c);
    return w;
}

QString padded(const QString& s, int width, bool alignRight) {
    const int fill = width - displayWidth(s);
    if (fill <= 0) return s;
    const QString spaces(fill, QLatin1Char(' '));
    return alignRight ? spaces + s : s + spaces;
}

QString elided(const QString& s, int width) {
    if (displayWidth(s) <= width) return s;
    QString out;
    int w = 0;
    for (const uint c : s.toUcs4()) {
        if (w + charWidth(c) > width - 1) break;
        const char32_t ch = c;
        out += QString::fromUcs4(&ch, 1);
        w += charWidth(c);
    }
    return out + QStringLiteral("…");
}

} // namespace hl::cli
