#include "ui/export/pack_pdf.h"

#include "ui/diagram/diagram_palette.h"
#include "ui/export/step_picture.h"
#include "ui/load/load_chart_view.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"
#include "ui/window/hangul_font.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace hl::ui {
namespace {

constexpr int kDpi = 150;              // A4 is 1240 x 1754 of these units
constexpr qreal kPageMargin = 110;     // about 19 mm
const QColor kAnswerColor(0, 90, 181); // the key's filled-in answers (a dark blue, 7:1 on white)

class PackPdfText {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::PackPdf)
public:
    //: Export pack: what the PDF is, under the lesson's title.
    static QString handout() { return tr("Handout"); }
    static QString worksheet() { return tr("Worksheet"); }
    //: Export pack: the worksheet's key.
    static QString answers() { return tr("Answer key"); }
    //: Export pack worksheet: what the student does.
    static QString instructions() {
        return tr("For every step, write down each end's state after it and the flags, sequence number "
                  "and acknowledgement number of every segment it sends.");
    }
    //: Export pack: heading of one step (%1 number, %2 its time).
    static QString stepHeading(size_t n, SimTime t) { return tr("Step %1 · %2").arg(n).arg(Texts::timeLabel(t)); }
    //: Export pack: both ends' states before the first step.
    static QString startStates(TcpState c, TcpState s) {
        return tr("At the start: client %1, server %2.").arg(Texts::stateName(c), Texts::stateName(s));
    }
    //: Export pack: a host's state after the step (%1 host name such as "Client", %2 the state or a blank).
    static QString stateAfter(HostId h, const QString& value) {
        return tr("%1 after the step: %2").arg(Texts::hostName(h), value);
    }
    //: Export pack: one segment a host sends (%1 host name, %2 flags, %3 seq, %4 ack; blanks on the worksheet).
    static QString sends(HostId h, const QString& flags, const QString& seq, const QString& ack) {
        return tr("%1 sends: flags %2 seq %3 ack %4").arg(Texts::hostName(h), flags, seq, ack);
    }
    //: Export pack: the step sends no segment.
    static QString sendsNothing() { return tr("No segment is sent."); }
    //: Export pack: appended to a segment that the network loses.
    static QString lost() { return tr("(lost)"); }
    //: Export pack answer key: the ack field of a segment without the ACK flag.
    static QString noAck() { return tr("none"); }
    //: Export pack: heading over the whole ladder.
    static QString wholeRun() { return tr("The whole run"); }
    //: Export pack of a load lesson: heading of one chosen moment (%1 number, %2 its time).
    static QString momentHeading(size_t n, SimTime t) { return tr("Moment %1 · %2").arg(n).arg(Texts::timeLabel(t)); }
    //: Export pack of a load lesson, worksheet: what the student does.
    static QString loadInstructions() {
        return tr("For every moment, write down how many sockets each side has in each state group.");
    }
    //: Export pack of a load lesson: one state group's count (%1 the group, %2 the count or a blank).
    static QString groupCount(int group, const QString& value) {
        return tr("%1 %2").arg(LoadChartView::groupName(static_cast<LoadGroup>(group)), value);
    }
};

// DejaVu Sans first (fonts-dejavu-core): with Noto Sans CJK, Qt's PDF writer leaves the digits
// of Latin text without a Unicode mapping, so pdftotext, search and copy lose them. Hangul
// comes from the Korean family (HangulFont).
QFont pdfFont(qreal px, bool bold = false) {
    static const QStringList families{QStringLiteral("DejaVu Sans"), HangulFont::findFamily()};
    QFont f = QGuiApplication::font();
    f.setFamilies(families);
    f.setPixelSize(qRound(px));
    f.setBold(bold);
    return f;
}

// Text in each of the content's languages, one per line, duplicates (protocol notation) once.
QString eachLanguage(const PackContent& c, const std::function<QString()>& text) {
    QStringList lines;
    for (const QString& lang : c.languages) lines << Language::translatedIn(lang, text);
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

class PdfPages {
public:
    PdfPages(QPdfWriter& writer, QPainter& painter) : writer_(writer), p_(painter) {
        const QRect page = writer.pageLayout().paintRectPixels(kDpi);
        width_ = page.width() - 2 * kPageMargin;
        bottom_ = page.height() - kPageMargin;
        y_ = kPageMargin;
    }
    qreal width() const { return width_; }
    qreal y() const { return y_; }
    qreal left() const { return kPageMargin; }
    qreal room() const { return bottom_ - y_; }
    int pages() const { return pages_; }
    void newPage() {
        writer_.newPage();
        ++pages_;
        y_ = kPageMargin;
    }
    void skip(qreal dy) { y_ += dy; }
    // The height `text` takes at the page width.
    qreal measure(const QString& text, const QFont& font) const {
        return QFontMetricsF(font).boundingRect(QRectF(0, 0, width_, 1e6), Qt::TextWordWrap, text).height();
    }
    void paragraph(const QString& text, const QFont& font, const QColor& color = textColor(Theme::Light)) {
        const qreal h = measure(text, font);
        if (h > room()) newPage();
        p_.setFont(font);
        p_.setPen(color);
        p_.drawText(QRectF(left(), y_, width_, h), Qt::TextWordWrap, text);
        y_ += h;
    }

private:
    QPdfWriter& writer_;
    QPainter& p_;
    qreal width_ = 0, bottom_ = 0, y_ = 0;
    int pages_ = 1;
};

QString blank(int n) { return QString(n, QLatin1Char('_')); }

void setUpWriter(QPdfWriter& writer, const QStringList& titles) {
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setCreator(QStringLiteral("HandshakeLab"));
    writer.setTitle(titles.join(QStringLiteral(" · ")));
    // Qt's own XMP packet carries the time of writing: ours carries nothing that changes.
    writer.setDocumentXmpMetadata(QByteArrayLiteral(
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:xmp='http://ns.adobe.com/xap/1.0/'>"
        "<xmp:CreatorTool>HandshakeLab</xmp:CreatorTool></rdf:Description></rdf:RDF></x:xmpmeta>"
        "<?xpacket end='w'?>"));
}

QString kindName(const QStringList& languages, PackPdfKind kind) {
    QStringList parts;
    for (const QString& lang : languages)
        parts << Language::translatedIn(lang, kind == PackPdfKind::Handout     ? &PackPdfText::handout
                                              : kind == PackPdfKind::Worksheet ? &PackPdfText::worksheet
                                                                               : &PackPdfText::answers);
    parts.removeDuplicates();
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QByteArray withFixedPdfStamps(QByteArray pdf) {
    // The id becomes a hash of the content, so different files keep different ids.
    const QByteArray digest = QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex();
    static const QRegularExpression date(QStringLiteral("/CreationDate \\(D:([0-9+\\-Z']+)\\)"));
    static const QRegularExpression ids(QStringLiteral("/ID \\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>"));
    const QString text = QString::fromLatin1(pdf);
    if (const auto m = date.match(text); m.hasMatch()) {
        QByteArray fixed = QByteArray("20000101000000Z").leftJustified(m.capturedLength(1), '0', true);
        pdf.replace(m.capturedStart(1), m.capturedLength(1), fixed);
    }
    if (const auto m = ids.match(text); m.hasMatch())
        for (int g = 1; g <= 2; ++g)
            pdf.replace(m.capturedStart(g), m.capturedLength(g), digest.leftJustified(m.capturedLength(g), '0', true));
    return pdf;
}

namespace {

// One PDF of the pack: the writer set up (fonts, stamps), the titles and the kind's name on top,
// then `body` fills the pages; the same bytes every time (withFixedPdfStamps).
QByteArray writePdf(const QStringList& titles, const QStringList& languages, PackPdfKind kind, int* pages,
                    const std::function<void(PdfPages&, QPainter&)>& body) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpWriter(writer, titles);
        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        PdfPages page(writer, p);
        page.paragraph(titles.join(QLatin1Char('\n')), pdfFont(40, true));
        page.skip(8);
        page.paragraph(kindName(languages, kind), pdfFont(24), mutedTextColor(Theme::Light));
        page.skip(24);
        body(page, p);
        if (pages) *pages = page.pages();
    }
    return withFixedPdfStamps(bytes);
}

} // namespace

QByteArray writePackPdf(const PackContent& c, StepPicture& picture, PackPdfKind kind, int* pages) {
    return writePdf(c.titles, c.languages, kind, pages, [&](PdfPages& page, QPainter& p) {
        if (kind == PackPdfKind::Handout) {
            for (const QString& summary : c.summaries) {
                page.paragraph(summary, pdfFont(22));
                page.skip(12);
            }
            // The whole ladder gets the rest of the first page, or a page of its own when little is left.
            if (page.room() < 700) page.newPage();
            page.paragraph(eachLanguage(c, &PackPdfText::wholeRun).split(QLatin1Char('\n')).join(QStringLiteral(" · ")),
                           pdfFont(26, true));
            const qreal legendH = StepPicture::legendHeight(18);
            StepPicture::paintLegend(p, QRectF(page.left(), page.y(), page.width(), legendH), 18, c.languages);
            page.skip(legendH + 8);
            picture.paintWholeLadder(p, QRectF(page.left(), page.y(), page.width(), page.room()));
            page.newPage();
        } else {
            if (kind == PackPdfKind::Worksheet) {
                page.paragraph(eachLanguage(c, &PackPdfText::instructions), pdfFont(22));
                page.skip(12);
            }
            page.paragraph(eachLanguage(c, [&] { return PackPdfText::startStates(c.start[0], c.start[1]); }),
                           pdfFont(22, true));
            page.skip(24);
        }

        const bool blanks = kind == PackPdfKind::Worksheet;
        const QColor answerColor = kind == PackPdfKind::Answers ? kAnswerColor : textColor(Theme::Light);
        for (size_t k = 0; k < c.steps.size(); ++k) {
            const PackStep& s = c.steps[k];
            // One block per step, kept on one page.
            QStringList lines;
            const QString heading = PackPdfText::stepHeading(k + 1, s.at);
            const QString prompt = s.prompt.join(QLatin1Char('\n'));
            const QString caption = s.caption.join(QLatin1Char('\n'));
            QStringList answers;
            for (HostId h : {HostId::Client, HostId::Server}) {
                const QString value = blanks ? blank(18) : Texts::stateName(s.state[h == HostId::Client ? 0 : 1]);
                answers << eachLanguage(c, [&] { return PackPdfText::stateAfter(h, value); });
            }
            for (const PackSegment& seg : s.sent) {
                const QString flags = blanks ? blank(12) : seg.flags;
                const QString seq = blanks ? blank(14) : seg.seq;
                QString line = eachLanguage(c, [&] {
                    const QString ack = blanks ? blank(14) : seg.ack.isEmpty() ? PackPdfText::noAck() : seg.ack;
                    // A loss is the next step's question on the worksheet: only the others say it here.
                    const QString lost = seg.lost && !blanks ? QLatin1Char(' ') + PackPdfText::lost() : QString();
                    return PackPdfText::sends(seg.from, flags, seq, ack) + lost;
                });
                answers << line;
            }
            if (s.sent.empty()) answers << eachLanguage(c, &PackPdfText::sendsNothing);
            const QFont headingFont = pdfFont(24, true), textFont = pdfFont(21);
            const QString intro = kind == PackPdfKind::Handout ? caption : prompt;
            const QString tail = kind == PackPdfKind::Answers ? caption : QString();
            qreal need = page.measure(heading, headingFont) + page.measure(intro, textFont) +
                         page.measure(answers.join(QLatin1Char('\n')), textFont) + 30;
            if (!tail.isEmpty()) need += page.measure(tail, textFont);
            if (need > page.room()) page.newPage();
            page.paragraph(heading, headingFont);
            page.paragraph(intro, textFont);
            page.skip(4);
            for (const QString& a : answers)
                page.paragraph(a, textFont, kind == PackPdfKind::Handout ? textColor(Theme::Light) : answerColor);
            if (!tail.isEmpty()) page.paragraph(tail, textFont, mutedTextColor(Theme::Light));
            page.skip(26);
        }
    });
}

QByteArray writeLoadPackPdf(const LoadPackContent& c, const LoadChartPainter& charts, PackPdfKind kind, int* pages) {
    return writePdf(c.titles, c.languages, kind, pages, [&](PdfPages& page, QPainter& p) {
        const auto inEach = [&](const std::function<QString()>& text) {
            QStringList lines;
            for (const QString& lang : c.languages) lines << Language::translatedIn(lang, text);
            lines.removeDuplicates();
            return lines.join(QLatin1Char('\n'));
        };
        if (kind == PackPdfKind::Handout)
            for (const QString& summary : c.summaries) {
                page.paragraph(summary, pdfFont(22));
                page.skip(12);
            }
        else if (kind == PackPdfKind::Worksheet) {
            page.paragraph(inEach(&PackPdfText::loadInstructions), pdfFont(22));
            page.skip(12);
        }
        const qreal chartH = 620;
        for (size_t k = 0; k < c.moments.size(); ++k) {
            const LoadMoment& m = c.moments[k];
            const QString heading = PackPdfText::momentHeading(k + 1, m.at);
            QStringList lines;
            if (kind == PackPdfKind::Handout) {
                lines << m.caption.join(QLatin1Char('\n'));
            } else {
                for (HostId h : {HostId::Client, HostId::Server})
                    lines << inEach([&] {
                        QStringList cells;
                        for (size_t g = 0; g < m.counts[0].size(); ++g) {
                            const QString value = kind == PackPdfKind::Worksheet
                                                      ? blank(8)
                                                      : QString::number(m.counts[h == HostId::Client ? 0 : 1][g]);
                            cells << PackPdfText::groupCount(static_cast<int>(g), value);
                        }
                        return Texts::hostName(h) + QStringLiteral(": ") + cells.join(QStringLiteral("   "));
                    });
            }
            const bool drawChart = kind == PackPdfKind::Handout;
            qreal need = page.measure(heading, pdfFont(24, true)) +
                         page.measure(lines.join(QLatin1Char('\n')), pdfFont(21)) + 30;
            if (drawChart) need += chartH;
            if (need > page.room()) page.newPage();
            page.paragraph(heading, pdfFont(24, true));
            if (drawChart) {
                charts(p, QRectF(page.left(), page.y() + 6, page.width(), chartH - 12), k);
                page.skip(chartH);
            }
            for (const QString& line : lines)
                page.paragraph(line, pdfFont(21), kind == PackPdfKind::Answers ? kAnswerColor : textColor(Theme::Light));
            page.skip(26);
        }
    });
}

} // namespace hl::ui
