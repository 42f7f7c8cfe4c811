// The short caption of a step: one line a projector audience reads at a glance (issue 15). The
// narration (texts_steps.cpp) tells the whole story; this names who acted, why (the step's main
// reason, as reasonShort) and the state it reached. Presentation mode, playback pacing, predict
// mode, the export pack and accessibility announcements share it.
#include "ui/texts/texts.h"

#include <optional>

namespace hl::ui {
namespace {

class CaptionWriter {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::Texts)
public:
    static QString host(HostId h) {
        // The same words the narration uses for a host inside a sentence.
        //: The client as a noun inside a sentence ("the client receives ...").
        if (h == HostId::Client) return tr("client");
        //: The server as a noun inside a sentence ("the server receives ...").
        return tr("server");
    }

    // A step with no rule worth naming: what happened, told by its first event.
    static QString plain(const Trace& trace, const TraceEvent& e) {
        const QString h = host(e.host);
        const SegmentRecord* rec = trace.segment(e.segId);
        const QString flags = rec ? Texts::flagsLabel(rec->seg.flags) : QString();
        switch (e.type) {
        // A captured segment's send is a step of its own (nothing in the capture caused it).
        case EventType::Send: return tr("The %1 sends %2.").arg(h, flags);
        case EventType::Deliver: return tr("The %1 receives %2.").arg(h, flags);
        case EventType::Drop:
            //: Short caption of a lost segment: %1 the sending host, %2 flags such as SYN,ACK.
            return tr("The network loses the %1's %2.").arg(h, flags);
        case EventType::Timer: return tr("The %1's %2 expires.").arg(h, Texts::timerName(e.timer));
        case EventType::Call: return tr("The %1's application calls %2.").arg(h, Texts::callName(e.call));
        case EventType::Inject:
            //: Short caption: the lesson puts a crafted segment (%1: flags) on the wire towards host %2.
            return tr("A crafted %1 goes towards the %2.").arg(flags, h);
        default: return Texts::eventKind(e);
        }
    }
};

} // namespace

QString Texts::shortCaptionOf(HostId host, Reason reason, std::optional<TcpState> reached) {
    // Some reasons already end with the state they lead to ("our FIN acknowledged: FIN_WAIT_2"):
    // "→ FIN_WAIT_2" after it would read as a change from FIN_WAIT_2 to itself.
    if (reached && !reasonShort(reason).endsWith(stateName(*reached))) {
        //: Short caption (at most ~80 characters): %1 host name such as "Server", %2 why (a
        //: short reason such as "received SYN on a listening socket"), %3 the state it reaches.
        QString full = tr("%1: %2 → %3").arg(hostName(host), reasonShort(reason), stateName(*reached));
        if (full.size() <= kShortCaptionLimit) return full;
    }
    //: Short caption without a state change: %1 host name, %2 why (a short reason).
    return tr("%1: %2").arg(hostName(host), reasonShort(reason));
}

QString Texts::shortCaption(const Trace& trace, size_t step) {
    const std::vector<size_t> ends = stepEnds(trace);
    if (step >= ends.size()) return {};
    const size_t begin = step == 0 ? 0 : ends[step - 1];
    const size_t end = ends[step];
    if (begin >= end) return {};
    // The step's main reason: its first one that is not routine (the narration explains it first).
    const TraceEvent* key = nullptr;
    for (size_t i = begin; i < end && !key; ++i)
        if (!isRoutine(trace.events[i].reason)) key = &trace.events[i];
    const TraceEvent& root = trace.events[begin];
    // A lost segment is told as a loss, whatever rule the lesson's fault names.
    if (!key || root.type == EventType::Drop) return CaptionWriter::plain(trace, root);
    std::optional<TcpState> reached;
    for (size_t i = begin; i < end; ++i) {
        const TraceEvent& e = trace.events[i];
        if (e.type == EventType::State && e.host == key->host) reached = e.to;
    }
    return shortCaptionOf(key->host, key->reason, reached);
}

} // namespace hl::ui
