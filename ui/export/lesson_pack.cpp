#include "ui/export/lesson_pack.h"

#include "ui/export/gif_writer.h"
#include "ui/export/pack_content.h"
#include "ui/export/pack_pdf.h"
#include "ui/export/pack_text_files.h"
#include "ui/export/step_picture.h"
#include "ui/texts/language.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace hl::ui {
namespace {

class LessonPack {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::LessonPack)
public:
    static QString noSteps() { return tr("The lesson has no steps to export."); }
    static QString loadLesson() {
        return tr("A load lesson has no steps to export; open it in the app to see its charts.");
    }
    static QString encodeFailed() { return tr("the picture could not be encoded"); }
};

QString stepName(size_t k, const char* suffix) {
    return QStringLiteral("step-%1.%2").arg(k, 2, 10, QLatin1Char('0')).arg(QLatin1String(suffix));
}

QByteArray svgOf(StepPicture& picture, QSize size, size_t step, const QString& title) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    QPainter painter(&svg);
    picture.paintSlide(painter, size, step);
    painter.end();
    return bytes;
}

// The GIF's frame time: long enough to read the caption (as the app's playback dwells).
int gifDelayCs(const PackStep& step, bool last) {
    qsizetype chars = 0;
    for (const QString& c : step.caption) chars += c.size();
    return std::clamp<int>(static_cast<int>(100 + chars * 6), 250, 900) + (last ? 300 : 0);
}

QString writePack(const Scenario& scenario, const Trace& trace, const PackOptions& o) {
    if (scenario.load) return LessonPack::loadLesson();
    const PackContent content = buildPackContent(scenario, trace, o.languages);
    if (content.steps.empty()) return LessonPack::noSteps();
    QDir dir(o.directory);
    if (QString e = makePackFolder(o.directory); !e.isEmpty()) return e;

    StepPicture picture(content);
    const QString title = content.titles.join(QStringLiteral(" · "));
    const QSize gifSize = o.size.width() > 960
                              ? o.size.scaled(960, 960 * o.size.height() / o.size.width(), Qt::KeepAspectRatio)
                              : o.size;
    std::vector<QByteArray> pngs;
    std::vector<QImage> frames;
    std::vector<int> delays;
    for (size_t k = 0; k < content.steps.size(); ++k) {
        QImage image(o.size, QImage::Format_RGB32);
        {
            QPainter painter(&image);
            picture.paintSlide(painter, o.size, k);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return packCannotWrite(dir.filePath(stepName(k, "png")), LessonPack::encodeFailed());
        if (QString e = writePackFile(o.directory, stepName(k, "png"), png); !e.isEmpty()) return e;
        if (QString e = writePackFile(o.directory, stepName(k, "svg"), svgOf(picture, o.size, k, title)); !e.isEmpty())
            return e;
        frames.push_back(image.scaled(gifSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        delays.push_back(gifDelayCs(content.steps[k], k + 1 == content.steps.size()));
        pngs.push_back(std::move(png));
    }
    QString gifError;
    const QByteArray gif = encodeGif(frames, delays, &gifError);
    if (gif.isEmpty()) return packCannotWrite(dir.filePath(QStringLiteral("lesson.gif")), gifError);
    if (QString e = writePackFile(o.directory, QStringLiteral("lesson.gif"), gif); !e.isEmpty()) return e;
    frames.clear();

    const std::pair<const char*, PackPdfKind> pdfs[] = {{"handout.pdf", PackPdfKind::Handout},
                                                        {"worksheet.pdf", PackPdfKind::Worksheet},
                                                        {"answers.pdf", PackPdfKind::Answers}};
    for (const auto& [name, kind] : pdfs)
        if (QString e = writePackFile(o.directory, QLatin1String(name), writePackPdf(content, picture, kind)); !e.isEmpty())
            return e;
    if (QString e = writePackFile(o.directory, QStringLiteral("lesson.mmd"), mermaidText(content).toUtf8()); !e.isEmpty())
        return e;
    return writePackFile(o.directory, QStringLiteral("index.html"), indexHtml(content, pngs).toUtf8());
}

} // namespace

QStringList packFileNames(size_t steps) {
    QStringList names;
    for (size_t k = 0; k < steps; ++k) names << stepName(k, "png") << stepName(k, "svg");
    names << QStringLiteral("lesson.gif") << QStringLiteral("handout.pdf") << QStringLiteral("worksheet.pdf")
          << QStringLiteral("answers.pdf") << QStringLiteral("lesson.mmd") << QStringLiteral("index.html");
    return names;
}

QString writeLessonPack(const Scenario& scenario, const Trace& trace, const PackOptions& options) {
    // Everything, the diagram's own words included, in the first chosen language, without
    // retranslating the app's windows (translatedIn).
    return Language::translatedIn(options.languages.value(0, QStringLiteral("en")),
                                  [&] { return writePack(scenario, trace, options); });
}

} // namespace hl::ui
