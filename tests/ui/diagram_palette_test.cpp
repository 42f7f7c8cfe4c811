// The state colours must stay apart for colour-blind viewers and carry readable text, in every
// theme (light, dark, high contrast). Colour differences are CIE76 ΔE in CIELAB; colour-vision
// deficiencies are simulated with the Machado, Oliveira & Fernandes (2009) matrices at full
// severity. Contrast is the WCAG 2 ratio.
#include "ui/diagram/diagram_palette.h"
#include "ui/window/window_theme.h"

#include <QApplication>
#include <QPalette>

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <utility>

namespace hl::ui {
namespace {

using Matrix = std::array<std::array<double, 3>, 3>;
constexpr Matrix kIdentity{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
constexpr Matrix kDeuteranopia{
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix kProtanopia{
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};

double toLinear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

std::array<double, 3> lab(const QColor& c, const Matrix& m) {
    const std::array<double, 3> rgb{toLinear(c.redF()), toLinear(c.greenF()), toLinear(c.blueF())};
    std::array<double, 3> s{};
    for (int i = 0; i < 3; ++i) s[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    const double x = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047;
    const double y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
    const double z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const QColor& a, const QColor& b, const Matrix& m) {
    const auto la = lab(a, m), lb = lab(b, m);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

// States that follow each other in the lessons (normal open/close, simultaneous close, lost ACKs).
const std::pair<TcpState, TcpState> kNeighbours[] = {
    {TcpState::Closed, TcpState::SynSent},          {TcpState::SynSent, TcpState::Established},
    {TcpState::Established, TcpState::FinWait1},    {TcpState::FinWait1, TcpState::FinWait2},
    {TcpState::FinWait2, TcpState::TimeWait},       {TcpState::TimeWait, TcpState::Closed},
    {TcpState::Closed, TcpState::Listen},           {TcpState::Listen, TcpState::SynReceived},
    {TcpState::SynReceived, TcpState::Established}, {TcpState::Established, TcpState::CloseWait},
    {TcpState::CloseWait, TcpState::LastAck},       {TcpState::LastAck, TcpState::Closed},
    {TcpState::FinWait1, TcpState::Closing},        {TcpState::Closing, TcpState::TimeWait},
    {TcpState::SynSent, TcpState::SynReceived},     {TcpState::FinWait1, TcpState::TimeWait},
};

class PaletteTheme : public ::testing::TestWithParam<Theme> {};

TEST_P(PaletteTheme, NeighbouringStatesStayApartForColourBlindViewers) {
    const Theme t = GetParam();
    for (const Matrix* m : {&kIdentity, &kDeuteranopia, &kProtanopia})
        for (const auto& [a, b] : kNeighbours)
            EXPECT_GE(deltaE(stateColor(a, t), stateColor(b, t), *m), 10.0)
                << toString(a) << " / " << toString(b) << (m == &kIdentity ? "" : " (simulated CVD)");
}

TEST_P(PaletteTheme, EveryStateHasItsOwnColour) {
    const Theme t = GetParam();
    for (size_t i = 0; i < kAllStates.size(); ++i)
        for (size_t j = i + 1; j < kAllStates.size(); ++j)
            EXPECT_GE(deltaE(stateColor(kAllStates[i], t), stateColor(kAllStates[j], t), kIdentity), 8.0)
                << toString(kAllStates[i]) << " / " << toString(kAllStates[j]);
}

TEST_P(PaletteTheme, StateNamesAreReadableOnTheirBands) {
    // WCAG 2 contrast for normal text: AA (4.5:1) in light and dark, AAA (7:1) in high contrast
    // (SC 1.4.6), the band's part the cursor has reached and, in high contrast, the part ahead.
    const Theme t = GetParam();
    const double need = t == Theme::HighContrast ? 7.0 : 4.5;
    EXPECT_EQ(minTextContrast(t), need);
    for (TcpState s : kAllStates) {
        EXPECT_GE(contrastRatio(stateTextColor(s, t), stateColor(s, t)), need) << toString(s);
        if (t == Theme::HighContrast) {
            EXPECT_GE(contrastRatio(stateFutureTextColor(s, t), stateFutureColor(s, t)), need) << toString(s);
        }
    }
    EXPECT_GE(contrastRatio(textColor(t), backgroundColor(t)), 7.0);
    if (t == Theme::HighContrast) {
        EXPECT_GE(contrastRatio(mutedTextColor(t), backgroundColor(t)), 7.0);
    }
}

TEST_P(PaletteTheme, LinesStandOutFromTheBackground) {
    // WCAG 2.1 SC 1.4.11 (non-text contrast): lines and marks at least 3:1 against what is next to them.
    const Theme t = GetParam();
    const QColor bg = backgroundColor(t);
    for (HostId h : {HostId::Client, HostId::Server})
        EXPECT_GE(contrastRatio(hostAccentColor(h, t), bg), 3.0) << (h == HostId::Client ? "client" : "server");
    EXPECT_GE(contrastRatio(lossColor(t), bg), 3.0) << "loss";
    EXPECT_GE(contrastRatio(injectedColor(t), bg), 3.0) << "injected";
    EXPECT_GE(contrastRatio(timerColor(t), bg), 3.0) << "timer";
    EXPECT_GE(contrastRatio(cursorColor(t), bg), 3.0) << "cursor";
    for (TcpState s : kAllStates) EXPECT_GE(contrastRatio(stateColor(s, t), bg), t == Theme::HighContrast ? 3.0 : 1.0);
    if (t != Theme::HighContrast) return;
    // High contrast only: Compare's ghost run is opaque, and the lane headers (text in the
    // endpoint's colour) reach 7:1 like every other text.
    EXPECT_EQ(ghostColor(t).alpha(), 255);
    EXPECT_GE(contrastRatio(ghostColor(t), bg), 3.0) << "ghost";
    for (HostId h : {HostId::Client, HostId::Server}) EXPECT_GE(contrastRatio(hostAccentColor(h, t), bg), 7.0);
}

TEST_P(PaletteTheme, EndpointColoursKeepTheirTextReadable) {
    // The texts drawn in or on an endpoint's colour (issue 21): the badge letter and a state
    // machine node's name on the colour, a state box's state name in it; AA, or AAA in high contrast.
    const Theme t = GetParam();
    for (HostId h : {HostId::Client, HostId::Server}) {
        EXPECT_GE(contrastRatio(hostTextColor(h, t), hostColor(h, t)), minTextContrast(t))
            << (h == HostId::Client ? "client" : "server");
        EXPECT_GE(contrastRatio(hostStateTextColor(h, t), windowBaseColor(t)), minTextContrast(t))
            << (h == HostId::Client ? "client" : "server");
    }
}

TEST(WindowTheme, TheLightBaseIsFusionsAndTheOthersAreOurs) {
    for (Theme t : kAllThemes) {
        applyTheme(*qApp, t);
        EXPECT_EQ(QApplication::palette().color(QPalette::Base), windowBaseColor(t)) << themeKey(t).toStdString();
    }
    applyTheme(*qApp, Theme::Light);
}

TEST(WindowTheme, TheHighContrastPaletteIsBlackWithWhiteAndYellowText) {
    // Every text role of the widget palette (panels, tables, menus, tooltips) at 7:1 on its
    // background (WCAG AAA, SC 1.4.6); the selection and the focus (Fusion draws focus frames in
    // the highlight colour) in yellow on black, 3:1 or more as non-text (SC 1.4.11).
    const QPalette p = windowPalette(Theme::HighContrast);
    EXPECT_EQ(p.color(QPalette::Window), QColor(Qt::black));
    EXPECT_EQ(p.color(QPalette::Base), QColor(Qt::black));
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},         {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::PlaceholderText, QPalette::Base},      {QPalette::Link, QPalette::Base},
        {QPalette::BrightText, QPalette::Window},
    };
    for (const auto& [fg, bg] : pairs)
        EXPECT_GE(contrastRatio(p.color(fg), p.color(bg)), 7.0) << int(fg) << " on " << int(bg);
    EXPECT_GE(contrastRatio(p.color(QPalette::Highlight), p.color(QPalette::Window)), 3.0);
    for (QPalette::ColorRole r : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        EXPECT_TRUE(p.color(r) == QColor(Qt::white) || p.color(r) == QColor(Qt::yellow)) << int(r);
}

TEST(HighContrast, EveryDiagramTextIsWhiteOrYellow) {
    const Theme t = Theme::HighContrast;
    EXPECT_EQ(textColor(t), QColor(Qt::white));
    EXPECT_EQ(cursorColor(t), QColor(Qt::yellow));
    // A segment's tags ("✕ lost", "↻ retransmission") are written in yellow, not in the line's colour.
    for (const QColor& line : {lossColor(t), injectedColor(t), hostAccentColor(HostId::Client, t)})
        EXPECT_EQ(accentTextColor(line, t), QColor(Qt::yellow));
    EXPECT_EQ(accentTextColor(lossColor(Theme::Light), Theme::Light), lossColor(Theme::Light));
}

TEST(HighContrast, LinesAreThickerInBothModes) {
    for (const DiagramStyle& mode : {DiagramStyle::normal(), DiagramStyle::presentationMode()}) {
        const DiagramStyle hc = mode.forTheme(Theme::HighContrast);
        EXPECT_GE(hc.lineWidth, 2.0);
        EXPECT_GT(hc.lineWidth, mode.lineWidth);
        EXPECT_GE(hc.lifelineWidth, mode.lifelineWidth);
        EXPECT_GE(hc.cursorWidth, 3.0);
        EXPECT_GE(hc.focusWidth, 3.0);
        EXPECT_EQ(hc.labelPx, mode.labelPx); // only the lines change
        EXPECT_EQ(mode.forTheme(Theme::Dark).lineWidth, mode.lineWidth);
    }
}

TEST_P(PaletteTheme, ClientAndServerAccentsDifferUnderColourBlindness) {
    const Theme t = GetParam();
    for (const Matrix* m : {&kIdentity, &kDeuteranopia, &kProtanopia})
        EXPECT_GE(deltaE(hostAccentColor(HostId::Client, t), hostAccentColor(HostId::Server, t), *m), 20.0);
}

TEST(ThemeKey, NamesEveryThemeOnceAndReadsItBack) {
    for (Theme t : kAllThemes) EXPECT_EQ(themeFromKey(themeKey(t)), t);
    EXPECT_EQ(themeKey(Theme::HighContrast), QStringLiteral("high-contrast"));
    EXPECT_FALSE(themeFromKey(QStringLiteral("High-Contrast")));
    EXPECT_FALSE(themeFromKey(QString()));
}

INSTANTIATE_TEST_SUITE_P(EveryTheme, PaletteTheme, ::testing::ValuesIn(kAllThemes), [](const auto& info) {
    return info.param == Theme::Light ? "Light" : info.param == Theme::Dark ? "Dark" : "HighContrast";
});

TEST(DiagramStyle, PresentationModeIsLargerEverywhere) {
    const DiagramStyle n = DiagramStyle::normal(), p = DiagramStyle::presentationMode();
    EXPECT_GT(p.labelPx, n.labelPx);
    EXPECT_GT(p.headerPx, n.headerPx);
    EXPECT_GT(p.bandPx, n.bandPx);
    EXPECT_GT(p.rulerPx, n.rulerPx);
    EXPECT_GT(p.lineWidth, n.lineWidth);
    EXPECT_GT(p.lifelineWidth, n.lifelineWidth);
    EXPECT_TRUE(p.presentation);
    EXPECT_FALSE(n.presentation);
}

TEST(ContrastRatio, MatchesTheWcagDefinition) {
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::white), 1.0, 1e-9);
    // #777777 on white is the classic borderline grey: 4.48.
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
}

} // namespace
} // namespace hl::ui
