#include "ui/diagram/theme.h"

namespace hl::ui {

QString themeKey(Theme theme) {
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::HighContrast: return QStringLiteral("high-contrast");
    }
    return QStringLiteral("light");
}

std::optional<Theme> themeFromKey(const QString& key) {
    for (Theme t : kAllThemes)
        if (themeKey(t) == key) return t;
    return std::nullopt;
}

} // namespace hl::ui
