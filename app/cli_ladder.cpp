#include "app/cli_ladder.h"

#include "app/cli_width.h"
#include "ui/texts/texts.h"

#include <QCoreApplication>

#include <vector>

namespace hl::cli {
namespace {

using ui::Texts;

constexpr int kTimeWidth = 10;  // "  21.100 s"
constexpr int kStateWidth = 13; // "SYN_RECEIVED" + 1
constexpr int kMidWidth = 54;   // between the two lanes

struct Row {
    QString time;
    QString left;   // client state
    QString middle; // exactly kMidWidth columns once built
    QString right;  // server state
};

class Ladder {
    Q_DECLARE_TR_FUNCTIONS(hl::cli::Cli)
public:
    Ladder(const Scenario& scenario, const Trace& trace) : scenario_(scenario), trace_(trace) {}

    QString render() {
        header();
        const std::vector<size_t> ends = stepEnds(trace_);
        size_t begin = 0;
        for (size_t end : ends) {
            step(begin, end);
            begin = end;
        }
        QString out = headerLine() + QLatin1Char('\n');
        for (const Row& r : rows_) out += format(r) + QLatin1Char('\n');
        if (trace_.truncated)
            //: %1 is a time such as "16.000 s". until_ms is a lesson-file field: keep it as is.
            out += tr("(The run stops at %1, the lesson's until_ms: later events are not shown.)")
                       .arg(Texts::timeLabel(scenario_.until)) +
                   QLatin1Char('\n');
        //: Legend under the terminal sequence diagram; keep the symbols.
        out += QLatin1Char('\n') + tr("▶ delivered   ✕ lost   ↻ retransmission   ×2 duplicated") + QLatin1Char('\n');
        return out;
    }

private:
    static QString format(const Row& r) {
        const QString line = padded(r.time, kTimeWidth, true) + QStringLiteral("  ") + padded(r.left, kStateWidth) +
                             QStringLiteral("│") + padded(r.middle, kMidWidth) + QStringLiteral("│ ") + r.right;
        return rstrip(line);
    }

    static QString rstrip(const QString& s) {
        qsizetype n = s.size();
        while (n > 0 && s[n - 1] == QLatin1Char(' ')) --n;
        return s.left(n);
    }

    // Host names above the state columns; the server's starts where its states do.
    QString headerLine() const {
        const QString client = Texts::hostName(HostId::Client) + QStringLiteral(" :") +
                               QString::number(scenario_.client.port);
        const QString server = Texts::hostName(HostId::Server) + QStringLiteral(" :") +
                               QString::number(scenario_.server.port);
        //: Column title of the time column in the terminal sequence diagram.
        const QString left = padded(tr("time"), kTimeWidth, true) + QStringLiteral("  ") + client;
        const int serverColumn = kTimeWidth + 2 + kStateWidth + 1 + kMidWidth + 2;
        return padded(left + QLatin1Char(' '), serverColumn) + server;
    }

    void header() {
        rows_.push_back({QString(), Texts::stateName(TcpState::Closed), QString(), Texts::stateName(TcpState::Closed)});
    }

    QString segmentText(const SegmentRecord& rec) const {
        QString label = Texts::segmentLabel(rec.seg);
        if (rec.retransmission) label = QStringLiteral("↻ ") + label;
        if (rec.copies.size() > 1) label += QStringLiteral(" ×") + QString::number(rec.copies.size());
        //: Marks a segment the lesson crafted and injected, in the terminal diagram.
        if (rec.injected) label += QLatin1Char(' ') + tr("[crafted]");
        return label;
    }

    static bool allCopiesLost(const SegmentRecord& rec) {
        if (rec.copies.empty()) return false;
        for (const auto& c : rec.copies)
            if (!c.lost) return false;
        return true;
    }

    // One arrow across the middle; a label that does not fit goes on a row of its own above it.
    void arrow(const SegmentRecord& rec, Row& row) {
        const bool toServer = rec.from == HostId::Client;
        const bool lost = allCopiesLost(rec);
        const int span = lost ? kMidWidth * 3 / 4 : kMidWidth; // lost arrows stop short of the lane
        QString label = segmentText(rec);
        if (displayWidth(label) + 5 > span) {
            Row labelRow;
            labelRow.middle = toServer ? QStringLiteral(" ") + label : padded(label + QLatin1Char(' '), kMidWidth, true);
            flushInto(labelRow, row);
            label.clear();
        }
        const QString text = label.isEmpty() ? QString() : QLatin1Char(' ') + label + QLatin1Char(' ');
        const int dashes = span - 1 - displayWidth(text);
        const QString line = toServer ? QStringLiteral("─") + text + QString(dashes - 1, QChar(0x2500))
                                      : QString(dashes - 1, QChar(0x2500)) + text + QStringLiteral("─");
        const QString head = lost ? QStringLiteral("✕") : (toServer ? QStringLiteral("▶") : QStringLiteral("◀"));
        row.middle = toServer ? line + head : padded(head + line, kMidWidth, true);
    }

    // Pushes `extra` before `row` when `row` already holds something (keeps the step's time).
    void flushInto(Row& extra, Row& row) {
        extra.time = row.time;
        row.time.clear();
        if (!row.left.isEmpty() || !row.right.isEmpty()) {
            rows_.push_back(row);
            row = Row{};
        }
        rows_.push_back(extra);
    }

    void step(size_t begin, size_t end) {
        const TraceEvent& root = trace_.events[begin];
        if (root.type == EventType::Drop) return; // shown as ✕ on the arrow
        Row row{Texts::timeLabel(root.t), {}, {}, {}};
        bool any = false;
        Reason note = Reason::None;
        for (size_t i = begin; i < end; ++i) {
            const TraceEvent& e = trace_.events[i];
            if (note == Reason::None && !isRoutine(e.reason)) note = e.reason;
            if (e.type == EventType::State) {
                if (!(e.host == HostId::Client ? row.left : row.right).isEmpty()) next(row);
                (e.host == HostId::Client ? row.left : row.right) = Texts::stateName(e.to);
                any = true;
            } else if (e.type == EventType::Send || e.type == EventType::Inject) {
                if (const SegmentRecord* rec = trace_.segment(e.segId)) {
                    if (!row.middle.isEmpty()) next(row);
                    arrow(*rec, row);
                    any = true;
                }
            }
        }
        if (!any && note == Reason::None) return;
        if (row.middle.isEmpty() && note != Reason::None) {
            const QString text = elided(Texts::reasonShort(note), kMidWidth - 4);
            row.middle = root.host == HostId::Client ? QStringLiteral(" · ") + text
                                                     : padded(text + QStringLiteral(" · "), kMidWidth, true);
        }
        rows_.push_back(row);
    }

    void next(Row& row) {
        rows_.push_back(row);
        row = Row{};
    }

    const Scenario& scenario_;
    const Trace& trace_;
    std::vector<Row> rows_;
};

} // namespace

QString renderLadder(const Scenario& scenario, const Trace& trace) { return Ladder(scenario, trace).render(); }

} // namespace hl::cli
