// The timeline bar: for a lesson whose steps all have their own pixel column the picture is the
// one drawn before ticks were merged per column (every step's tick drawn); a 100,000-step trace
// draws at most one tick per pixel column.
#include "core/builtin_lessons.h"
#include "tests/bulk_transfer.h"
#include "ui/panels/timeline_bar.h"
#include "ui/session/session_controller.h"

#include "language_scope.h"

#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace hl::ui {
namespace {

// The bar as TimelineBar::paintEvent drew it before (commit 36632e8): one tick per step, each
// drawn, on the window background as QWidget::grab() paints it. The label width was
// "Step 888 of 888" in the plain font plus 16 px.
QImage formerPicture(const TimelineBar& bar, const SessionController& session) {
    QImage image(bar.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(bar.palette().color(bar.backgroundRole()));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const int labelWidth = bar.fontMetrics().horizontalAdvance(TimelineBar::tr("Step %1 of %2").arg(888).arg(888)) + 16;
    const int pad = 14;
    const QRect r(pad, 0, std::max(10, bar.width() - labelWidth - 2 * pad), bar.height());
    const size_t n = session.stepCount();
    const auto xOfStep = [&](size_t step) {
        return n == 0 ? r.left() : r.left() + static_cast<int>(std::lround(double(r.width()) * double(step) / double(n)));
    };
    const int mid = r.center().y();
    const QPalette& pal = bar.palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor accent = pal.color(QPalette::Highlight);
    const size_t step = session.step();
    p.setPen(QPen(pal.color(QPalette::Mid), 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(r.left(), mid, r.right(), mid);
    p.setPen(QPen(accent, 6, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(r.left(), mid), QPointF(xOfStep(step), mid)); // not playing
    const int tick = bar.fontMetrics().height() / 2 + 2;
    for (size_t i = 0; i <= n; ++i) {
        const int x = xOfStep(i);
        p.setPen(QPen(i <= step ? accent : text, i == 0 || i == n ? 2 : 1));
        p.drawLine(x, mid - tick, x, mid + tick);
    }
    p.setPen(QPen(pal.color(QPalette::Base), 2));
    p.setBrush(accent);
    p.drawEllipse(QPointF(xOfStep(step), mid), tick + 1, tick + 1);
    QFont bold = bar.font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(bar.width() - labelWidth, 0, labelWidth, bar.height()), Qt::AlignCenter, bar.positionText());
    return image;
}

TEST(TimelineBar, SmallLessonsLookAsBeforeInBothLanguages) {
    int compared = 0;
    for (const char* language : {"en", "ko"}) {
        uitest::LanguageScope scope(QString::fromLatin1(language));
        for (const char* id : {"handshake-and-close", "simultaneous-open", "lost-syn", "half-close"}) {
            const Scenario* lesson = findBuiltinLesson(id);
            ASSERT_NE(lesson, nullptr) << id;
            SessionController session;
            TimelineBar bar(&session);
            bar.resize(700, bar.sizeHint().height());
            session.loadScenario(*lesson);
            ASSERT_GE(session.stepCount(), 3u);
            for (size_t step : {size_t{0}, session.stepCount() / 2, session.stepCount()}) {
                session.setStep(step);
                const QImage shown = bar.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
                EXPECT_EQ(shown, formerPicture(bar, session)) << language << " " << id << " step " << step;
                ++compared;
            }
        }
    }
    EXPECT_EQ(compared, 24);
}

// Counts what a widget draws (QWidget::render paints through it).
class CountingEngine : public QPaintEngine {
public:
    CountingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    int lines = 0;
    int calls = 0;
    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState&) override {}
    Type type() const override { return QPaintEngine::User; }
    void drawLines(const QLine*, int count) override { lines += count, ++calls; }
    void drawLines(const QLineF*, int count) override { lines += count, ++calls; }
    void drawRects(const QRect*, int) override { ++calls; }
    void drawRects(const QRectF*, int) override { ++calls; }
    void drawEllipse(const QRectF&) override { ++calls; }
    void drawEllipse(const QRect&) override { ++calls; }
    void drawPath(const QPainterPath&) override { ++calls; }
    void drawPoints(const QPointF*, int) override { ++calls; }
    void drawPoints(const QPoint*, int) override { ++calls; }
    void drawPolygon(const QPointF*, int, PolygonDrawMode) override { ++calls; }
    void drawPolygon(const QPoint*, int, PolygonDrawMode) override { ++calls; }
    void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override { ++calls; }
    void drawTextItem(const QPointF&, const QTextItem&) override { ++calls; }
    void drawTiledPixmap(const QRectF&, const QPixmap&, const QPointF&) override { ++calls; }
    void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override { ++calls; }
};

class CountingDevice : public QPaintDevice {
public:
    explicit CountingDevice(QSize size) : size_(size) {}
    ~CountingDevice() override = default;
    mutable CountingEngine engine;
    QPaintEngine* paintEngine() const override { return &engine; }

protected:
    int metric(PaintDeviceMetric m) const override {
        switch (m) {
        case PdmWidth: return size_.width();
        case PdmHeight: return size_.height();
        case PdmDepth: return 32;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return static_cast<int>(devicePixelRatioFScale());
        case PdmNumColors: return INT_MAX;
        case PdmWidthMM: return size_.width() * 254 / 960;
        case PdmHeightMM: return size_.height() * 254 / 960;
        default: return 96; // the dpi metrics
        }
    }

private:
    QSize size_;
};

// 55,000 segments of 100 bytes, each acknowledged: each arrival is a step, over 100,000 steps.
Scenario manyStepsLesson() {
    Scenario s = bulkTransfer(5'500'000, false);
    s.seed = 5;
    s.client.options.mss = 100;
    s.server.options.mss = 100;
    return s;
}

TEST(TimelineBar, AHundredThousandStepsDrawAtMostOneTickPerPixelColumn) {
    SessionController session;
    TimelineBar bar(&session);
    bar.resize(1000, bar.sizeHint().height());
    session.loadScenario(manyStepsLesson());
    ASSERT_GE(session.stepCount(), 100000u);
    session.setStep(session.stepCount() / 3);
    CountingDevice device(bar.size());
    bar.render(&device);
    // The ticks (one per column of the track, which is narrower than the bar) and the track's two lines.
    EXPECT_GT(device.engine.lines, 100);
    EXPECT_LE(device.engine.lines, bar.width() + 2);
    EXPECT_LE(device.engine.calls, bar.width() + 20);
    // The label still fits: "Step 33,xxx of 10x,xxx" in bold is inside the space right of the track.
    QFont bold = bar.font();
    bold.setBold(true);
    EXPECT_LE(QFontMetrics(bold).horizontalAdvance(bar.positionText()),
              bar.width() - (bar.xOfStep(session.stepCount()) + 14));
}

// Large counts are grouped by thousands, in both languages (as their readers write them): "Step
// 1,234 of 110,003", "단계 1,234/110,003".
TEST(TimelineBar, LargeStepCountsAreGroupedByThousands) {
    SessionController session;
    TimelineBar bar(&session);
    bar.resize(1000, bar.sizeHint().height());
    session.loadScenario(manyStepsLesson());
    const size_t steps = session.stepCount();
    ASSERT_GE(steps, 100000u);
    session.setStep(1234);
    // The count written out by hand: groups of three digits from the right.
    std::string grouped = std::to_string(steps);
    for (int at = static_cast<int>(grouped.size()) - 3; at > 0; at -= 3) grouped.insert(static_cast<size_t>(at), ",");
    EXPECT_EQ(bar.positionText().toStdString(), "Step 1,234 of " + grouped);
    uitest::LanguageScope ko(QStringLiteral("ko"));
    EXPECT_EQ(bar.positionText().toStdString(), "단계 1,234/" + grouped);
}

} // namespace
} // namespace hl::ui
