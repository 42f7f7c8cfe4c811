#include "ui/charts/chart_theme.h"

#include "ui/diagram/diagram_palette.h"

#include <QChart>
#include <QLegend>

namespace hl::ui {

void applyChartTheme(QChart& chart, Theme theme) {
    chart.setTheme(theme == Theme::Light ? QChart::ChartThemeLight : QChart::ChartThemeDark);
    if (theme != Theme::HighContrast) return;
    // Qt's own "high contrast" chart theme is light grey; ours is the window's black and white.
    chart.setBackgroundBrush(backgroundColor(theme));
    chart.setBackgroundPen(QPen(textColor(theme), 1));
    chart.setPlotAreaBackgroundVisible(false);
    chart.setTitleBrush(textColor(theme));
    chart.legend()->setLabelColor(textColor(theme));
}

} // namespace hl::ui
