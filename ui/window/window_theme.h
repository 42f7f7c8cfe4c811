#pragma once
// Window-wide look: light/dark palettes and the two endpoint colours. The endpoint colours are
// from the Okabe-Ito set (blue vs. orange stays distinct for the common colour-vision deficiencies)
// and are always paired with a "C"/"S" badge, never used alone.
#include "core/host.h"

#include <QColor>
#include <QString>

class QApplication;

namespace hl::ui {

QColor hostColor(HostId host, bool dark);
// Text colour that reads on top of hostColor().
QColor hostTextColor(HostId host, bool dark);
// The one-letter badge paired with the colour ("C" / "S").
QString hostBadge(HostId host);
// Fusion style with a light or dark palette for the whole application.
void applyTheme(QApplication& app, bool dark);

} // namespace hl::ui
