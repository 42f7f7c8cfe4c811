// The teacher's export pack (issue 20): every file is there and readable, the GIF has a frame per
// step, the PDFs hold every caption (read back with pdftotext) and render page by page
// (pdftoppm), the worksheet gives away none of its answers while the key holds all of them, the
// Mermaid text keeps to the syntax it uses, and a second export gives the same bytes.
#include "core/builtin_lessons.h"
#include "core/load_simulation.h"
#include "core/simulation.h"
#include "ui/export/lesson_pack.h"
#include "ui/export/load_pack.h"
#include "ui/export/pack_content.h"
#include "ui/export/pack_export_dialog.h"
#include "ui/export/pack_pdf.h"
#include "ui/export/pack_text_files.h"
#include "ui/export/step_picture.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "ui/window/main_window.h"

#include <gif_lib.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <memory>

namespace hl::ui {
namespace {

const QSize kSize(640, 360); // small pictures: the checks are the same at 1920x1080, only slower

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A tool's standard output (poppler-utils); fails the test when it cannot run.
QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << ": " << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext's text with every run of white space as one space (a caption may wrap).
QString pdfText(const QString& pdf) {
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
        .simplified();
}

int pdfPages(const QString& pdf) {
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption);
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

struct Export {
    QTemporaryDir dir;
    Scenario scenario;
    Trace trace;
    QStringList languages;
    QString error;
    QString path(const QString& name) const { return dir.filePath(name); }
};

// One export per lesson and language set, shared by the tests (rendering takes a while).
const Export& exported(const char* lessonId, const QStringList& languages) {
    // As in the app: a language is installed (in a process of its own, as ctest runs each test,
    // none would be, and every "Korean" pack would quietly be English), and the window's is English.
    EXPECT_TRUE(Language::install(QStringLiteral("en")));
    static std::map<std::string, std::unique_ptr<Export>> cache;
    const std::string key = std::string(lessonId) + "/" + languages.join(QLatin1Char('+')).toStdString();
    auto& slot = cache[key];
    if (!slot) {
        slot = std::make_unique<Export>();
        const Scenario* s = findBuiltinLesson(lessonId);
        EXPECT_NE(s, nullptr) << lessonId;
        slot->scenario = *s;
        slot->trace = simulate(*s);
        slot->languages = languages;
        PackOptions o;
        o.directory = slot->dir.path();
        o.languages = languages;
        o.size = kSize;
        slot->error = writeLessonPack(slot->scenario, slot->trace, o);
    }
    return *slot;
}

PackContent contentOf(const Export& e) { return buildPackContent(e.scenario, e.trace, e.languages); }

const QStringList kEn{QStringLiteral("en")};
const QStringList kKo{QStringLiteral("ko")};
const QStringList kBoth{QStringLiteral("en"), QStringLiteral("ko")};

TEST(LessonPack, WritesOnePngAndOneSvgPerStepAndNothingElse) {
    const Export& e = exported("handshake-and-close", kEn);
    ASSERT_EQ(e.error, QString());
    const size_t steps = stepEnds(e.trace).size();
    ASSERT_GT(steps, 5u);
    QStringList expected = packFileNames(steps);
    expected.sort();
    EXPECT_EQ(QDir(e.dir.path()).entryList(QDir::Files, QDir::Name), expected);
    for (size_t k = 0; k < steps; ++k) {
        const QString nn = QStringLiteral("%1").arg(k, 2, 10, QLatin1Char('0'));
        QImage png;
        ASSERT_TRUE(png.load(e.path(QStringLiteral("step-%1.png").arg(nn)), "PNG")) << k;
        EXPECT_EQ(png.size(), kSize);
        QSvgRenderer svg(e.path(QStringLiteral("step-%1.svg").arg(nn)));
        EXPECT_TRUE(svg.isValid()) << k;
        EXPECT_EQ(svg.viewBox().size(), kSize);
    }
}

TEST(LessonPack, StepPicturesDifferFromStepToStep) {
    // Each slide shows its own step: no two consecutive pictures are the same.
    const Export& e = exported("handshake-and-close", kEn);
    const size_t steps = stepEnds(e.trace).size();
    for (size_t k = 1; k < steps; ++k)
        EXPECT_NE(readAll(e.path(QStringLiteral("step-%1.png").arg(k, 2, 10, QLatin1Char('0')))),
                  readAll(e.path(QStringLiteral("step-%1.png").arg(k - 1, 2, 10, QLatin1Char('0')))))
            << k;
}

TEST(LessonPack, TheGifHasOneFramePerStepAndLoops) {
    for (const QStringList& langs : {kEn, kBoth}) {
        const Export& e = exported("lost-syn", langs);
        ASSERT_EQ(e.error, QString());
        int error = 0;
        GifFileType* gif = DGifOpenFileName(e.path(QStringLiteral("lesson.gif")).toLocal8Bit().constData(), &error);
        ASSERT_NE(gif, nullptr) << GifErrorString(error);
        ASSERT_EQ(DGifSlurp(gif), GIF_OK) << GifErrorString(gif->Error);
        EXPECT_EQ(static_cast<size_t>(gif->ImageCount), stepEnds(e.trace).size());
        EXPECT_EQ(gif->SWidth, kSize.width());
        EXPECT_EQ(gif->SHeight, kSize.height());
        // The NETSCAPE2.0 block with a loop count of 0 (for ever) before the first frame.
        bool loops = false;
        const SavedImage& first = gif->SavedImages[0];
        for (int i = 0; i + 1 < first.ExtensionBlockCount; ++i) {
            const ExtensionBlock& b = first.ExtensionBlocks[i];
            const ExtensionBlock& next = first.ExtensionBlocks[i + 1];
            if (b.Function == APPLICATION_EXT_FUNC_CODE && b.ByteCount == 11 &&
                std::string(reinterpret_cast<const char*>(b.Bytes), 11) == "NETSCAPE2.0" && next.ByteCount == 3)
                loops = next.Bytes[0] == 1 && next.Bytes[1] == 0 && next.Bytes[2] == 0;
        }
        EXPECT_TRUE(loops);
        // Every frame has a delay (the graphics control block of each image).
        for (int i = 0; i < gif->ImageCount; ++i) {
            GraphicsControlBlock gcb;
            ASSERT_EQ(DGifSavedExtensionToGCB(gif, i, &gcb), GIF_OK);
            EXPECT_GE(gcb.DelayTime, 250) << i;
        }
        DGifCloseFile(gif, &error);
    }
}

// Every caption of every chosen language in the handout and the key; each page renders.
TEST(LessonPack, PdfsHoldEveryCaptionAndRenderEveryPage) {
    for (const QStringList& langs : {kEn, kKo, kBoth}) {
        const Export& e = exported("handshake-and-close", langs);
        ASSERT_EQ(e.error, QString());
        const PackContent content = contentOf(e);
        for (const char* name : {"handout.pdf", "answers.pdf", "worksheet.pdf"}) {
            const QString pdf = e.path(QLatin1String(name));
            const QString text = pdfText(pdf);
            for (const QString& title : content.titles) EXPECT_TRUE(text.contains(title.simplified())) << name;
            if (QLatin1String(name) != QLatin1String("worksheet.pdf"))
                for (const PackStep& s : content.steps) {
                    ASSERT_EQ(s.caption.size(), langs.size());
                    for (const QString& caption : s.caption)
                        EXPECT_TRUE(text.contains(caption.simplified())) << name << ": " << caption.toStdString();
                }
            const int pages = pdfPages(pdf);
            EXPECT_GE(pages, 2) << name;
            QTemporaryDir out;
            run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), pdf,
                                             out.filePath(QStringLiteral("page"))});
            const QStringList rendered = QDir(out.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
            ASSERT_EQ(rendered.size(), pages) << name;
            for (const QString& page : rendered) {
                const QImage img(out.filePath(page));
                ASSERT_FALSE(img.isNull());
                // Something is printed on every page: not all of it is paper-white.
                bool ink = false;
                for (int y = 0; y < img.height() && !ink; ++y)
                    for (int x = 0; x < img.width() && !ink; ++x) ink = qGray(img.pixel(x, y)) < 200;
                EXPECT_TRUE(ink) << name << " " << page.toStdString();
            }
        }
        // The pictures speak the pack's first language (the lanes' names), whatever the window's.
        const QString client = Language::translatedIn(langs.front(), [] { return Texts::hostName(HostId::Client); });
        if (langs.front() == QLatin1String("ko")) {
            EXPECT_NE(client, QStringLiteral("Client"));
        }
        EXPECT_TRUE(pdfText(e.path(QStringLiteral("handout.pdf"))).contains(client)) << client.toStdString();
        // The handout's own page count, as the writer counted it, is the file's. The pictures are
        // drawn in the pack's language, as the pack writer draws them.
        int pages = 0;
        const QByteArray again = Language::translatedIn(langs.front(), [&] {
                                     StepPicture picture(content);
                                     return QString::fromLatin1(
                                         writePackPdf(content, picture, PackPdfKind::Handout, &pages).toBase64());
                                 }).toLatin1();
        EXPECT_EQ(pages, pdfPages(e.path(QStringLiteral("handout.pdf"))));
        EXPECT_EQ(QByteArray::fromBase64(again), readAll(e.path(QStringLiteral("handout.pdf"))));
    }
}

// A number as a whole token: "300" but not "1300" or the "300" of "0.300 s".
bool hasNumber(const QString& text, const QString& number) {
    return QRegularExpression(QStringLiteral("(?<![\\d.])%1(?![\\d.])").arg(number)).match(text).hasMatch();
}

bool hasWord(const QString& text, const QString& word) {
    return QRegularExpression(QStringLiteral("(?<![A-Z_])%1(?![A-Z_])").arg(QRegularExpression::escape(word)))
        .match(text)
        .hasMatch();
}

TEST(LessonPack, TheWorksheetHidesEveryAnswerAndTheKeyHoldsThemAll) {
    for (const char* lesson : {"handshake-and-close", "lost-syn"}) {
        for (const QStringList& langs : {kEn, kKo}) {
            const Export& e = exported(lesson, langs);
            ASSERT_EQ(e.error, QString());
            const PackContent content = contentOf(e);
            QString sheet = pdfText(e.path(QStringLiteral("worksheet.pdf")));
            // The lesson's title is its own ("Lost SYN"): the answers are checked in the rest.
            for (const QString& title : content.titles) sheet.remove(title.simplified());
            const QString key = pdfText(e.path(QStringLiteral("answers.pdf")));
            // The only states the worksheet names are the two it starts from.
            const QString start = Language::translatedIn(langs.front(), [&] {
                return QStringLiteral("%1 %2").arg(Texts::stateName(content.start[0]), Texts::stateName(content.start[1]));
            });
            for (int s = 0; s <= static_cast<int>(TcpState::TimeWait); ++s) {
                const QString name = Texts::stateName(static_cast<TcpState>(s));
                EXPECT_EQ(sheet.count(QRegularExpression(QStringLiteral("(?<![A-Z_])%1(?![A-Z_])").arg(name))),
                          start.count(QRegularExpression(QStringLiteral("(?<![A-Z_])%1(?![A-Z_])").arg(name))))
                    << lesson << " " << name.toStdString();
            }
            size_t segments = 0;
            for (const PackStep& s : content.steps) {
                for (int h = 0; h < 2; ++h)
                    EXPECT_TRUE(hasWord(key, Texts::stateName(s.state[static_cast<size_t>(h)])));
                for (const PackSegment& seg : s.sent) {
                    ++segments;
                    EXPECT_FALSE(hasWord(sheet, seg.flags)) << lesson << " " << seg.flags.toStdString();
                    EXPECT_FALSE(hasNumber(sheet, seg.seq)) << lesson << " seq " << seg.seq.toStdString();
                    EXPECT_TRUE(hasWord(key, seg.flags));
                    EXPECT_TRUE(hasNumber(key, seg.seq));
                    if (!seg.ack.isEmpty()) {
                        EXPECT_FALSE(hasNumber(sheet, seg.ack)) << lesson << " ack " << seg.ack.toStdString();
                        EXPECT_TRUE(hasNumber(key, seg.ack));
                    }
                }
            }
            EXPECT_EQ(segments, e.trace.segments.size()) << lesson; // every segment is asked for
            // The worksheet asks for every step: one blank per end and step at least.
            EXPECT_GE(sheet.count(QStringLiteral("______")), static_cast<qsizetype>(2 * content.steps.size()));
        }
    }
}

// The Mermaid subset the pack uses, line by line: a header, two participants, messages between
// them ("->>" delivered, "-x" lost; "--" variants for retransmissions) and notes over one of them.
TEST(LessonPack, MermaidKeepsToItsSyntaxWithOneMessagePerSegment) {
    static const QRegularExpression participant(QStringLiteral("^    participant (Client|Server)( as [^;#\\n]+)?$"));
    static const QRegularExpression message(
        QStringLiteral("^    (Client|Server)(->>|-x|-->>|--x)(Client|Server): ([^;#\\n]+)$"));
    static const QRegularExpression note(
        QStringLiteral("^    Note over (Client|Server): (CLOSED|LISTEN|SYN_SENT|SYN_RECEIVED|"
                       "ESTABLISHED|FIN_WAIT_1|FIN_WAIT_2|CLOSE_WAIT|CLOSING|LAST_ACK|TIME_WAIT)$"));
    for (const char* lesson : {"handshake-and-close", "lost-syn"}) {
        for (const QStringList& langs : {kEn, kKo, kBoth}) {
            const Export& e = exported(lesson, langs);
            ASSERT_EQ(e.error, QString());
            const QString text = QString::fromUtf8(readAll(e.path(QStringLiteral("lesson.mmd"))));
            ASSERT_TRUE(text.endsWith(QLatin1Char('\n')));
            const QStringList lines = text.chopped(1).split(QLatin1Char('\n'));
            ASSERT_GE(lines.size(), 4);
            EXPECT_EQ(lines[0], QStringLiteral("sequenceDiagram"));
            EXPECT_EQ(participant.match(lines[1]).captured(1), QStringLiteral("Client"));
            EXPECT_EQ(participant.match(lines[2]).captured(1), QStringLiteral("Server"));
            size_t messages = 0, lostArrows = 0;
            for (qsizetype i = 3; i < lines.size(); ++i) {
                const auto m = message.match(lines[i]);
                if (m.hasMatch()) {
                    ++messages;
                    EXPECT_NE(m.captured(1), m.captured(3)) << lines[i].toStdString();
                    if (m.captured(2).endsWith(QLatin1Char('x'))) ++lostArrows;
                    continue;
                }
                EXPECT_TRUE(note.match(lines[i]).hasMatch()) << lesson << ": " << lines[i].toStdString();
            }
            EXPECT_EQ(messages, e.trace.segments.size()) << lesson;
            size_t lost = 0;
            for (const SegmentRecord& r : e.trace.segments) lost += !r.copies.empty() && r.copies.front().lost;
            EXPECT_EQ(lostArrows, lost) << lesson;
        }
    }
    EXPECT_GT(std::count_if(exported("lost-syn", kEn).trace.segments.begin(),
                            exported("lost-syn", kEn).trace.segments.end(),
                            [](const SegmentRecord& r) { return !r.copies.empty() && r.copies.front().lost; }),
              0); // the lesson does lose a segment, so "-x" is checked
}

TEST(LessonPack, TheWebPageIsSelfContainedWithEveryStep) {
    const Export& e = exported("handshake-and-close", kBoth);
    ASSERT_EQ(e.error, QString());
    const QString html = QString::fromUtf8(readAll(e.path(QStringLiteral("index.html"))));
    const PackContent content = contentOf(e);
    EXPECT_EQ(html.count(QStringLiteral("<figure ")), static_cast<qsizetype>(content.steps.size()));
    EXPECT_EQ(html.count(QStringLiteral("src=\"data:image/png;base64,")), static_cast<qsizetype>(content.steps.size()));
    // No address outside the file: nothing to fetch from a network.
    EXPECT_FALSE(html.contains(QStringLiteral("http:"))) << "an outside address";
    EXPECT_FALSE(html.contains(QStringLiteral("https:")));
    EXPECT_FALSE(html.contains(QStringLiteral("src=\"/")));
    for (const PackStep& s : content.steps)
        for (const QString& caption : s.caption)
            EXPECT_TRUE(html.contains(caption.toHtmlEscaped())) << caption.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("ArrowRight")));
    EXPECT_TRUE(html.contains(QStringLiteral("ArrowLeft")));
    // The first picture is step-00.png itself.
    const qsizetype at = html.indexOf(QStringLiteral("base64,")) + 7;
    const QByteArray first = QByteArray::fromBase64(html.mid(at, html.indexOf(QLatin1Char('"'), at) - at).toLatin1());
    EXPECT_EQ(first, readAll(e.path(QStringLiteral("step-00.png"))));
}

TEST(LessonPack, TheSameLessonGivesTheSameBytes) {
    const Export& e = exported("lost-syn", kBoth);
    ASSERT_EQ(e.error, QString());
    QTemporaryDir again;
    PackOptions o;
    o.directory = again.path();
    o.languages = kBoth;
    o.size = kSize;
    ASSERT_EQ(writeLessonPack(e.scenario, e.trace, o), QString());
    for (const QString& name : packFileNames(stepEnds(e.trace).size()))
        EXPECT_EQ(readAll(again.filePath(name)), readAll(e.path(name))) << name.toStdString();
}

TEST(LessonPack, PdfStampsAreFixed) {
    // Qt's time of writing and random id give way to fixed values of the same length.
    const QByteArray raw = "<< /CreationDate (D:20261205033344Z) >> trailer << /ID [<0123abcd><0123abcd>] >>";
    const QByteArray fixed = withFixedPdfStamps(raw);
    EXPECT_EQ(fixed.size(), raw.size());
    EXPECT_TRUE(fixed.contains("(D:20000101000000Z)"));
    EXPECT_FALSE(fixed.contains("0123abcd"));
    EXPECT_EQ(withFixedPdfStamps(raw), fixed);
}

TEST(LessonPack, ALoadLessonOrAFolderThatCannotBeMadeIsAClearError) {
    const Scenario* load = findBuiltinLesson("busy-server");
    ASSERT_NE(load, nullptr);
    ASSERT_TRUE(load->load.has_value());
    QTemporaryDir dir;
    PackOptions o;
    o.directory = dir.path();
    EXPECT_FALSE(writeLessonPack(*load, Trace{}, o).isEmpty());
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
    // A file where the folder should be.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    o.directory = dir.filePath(QStringLiteral("file/pack"));
    const Scenario* lesson = findBuiltinLesson("lost-syn");
    const QString error = writeLessonPack(*lesson, simulate(*lesson), o);
    EXPECT_TRUE(error.contains(QStringLiteral("file/pack"))) << error.toStdString();
}

// A load lesson has no steps: its pack shows both sides' charts at chosen moments.
struct LoadExport {
    QTemporaryDir dir;
    Scenario scenario = *findBuiltinLesson("busy-server");
    LoadResult result = simulateLoad(scenario);
    std::vector<SimTime> moments = defaultMoments(result);
    QString error;
    LoadExport() {
        PackOptions o;
        o.directory = dir.path();
        o.languages = kBoth;
        o.size = kSize;
        error = writeLoadPack(scenario, result, moments, o);
    }
    QString path(const QString& name) const { return dir.filePath(name); }
};

const LoadExport& loadExport() {
    static LoadExport e;
    return e;
}

TEST(LoadPack, TheDefaultMomentsAreTheRunsQuartersOnItsSamples) {
    const LoadExport& e = loadExport();
    ASSERT_EQ(e.moments.size(), 4u);
    for (size_t q = 0; q < 4; ++q) {
        const SimTime quarter = e.result.end * static_cast<int64_t>(q + 1) / 4;
        EXPECT_LE(e.moments[q], quarter);
        // No sample lies between the moment and its quarter: it is the last one before it.
        for (const LoadSample& s : e.result.samples) EXPECT_FALSE(s.at > e.moments[q] && s.at <= quarter);
    }
}

TEST(LoadPack, OnePictureOfEachKindPerMomentAndAGifFrameEach) {
    const LoadExport& e = loadExport();
    ASSERT_EQ(e.error, QString());
    QStringList expected = loadPackFileNames(e.moments.size());
    expected.sort();
    EXPECT_EQ(QDir(e.dir.path()).entryList(QDir::Files, QDir::Name), expected);
    for (size_t k = 0; k < e.moments.size(); ++k) {
        const QString nn = QStringLiteral("%1").arg(k, 2, 10, QLatin1Char('0'));
        EXPECT_EQ(QImage(e.path(QStringLiteral("moment-%1.png").arg(nn))).size(), kSize);
        EXPECT_TRUE(QSvgRenderer(e.path(QStringLiteral("moment-%1.svg").arg(nn))).isValid());
    }
    int error = 0;
    GifFileType* gif = DGifOpenFileName(e.path(QStringLiteral("lesson.gif")).toLocal8Bit().constData(), &error);
    ASSERT_NE(gif, nullptr);
    ASSERT_EQ(DGifSlurp(gif), GIF_OK);
    EXPECT_EQ(static_cast<size_t>(gif->ImageCount), e.moments.size());
    DGifCloseFile(gif, &error);
}

TEST(LoadPack, TheWorksheetBlanksTheCountsAndTheKeyHoldsThem) {
    const LoadExport& e = loadExport();
    ASSERT_EQ(e.error, QString());
    const QString sheet = pdfText(e.path(QStringLiteral("worksheet.pdf")));
    const QString key = pdfText(e.path(QStringLiteral("answers.pdf")));
    const QString handout = pdfText(e.path(QStringLiteral("handout.pdf")));
    size_t checked = 0;
    for (SimTime t : e.moments) {
        // The counts as the rule defines them: the last sample at or before the moment.
        const LoadSample* at = nullptr;
        for (const LoadSample& s : e.result.samples)
            if (s.at <= t) at = &s;
        ASSERT_NE(at, nullptr);
        for (const StateCounts* counts : {&at->client, &at->server}) {
            const uint64_t tw = (*counts)[static_cast<size_t>(TcpState::TimeWait)];
            if (tw < 100) continue; // small numbers also occur as moment numbers and times
            ++checked;
            EXPECT_TRUE(hasNumber(key, QString::number(tw))) << tw;
            EXPECT_TRUE(hasNumber(handout, QString::number(tw))) << tw;
            EXPECT_FALSE(hasNumber(sheet, QString::number(tw))) << tw;
        }
    }
    EXPECT_GE(checked, 2u); // the lesson piles up TIME_WAIT on one side
    EXPECT_GE(sheet.count(QStringLiteral("______")), static_cast<qsizetype>(e.moments.size() * 2 * 5));
    for (const char* name : {"handout.pdf", "worksheet.pdf", "answers.pdf"}) {
        const QString pdf = e.path(QLatin1String(name));
        QTemporaryDir out;
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), pdf,
                                         out.filePath(QStringLiteral("page"))});
        EXPECT_EQ(QDir(out.path()).entryList({QStringLiteral("page*.png")}, QDir::Files).size(), pdfPages(pdf)) << name;
    }
}

TEST(LoadPack, AMomentAfterTheRunIsAClearError) {
    const LoadExport& e = loadExport();
    QTemporaryDir dir;
    PackOptions o;
    o.directory = dir.path();
    const QString error = writeLoadPack(e.scenario, e.result, {e.result.end + 1_s}, o);
    EXPECT_TRUE(error.contains(Texts::timeLabel(e.result.end))) << error.toStdString();
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(LessonPack, TheFileMenuOffersThePackInBothLanguages) {
    MainWindow::Options options;
    options.useSettings = false;
    MainWindow w(options);
    QAction* pack = nullptr;
    QMenu* file = w.menuBar()->actions().front()->menu();
    ASSERT_NE(file, nullptr);
    for (QAction* a : file->actions())
        if (a->objectName() == QLatin1String("actionExportPack")) pack = a;
    ASSERT_NE(pack, nullptr);
    EXPECT_EQ(pack->text(), QStringLiteral("Export lesson pac&k…"));
    ASSERT_TRUE(Language::install(QStringLiteral("ko")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(pack->text(), QStringLiteral("수업 자료 묶음 내보내기(&K)…"));
    ASSERT_TRUE(Language::install(QStringLiteral("en")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

TEST(LessonPack, ThePackFolderIsNamedAfterTheLesson) {
    Scenario s;
    s.id = "lost-syn";
    EXPECT_EQ(packFolderName(s), QStringLiteral("lost-syn"));
    s.id = "my lesson/2";
    EXPECT_EQ(packFolderName(s), QStringLiteral("my-lesson-2"));
    s.id = "../up"; // no hidden folder, no way out of the chosen one
    EXPECT_EQ(packFolderName(s), QStringLiteral("lesson-pack"));
    s.id = "";
    EXPECT_EQ(packFolderName(s), QStringLiteral("lesson-pack"));
}

} // namespace
} // namespace hl::ui
