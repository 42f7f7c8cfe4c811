#include "ui/export/pack_content.h"

#include "ui/files/atomic_file.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"

#include <QCoreApplication>
#include <QDir>

namespace hl::ui {
namespace {

class PackPrompt {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::PackPrompt)
public:
    // What starts the step, in words that give away none of the worksheet's answers: no flags,
    // numbers or states (a delivery says "a segment", not which one).
    static QString of(const TraceEvent& root) {
        const bool client = root.host == HostId::Client;
        switch (root.type) {
        case EventType::Call:
            return client ? tr("The client's application calls %1.").arg(Texts::callName(root.call))
                          : tr("The server's application calls %1.").arg(Texts::callName(root.call));
        case EventType::Deliver:
            return client ? tr("A segment arrives at the client.") : tr("A segment arrives at the server.");
        case EventType::Drop:
            return client ? tr("The network loses a segment the client sent.")
                          : tr("The network loses a segment the server sent.");
        case EventType::Timer:
            // The other timers are named after a state or a flag ("TIME_WAIT timer"): an answer.
            if (root.timer != TimerKind::Retransmit)
                return client ? tr("One of the client's timers expires.") : tr("One of the server's timers expires.");
            return client ? tr("The client's %1 expires.").arg(Texts::timerName(root.timer))
                          : tr("The server's %1 expires.").arg(Texts::timerName(root.timer));
        case EventType::Inject:
            return client ? tr("A crafted segment arrives at the client.")
                          : tr("A crafted segment arrives at the server.");
        default: return tr("Time passes.");
        }
    }
};

} // namespace

TcpState shownState(const Snapshot& snapshot, HostId host) {
    const ConnSnapshot* c = snapshot.primary(host);
    return c ? c->state : TcpState::Closed;
}

PackContent buildPackContent(const Scenario& scenario, Trace trace, const QStringList& languages) {
    PackContent out;
    out.scenario = scenario;
    out.trace = std::move(trace);
    out.languages = languages;
    const Trace& t = out.trace;
    for (const QString& lang : languages) {
        out.titles << Language::translatedIn(lang, [&] { return Texts::localized(scenario.title); });
        out.summaries << Language::translatedIn(lang, [&] { return Texts::localized(scenario.summary); });
    }
    const Snapshot first = snapshotAt(t, 0);
    out.start = {shownState(first, HostId::Client), shownState(first, HostId::Server)};
    const std::vector<size_t> ends = stepEnds(t);
    std::array<TcpState, 2> before = out.start;
    for (size_t k = 0; k < ends.size(); ++k) {
        PackStep s;
        const size_t begin = k == 0 ? 0 : ends[k - 1];
        s.events = ends[k];
        s.at = t.events[s.events - 1].t;
        s.shownUntil = k + 1 < ends.size() ? t.events[ends[k]].t : t.end;
        const Snapshot snap = snapshotAt(t, s.events);
        s.previous = before;
        s.state = {shownState(snap, HostId::Client), shownState(snap, HostId::Server)};
        before = s.state;
        for (size_t i = begin; i < s.events; ++i) {
            const TraceEvent& e = t.events[i];
            if (e.type != EventType::Send && e.type != EventType::Inject) continue;
            const SegmentRecord* rec = t.segment(e.segId);
            if (!rec) continue;
            PackSegment p;
            p.segId = e.segId;
            p.from = rec->from;
            p.flags = Texts::flagsLabel(rec->seg.flags);
            p.seq = QString::number(rec->seg.seq.value());
            if (rec->seg.flags.has(Flag::ACK)) p.ack = QString::number(rec->seg.ack.value());
            p.lost = !rec->copies.empty() && rec->copies.front().lost;
            s.sent.push_back(p);
        }
        for (const QString& lang : languages) {
            s.caption << Language::translatedIn(lang, [&] { return Texts::shortCaption(t, k); });
            s.prompt << Language::translatedIn(lang, [&] { return PackPrompt::of(t.events[begin]); });
        }
        out.steps.push_back(std::move(s));
    }
    return out;
}

namespace {

// The texts keep the lesson pack's context (hl::ui::LessonPack), where they were first translated.
class PackFileText {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::LessonPack)
public:
    static QString cannotWrite(const QString& path, const QString& why) {
        //: Export pack error: %1 a file or folder, %2 why (from the system).
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
    }
    static QString noFolder() { return tr("the folder could not be created"); }
};

} // namespace

QString packCannotWrite(const QString& path, const QString& why) { return PackFileText::cannotWrite(path, why); }

QString makePackFolder(const QString& folder) {
    if (QDir(folder).mkpath(QStringLiteral("."))) return {};
    return PackFileText::cannotWrite(folder, PackFileText::noFolder());
}

QString writePackFile(const QString& folder, const QString& name, const QByteArray& bytes) {
    const QString path = QDir(folder).filePath(name);
    if (const auto failure = writeFileAtomically(path, bytes)) return PackFileText::cannotWrite(path, failure->what());
    return {};
}

} // namespace hl::ui
