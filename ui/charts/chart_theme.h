#pragma once
// The Qt Charts look of each theme, for every chart of the app (the trace charts and the load
// charts): Qt's light or dark chart theme, and for high contrast the dark one on pure black with
// white text. Call it on a fresh chart before adding axes and series (they take the theme's look).
#include "ui/diagram/theme.h"

class QChart;

namespace hl::ui {

void applyChartTheme(QChart& chart, Theme theme);

} // namespace hl::ui
