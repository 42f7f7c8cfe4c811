#include "ui/export/load_pack.h"

#include "core/load_chart_data.h"
#include "ui/diagram/diagram_palette.h"
#include "ui/export/gif_writer.h"
#include "ui/export/pack_content.h"
#include "ui/export/pack_pdf.h"
#include "ui/export/pack_text_files.h"
#include "ui/load/load_chart_view.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsLayout>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <memory>

namespace hl::ui {
namespace {

class LoadPackText {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::LoadPack)
public:
    //: Export pack of a load lesson: the slide heading (%1 number, %2 count).
    static QString momentOf(size_t n, size_t count) { return tr("Moment %1 of %2").arg(n).arg(count); }
    //: Export pack of a load lesson: one side's sockets per state group (%1 host, %2 the list).
    static QString side(HostId h, const QString& list) { return tr("%1: %2").arg(Texts::hostName(h), list); }
    //: Export pack of a load lesson: a side without open sockets at that moment.
    static QString none() { return tr("no open sockets"); }
    //: Export pack of a load lesson: the caption (%1 the time, %2 the client's counts, %3 the server's).
    static QString caption(SimTime t, const QString& client, const QString& server) {
        return tr("At %1 — %2; %3").arg(Texts::timeLabel(t), client, server);
    }
    //: Export pack of a load lesson: a chosen moment after the end of the run (%1 moment, %2 end).
    static QString pastEnd(SimTime t, SimTime end) {
        return tr("The moment %1 is after the end of the run (%2).").arg(Texts::timeLabel(t), Texts::timeLabel(end));
    }
};

size_t sideIndex(HostId h) { return h == HostId::Client ? 0 : 1; }

LoadResult upTo(const LoadResult& r, SimTime t) {
    LoadResult out = r;
    out.samples.clear();
    for (const LoadSample& s : r.samples)
        if (s.at <= t) out.samples.push_back(s);
    out.firstFailures.clear();
    for (SimTime f : r.firstFailures)
        if (f <= t) out.firstFailures.push_back(f);
    out.end = t;
    return out;
}

std::array<uint64_t, 5> countsAt(const LoadResult& r, SimTime t, HostId side) {
    std::array<uint64_t, 5> counts{};
    const LoadSample* at = nullptr;
    for (const LoadSample& s : r.samples)
        if (s.at <= t) at = &s;
    if (!at) return counts;
    const StateCounts& c = side == HostId::Client ? at->client : at->server;
    for (TcpState st : kAllStates) {
        LoadGroup g;
        if (loadGroupOf(st, &g)) counts[static_cast<size_t>(g)] += c[static_cast<size_t>(st)];
    }
    return counts;
}

QString countsText(HostId h, const std::array<uint64_t, 5>& counts) {
    QStringList parts;
    for (LoadGroup g : kLoadGroups)
        if (counts[static_cast<size_t>(g)] > 0)
            parts << LoadChartView::groupName(g) + QLatin1Char(' ') + QString::number(counts[static_cast<size_t>(g)]);
    return LoadPackText::side(h, parts.isEmpty() ? LoadPackText::none() : parts.join(QStringLiteral(" · ")));
}

QFont pixelFont(qreal px, bool bold) {
    QFont f = QGuiApplication::font();
    f.setPixelSize(std::max(1, qRound(px)));
    f.setBold(bold);
    return f;
}

// Both sides' charts up to a moment, on the run's full time axis and one y scale, so that the
// moments line up frame by frame.
class MomentPicture {
public:
    MomentPicture(const LoadPackContent& content, const LoadResult& result) : content_(content), result_(result) {
        for (HostId h : {HostId::Client, HostId::Server}) {
            auto& chart = charts_[sideIndex(h)];
            chart = std::make_unique<LoadChartView>();
            // A chart lays itself out on resize and layout events, which a hidden widget never
            // gets: "shown" without a window, it gets them as on screen.
            chart->setAttribute(Qt::WA_DontShowOnScreen);
            chart->show();
            peak_ = std::max(peak_, buildLoadAreas(result, h).peakTotal);
        }
    }

    // The two charts in `r` (client above, server below), laid out at `logical` size and scaled.
    void paintCharts(QPainter& p, const QRectF& r, size_t moment, qreal scale) {
        const SimTime t = content_.moments[moment].at;
        const LoadResult shown = upTo(result_, t);
        const qreal gap = 12 * scale;
        const qreal h = (r.height() - gap) / 2;
        for (HostId side : {HostId::Client, HostId::Server}) {
            LoadChartView& chart = *charts_[sideIndex(side)];
            chart.setResult(shown, side, Texts::hostName(side), result_.end, peak_);
            chart.resize(QSizeF(r.width() / scale, h / scale).toSize());
            QCoreApplication::sendPostedEvents(&chart);
            QCoreApplication::sendPostedEvents(chart.chart());
            if (chart.chart()->layout()) chart.chart()->layout()->activate();
            p.save();
            p.translate(r.left(), r.top() + (side == HostId::Client ? 0 : h + gap));
            p.scale(scale, scale);
            static_cast<QWidget&>(chart).render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
            p.restore();
        }
    }

    void paintSlide(QPainter& p, QSize size, size_t moment) {
        const qreal u = size.height() / 1080.0;
        const QRectF frame(QPointF(0, 0), QSizeF(size));
        p.fillRect(frame, backgroundColor(Theme::Light));
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const qreal m = 24 * u, w = frame.width() - 2 * m;
        const qreal titleH = 45 * u;
        p.setFont(pixelFont(30 * u, false));
        p.setPen(mutedTextColor(Theme::Light));
        const QString heading = Language::translatedIn(
            content_.languages.front(), [&] { return LoadPackText::momentOf(moment + 1, content_.moments.size()); });
        p.drawText(QRectF(m, m, w, titleH), Qt::AlignRight | Qt::AlignVCenter, heading);
        const qreal headingW = QFontMetricsF(p.font()).horizontalAdvance(heading) + m;
        p.setPen(textColor(Theme::Light));
        fitText(p, QRectF(m, m, w - headingW, titleH), content_.titles.join(QStringLiteral(" · ")), 30 * u, true,
                Qt::AlignLeft | Qt::AlignVCenter);
        const qreal captionH = 34 * u * (1.45 * content_.languages.size() + 0.4);
        const QRectF caption(m, frame.height() - m - captionH, w, captionH);
        fitText(p, caption, content_.moments[moment].caption.join(QLatin1Char('\n')), 34 * u, true, Qt::AlignCenter);
        paintCharts(p, QRectF(m, m + titleH + m / 2, w, caption.top() - (m + titleH + m)), moment, u);
    }

    static void fitText(QPainter& p, const QRectF& rect, const QString& text, qreal px, bool bold, int flags) {
        QFont f = pixelFont(px, bold);
        for (qreal size = px; size > 6; size *= 0.92) {
            f = pixelFont(size, bold);
            const QRectF need = QFontMetricsF(f).boundingRect(rect, flags | Qt::TextWordWrap, text);
            if (need.height() <= rect.height() && need.width() <= rect.width()) break;
        }
        p.setFont(f);
        p.drawText(rect, flags | Qt::TextWordWrap, text);
    }

private:
    const LoadPackContent& content_;
    const LoadResult& result_;
    std::unique_ptr<LoadChartView> charts_[2];
    uint64_t peak_ = 0;
};

QString momentName(size_t k, const char* suffix) {
    return QStringLiteral("moment-%1.%2").arg(k, 2, 10, QLatin1Char('0')).arg(QLatin1String(suffix));
}

QString writePack(const Scenario& scenario, const LoadResult& result, std::vector<SimTime> moments, const PackOptions& o) {
    if (moments.empty()) moments = defaultMoments(result);
    std::sort(moments.begin(), moments.end());
    for (SimTime t : moments)
        if (t > result.end) return LoadPackText::pastEnd(t, result.end);
    LoadPackContent c;
    c.languages = o.languages;
    for (const QString& lang : o.languages) {
        c.titles << Language::translatedIn(lang, [&] { return Texts::localized(scenario.title); });
        c.summaries << Language::translatedIn(lang, [&] { return Texts::localized(scenario.summary); });
    }
    for (SimTime t : moments) {
        LoadMoment m;
        m.at = t;
        m.counts = {countsAt(result, t, HostId::Client), countsAt(result, t, HostId::Server)};
        for (const QString& lang : o.languages)
            m.caption << Language::translatedIn(lang, [&] {
                return LoadPackText::caption(t, countsText(HostId::Client, m.counts[0]),
                                             countsText(HostId::Server, m.counts[1]));
            });
        c.moments.push_back(m);
    }
    QDir dir(o.directory);
    if (QString e = makePackFolder(o.directory); !e.isEmpty()) return e;

    MomentPicture picture(c, result);
    const QSize gifSize = o.size.width() > 960 ? QSize(960, 960 * o.size.height() / o.size.width()) : o.size;
    std::vector<QByteArray> pngs;
    std::vector<QImage> frames;
    std::vector<int> delays;
    PackContent page; // what index.html needs: titles, languages, a caption per picture
    page.languages = c.languages;
    page.titles = c.titles;
    for (size_t k = 0; k < c.moments.size(); ++k) {
        QImage image(o.size, QImage::Format_RGB32);
        {
            QPainter painter(&image);
            picture.paintSlide(painter, o.size, k);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        if (QString e = writePackFile(o.directory, momentName(k, "png"), png); !e.isEmpty()) return e;
        QByteArray svgBytes;
        {
            QBuffer svgBuffer(&svgBytes);
            svgBuffer.open(QIODevice::WriteOnly);
            QSvgGenerator svg;
            svg.setOutputDevice(&svgBuffer);
            svg.setSize(o.size);
            svg.setViewBox(QRect(QPoint(0, 0), o.size));
            svg.setTitle(c.titles.join(QStringLiteral(" · ")));
            QPainter painter(&svg);
            picture.paintSlide(painter, o.size, k);
        }
        if (QString e = writePackFile(o.directory, momentName(k, "svg"), svgBytes); !e.isEmpty()) return e;
        frames.push_back(image.scaled(gifSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        delays.push_back(k + 1 == c.moments.size() ? 600 : 300);
        pngs.push_back(std::move(png));
        PackStep step;
        step.caption = c.moments[k].caption;
        page.steps.push_back(step);
    }
    QString gifError;
    const QByteArray gif = encodeGif(frames, delays, &gifError);
    if (gif.isEmpty()) return packCannotWrite(dir.filePath(QStringLiteral("lesson.gif")), gifError);
    if (QString e = writePackFile(o.directory, QStringLiteral("lesson.gif"), gif); !e.isEmpty()) return e;
    // Laid out as on a large screen and drawn at 60 %: the legend keeps all its entries.
    const auto charts = [&](QPainter& p, const QRectF& r, size_t k) { picture.paintCharts(p, r, k, 0.6); };
    const std::pair<const char*, PackPdfKind> pdfs[] = {{"handout.pdf", PackPdfKind::Handout},
                                                        {"worksheet.pdf", PackPdfKind::Worksheet},
                                                        {"answers.pdf", PackPdfKind::Answers}};
    for (const auto& [name, kind] : pdfs)
        if (QString e = writePackFile(o.directory, QLatin1String(name), writeLoadPackPdf(c, charts, kind)); !e.isEmpty())
            return e;
    return writePackFile(o.directory, QStringLiteral("index.html"), indexHtml(page, pngs).toUtf8());
}

} // namespace

std::vector<SimTime> defaultMoments(const LoadResult& result) {
    std::vector<SimTime> out;
    if (result.samples.empty()) return {result.end};
    for (int quarter = 1; quarter <= 4; ++quarter) {
        const SimTime want = result.end * quarter / 4;
        // The last sample at or before it: a moment the chart has a point for.
        SimTime at = result.samples.front().at;
        for (const LoadSample& s : result.samples)
            if (s.at <= want) at = s.at;
        if (out.empty() || out.back() != at) out.push_back(at);
    }
    return out;
}

QStringList loadPackFileNames(size_t moments) {
    QStringList names;
    for (size_t k = 0; k < moments; ++k) names << momentName(k, "png") << momentName(k, "svg");
    names << QStringLiteral("lesson.gif") << QStringLiteral("handout.pdf") << QStringLiteral("worksheet.pdf")
          << QStringLiteral("answers.pdf") << QStringLiteral("index.html");
    return names;
}

QString writeLoadPack(const Scenario& scenario, const LoadResult& result, std::vector<SimTime> moments,
                      const PackOptions& options) {
    return Language::translatedIn(options.languages.value(0, QStringLiteral("en")),
                                  [&] { return writePack(scenario, result, std::move(moments), options); });
}

} // namespace hl::ui
