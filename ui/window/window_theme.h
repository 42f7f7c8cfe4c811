#pragma once
// Window-wide look: the light, dark and high-contrast palettes and the two endpoint colours. The
// endpoint colours are from the Okabe-Ito set (blue vs. orange stays distinct for the common
// colour-vision deficiencies) and are always paired with a "C"/"S" badge, never used alone.
#include "core/host.h"
#include "ui/diagram/theme.h"

#include <QColor>
#include <QString>

class QApplication;
class QPalette;

namespace hl::ui {

QColor hostColor(HostId host, Theme theme);
// Text colour that reads on top of hostColor() (WCAG AA: contrast at least 4.5, issue 21).
QColor hostTextColor(HostId host, Theme theme);
// The state name in a state box: the endpoint's colour, deepened (light) or lightened (dark,
// high contrast) until it reads on the window's base colour with contrast at least 4.5 (7 in
// high contrast).
QColor hostStateTextColor(HostId host, Theme theme);
// The text contrast a theme promises: WCAG AA (4.5:1), AAA (7:1) in high contrast.
double minTextContrast(Theme theme);
// The base (text field) colour of each theme's palette.
QColor windowBaseColor(Theme theme);
// The application palette of each theme (light: Fusion's own).
QPalette windowPalette(Theme theme);
// The one-letter badge paired with the colour ("C" / "S").
QString hostBadge(HostId host);
// Fusion style with the theme's palette for the whole application.
void applyTheme(QApplication& app, Theme theme);

} // namespace hl::ui
