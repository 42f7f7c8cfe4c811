#include "ui/panels/segment_inspector.h"

#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"

#include <QEvent>
#include <QTextBrowser>
#include <QTextDocument>

namespace hl::ui {

namespace {
QString row(const QString& name, const QString& value) {
    // A field name never breaks inside a word ("Acknowled / gement" in a narrow panel).
    return QStringLiteral("<tr><td style='padding-right:12px; white-space:nowrap'><b>%1</b></td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), value);
}

QString flagBits(Flags f) {
    // The six classic control bits in header order (RFC 9293 §3.1); URG is never set here.
    struct Bit {
        const char* name;
        bool on;
    };
    const Bit bits[] = {{"URG", false},
                        {"ACK", f.has(Flag::ACK)},
                        {"PSH", f.has(Flag::PSH)},
                        {"RST", f.has(Flag::RST)},
                        {"SYN", f.has(Flag::SYN)},
                        {"FIN", f.has(Flag::FIN)}};
    QString names, values;
    for (const Bit& b : bits) {
        // nowrap: a narrow panel (200 %, a projector) must not break "ACK" into "A / CK".
        const QString style = b.on ? QStringLiteral(
                                         "style='font-weight:bold; background:#f0c040; color:#000; white-space:nowrap'")
                                   : QStringLiteral("style='color:gray; white-space:nowrap'");
        names += QStringLiteral("<td align='center' %1>&nbsp;%2&nbsp;</td>").arg(style, QLatin1String(b.name));
        values += QStringLiteral("<td align='center' %1>%2</td>").arg(style, b.on ? QStringLiteral("1") : QStringLiteral("0"));
    }
    return QStringLiteral("<table cellspacing='2' style='font-family:monospace'><tr>%1</tr><tr>%2</tr></table>")
        .arg(names, values);
}
} // namespace

SegmentInspector::SegmentInspector(SessionController* session, QWidget* parent) : HtmlPanel(parent), session_(session) {
    // Nested lists ("It caused: …") indent 40 px a level by default: in a side panel that wraps
    // every Korean line and makes the list scroll at 1600×1000. A smaller step keeps it readable.
    view()->document()->setIndentWidth(14);
    connect(session_, &SessionController::traceReplaced, this, [this] {
        rebuildFinal();
        refresh();
    });
    connect(session_, &SessionController::cursorMoved, this, &SegmentInspector::refresh);
    connect(session_, &SessionController::selectedSegmentChanged, this, &SegmentInspector::refresh);
    rebuildFinal();
    refresh();
}

void SegmentInspector::rebuildFinal() { final_ = snapshotAt(session_->trace(), session_->trace().events.size()); }

void SegmentInspector::refresh() {
    shown_ = session_->selectedSegment();
    invalidate();
}

QString SegmentInspector::html() const {
    const SegmentRecord* rec = session_->trace().segment(shown_);
    if (!rec)
        return QStringLiteral("<p>%1</p>")
            .arg(tr("No segment selected. Click an arrow in the diagram, or step onto a segment.").toHtmlEscaped());
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("Segment #%1: %2").arg(rec->seg.id).arg(Texts::segmentLabel(rec->seg)).toHtmlEscaped());
    html += fieldsHtml(*rec);
    html += fateHtml(*rec);
    return html;
}

QString SegmentInspector::fieldsHtml(const SegmentRecord& rec) const {
    const Segment& s = rec.seg;
    QString sender = Texts::hostName(rec.from).toHtmlEscaped();
    if (rec.injected) sender += QStringLiteral(" (%1)").arg(tr("crafted by the lesson").toHtmlEscaped());
    QString sent = Texts::timeLabel(rec.sentAt);
    if (rec.retransmission) sent += QStringLiteral(" · <b>%1</b>").arg(tr("retransmission").toHtmlEscaped());

    // Relative numbers are what Wireshark shows: distances from the sender's and the receiver's ISN.
    const ConnSnapshot* conn = rec.conn != 0 ? final_.find(rec.from, rec.conn) : nullptr;
    QString seq = QString::number(s.seq.value());
    if (conn) seq += QStringLiteral(" &nbsp;(%1)").arg(tr("relative %1").arg(s.seq - conn->tcb.iss).toHtmlEscaped());
    QString ack = s.flags.has(Flag::ACK) ? QString::number(s.ack.value()) : tr("— (ACK flag off)").toHtmlEscaped();
    if (conn && s.flags.has(Flag::ACK) && rec.senderState != TcpState::SynSent)
        ack += QStringLiteral(" &nbsp;(%1)").arg(tr("relative %1").arg(s.ack - conn->tcb.irs).toHtmlEscaped());

    QString html = QStringLiteral("<table>");
    html += row(tr("From"), QStringLiteral("%1 :%2").arg(sender).arg(s.srcPort));
    html += row(tr("To"), QStringLiteral("%1 :%2").arg(Texts::hostName(rec.to).toHtmlEscaped()).arg(s.dstPort));
    html += row(tr("Sent at"), sent);
    html += row(tr("Sender's state"), Texts::stateName(rec.senderState).toHtmlEscaped());
    html += row(tr("Sequence number"), seq);
    html += row(tr("Acknowledgement number"), ack);
    // The bits under their name, across the table: beside the names they need more room than a
    // side panel has at 200 % (FIN was cut off).
    html += QStringLiteral("<tr><td colspan='2'><b>%1</b></td></tr><tr><td colspan='2'>%2</td></tr>")
                .arg(tr("Flags").toHtmlEscaped(), flagBits(s.flags));
    html += row(tr("Window"), QString::number(s.window));
    html += row(tr("Payload"), tr("%n byte(s)", nullptr, static_cast<int>(s.len)).toHtmlEscaped());
    //: SEG.LEN is the RFC's name; keep it.
    html += row(tr("SEG.LEN"), QString::number(s.segLen()));
    html += QStringLiteral("</table>");
    return html;
}

QString SegmentInspector::fateHtml(const SegmentRecord& rec) const {
    const Trace& trace = session_->trace();
    const size_t cursor = session_->cursor();
    QString html = QStringLiteral("<h4>%1</h4><ul>").arg(tr("What happened to it").toHtmlEscaped());
    bool any = false;
    for (size_t i = 0; i < trace.events.size(); ++i) {
        const TraceEvent& e = trace.events[i];
        if (e.segId != rec.seg.id) continue;
        if (e.type != EventType::Deliver && e.type != EventType::Drop) continue;
        any = true;
        const QString later = i >= cursor ? QStringLiteral(" <i>(%1)</i>").arg(tr("later in the lesson").toHtmlEscaped())
                                          : QString();
        if (e.type == EventType::Drop) {
            html += QStringLiteral("<li><b>%1</b>%2</li>")
                        .arg(tr("Lost at %1 (%2)").arg(Texts::timeLabel(e.t), Texts::dropCause(e.dropCause)).toHtmlEscaped(),
                             later);
            continue;
        }
        html += QStringLiteral("<li><b>%1</b>%2").arg(tr("Arrived at %1").arg(Texts::timeLabel(e.t)).toHtmlEscaped(), later);
        if (e.copy < rec.copies.size() && rec.copies[e.copy].delay > SimDuration{})
            //: In the Segment panel: the network held this copy back (a Delay perturbation).
            html += QStringLiteral("<br>%1").arg(
                tr("delayed +%1 by the network").arg(Texts::timeLabel(rec.copies[e.copy].delay)).toHtmlEscaped());
        QString caused;
        for (size_t j = i + 1; j < trace.events.size(); ++j) {
            if (trace.events[j].cause != i) continue;
            caused += QStringLiteral("<li>%1: %2</li>")
                          .arg(Texts::eventKind(trace.events[j]).toHtmlEscaped(),
                               Texts::eventDetail(trace, j).toHtmlEscaped());
        }
        if (caused.isEmpty()) caused = QStringLiteral("<li>%1</li>").arg(tr("nothing (no effect)").toHtmlEscaped());
        html += QStringLiteral("<br>%1<ul>%2</ul></li>").arg(tr("It caused:").toHtmlEscaped(), caused);
    }
    if (!any) html += QStringLiteral("<li>%1</li>").arg(tr("Still in flight when the run ended").toHtmlEscaped());
    html += QStringLiteral("</ul>");
    return html;
}

void SegmentInspector::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) refresh();
    QWidget::changeEvent(event);
}

} // namespace hl::ui
