#include "ui/window/hangul_font.h"

#include <QApplication>
#include <QFontDatabase>

namespace hl::ui {

namespace {
// Sans-serif Korean families, best first: Noto (Linux, scripts/install-deps), then the system
// fonts of Windows and macOS and the common Korean packages.
constexpr const char* kPreferred[] = {"Noto Sans CJK KR",    "Noto Sans KR", "Malgun Gothic",
                                      "Apple SD Gothic Neo", "NanumGothic",  "UnDotum"};
} // namespace

bool HangulFont::covers(const QString& family) {
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::Korean);
}

QString HangulFont::findFamily() {
    const QStringList korean = QFontDatabase::families(QFontDatabase::Korean);
    for (const char* name : kPreferred)
        if (korean.contains(QString::fromLatin1(name))) return QString::fromLatin1(name);
    // Any other Korean family, preferring one that is not a serif or monospace face.
    for (const QString& f : korean)
        if (!f.contains(QLatin1String("Serif"), Qt::CaseInsensitive) &&
            !f.contains(QLatin1String("Mono"), Qt::CaseInsensitive))
            return f;
    return korean.isEmpty() ? QString() : korean.first();
}

QFont HangulFont::withHangul(const QFont& font) {
    QStringList families = font.families();
    if (families.isEmpty()) families << font.family();
    for (const QString& f : families)
        if (covers(f)) return font;
    const QString hangul = findFamily();
    if (hangul.isEmpty()) return font;
    QFont out = font;
    out.setFamilies(families << hangul);
    return out;
}

QString HangulFont::apply(QApplication& /*app*/) { // QApplication::setFont is static
    const QFont before = QApplication::font();
    const QFont after = withHangul(before);
    if (after.families() == before.families()) return {};
    QApplication::setFont(after);
    return after.families().last();
}

} // namespace hl::ui
