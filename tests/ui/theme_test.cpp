// The window's theme (issue 21 point 5): View → Theme and its keys, switching redraws every view in
// the new theme's colours (nothing keeps the old one), the choice is remembered, and the segment
// kinds stay apart in a greyscale picture (colour is never the only cue, WCAG 2.1 SC 1.4.1).
#include "ui/charts/charts_panel.h"
#include "ui/charts/rto_chart_view.h"
#include "ui/charts/seq_chart_view.h"
#include "ui/charts/state_timeline_view.h"
#include "ui/diagram/diagram_palette.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/diagram/state_band_item.h"
#include "ui/load/load_chart_view.h"
#include "ui/load/load_view.h"
#include "ui/panels/state_box.h"
#include "ui/panels/state_machine_view.h"
#include "ui/window/window_theme.h"

#include "window_test_support.h"

#include <QAbstractGraphicsShapeItem>
#include <QAreaSeries>
#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QXYSeries>

#include <algorithm>
#include <cstdlib>
#include <set>
#include <vector>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

using uitest::lessonWindow;

// Every colour the palette defines for a theme.
std::set<QRgb> themeColours(Theme t) {
    std::vector<QColor> c = {backgroundColor(t),
                             textColor(t),
                             mutedTextColor(t),
                             hostAccentColor(HostId::Client, t),
                             hostAccentColor(HostId::Server, t),
                             lossColor(t),
                             injectedColor(t),
                             timerColor(t),
                             cursorColor(t),
                             neutralFillColor(t)};
    for (TcpState s : kAllStates) {
        c.push_back(stateColor(s, t));
        c.push_back(stateFutureColor(s, t));
    }
    std::set<QRgb> out;
    for (const QColor& q : c) out.insert(q.rgb());
    return out;
}

// The colours of `old` that `now` does not have: none of them may be left on screen.
std::set<QRgb> onlyIn(Theme old, Theme now) {
    std::set<QRgb> out;
    const std::set<QRgb> keep = themeColours(now);
    for (QRgb c : themeColours(old))
        if (!keep.contains(c)) out.insert(c);
    return out;
}

// Pixels of `img` that are exactly one of the old theme's saturated colours (grey levels are left
// out: antialiased white text on black makes every grey).
int leftoverPixels(const QImage& img, const std::set<QRgb>& old) {
    std::set<QRgb> saturated;
    for (QRgb c : old)
        if (QColor(c).hsvSaturation() > 60) saturated.insert(c);
    const QImage rgb = img.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) n += saturated.contains(rgb.pixel(x, y) | 0xFF000000u) ? 1 : 0;
    return n;
}

int pixelsOf(const QImage& img, const QColor& colour) {
    const QImage rgb = img.convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) n += (rgb.pixel(x, y) | 0xFF000000u) == colour.rgb() ? 1 : 0;
    return n;
}

bool isOld(const QColor& c, const std::set<QRgb>& old) { return old.contains(c.rgb()); }

// Walks the diagram's scene: every arrow, band, line, shape and text in the new theme's colours.
void expectSceneIn(const SequenceDiagramView& view, Theme now, const std::set<QRgb>& old) {
    EXPECT_EQ(view.backgroundBrush().color(), backgroundColor(now));
    int checked = 0;
    for (const QGraphicsItem* item : view.scene()->items()) {
        if (const auto* s = qgraphicsitem_cast<const SegmentItem*>(item)) {
            const QColor want = s->copy().injected ? injectedColor(now) : hostAccentColor(s->copy().from, now);
            EXPECT_EQ(s->lineColor(), want) << s->labelText().toStdString();
            EXPECT_GE(s->lineWidth(), now == Theme::HighContrast ? 2.0 : 1.0);
            ++checked;
        } else if (const auto* b = qgraphicsitem_cast<const StateBandItem*>(item)) {
            EXPECT_EQ(b->fillColor(), stateColor(b->band().state, now)) << toString(b->band().state);
            EXPECT_EQ(b->futureColor(), stateFutureColor(b->band().state, now)) << toString(b->band().state);
            ++checked;
        } else if (const auto* l = dynamic_cast<const QGraphicsLineItem*>(item)) {
            EXPECT_FALSE(isOld(l->pen().color(), old)) << "a line in " << l->pen().color().name().toStdString();
            ++checked;
        } else if (const auto* g = dynamic_cast<const QAbstractGraphicsShapeItem*>(item)) {
            if (g->pen().style() != Qt::NoPen) {
                EXPECT_FALSE(isOld(g->pen().color(), old));
            }
            if (g->brush().style() != Qt::NoBrush) {
                EXPECT_FALSE(isOld(g->brush().color(), old));
            }
            ++checked;
        }
    }
    EXPECT_GE(checked, 15); // lost-syn: 6 arrows, 8 bands, lifelines, headers, ruler
}

void expectChartIn(const QChart* chart, Theme now, const std::set<QRgb>& old, const char* name) {
    ASSERT_NE(chart, nullptr) << name;
    if (now == Theme::HighContrast) {
        EXPECT_EQ(chart->backgroundBrush().color(), backgroundColor(now)) << name;
    }
    for (const QAbstractSeries* s : chart->series()) {
        if (const auto* xy = qobject_cast<const QXYSeries*>(s)) {
            EXPECT_FALSE(isOld(xy->color(), old)) << name << ": " << s->name().toStdString();
        } else if (const auto* area = qobject_cast<const QAreaSeries*>(s)) {
            EXPECT_FALSE(isOld(area->color(), old)) << name << ": " << s->name().toStdString();
        }
    }
}

TEST(ThemeSwitch, EveryViewIsRedrawnInTheNewThemeAndNoItemKeepsAnOldColour) {
    auto w = lessonWindow("lost-syn");
    w->show();
    w->session()->setStep(w->session()->stepCount() / 2); // bands partly reached, partly ahead
    QApplication::processEvents();
    for (Theme old : kAllThemes)
        for (Theme now : kAllThemes) {
            if (old == now) continue;
            SCOPED_TRACE(themeKey(old).toStdString() + " → " + themeKey(now).toStdString());
            w->setTheme(old);
            QApplication::processEvents();
            w->setTheme(now);
            for (int i = 0; i < 4; ++i) QApplication::processEvents(); // what the switch posted, painted
            const std::set<QRgb> gone = onlyIn(old, now);
            EXPECT_EQ(w->theme(), now);
            EXPECT_EQ(QApplication::palette().color(QPalette::Base), windowBaseColor(now));
            expectSceneIn(*w->diagram(), now, gone);
            const QImage ladder = w->diagram()->grab().toImage();
            // A stale arrow or band would leave hundreds of pixels; antialiased edges of the new
            // colours can hit an old one exactly at a few (2 seen from dark to high contrast).
            EXPECT_LE(leftoverPixels(ladder, gone), 8) << "the ladder";
            EXPECT_GT(pixelsOf(ladder, hostAccentColor(HostId::Client, now)), 20) << "the ladder";
            for (HostId h : {HostId::Client, HostId::Server}) {
                const QImage box = w->stateBox(h)->grab().toImage();
                // As for the ladder: a stale box would leave hundreds of pixels; a few antialiased ones
                // can hit an old colour exactly (6 seen once, high contrast → light, under load).
                EXPECT_LE(leftoverPixels(box, gone), 8) << "state box";
                EXPECT_GT(pixelsOf(box, hostColor(h, now)), 20) << "state box";
            }
            const QImage fsm = w->stateMachine()->grab().toImage();
            EXPECT_LE(leftoverPixels(fsm, gone), 8) << "state machine";
            EXPECT_GT(pixelsOf(fsm, hostColor(HostId::Client, now)), 20) << "state machine";
            expectChartIn(w->charts()->seqChart()->chart(), now, gone, "sequence chart");
            expectChartIn(w->charts()->stateTimeline()->chart(), now, gone, "state timeline");
            expectChartIn(w->charts()->rtoChart()->chart(), now, gone, "RTO chart");
            expectChartIn(w->loadView()->baseChart()->chart(), now, gone, "load chart");
            expectChartIn(w->loadView()->variantChart()->chart(), now, gone, "load chart (compared)");
        }
    w->setTheme(Theme::Light);
}

TEST(ThemeSwitch, TheMenuHasTheThreeAndTheKeysSwitchOnAndBackToLight) {
    auto w = uitest::makeWindow();
    uitest::activate(*w);
    auto* menu = w->findChild<QMenu*>(QStringLiteral("themeMenu"));
    ASSERT_NE(menu, nullptr);
    ASSERT_EQ(menu->actions().size(), 3);
    const auto checked = [&] {
        QStringList names;
        for (QAction* a : menu->actions())
            if (a->isChecked()) names << a->objectName();
        return names.join(QLatin1Char(','));
    };
    EXPECT_EQ(checked(), QStringLiteral("actionLightTheme"));
    // Ctrl+Shift+D was the dark theme's switch before there were three: it still is.
    uitest::pressKey(*w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(w->theme(), Theme::Dark);
    EXPECT_EQ(checked(), QStringLiteral("actionDarkTheme"));
    uitest::pressKey(*w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(w->theme(), Theme::Light);
    uitest::pressKey(*w, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(w->theme(), Theme::HighContrast);
    EXPECT_EQ(checked(), QStringLiteral("actionHighContrastTheme"));
    EXPECT_EQ(w->diagram()->theme(), Theme::HighContrast);
    uitest::pressKey(*w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier); // from one theme to the other
    EXPECT_EQ(w->theme(), Theme::Dark);
    menu->actions().at(0)->trigger(); // the menu's Light
    EXPECT_EQ(w->theme(), Theme::Light);
    EXPECT_EQ(checked(), QStringLiteral("actionLightTheme"));
}

class ThemeSettings : public ::testing::Test {
protected:
    QTemporaryDir dir;
    void SetUp() override {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("HandshakeLabThemeTest"));
    }
    void TearDown() override {
        QCoreApplication::setOrganizationName(QString());
        applyTheme(*qApp, Theme::Light); // the next tests start light
    }
};

TEST_F(ThemeSettings, TheChosenThemeIsSavedAndRestored) {
    {
        MainWindow w;
        EXPECT_EQ(w.theme(), Theme::Light);
        w.setTheme(Theme::HighContrast);
        w.close(); // writes the settings
    }
    EXPECT_EQ(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("high-contrast"));
    {
        MainWindow w;
        EXPECT_EQ(w.theme(), Theme::HighContrast);
        EXPECT_EQ(w.diagram()->theme(), Theme::HighContrast);
        EXPECT_TRUE(w.findChild<QAction*>(QStringLiteral("actionHighContrastTheme"))->isChecked());
        EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        w.setTheme(Theme::Light);
        w.close();
    }
    EXPECT_EQ(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("light"));
}

TEST_F(ThemeSettings, TheOldDarkSwitchIsReadOnceAndReplaced) {
    QSettings().setValue(QStringLiteral("view/dark"), true); // written by a version with two themes
    {
        MainWindow w;
        EXPECT_EQ(w.theme(), Theme::Dark);
        w.close();
    }
    QSettings s;
    EXPECT_EQ(s.value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
    EXPECT_FALSE(s.contains(QStringLiteral("view/dark")));
    s.setValue(QStringLiteral("view/theme"), QStringLiteral("sepia")); // unknown: light
    s.sync();
    MainWindow w;
    EXPECT_EQ(w.theme(), Theme::Light);
}

TEST(HighContrast, FieldsHaveWhiteEdgesAndTheFocusIsASolidYellowFrame) {
    // Fusion's own edges are a shade darker than the window: on black they would not show.
    applyTheme(*qApp, Theme::HighContrast);
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* focused = new QLineEdit(&window);
    auto* other = new QLineEdit(&window);
    layout->addWidget(focused);
    layout->addWidget(other);
    window.resize(300, 120);
    uitest::activate(window);
    focused->setFocus();
    QApplication::processEvents();
    ASSERT_TRUE(focused->hasFocus());
    const QImage a = focused->grab().toImage(), b = other->grab().toImage();
    const int perimeter = 2 * (a.width() + a.height());
    EXPECT_GE(pixelsOf(a, Qt::yellow), perimeter * 3 / 2) << "a 2 px yellow frame round the focused field";
    EXPECT_EQ(pixelsOf(b, Qt::yellow), 0);
    EXPECT_GE(pixelsOf(b, Qt::white), perimeter * 9 / 10) << "a white edge round the other";
    applyTheme(*qApp, Theme::Light);
}

// One arrow of each kind drawn at the same place, turned grey, and reduced to ink / no ink: no two
// kinds may leave the same shape (they differ by line style and mark, not by colour).
std::vector<bool> inkOf(const DiagramCopy& copy, Theme t) {
    const DiagramTheme theme{DiagramStyle::normal().forTheme(t), t};
    SegmentItem item(copy, Segment{}, QPointF(20, 30), QPointF(460, 130), theme);
    QImage img(480, 160, QImage::Format_RGB32);
    img.fill(backgroundColor(t));
    QPainter p(&img);
    item.paint(&p, nullptr, nullptr);
    p.end();
    const QImage grey = img.convertToFormat(QImage::Format_Grayscale8);
    const int bg = qGray(backgroundColor(t).rgb());
    std::vector<bool> ink;
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x) ink.push_back(std::abs(qGray(grey.pixel(x, y)) - bg) > 48);
    return ink;
}

TEST(Greyscale, LostRetransmittedDuplicatedDelayedAndInjectedSegmentsDifferWithoutColour) {
    DiagramCopy plain;
    plain.arrived = true;
    DiagramCopy lost = plain;
    lost.arrived = false;
    lost.lost = true;
    DiagramCopy retransmitted = plain;
    retransmitted.retransmission = true;
    DiagramCopy duplicate = plain;
    duplicate.copy = 1;
    DiagramCopy delayed = plain;
    delayed.delay = SimDuration::fromMs(300);
    DiagramCopy injected = plain;
    injected.injected = true;
    const std::pair<const char*, DiagramCopy> kinds[] = {
        {"delivered", plain},      {"lost", lost},       {"retransmitted", retransmitted},
        {"duplicated", duplicate}, {"delayed", delayed}, {"injected", injected}};
    for (Theme t : kAllThemes) {
        std::vector<std::vector<bool>> inks;
        for (const auto& [name, copy] : kinds) {
            inks.push_back(inkOf(copy, t));
            EXPECT_GT(std::count(inks.back().begin(), inks.back().end(), true), 400)
                << name << " is hardly visible in grey, " << themeKey(t).toStdString();
        }
        for (size_t i = 0; i < inks.size(); ++i)
            for (size_t j = i + 1; j < inks.size(); ++j) {
                size_t differ = 0, any = 0;
                for (size_t k = 0; k < inks[i].size(); ++k) {
                    differ += inks[i][k] != inks[j][k] ? 1 : 0;
                    any += inks[i][k] || inks[j][k] ? 1 : 0;
                }
                // A tenth of the ink or more: a dash pattern or a mark, not an antialiasing fringe.
                EXPECT_GT(double(differ) / double(any), 0.10)
                    << kinds[i].first << " / " << kinds[j].first << ", " << themeKey(t).toStdString();
            }
    }
}

} // namespace
} // namespace hl::ui
