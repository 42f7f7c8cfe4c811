#include "ui/panels/tcb_panel.h"

#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"

#include <QEvent>

#include <algorithm>
#include <array>
#include <functional>

namespace hl::ui {

TcbPanel::TcbPanel(SessionController* session, QWidget* parent) : HtmlPanel(parent), session_(session) {
    // Countdowns change on every animation frame while a timer runs.
    for (auto signal :
         {&SessionController::traceReplaced, &SessionController::cursorMoved, &SessionController::displayTimeChanged})
        connect(session_, signal, this, &TcbPanel::invalidate);
    invalidate();
}

QString TcbPanel::html() const {
    const Snapshot& snap = session_->snapshot();
    const std::array<const ConnSnapshot*, 2> conns = {snap.primary(HostId::Client), snap.primary(HostId::Server)};
    using Cell = std::function<QString(const ConnSnapshot&)>;
    auto num = [](SeqNum v, SeqNum base) {
        return QStringLiteral("%1 <span style='color:gray'>(%2)</span>").arg(v.value()).arg(v - base);
    };
    struct Row {
        QString name;
        Cell cell;
    };
    const std::vector<Row> rows = {
        {tr("State"), [](const ConnSnapshot& c) { return QStringLiteral("<b>%1</b>").arg(Texts::stateName(c.state)); }},
        {QStringLiteral("ISS"), [](const ConnSnapshot& c) { return QString::number(c.tcb.iss.value()); }},
        {QStringLiteral("IRS"), [](const ConnSnapshot& c) { return QString::number(c.tcb.irs.value()); }},
        {QStringLiteral("SND.UNA"), [&](const ConnSnapshot& c) { return num(c.tcb.sndUna, c.tcb.iss); }},
        {QStringLiteral("SND.NXT"), [&](const ConnSnapshot& c) { return num(c.tcb.sndNxt, c.tcb.iss); }},
        {QStringLiteral("SND.WND"), [](const ConnSnapshot& c) { return QString::number(c.tcb.sndWnd); }},
        {QStringLiteral("RCV.NXT"), [&](const ConnSnapshot& c) { return num(c.tcb.rcvNxt, c.tcb.irs); }},
        {QStringLiteral("RCV.WND"), [](const ConnSnapshot& c) { return QString::number(c.tcb.rcvWnd); }},
        {QStringLiteral("RTO"), [](const ConnSnapshot& c) { return Texts::timeLabel(c.tcb.rto); }},
        {QStringLiteral("SRTT"),
         [](const ConnSnapshot& c) { return c.tcb.rttValid ? Texts::timeLabel(c.tcb.srtt) : tr("no sample yet"); }},
        {QStringLiteral("RTTVAR"),
         [&](const ConnSnapshot& c) { return c.tcb.rttValid ? Texts::timeLabel(c.tcb.rttvar) : QStringLiteral("—"); }},
        {tr("Retries"), [](const ConnSnapshot& c) { return QString::number(c.tcb.retries); }},
        {tr("Bytes queued to send"), [](const ConnSnapshot& c) { return QString::number(c.tcb.sendQueued); }},
        {tr("Bytes received, unread"), [](const ConnSnapshot& c) { return QString::number(c.tcb.unread); }},
    };

    QString html = QStringLiteral("<table cellpadding='3' width='100%'><tr><th></th>");
    for (HostId h : {HostId::Client, HostId::Server})
        html += QStringLiteral("<th align='left'>%1</th>").arg(Texts::hostName(h).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const Row& r : rows) {
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(r.name.toHtmlEscaped());
        for (const ConnSnapshot* c : conns)
            html += QStringLiteral("<td>%1</td>").arg(c && c->state != TcpState::Listen ? r.cell(*c) : QStringLiteral("—"));
        html += QStringLiteral("</tr>");
    }
    // Timers: one row per kind, with the time left at the display time.
    const SimTime now = session_->displayTime();
    for (TimerKind k : {TimerKind::Retransmit, TimerKind::TimeWait, TimerKind::FinWait2, TimerKind::DelayedAck}) {
        // The delayed-ACK row only while such a timer runs (only the linux profile has one).
        const auto runs = [k](const ConnSnapshot* c) {
            return c &&
                   std::any_of(c->timers.begin(), c->timers.end(), [k](const TimerSnapshot& t) { return t.kind == k; });
        };
        if (k == TimerKind::DelayedAck && std::none_of(conns.begin(), conns.end(), runs)) continue;
        html += QStringLiteral("<tr><td><b>%1</b></td>").arg(Texts::timerName(k).toHtmlEscaped());
        for (const ConnSnapshot* c : conns) {
            QString cell = QStringLiteral("—");
            if (c) {
                for (const TimerSnapshot& tm : c->timers) {
                    if (tm.kind != k) continue;
                    //: Timer countdown in the TCB panel: "0.8 s left (fires at 1.000 s)".
                    cell = tr("<b>%1 left</b> (fires at %2)")
                               .arg(Texts::timeLabel(std::max(tm.due - now, SimTime())), Texts::timeLabel(tm.due));
                }
            }
            html += QStringLiteral("<td>%1</td>").arg(cell);
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(tr("Numbers in brackets are relative to the ISN (sending) or IRS (receiving).").toHtmlEscaped());
    return html;
}

void TcbPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) invalidate();
    QWidget::changeEvent(event);
}

} // namespace hl::ui
