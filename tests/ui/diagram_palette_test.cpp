// The state colours must stay apart for colour-blind viewers and carry readable text, in both
// themes. Colour differences are CIE76 ΔE in CIELAB; colour-vision deficiencies are simulated
// with the Machado, Oliveira & Fernandes (2009) matrices at full severity.
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

class PaletteTheme : public ::testing::TestWithParam<bool> {};

TEST_P(PaletteTheme, NeighbouringStatesStayApartForColourBlindViewers) {
    const bool dark = GetParam();
    for (const Matrix* m : {&kIdentity, &kDeuteranopia, &kProtanopia})
        for (const auto& [a, b] : kNeighbours)
            EXPECT_GE(deltaE(stateColor(a, dark), stateColor(b, dark), *m), 10.0)
                << toString(a) << " / " << toString(b) << (m == &kIdentity ? "" : " (simulated CVD)");
}

TEST_P(PaletteTheme, EveryStateHasItsOwnColour) {
    const bool dark = GetParam();
    for (size_t i = 0; i < kAllStates.size(); ++i)
        for (size_t j = i + 1; j < kAllStates.size(); ++j)
            EXPECT_GE(deltaE(stateColor(kAllStates[i], dark), stateColor(kAllStates[j], dark), kIdentity), 8.0)
                << toString(kAllStates[i]) << " / " << toString(kAllStates[j]);
}

TEST_P(PaletteTheme, StateNamesAreReadableOnTheirBands) {
    // WCAG 2 AA for normal text: contrast ratio at least 4.5.
    const bool dark = GetParam();
    for (TcpState s : kAllStates)
        EXPECT_GE(contrastRatio(stateTextColor(s, dark), stateColor(s, dark)), 4.5) << toString(s);
    EXPECT_GE(contrastRatio(textColor(dark), backgroundColor(dark)), 7.0);
    EXPECT_GE(contrastRatio(hostAccentColor(HostId::Client, dark), backgroundColor(dark)), 3.0);
    EXPECT_GE(contrastRatio(hostAccentColor(HostId::Server, dark), backgroundColor(dark)), 3.0);
}

TEST_P(PaletteTheme, EndpointColoursKeepTheirTextReadable) {
    // WCAG 2 AA (4.5:1) for the texts drawn in or on an endpoint's colour (issue 21): the badge
    // letter and a state machine node's name on the colour, a state box's state name in it.
    const bool dark = GetParam();
    for (HostId h : {HostId::Client, HostId::Server}) {
        EXPECT_GE(contrastRatio(hostTextColor(h, dark), hostColor(h, dark)), 4.5)
            << (h == HostId::Client ? "client" : "server");
        EXPECT_GE(contrastRatio(hostStateTextColor(h, dark), windowBaseColor(dark)), 4.5)
            << (h == HostId::Client ? "client" : "server");
    }
}

TEST(WindowTheme, TheLightBaseIsFusionsAndTheDarkOneIsOurs) {
    applyTheme(*qApp, false);
    EXPECT_EQ(QApplication::palette().color(QPalette::Base), windowBaseColor(false));
    applyTheme(*qApp, true);
    EXPECT_EQ(QApplication::palette().color(QPalette::Base), windowBaseColor(true));
    applyTheme(*qApp, false);
}

TEST_P(PaletteTheme, ClientAndServerAccentsDifferUnderColourBlindness) {
    const bool dark = GetParam();
    for (const Matrix* m : {&kIdentity, &kDeuteranopia, &kProtanopia})
        EXPECT_GE(deltaE(hostAccentColor(HostId::Client, dark), hostAccentColor(HostId::Server, dark), *m), 20.0);
}

INSTANTIATE_TEST_SUITE_P(LightAndDark, PaletteTheme, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "Dark" : "Light"; });

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
