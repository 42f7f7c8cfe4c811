// Event-list columns and the narration of one step, composed from the trace with its numbers.
#include "ui/texts/language_korean.h"
#include "ui/texts/texts.h"

#include <QStringList>

#include <algorithm>
#include <utility>
#include <vector>

namespace hl::ui {
namespace {

// Bounds [begin, end) of a step (core/trace.h stepEnds); {n, n} past the last one.
std::pair<size_t, size_t> stepBounds(const Trace& trace, const std::vector<size_t>& ends, size_t step) {
    if (step >= ends.size()) return {trace.events.size(), trace.events.size()};
    return {step == 0 ? 0 : ends[step - 1], ends[step]};
}

} // namespace

// --- small building blocks (translated) --------------------------------------------------------

namespace {

class StepWriter {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::Texts)
public:
    explicit StepWriter(const Trace& trace) : trace_(trace) {}

    static QString host(HostId h) {
        if (h == HostId::Client)
            //: The client as a noun inside a sentence ("the client receives ...").
            return tr("client");
        //: The server as a noun inside a sentence ("the server receives ...").
        return tr("server");
    }

    // The segment's label with its marks; `markInjected` is off where the sentence already
    // says the lesson crafted it.
    QString segment(uint64_t id, bool markInjected = true) const {
        const SegmentRecord* rec = trace_.segment(id);
        if (!rec) return QStringLiteral("#") + QString::number(id);
        QString label = Texts::segmentLabel(rec->seg);
        //: Marks a segment label as a retransmission: "SYN seq=100 (retransmission)".
        if (rec->retransmission) label += tr(" (retransmission)");
        //: Marks a segment the lesson crafted and injected: "RST seq=90 (crafted)".
        if (rec->injected && markInjected) label += tr(" (crafted)");
        return label;
    }

    QString root(size_t index, const QString& replies) const {
        const TraceEvent& e = trace_.events[index];
        const QString h = host(e.host);
        switch (e.type) {
        case EventType::Call: return call(e, replies);
        case EventType::Deliver:
            if (!replies.isEmpty())
                return tr("The %1 receives %2 and answers with %3.").arg(h, segment(e.segId), replies);
            return tr("The %1 receives %2.").arg(h, segment(e.segId));
        case EventType::Timer:
            if (!replies.isEmpty())
                //: %1 host, %2 timer name, %3 segment labels.
                return tr("The %1's %2 expires, so it sends %3.").arg(h, Texts::timerName(e.timer), replies);
            return tr("The %1's %2 expires.").arg(h, Texts::timerName(e.timer));
        case EventType::Drop: return drop(e);
        case EventType::Send: { // a capture's step starts with a segment seen leaving
            const QString s = tr("The %1 sends %2.").arg(h, segment(e.segId));
            return replies.isEmpty() ? s : s + QLatin1Char(' ') + tr("The %1 sends %2.").arg(h, replies);
        }
        case EventType::Inject: {
            const QString s =
                tr("The lesson puts the crafted segment %1 on the wire towards the %2.").arg(segment(e.segId, false), h);
            return replies.isEmpty() ? s : s + QLatin1Char(' ') + tr("The %1 answers with %2.").arg(h, replies);
        }
        case EventType::Note:
            if (trace_.stop && index + 1 == trace_.events.size()) return Texts::budgetStop(*trace_.stop);
            return Texts::eventKind(e) + QStringLiteral(": ") + Texts::eventDetail(trace_, index);
        default: return Texts::eventKind(e) + QStringLiteral(": ") + Texts::eventDetail(trace_, index);
        }
    }

    QString call(const TraceEvent& e, const QString& replies) const {
        const QString h = host(e.host);
        QString s;
        if (e.call == UserCall::Reboot)
            s = tr("The %1 reboots.").arg(h);
        else if (e.call == UserCall::Send)
            s = tr("The %1's application hands %n byte(s) to send().", nullptr, static_cast<int>(e.bytes)).arg(h);
        else
            //: %1 host, %2 a call such as connect().
            s = tr("The %1's application calls %2.").arg(h, Texts::callName(e.call));
        if (!replies.isEmpty()) s += QLatin1Char(' ') + tr("The %1 sends %2.").arg(h, replies);
        return s;
    }

    QString drop(const TraceEvent& e) const {
        const QString h = host(e.host);
        const QString seg = segment(e.segId);
        if (e.inferred)
            //: In a capture: a loss the capture implies because the sender sent the segment again.
            return tr("The %1's segment %2 must have been lost: it was sent again (inferred from the capture).").arg(h, seg);
        switch (e.dropCause) {
        case DropCause::Fault: return tr("The network drops the %1's segment %2, as the lesson says.").arg(h, seg);
        case DropCause::Loss: return tr("The network loses the %1's segment %2 at random.").arg(h, seg);
        case DropCause::User: return tr("The network drops the %1's segment %2, as you asked.").arg(h, seg);
        }
        return {};
    }

    // A caused event as a sentence; empty if it needs none (sends are told with the root).
    QString effect(const TraceEvent& e) const {
        const QString h = host(e.host);
        switch (e.type) {
        case EventType::State:
            if (e.inferred)
                //: In a capture: a state change the capture implies but cannot show. %1 host, %2 and %3 state names.
                return tr("The %1 must have gone from %2 to %3 (inferred from the capture).")
                    .arg(h, Texts::stateName(e.from), Texts::stateName(e.to));
            //: %1 host, %2 and %3 state names such as SYN_SENT.
            return tr("The %1 goes from %2 to %3.").arg(h, Texts::stateName(e.from), Texts::stateName(e.to));
        case EventType::Notify:
            if (e.notify == NotifyEvent::Data)
                return tr("The %1's application receives %n byte(s).", nullptr, static_cast<int>(e.bytes)).arg(h);
            //: %1 host, %2 what the application is told, e.g. "connection established".
            return tr("The %1's application is told: %2.").arg(h, Texts::notifyName(e.notify));
        case EventType::Timer:
            if (e.op == TimerOp::Set)
                //: %1 host, %2 timer name, %3 a time such as "1.000 s".
                return tr("The %1 sets its %2 to expire at %3.").arg(h, Texts::timerName(e.timer), Texts::timeLabel(e.due));
            if (e.op == TimerOp::Cancel) return tr("The %1 stops its %2.").arg(h, Texts::timerName(e.timer));
            return tr("The %1's %2 expires.").arg(h, Texts::timerName(e.timer));
        case EventType::Deliver: return tr("The %1 receives %2.").arg(h, segment(e.segId));
        default: return {};
        }
    }

private:
    const Trace& trace_;
};

QString joined(const QStringList& parts) { return parts.join(QStringLiteral(", ")); }

} // namespace

QString Texts::eventKind(const TraceEvent& e) {
    switch (e.type) {
    //: Event list, kind column: a user call such as connect().
    case EventType::Call: return tr("call");
    //: Event list, kind column: a state change.
    case EventType::State: return tr("state");
    //: Event list, kind column: a segment sent.
    case EventType::Send: return tr("send");
    //: Event list, kind column: a crafted segment put on the wire.
    case EventType::Inject: return tr("inject");
    //: Event list, kind column: a segment arrived at a host.
    case EventType::Deliver: return tr("arrive");
    //: Event list, kind column: the network lost a segment.
    case EventType::Drop: return tr("lost");
    //: Event list, kind column: a timer set, stopped or expired.
    case EventType::Timer: return tr("timer");
    //: Event list, kind column: something told to the application.
    case EventType::Notify: return tr("notify");
    //: Event list, kind column: a decision with no other effect (segment discarded ...).
    case EventType::Note: return tr("note");
    }
    return {};
}

QString Texts::eventDetail(const Trace& trace, size_t index) {
    if (index >= trace.events.size()) return {};
    const TraceEvent& e = trace.events[index];
    const StepWriter w(trace);
    const QString why = e.reason == Reason::None ? QString() : QStringLiteral(" — ") + reasonShort(e.reason);
    switch (e.type) {
    case EventType::Call:
        if (e.call == UserCall::Send) return tr("send(), %n byte(s)", nullptr, static_cast<int>(e.bytes));
        return callName(e.call);
    case EventType::State: return stateName(e.from) + QStringLiteral(" → ") + stateName(e.to) + why;
    case EventType::Send: return w.segment(e.segId) + why;
    case EventType::Inject: return w.segment(e.segId) + QStringLiteral(" → ") + hostName(e.host);
    case EventType::Deliver: return w.segment(e.segId);
    case EventType::Drop: return w.segment(e.segId) + QStringLiteral(" — ") + dropCauseName(e.dropCause);
    case EventType::Timer:
        switch (e.op) {
        //: %1 timer name, %2 a time such as "1.000 s".
        case TimerOp::Set: return tr("%1 set, expires at %2").arg(timerName(e.timer), timeLabel(e.due));
        case TimerOp::Cancel: return tr("%1 stopped").arg(timerName(e.timer));
        case TimerOp::Fire: return tr("%1 expired").arg(timerName(e.timer));
        }
        return {};
    case EventType::Notify:
        if (e.notify == NotifyEvent::Data) return tr("%n byte(s) received", nullptr, static_cast<int>(e.bytes));
        return notifyName(e.notify) + why;
    case EventType::Note: return reasonShort(e.reason);
    }
    return {};
}

QString Texts::stepNarration(const Trace& trace, size_t step) { return stepNarration(trace, stepEnds(trace), step); }

QString Texts::budgetStop(const BudgetStop& stop) {
    const QString n = count(stop.limitValue);
    QString limit;
    switch (stop.limit) {
    case BudgetLimit::Events:
        //: %1 is a number such as "1,000,000".
        limit = tr("The run was stopped after %1 events, the most one run may have").arg(n);
        break;
    case BudgetLimit::InFlight:
        limit = tr("The run was stopped with %1 segments on the way at once, the most one run may have").arg(n);
        break;
    case BudgetLimit::TimeStill:
        limit = tr("The run was stopped after %1 events at the same instant: simulated time stood still").arg(n);
        break;
    }
    QString cause;
    switch (stop.cause) {
    case StopCause::AckStorm:
        cause = tr("Likely cause: the two ends keep answering each other's ACKs — an ACK storm. Real "
                   "stacks limit how often they send such ACKs (RFC 5961 §7, Linux tcp_invalid_ratelimit).");
        break;
    case StopCause::DuplicateLoop:
        cause = tr("Likely cause: most segments arrive more than once (a duplicate fault) and every copy "
                   "is answered, so the segments multiply.");
        break;
    case StopCause::BulkData:
        cause = tr("Likely cause: the lesson sends more data than one run can show; send fewer bytes or "
                   "use a larger MSS.");
        break;
    case StopCause::Unknown: cause = tr("Likely cause: the lesson asks for more work than one run can show."); break;
    }
    //: %1 says which limit stopped the run, %2 the likely cause (a sentence).
    return tr("%1. %2").arg(limit, cause);
}

QString Texts::stepNarration(const Trace& trace, const std::vector<size_t>& ends, size_t step) {
    const auto [begin, end] = stepBounds(trace, ends, step);
    if (begin >= end) return {};
    const TraceEvent& root = trace.events[begin];
    const StepWriter w(trace);

    // The segments the acting host sent in this step are told together with the root event.
    QStringList replies;
    QStringList effects;
    std::vector<Reason> reasons{root.reason};
    for (size_t i = begin + 1; i < end; ++i) {
        const TraceEvent& e = trace.events[i];
        reasons.push_back(e.reason);
        if (e.type == EventType::Send && e.host == root.host && root.type != EventType::Drop)
            replies << w.segment(e.segId);
        else if (e.type == EventType::Send)
            effects << tr("The %1 sends %2.").arg(StepWriter::host(e.host), w.segment(e.segId));
        else if (const QString s = w.effect(e); !s.isEmpty())
            effects << s;
    }

    QStringList out{w.root(begin, joined(replies))};
    out << effects;

    // Why: the narration and rule of each distinct reason that is not routine (at most two), or
    // of the routine one when that is all there is.
    std::vector<Reason> why;
    for (Reason r : reasons)
        if (!isRoutine(r) && std::find(why.begin(), why.end(), r) == why.end()) why.push_back(r);
    if (why.empty())
        for (Reason r : reasons)
            if (r != Reason::None) {
                why.push_back(r);
                break;
            }
    if (why.size() > 2) why.resize(2);
    for (Reason r : why) {
        const QString rule = reasonRule(r);
        out << (rule.isEmpty() ? reasonNarration(r) : reasonNarration(r) + QStringLiteral(" (") + rule + QLatin1Char(')'));
    }
    // Host and timer names are inserted into Korean sentences: their particles follow the noun.
    return KoreanGrammar::resolveParticles(out.join(QLatin1Char(' ')));
}

} // namespace hl::ui
