#include "ui/export/pack_text_files.h"

#include "ui/texts/language.h"
#include "ui/texts/texts.h"

#include <QCoreApplication>

#include <functional>

namespace hl::ui {
namespace {

class PackTextFiles {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::PackTextFiles)
public:
    //: Mermaid export: appended to the label of a segment the network loses.
    static QString lost() { return tr("lost"); }
    //: Mermaid export: appended to the label of a retransmitted segment.
    static QString retransmission() { return tr("retransmission"); }
    //: Mermaid export: appended to the label of a segment crafted by the lesson.
    static QString crafted() { return tr("crafted"); }
    //: Export pack web page: how to move between the steps.
    static QString keysHint() { return tr("Use the ← and → keys (or the buttons) to move between the steps."); }
    static QString previous() { return tr("Previous step"); }
    static QString next() { return tr("Next step"); }
};

QString inEach(const PackContent& c, const std::function<QString()>& text, const QString& separator) {
    QStringList parts;
    for (const QString& lang : c.languages) parts << Language::translatedIn(lang, text);
    parts.removeDuplicates();
    return parts.join(separator);
}

const char* participant(HostId h) { return h == HostId::Client ? "Client" : "Server"; }

// Mermaid ends a message at ';' and reads '#' as the start of an entity: neither may stay raw.
QString mermaidSafe(QString text) {
    text.replace(QLatin1Char('#'), QStringLiteral("#35;"));
    text.replace(QLatin1Char(';'), QStringLiteral("#59;"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString htmlEscaped(const QString& s) { return s.toHtmlEscaped(); }

} // namespace

QString mermaidText(const PackContent& c) {
    const Trace& t = c.trace;
    QStringList out{QStringLiteral("sequenceDiagram")};
    for (HostId h : {HostId::Client, HostId::Server}) {
        const QString shown = inEach(
            c, [h] { return Texts::hostName(h); }, QStringLiteral(" / "));
        QString line = QStringLiteral("    participant ") + QLatin1String(participant(h));
        if (shown != QLatin1String(participant(h))) line += QStringLiteral(" as ") + mermaidSafe(shown);
        out << line;
    }
    std::array<TcpState, 2> noted = c.start;
    for (int h = 0; h < 2; ++h)
        out << QStringLiteral("    Note over %1: %2")
                   .arg(QLatin1String(participant(h == 0 ? HostId::Client : HostId::Server)),
                        Texts::stateName(noted[static_cast<size_t>(h)]));
    size_t begin = 0;
    for (const PackStep& s : c.steps) {
        // Messages and state changes in the order they happened within the step; a lifeline's
        // note is the state it shows after the step (its primary connection's), at the change
        // that reached it.
        for (size_t i = begin; i < s.events; ++i) {
            const TraceEvent& e = t.events[i];
            if (e.type == EventType::State) {
                const size_t h = e.host == HostId::Client ? 0 : 1;
                if (e.to != noted[h] && e.to == s.state[h]) {
                    out << QStringLiteral("    Note over %1: %2")
                               .arg(QLatin1String(participant(e.host)), Texts::stateName(e.to));
                    noted[h] = e.to;
                }
                continue;
            }
            if (e.type != EventType::Send && e.type != EventType::Inject) continue;
            const SegmentRecord* rec = t.segment(e.segId);
            if (!rec) continue;
            const bool lost = !rec->copies.empty() && rec->copies.front().lost;
            QString label = Texts::segmentLabel(rec->seg);
            if (rec->retransmission)
                label += QStringLiteral(" (") + inEach(c, &PackTextFiles::retransmission, QStringLiteral(" / ")) +
                         QLatin1Char(')');
            if (rec->injected)
                label += QStringLiteral(" (") + inEach(c, &PackTextFiles::crafted, QStringLiteral(" / ")) +
                         QLatin1Char(')');
            if (lost)
                label += QStringLiteral(" (") + inEach(c, &PackTextFiles::lost, QStringLiteral(" / ")) + QLatin1Char(')');
            const QString arrow = rec->retransmission ? (lost ? QStringLiteral("--x") : QStringLiteral("-->>"))
                                                      : (lost ? QStringLiteral("-x") : QStringLiteral("->>"));
            out << QStringLiteral("    %1%2%3: %4")
                       .arg(QLatin1String(participant(rec->from)), arrow, QLatin1String(participant(rec->to)),
                            mermaidSafe(label));
        }
        // The state the step ends in, if the events above passed through it without settling.
        for (size_t h = 0; h < 2; ++h)
            if (s.state[h] != noted[h]) {
                out << QStringLiteral("    Note over %1: %2")
                           .arg(QLatin1String(participant(h == 0 ? HostId::Client : HostId::Server)),
                                Texts::stateName(s.state[h]));
                noted[h] = s.state[h];
            }
        begin = s.events;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString indexHtml(const PackContent& c, const std::vector<QByteArray>& pngs) {
    const QString title = htmlEscaped(c.titles.join(QStringLiteral(" · ")));
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                           "<title>%2</title>\n")
                .arg(c.languages.front(), title);
    html += QStringLiteral("<style>\n"
                           "body{margin:0;font-family:sans-serif;background:#f4f4f4;color:#1a1a1a}\n"
                           "header{padding:12px 20px}h1{font-size:1.4em;margin:0}\n"
                           "main{max-width:1400px;margin:0 auto;padding:0 20px}\n"
                           "figure{margin:0;display:none}figure.shown{display:block}\n"
                           "figure img{width:100%;height:auto;border:1px solid #ccc;background:#fff}\n"
                           "figcaption{font-size:1.3em;margin:10px 0;text-align:center}\n"
                           "nav{display:flex;gap:12px;align-items:center;justify-content:center;margin:10px 0}\n"
                           "button{font-size:1.1em;padding:6px 16px}\n"
                           "p.hint{text-align:center;color:#555}\n"
                           "</style>\n</head>\n<body>\n");
    html += QStringLiteral("<header><h1>%1</h1></header>\n<main>\n").arg(title);
    html += QStringLiteral("<nav><button id=\"prev\" type=\"button\">&larr; %1</button><span id=\"pos\"></span>"
                           "<button id=\"next\" type=\"button\">%2 &rarr;</button></nav>\n")
                .arg(htmlEscaped(inEach(c, &PackTextFiles::previous, QStringLiteral(" / "))),
                     htmlEscaped(inEach(c, &PackTextFiles::next, QStringLiteral(" / "))));
    for (size_t k = 0; k < c.steps.size(); ++k) {
        const PackStep& s = c.steps[k];
        QStringList captions;
        for (const QString& cap : s.caption) captions << htmlEscaped(cap);
        html += QStringLiteral("<figure id=\"step-%1\"%2><img alt=\"%3\" src=\"data:image/png;base64,%4\">"
                               "<figcaption>%5</figcaption></figure>\n")
                    .arg(k, 2, 10, QLatin1Char('0'))
                    .arg(k == 0 ? QStringLiteral(" class=\"shown\"") : QString())
                    .arg(htmlEscaped(s.caption.join(QStringLiteral(" / "))),
                         QString::fromLatin1(k < pngs.size() ? pngs[k].toBase64() : QByteArray()),
                         captions.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("<p class=\"hint\">%1</p>\n</main>\n")
                .arg(htmlEscaped(inEach(c, &PackTextFiles::keysHint, QStringLiteral(" / "))));
    html += QStringLiteral(
        "<script>\n"
        "(function(){\n"
        "var steps=document.querySelectorAll('figure');var at=0;\n"
        "function show(n){if(n<0||n>=steps.length)return;steps[at].classList.remove('shown');at=n;"
        "steps[at].classList.add('shown');document.getElementById('pos').textContent=(at+1)+' / '+steps.length;"
        "if(history.replaceState)history.replaceState(null,'','#'+steps[at].id);}\n"
        "document.getElementById('prev').onclick=function(){show(at-1);};\n"
        "document.getElementById('next').onclick=function(){show(at+1);};\n"
        "document.addEventListener('keydown',function(e){\n"
        "if(e.key==='ArrowRight'||e.key===' '||e.key==='PageDown'){show(at+1);e.preventDefault();}\n"
        "else if(e.key==='ArrowLeft'||e.key==='PageUp'){show(at-1);e.preventDefault();}\n"
        "else if(e.key==='Home'){show(0);e.preventDefault();}\n"
        "else if(e.key==='End'){show(steps.length-1);e.preventDefault();}});\n"
        "var h=location.hash.slice(1);for(var i=0;i<steps.length;i++)if(steps[i].id===h)at=i;\n"
        "steps[0].classList.remove('shown');show(at);\n"
        "})();\n"
        "</script>\n</body>\n</html>\n");
    return html;
}

} // namespace hl::ui
