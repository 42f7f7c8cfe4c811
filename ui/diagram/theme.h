#pragma once
// The colour theme of the whole window (issue 21 point 5). Every colour of every theme is defined
// once, in diagram_palette.cpp (drawing) and window_theme.cpp (Qt's widget palette).
#include <QString>

#include <optional>

namespace hl::ui {

enum class Theme { Light, Dark, HighContrast };

inline constexpr Theme kAllThemes[] = {Theme::Light, Theme::Dark, Theme::HighContrast};

// The name used in the settings and on the command line: "light", "dark", "high-contrast".
QString themeKey(Theme theme);
std::optional<Theme> themeFromKey(const QString& key);

} // namespace hl::ui
