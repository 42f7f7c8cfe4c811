#include "ui/export/step_picture.h"

#include "ui/diagram/diagram_palette.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/diagram/state_band_item.h"
#include "ui/diagram/timer_bracket_item.h"
#include "ui/panels/state_box.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "ui/window/image_export.h"
#include "ui/window/window_theme.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace hl::ui {
namespace {

// Sizes of a slide as fractions of a 1080-pixel-high picture (scaled with the height).
constexpr qreal kMargin = 24;
constexpr qreal kTitlePx = 30;
constexpr qreal kCaptionPx = 38;
constexpr qreal kLegendPx = 20;
constexpr qreal kBoxScale = 1.0;        // the state boxes at their on-screen size in a 1080p slide
constexpr qreal kMinLadderScale = 0.75; // below this the ladder scrolls instead of shrinking
constexpr qreal kFutureMargin = 18;     // scene pixels of lifeline drawn below "now"

class PackLegend {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::PackLegend)
public:
    //: Export pack legend: the ✕ at the end of an arrow.
    static QString lost() { return tr("lost"); }
    //: Export pack legend: a dashed arrow.
    static QString retransmission() { return tr("retransmission"); }
    //: Export pack legend: a dotted arrow (a copy the network made).
    static QString duplicate() { return tr("duplicate"); }
    //: Export pack legend: the brackets beside a lifeline while a timer runs.
    static QString timer() { return tr("timer running"); }
    //: Export pack slide heading: step number and count.
    static QString stepOf(size_t step, size_t count) {
        return tr("Step %1 of %2").arg(Texts::count(step), Texts::count(count));
    }
};

QFont pixelFont(qreal px, bool bold) {
    QFont f = QGuiApplication::font();
    f.setPixelSize(std::max(1, qRound(px)));
    f.setBold(bold);
    return f;
}

// Each language's text, joined: "lost / 손실".
QString inEach(const QStringList& languages, QString (*text)()) {
    QStringList parts;
    for (const QString& lang : languages) parts << Language::translatedIn(lang, text);
    parts.removeDuplicates();
    return parts.join(QStringLiteral(" / "));
}

// Draws `text` in `rect`, wrapped, shrinking the font until it fits (never clipped).
void drawFitted(QPainter& p, const QRectF& rect, const QString& text, qreal px, bool bold, int flags) {
    QFont f = pixelFont(px, bold);
    for (qreal size = px; size > 6; size *= 0.92) {
        f = pixelFont(size, bold);
        const QRectF need = QFontMetricsF(f).boundingRect(rect, flags | Qt::TextWordWrap, text);
        if (need.height() <= rect.height() && need.width() <= rect.width()) break;
    }
    p.setFont(f);
    p.drawText(rect, flags | Qt::TextWordWrap, text);
}

} // namespace

StepPicture::StepPicture(const PackContent& content)
    : content_(content), view_(std::make_unique<SequenceDiagramView>()) {
    view_->setPresentationMode(true);
    view_->resize(1600, 900);
    view_->setTrace(&content_.trace);
    for (HostId h : {HostId::Client, HostId::Server}) {
        auto& box = boxes_[h == HostId::Client ? 0 : 1];
        box = std::make_unique<StateBox>(h);
        // The slides keep their own light look whatever theme the window shows.
        box->setPalette(windowPalette(Theme::Light));
        box->setShowsDetail(false);
        box->setTitle(Texts::hostName(h));
        box->resize(box->sizeHint());
    }
}

StepPicture::~StepPicture() = default;

void StepPicture::showStep(size_t step) {
    const PackStep& s = content_.steps[step];
    view_->setCursor(s.events, s.shownUntil);
    // What has not happened yet is hidden, not faint: a slide shows the run so far.
    const auto happened = [&](uint32_t ev) { return ev != kNoEvent && ev < s.events; };
    const DiagramModel& m = view_->model();
    view_->materializeAll(); // a slide shows the whole run so far, not only what was in view
    for (size_t i = 0; i < view_->segmentItems().size(); ++i) {
        SegmentItem* item = view_->segmentItems()[i];
        const bool shown = happened(m.copies[i].sendEvent);
        item->setVisible(shown);
        if (item->label()) item->label()->setVisible(shown);
    }
    for (size_t i = 0; i < view_->bandItems().size(); ++i)
        view_->bandItems()[i]->setVisible(m.bands[i].event == kNoEvent || happened(m.bands[i].event));
    for (size_t i = 0; i < view_->timerItems().size(); ++i)
        view_->timerItems()[i]->setVisible(happened(m.timers[i].setEvent));
    for (int h = 0; h < 2; ++h)
        boxes_[h]->setState(s.state[static_cast<size_t>(h)], s.previous[static_cast<size_t>(h)], QString(), false);
}

void StepPicture::paintSlide(QPainter& p, QSize size, size_t step) {
    showStep(step);
    const qreal u = size.height() / 1080.0;
    const QRectF frame(QPointF(0, 0), QSizeF(size));
    p.fillRect(frame, backgroundColor(Theme::Light));
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal m = kMargin * u;
    const qreal w = frame.width() - 2 * m;

    // Title row: the lesson's title left, the step number right.
    const qreal titleH = kTitlePx * 1.5 * u;
    p.setPen(mutedTextColor(Theme::Light));
    const QString stepText = Language::translatedIn(content_.languages.front(),
                                                    [&] { return PackLegend::stepOf(step + 1, content_.steps.size()); });
    p.setFont(pixelFont(kTitlePx * u, false));
    const qreal stepW = QFontMetricsF(p.font()).horizontalAdvance(stepText) + m;
    p.drawText(QRectF(m, m, w, titleH), Qt::AlignRight | Qt::AlignVCenter, stepText);
    p.setPen(textColor(Theme::Light));
    drawFitted(p, QRectF(m, m, w - stepW, titleH), content_.titles.join(QStringLiteral(" · ")), kTitlePx * u, true,
               Qt::AlignLeft | Qt::AlignVCenter);

    // Bottom: legend, above it the caption (one line per language).
    const qreal legendH = legendHeight(kLegendPx * u);
    const QRectF legend(m, frame.height() - m - legendH, w, legendH);
    paintLegend(p, legend, kLegendPx * u, content_.languages);
    const qreal captionH = kCaptionPx * u * (1.45 * content_.languages.size() + 0.4);
    const QRectF caption(m, legend.top() - captionH - 0.4 * m, w, captionH);
    p.setPen(textColor(Theme::Light));
    drawFitted(p, caption, content_.steps[step].caption.join(QLatin1Char('\n')), kCaptionPx * u, true, Qt::AlignCenter);

    // The state boxes under the title, the ladder between them and the caption.
    const qreal bs = kBoxScale * u;
    const QSizeF box = QSizeF(boxes_[0]->size()) * bs;
    const qreal boxTop = m + titleH + 0.4 * m;
    const QRectF area(m, boxTop + box.height() + 0.4 * m, w, caption.top() - (boxTop + box.height() + 0.8 * m));
    QGraphicsScene& scene = *view_->scene();
    const QRectF sr = scene.sceneRect();
    qreal s = std::min(area.width() / sr.width(), area.height() / sr.height());
    QRectF src = sr;
    if (s < kMinLadderScale * u) {
        // Too tall to read whole: show the stretch that ends just after "now", as the app scrolls.
        s = std::min(area.width() / sr.width(), kMinLadderScale * u);
        const qreal visible = area.height() / s;
        const qreal nowY = view_->timeAxis().y(content_.steps[step].shownUntil);
        const qreal top = std::clamp(nowY + 0.15 * visible - visible, sr.top(), sr.bottom() - visible);
        src = QRectF(sr.left(), top, sr.width(), visible);
    }
    const QRectF target(area.center().x() - src.width() * s / 2, area.top(), src.width() * s, src.height() * s);
    // Below "now" lies the future: the ladder ends there (the last step shows the run's tail).
    const bool last = step + 1 == content_.steps.size();
    const qreal nowY = view_->timeAxis().y(content_.steps[step].shownUntil);
    const qreal cut = last ? area.bottom() : target.top() + (nowY + kFutureMargin - src.top()) * s;
    p.save();
    p.setClipRect(QRectF(area.topLeft(), QPointF(area.right(), std::min(area.bottom(), cut))));
    renderScene(p, scene, target, src);
    if (src.top() > sr.top()) {
        // Scrolled: the earlier steps fade out at the top edge instead of ending in a cut line
        // of half-drawn labels (the handout has the whole ladder).
        const qreal fade = 56 * u;
        QLinearGradient g(0, area.top(), 0, area.top() + fade);
        QColor bg = backgroundColor(Theme::Light);
        g.setColorAt(0, bg);
        bg.setAlpha(0);
        g.setColorAt(1, bg);
        p.fillRect(QRectF(area.left(), area.top(), area.width(), fade), g);
    }
    p.restore();
    for (int h = 0; h < 2; ++h) {
        const qreal laneX = target.left() + (view_->lifelineX(h == 0 ? HostId::Client : HostId::Server) - src.left()) * s;
        const qreal x = std::clamp(laneX - box.width() / 2, m, frame.width() - m - box.width());
        p.save();
        p.translate(x, boxTop);
        p.scale(bs, bs);
        boxes_[h]->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
        p.restore();
    }
}

void StepPicture::paintWholeLadder(QPainter& p, const QRectF& target) {
    showStep(content_.steps.size() - 1);
    QGraphicsScene& scene = *view_->scene();
    const QRectF sr = scene.sceneRect();
    const qreal s = std::min(target.width() / sr.width(), target.height() / sr.height());
    const QRectF fitted(target.center().x() - sr.width() * s / 2, target.top(), sr.width() * s, sr.height() * s);
    renderScene(p, scene, fitted, sr);
}

void StepPicture::paintLegend(QPainter& p, const QRectF& r, qreal px, const QStringList& languages) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont font = pixelFont(px, false);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const qreal sample = px * 2.2; // the drawn sample before each word
    const qreal gap = px * 1.4;
    const qreal y = r.center().y();
    struct Entry {
        QString text;
        int kind; // 0 lost, 1 retransmission, 2 duplicate, 3 timer
    };
    const Entry entries[] = {{inEach(languages, &PackLegend::lost), 0},
                             {inEach(languages, &PackLegend::retransmission), 1},
                             {inEach(languages, &PackLegend::duplicate), 2},
                             {inEach(languages, &PackLegend::timer), 3}};
    qreal total = 0;
    for (const Entry& e : entries) total += sample + px * 0.8 + fm.horizontalAdvance(e.text) + gap;
    total -= gap;
    qreal x = r.left() + std::max<qreal>(0, (r.width() - total) / 2);
    for (const Entry& e : entries) {
        QPen pen(textColor(Theme::Light), std::max<qreal>(1, px / 10));
        if (e.kind == 1) pen.setStyle(Qt::DashLine);
        if (e.kind == 2) pen.setStyle(Qt::DotLine);
        if (e.kind <= 2) {
            p.setPen(pen);
            p.drawLine(QPointF(x, y), QPointF(x + sample, y));
        }
        if (e.kind == 0) {
            const qreal k = px * 0.3;
            p.setPen(QPen(lossColor(Theme::Light), std::max<qreal>(1.5, px / 7)));
            const QPointF c(x + sample, y);
            p.drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
            p.drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
        }
        if (e.kind == 3) {
            p.setPen(QPen(timerColor(Theme::Light), std::max<qreal>(1.5, px / 8)));
            const qreal h = px * 0.6, bx = x + sample / 2;
            QPainterPath bracket;
            bracket.moveTo(bx + px * 0.3, y - h);
            bracket.lineTo(bx, y - h);
            bracket.lineTo(bx, y + h);
            bracket.lineTo(bx + px * 0.3, y + h);
            p.drawPath(bracket);
        }
        x += sample + px * 0.8;
        p.setPen(textColor(Theme::Light));
        p.drawText(QRectF(x, r.top(), fm.horizontalAdvance(e.text) + 2, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   e.text);
        x += fm.horizontalAdvance(e.text) + gap;
    }
    p.restore();
}

} // namespace hl::ui
