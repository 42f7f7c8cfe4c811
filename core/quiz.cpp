#include "core/quiz.h"

#include "core/random.h"
#include "core/reason.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

namespace hl {
namespace {

constexpr size_t kChoices = 4; // the right answer and three distractors (Fate: all six fates)

// What a step holds, read once.
struct StepView {
    const Trace& trace;
    size_t begin;
    size_t end;

    const TraceEvent& root() const { return trace.events[begin]; }

    std::vector<const TraceEvent*> of(EventType type, std::optional<HostId> host = std::nullopt) const {
        std::vector<const TraceEvent*> out;
        for (size_t i = begin; i < end; ++i) {
            const TraceEvent& e = trace.events[i];
            if (e.type == type && (!host || e.host == *host)) out.push_back(&e);
        }
        return out;
    }
};

const Segment* segmentOf(const Trace& trace, uint64_t id) {
    const SegmentRecord* rec = trace.segment(id);
    return rec ? &rec->seg : nullptr;
}

// Flags as a quiz answer: PSH is never asked about.
Flags quizFlags(Flags f) { return f.without(Flag::PSH); }

template <typename T>
void addDistinct(std::vector<QuizChoice>& choices, T&& equal, QuizAnswer a, Misconception m) {
    if (choices.size() >= kChoices) return;
    for (const QuizChoice& c : choices)
        if (equal(c.answer, a)) return;
    choices.push_back({a, m});
}

// Puts the right answer (choices[0]) at a position that depends on the step, not always first.
void shuffle(std::vector<QuizChoice>& choices, size_t step) {
    if (choices.size() < 2) return;
    const auto pos = static_cast<size_t>(splitMix64(step) % choices.size());
    std::rotate(choices.begin(), choices.begin() + static_cast<std::ptrdiff_t>(choices.size() - pos), choices.end());
}

// --- distractors, each from a confusion students have ---------------------------------------

void stateChoices(QuizQuestion& q, TcpState from) {
    const auto same = [](const QuizAnswer& a, const QuizAnswer& b) { return a.state == b.state; };
    std::vector<QuizChoice> c{{q.answer, Misconception::None}};
    const auto add = [&](TcpState s, Misconception m) {
        QuizAnswer a;
        a.state = s;
        addDistinct(c, same, a, m);
    };
    using S = TcpState;
    using M = Misconception;
    switch (q.answer.state) {
    case S::CloseWait:
        add(S::FinWait2, M::FinWait2VsCloseWait);
        add(S::TimeWait, M::PassiveCloserTimeWait);
        break;
    case S::FinWait2:
        add(S::CloseWait, M::FinWait2VsCloseWait);
        add(S::TimeWait, M::Other);
        break;
    case S::LastAck: add(S::TimeWait, M::PassiveCloserTimeWait); break;
    case S::Closed:
        if (from == S::LastAck) add(S::TimeWait, M::PassiveCloserTimeWait);
        break;
    case S::TimeWait:
        add(S::Closed, M::Other);
        add(S::CloseWait, M::FinWait2VsCloseWait);
        break;
    case S::FinWait1: add(S::CloseWait, M::FinWait2VsCloseWait); break;
    case S::SynReceived: add(S::Established, M::Other); break;
    case S::Established: add(S::SynReceived, M::Other); break;
    case S::Closing:
        add(S::TimeWait, M::Other);
        add(S::FinWait2, M::Other);
        break;
    case S::SynSent: add(S::SynReceived, M::Other); break;
    default: break;
    }
    add(from, M::NoChange);
    for (S s : {S::Established, S::Closed, S::TimeWait, S::SynReceived, S::Listen}) add(s, M::Other);
    q.choices = std::move(c);
}

std::vector<std::pair<Flags, Misconception>> flagDistractors(std::optional<Flags> right, const Segment* arriving) {
    using M = Misconception;
    const Flags syn(Flag::SYN), ack(Flag::ACK), fin(Flag::FIN), rst(Flag::RST);
    std::vector<std::pair<Flags, Misconception>> out;
    if (!right) {
        if (arriving && arriving->flags.has(Flag::RST)) out.emplace_back(rst, M::RstAnsweredWithRst);
        out.emplace_back(ack, M::Other);
    } else if (*right == (syn | ack)) {
        out.emplace_back(ack, M::Other);
        out.emplace_back(syn, M::Other);
    } else if (*right == fin || *right == (fin | ack) || right->has(Flag::RST)) {
        out.emplace_back(ack, M::Other);
    } else if (*right == ack) {
        out.emplace_back(fin | ack, M::Other);
    } else if (*right == syn) {
        out.emplace_back(syn | ack, M::Other);
    }
    for (Flags f : {ack, syn | ack, fin | ack, rst}) out.emplace_back(f, M::Other);
    return out;
}

void sendsChoices(QuizQuestion& q, const Segment* arriving) {
    const auto same = [](const QuizAnswer& a, const QuizAnswer& b) { return a.flags == b.flags; };
    std::vector<QuizChoice> c{{q.answer, Misconception::None}};
    const auto distractors = flagDistractors(q.answer.flags, arriving);
    if (q.answer.flags && !(arriving && arriving->flags.has(Flag::RST)))
        addDistinct(c, same, QuizAnswer{}, Misconception::Other);
    for (const auto& [f, m] : distractors) {
        QuizAnswer a;
        a.flags = f;
        addDistinct(c, same, a, m);
    }
    addDistinct(c, same, QuizAnswer{}, Misconception::Other); // "nothing"
    q.choices = std::move(c);
}

void seqAckChoices(QuizQuestion& q, const Segment* arriving, bool sentSynOrFinBefore) {
    const auto same = [](const QuizAnswer& a, const QuizAnswer& b) {
        return a.seq == b.seq && a.ack == b.ack && a.hasAck == b.hasAck;
    };
    std::vector<QuizChoice> c{{q.answer, Misconception::None}};
    const auto add = [&](uint32_t seq, uint32_t ack, Misconception m) {
        QuizAnswer a = q.answer;
        a.seq = seq;
        a.ack = ack;
        addDistinct(c, same, a, m);
    };
    const uint32_t s = q.answer.seq, k = q.answer.ack;
    using M = Misconception;
    if (q.answer.hasAck) {
        // The ack names the next byte expected: the arriving seq plus its length, SYN and FIN
        // counting one each (RFC 9293 §3.4).
        if (arriving && arriving->seq.value() != k) add(s, arriving->seq.value(), M::AckEqualsSeq);
        if (arriving && (arriving->flags.has(Flag::SYN) || arriving->flags.has(Flag::FIN)))
            add(s, k - 1, M::SynFinTakeNoNumber);
        if (sentSynOrFinBefore) add(s - 1, k, M::SynFinTakeNoNumber);
        add(k, s, M::Other);
        add(s + 1, k, M::Other);
        add(s, k + 1, M::Other);
    } else {
        add(s + 1, 0, M::Other);
        add(s - 1, 0, M::Other);
        add(s + 64000, 0, M::Other);
    }
    q.choices = std::move(c);
}

void fateChoices(QuizQuestion& q, const Segment* arriving) {
    for (SegmentFate f : kAllFates) {
        QuizAnswer a;
        a.fate = f;
        Misconception m = f == q.answer.fate ? Misconception::None : Misconception::Other;
        if (m != Misconception::None && f == SegmentFate::AnsweredRst && arriving && arriving->flags.has(Flag::RST))
            m = Misconception::RstAnsweredWithRst;
        q.choices.push_back({a, m});
    }
}

void timerChoices(QuizQuestion& q, SimTime armedAt, bool backedOff) {
    const auto same = [](const QuizAnswer& a, const QuizAnswer& b) {
        return a.due == b.due && a.flags == b.flags && a.seq == b.seq;
    };
    std::vector<QuizChoice> c{{q.answer, Misconception::None}};
    const auto add = [&](SimTime due, std::optional<Flags> flags, uint32_t seq, Misconception m) {
        QuizAnswer a = q.answer;
        a.due = due;
        a.flags = flags;
        a.seq = seq;
        addDistinct(c, same, a, m);
    };
    using M = Misconception;
    const QuizAnswer& r = q.answer;
    // RFC 9293 §3.4.1 / RFC 6298 §5.4: the retransmission is the same segment, same ISN.
    if (r.flags && r.flags->has(Flag::SYN)) add(r.due, r.flags, r.seq + 0x3B9AC9FFu, M::RetransmitNewIsn);
    const SimTime rto = r.due - armedAt;
    // RFC 6298 §5.5: each expiry doubles the timeout.
    if (backedOff) add(armedAt + rto / 2, r.flags, r.seq, M::NoBackoff);
    add(armedAt + rto * 2, r.flags, r.seq, M::Other);
    add(r.due, Flags(Flag::ACK), r.seq, M::Other);
    add(r.due, r.flags, r.seq + 1, M::Other);
    q.choices = std::move(c);
}

std::string glossaryKeyFor(const QuizQuestion& q) {
    switch (q.kind) {
    case QuizKind::NextState: return std::string(toString(q.answer.state));
    case QuizKind::Sends:
        if (!q.answer.flags) return "ACK";
        for (Flag f : {Flag::RST, Flag::SYN, Flag::FIN, Flag::ACK})
            if (q.answer.flags->has(f)) return flagsToString(Flags(f));
        return "ACK";
    case QuizKind::SeqAck: return q.answer.hasAck ? "ack" : "ISN";
    case QuizKind::Fate:
        switch (q.answer.fate) {
        case SegmentFate::AnsweredRst:
        case SegmentFate::ChallengeAck:
        case SegmentFate::Reset: return "RST";
        case SegmentFate::AnsweredAck: return "ACK";
        case SegmentFate::Ignored:
        case SegmentFate::Accepted: return "window";
        }
        return "RST";
    case QuizKind::Timer: return "RTO";
    }
    return {};
}

// --- one step -----------------------------------------------------------------------------------

class QuizBuilder {
public:
    explicit QuizBuilder(const Trace& trace) : trace_(trace), ends_(stepEnds(trace)) {}

    std::vector<QuizQuestion> build() {
        // One question per teaching step; the other questions a step allows are kept aside.
        std::vector<QuizQuestion> spare;
        size_t begin = 0;
        for (size_t step = 0; step < ends_.size(); ++step) {
            const size_t end = ends_[step];
            if (isTeachingStep(trace_, begin, end)) {
                std::vector<QuizQuestion> qs = ask(step, begin, end);
                for (size_t i = 0; i < qs.size(); ++i) {
                    QuizQuestion& q = qs[i];
                    q.step = step;
                    q.cursor = begin;
                    q.reason = stepReason(trace_, begin, end);
                    q.glossaryKey = glossaryKeyFor(q);
                    if (i == 0) ++asked_[static_cast<size_t>(q.kind)];
                    (i == 0 ? out_ : spare).push_back(std::move(q));
                }
            }
            begin = end;
        }
        // A short lesson (three steps) asks a second question at some steps, in step order.
        for (QuizQuestion& q : spare) {
            if (out_.size() >= kMinQuestions) break;
            out_.push_back(std::move(q));
        }
        std::stable_sort(out_.begin(), out_.end(),
                         [](const QuizQuestion& a, const QuizQuestion& b) { return a.step < b.step; });
        return std::move(out_);
    }

private:
    static constexpr size_t kMinQuestions = 4;

    // The questions a step allows, the one to ask first.
    std::vector<QuizQuestion> ask(size_t step, size_t begin, size_t end) {
        const StepView v{trace_, begin, end};
        const TraceEvent& root = v.root();
        std::vector<QuizQuestion> candidates;
        if (auto q = timerQuestion(v)) candidates.push_back(std::move(*q));
        if (auto q = fateQuestion(v)) candidates.push_back(std::move(*q));
        const bool special = !candidates.empty(); // a timer or an odd arrival is asked about first
        if (auto q = stateQuestion(v)) candidates.push_back(std::move(*q));
        if (root.type == EventType::Deliver || root.type == EventType::Call || root.type == EventType::Timer) {
            if (auto q = sendsQuestion(v)) candidates.push_back(std::move(*q));
            if (auto q = seqAckQuestion(v)) candidates.push_back(std::move(*q));
        }
        for (QuizQuestion& q : candidates)
            if (q.kind != QuizKind::Fate && q.kind != QuizKind::Timer) shuffle(q.choices, step);
        if (candidates.size() < 2 || special) return candidates;
        // Otherwise the kind asked least so far, so that a lesson mixes them.
        auto best = std::min_element(candidates.begin(), candidates.end(), [&](const auto& a, const auto& b) {
            return asked_[static_cast<size_t>(a.kind)] < asked_[static_cast<size_t>(b.kind)];
        });
        std::rotate(candidates.begin(), best, best + 1);
        return candidates;
    }

    const Segment* arriving(const StepView& v) const {
        const TraceEvent& root = v.root();
        if (root.type != EventType::Deliver && root.type != EventType::Inject) return nullptr;
        return segmentOf(trace_, root.segId);
    }

    std::optional<QuizQuestion> timerQuestion(const StepView& v) const {
        const TraceEvent& root = v.root();
        if (root.type != EventType::Timer || root.op != TimerOp::Fire || root.timer != TimerKind::Retransmit)
            return std::nullopt;
        for (const TraceEvent* e : v.of(EventType::Send, root.host)) {
            const SegmentRecord* rec = trace_.segment(e->segId);
            if (!rec || !rec->retransmission) continue;
            QuizQuestion q;
            q.kind = QuizKind::Timer;
            q.host = root.host;
            q.segId = e->segId;
            q.answer.due = root.t;
            q.answer.flags = quizFlags(rec->seg.flags);
            q.answer.seq = rec->seg.seq.value();
            // When it was armed, and whether it had expired before (then its timeout doubled).
            SimTime armedAt;
            bool backedOff = false;
            for (size_t i = v.begin; i-- > 0;) {
                const TraceEvent& t = trace_.events[i];
                if (t.type != EventType::Timer || t.host != root.host || t.conn != root.conn ||
                    t.timer != TimerKind::Retransmit)
                    continue;
                if (t.op == TimerOp::Set && armedAt == SimTime()) armedAt = t.t;
                if (t.op == TimerOp::Fire) {
                    backedOff = true;
                    break;
                }
                if (t.op == TimerOp::Cancel) break;
            }
            timerChoices(q, armedAt, backedOff);
            shuffle(q.choices, v.begin);
            return q;
        }
        return std::nullopt;
    }

    std::optional<QuizQuestion> fateQuestion(const StepView& v) const {
        const TraceEvent& root = v.root();
        if (root.type != EventType::Deliver && root.type != EventType::Inject) return std::nullopt;
        const SegmentRecord* rec = trace_.segment(root.segId);
        if (!rec) return std::nullopt;
        const SegmentFate fate = arrivalFate(trace_, v.begin, v.end);
        const bool odd = rec->injected || root.copy > 0 || rec->retransmission || fate != SegmentFate::Accepted ||
                         rec->seg.flags.has(Flag::RST);
        if (!odd) return std::nullopt;
        QuizQuestion q;
        q.kind = QuizKind::Fate;
        q.host = root.host;
        q.segId = root.segId;
        q.answer.fate = fate;
        fateChoices(q, &rec->seg);
        return q;
    }

    std::optional<QuizQuestion> stateQuestion(const StepView& v) const {
        std::vector<const TraceEvent*> changes = v.of(EventType::State, v.root().host);
        if (changes.empty()) changes = v.of(EventType::State);
        if (changes.empty()) return std::nullopt;
        const HostId host = changes.front()->host;
        std::erase_if(changes, [&](const TraceEvent* e) { return e->host != host; });
        QuizQuestion q;
        q.kind = QuizKind::NextState;
        q.host = host;
        q.answer.state = changes.back()->to;
        stateChoices(q, changes.front()->from);
        return q;
    }

    std::optional<QuizQuestion> sendsQuestion(const StepView& v) const {
        const std::vector<const TraceEvent*> sends = v.of(EventType::Send, v.root().host);
        if (sends.size() > 1) return std::nullopt;
        QuizQuestion q;
        q.kind = QuizKind::Sends;
        q.host = v.root().host;
        if (!sends.empty()) {
            const Segment* seg = segmentOf(trace_, sends.front()->segId);
            if (!seg) return std::nullopt;
            q.answer.flags = quizFlags(seg->flags);
            q.segId = sends.front()->segId;
        }
        sendsChoices(q, arriving(v));
        return q;
    }

    std::optional<QuizQuestion> seqAckQuestion(const StepView& v) const {
        const std::vector<const TraceEvent*> sends = v.of(EventType::Send, v.root().host);
        if (sends.size() != 1 || sends.front()->conn == 0) return std::nullopt;
        const SegmentRecord* rec = trace_.segment(sends.front()->segId);
        if (!rec || rec->injected) return std::nullopt;
        const Snapshot after = snapshotAt(trace_, v.end);
        const ConnSnapshot* conn = after.find(rec->from, rec->conn);
        if (!conn) return std::nullopt;
        QuizQuestion q;
        q.kind = QuizKind::SeqAck;
        q.host = rec->from;
        q.segId = rec->seg.id;
        q.answer.seq = rec->seg.seq.value();
        q.answer.hasAck = rec->seg.flags.has(Flag::ACK);
        q.answer.ack = q.answer.hasAck ? rec->seg.ack.value() : 0;
        q.relSeqBase = conn->tcb.iss.value();
        q.relAckBase = conn->tcb.irs.value();
        const bool synOrFinBefore = rec->seg.seq != conn->tcb.iss; // a SYN went out before this one
        seqAckChoices(q, arriving(v), synOrFinBefore);
        return q;
    }

    const Trace& trace_;
    std::vector<size_t> ends_;
    std::vector<QuizQuestion> out_;
    std::array<size_t, 5> asked_{};
};

// --- reading answers ----------------------------------------------------------------------------

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string trimmed(std::string_view s) {
    const auto notSpace = [](char c) { return !std::isspace(static_cast<unsigned char>(c)); };
    const auto* const b = std::find_if(s.begin(), s.end(), notSpace);
    const auto* const e = std::find_if(s.rbegin(), s.rend(), notSpace).base();
    return b < e ? std::string(b, e) : std::string();
}

std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!cur.empty()) out.push_back(std::move(cur));
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
}

std::optional<uint32_t> parseNumber(std::string_view s) {
    uint64_t v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || v > UINT32_MAX) return std::nullopt;
    return static_cast<uint32_t>(v);
}

// "syn,ack", "ACK+SYN", "fin/ack" in any order; "nothing", "none" or "-" for no segment.
std::optional<std::optional<Flags>> parseFlags(std::string_view text) {
    const std::string t = lower(trimmed(text));
    if (t == "nothing" || t == "none" || t == "-") return std::optional<Flags>();
    Flags f;
    std::string cur;
    const auto flush = [&]() -> bool {
        if (cur.empty()) return true;
        if (cur == "syn")
            f |= Flag::SYN;
        else if (cur == "ack")
            f |= Flag::ACK;
        else if (cur == "fin")
            f |= Flag::FIN;
        else if (cur == "rst")
            f |= Flag::RST;
        else if (cur != "psh")
            return false;
        cur.clear();
        return true;
    };
    for (char c : t) {
        if (c == ',' || c == '+' || c == '/' || c == ' ') {
            if (!flush()) return std::nullopt;
        } else {
            cur += c;
        }
    }
    if (!flush() || f == Flags()) return std::nullopt;
    return std::optional<Flags>(f);
}

// Seconds: "1", "1.5", "1.000", "1.000s", "1000ms".
std::optional<SimTime> parseSeconds(std::string_view text) {
    std::string t = lower(text);
    double scale = 1e6;
    if (t.size() > 2 && t.ends_with("ms")) {
        t.resize(t.size() - 2);
        scale = 1e3;
    } else if (t.size() > 1 && t.back() == 's')
        t.pop_back();
    if (t.empty() || !(std::isdigit(static_cast<unsigned char>(t[0])))) return std::nullopt;
    double v = 0;
    const auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || p != t.data() + t.size() || !std::isfinite(v) || v > 1e9) return std::nullopt;
    return SimTime::fromUs(static_cast<int64_t>(std::llround(v * scale)));
}

std::string_view strip(std::string_view s, std::string_view prefix) {
    return s.starts_with(prefix) ? s.substr(prefix.size()) : s;
}

std::optional<QuizAnswer> parseOwnForm(const QuizQuestion& q, std::string_view text) {
    QuizAnswer a;
    switch (q.kind) {
    case QuizKind::NextState: {
        std::string t = trimmed(text);
        for (char& c : t)
            c = c == '-' || c == ' ' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const auto s = tcpStateFromString(t);
        if (!s) return std::nullopt;
        a.state = *s;
        return a;
    }
    case QuizKind::Sends: {
        const auto f = parseFlags(text);
        if (!f) return std::nullopt;
        a.flags = *f;
        return a;
    }
    case QuizKind::SeqAck: {
        std::vector<std::string> w = words(lower(text));
        // "seq=101, ack=301" and "101,301" as well as "101 301".
        std::vector<std::string> split;
        for (const std::string& x : w) {
            size_t start = 0;
            for (size_t i = 0; i <= x.size(); ++i)
                if (i == x.size() || x[i] == ',') {
                    if (i > start) split.push_back(x.substr(start, i - start));
                    start = i + 1;
                }
        }
        bool relative = false;
        if (!split.empty() && (split.front() == "rel" || split.front() == "relative")) {
            relative = true;
            split.erase(split.begin());
        }
        std::vector<uint32_t> n;
        for (const std::string& x : split) {
            const auto v = parseNumber(strip(strip(x, "seq="), "ack="));
            if (!v) return std::nullopt;
            n.push_back(*v);
        }
        // A segment without ACK: its seq alone (an ack of 0 is tolerated).
        if (n.empty() || n.size() > 2 || (!q.answer.hasAck && n.size() == 2 && n[1] != 0) ||
            (q.answer.hasAck && n.size() != 2))
            return std::nullopt;
        a.hasAck = q.answer.hasAck;
        a.seq = relative ? n[0] + q.relSeqBase : n[0];
        a.ack = a.hasAck ? (relative ? n[1] + q.relAckBase : n[1]) : 0;
        return a;
    }
    case QuizKind::Fate: {
        std::string t = lower(trimmed(text));
        std::replace(t.begin(), t.end(), ' ', '-');
        for (SegmentFate f : kAllFates)
            if (t == toString(f)) {
                a.fate = f;
                return a;
            }
        return std::nullopt;
    }
    case QuizKind::Timer: {
        const std::vector<std::string> w = words(text);
        if (w.size() != 3) return std::nullopt;
        const auto due = parseSeconds(w[0]);
        const auto f = parseFlags(w[1]);
        const auto seq = parseNumber(strip(lower(w[2]), "seq="));
        if (!due || !f || !*f || !seq) return std::nullopt;
        a.due = *due;
        a.flags = *f;
        a.seq = *seq;
        return a;
    }
    }
    return std::nullopt;
}

bool sameAnswer(QuizKind kind, const QuizAnswer& a, const QuizAnswer& b) {
    switch (kind) {
    case QuizKind::NextState: return a.state == b.state;
    case QuizKind::Sends: return a.flags == b.flags;
    case QuizKind::SeqAck: return a.seq == b.seq && a.hasAck == b.hasAck && (!a.hasAck || a.ack == b.ack);
    case QuizKind::Fate: return a.fate == b.fate;
    case QuizKind::Timer: {
        // Times are written to the millisecond: half a millisecond either way is the same time.
        const int64_t d = a.due.us() - b.due.us();
        return d > -500 && d < 500 && a.flags == b.flags && a.seq == b.seq;
    }
    }
    return false;
}

} // namespace

std::string_view toString(SegmentFate f) {
    switch (f) {
    case SegmentFate::Accepted: return "accepted";
    case SegmentFate::Ignored: return "ignored";
    case SegmentFate::AnsweredAck: return "ack";
    case SegmentFate::AnsweredRst: return "rst";
    case SegmentFate::ChallengeAck: return "challenge-ack";
    case SegmentFate::Reset: return "reset";
    }
    return {};
}

bool isTeachingStep(const Trace& trace, size_t begin, size_t end) {
    bool event = false;
    bool reason = false;
    for (size_t i = begin; i < end && i < trace.events.size(); ++i) {
        const TraceEvent& e = trace.events[i];
        event = event || e.type == EventType::Deliver || e.type == EventType::Inject || e.type == EventType::State ||
                e.type == EventType::Notify || (e.type == EventType::Timer && e.op == TimerOp::Fire);
        reason = reason || !isRoutine(e.reason);
    }
    return event && reason;
}

Reason stepReason(const Trace& trace, size_t begin, size_t end) {
    Reason first = Reason::None;
    for (size_t i = begin; i < end && i < trace.events.size(); ++i) {
        const Reason r = trace.events[i].reason;
        if (!isRoutine(r)) return r;
        if (first == Reason::None) first = r;
    }
    return first;
}

SegmentFate arrivalFate(const Trace& trace, size_t begin, size_t end) {
    const StepView v{trace, begin, end};
    const HostId to = v.root().host;
    const Segment* seg = segmentOf(trace, v.root().segId);
    const Reason why = stepReason(trace, begin, end);
    // RFC 5961 §3.2 and §4: an in-window RST or a SYN in a synchronized state gets a challenge ACK.
    if (why == Reason::RstChallengeAck || why == Reason::SynChallengeAck) return SegmentFate::ChallengeAck;
    bool sentRst = false, sent = false, changed = false, notified = false, reset = false, timers = false;
    for (const TraceEvent* e : v.of(EventType::Send, to)) {
        const Segment* out = segmentOf(trace, e->segId);
        (out && out->flags.has(Flag::RST) ? sentRst : sent) = true;
    }
    for (const TraceEvent* e : v.of(EventType::State, to)) {
        changed = true;
        if (seg && seg->flags.has(Flag::RST) && (e->to == TcpState::Closed || e->to == TcpState::Listen)) reset = true;
    }
    for (const TraceEvent* e : v.of(EventType::Notify, to)) {
        notified = true;
        if (e->notify == NotifyEvent::Reset || e->notify == NotifyEvent::Refused) reset = true;
    }
    timers = !v.of(EventType::Timer, to).empty();
    // RFC 9293 §3.10.7.4 (fourth check): an acceptable RST ends the connection.
    if (reset) return SegmentFate::Reset;
    if (sentRst) return SegmentFate::AnsweredRst;
    if (changed || notified) return SegmentFate::Accepted;
    if (sent) return SegmentFate::AnsweredAck;
    if (timers) return SegmentFate::Accepted; // e.g. an ACK that acknowledges data stops the timer
    return SegmentFate::Ignored;
}

std::vector<QuizQuestion> makeQuiz(const Trace& trace) { return QuizBuilder(trace).build(); }

std::string formatAnswer(QuizKind kind, const QuizAnswer& a) {
    switch (kind) {
    case QuizKind::NextState: return std::string(toString(a.state));
    case QuizKind::Sends: return a.flags ? flagsToString(*a.flags) : "nothing";
    case QuizKind::SeqAck:
        return a.hasAck ? std::to_string(a.seq) + " " + std::to_string(a.ack) : std::to_string(a.seq);
    case QuizKind::Fate: return std::string(toString(a.fate));
    case QuizKind::Timer: {
        char t[32];
        std::snprintf(t, sizeof t, "%lld.%03lld", static_cast<long long>(a.due.us() / 1000000),
                      static_cast<long long>(a.due.us() / 1000 % 1000));
        return std::string(t) + " " + (a.flags ? flagsToString(*a.flags) : "nothing") + " " + std::to_string(a.seq);
    }
    }
    return {};
}

std::optional<QuizAnswer> parseAnswer(const QuizQuestion& q, std::string_view text) {
    const std::string t = lower(trimmed(text));
    // A choice letter: "b" or "b)".
    if ((t.size() == 1 || (t.size() == 2 && t[1] == ')')) && t[0] >= 'a' &&
        t[0] < 'a' + static_cast<char>(q.choices.size()))
        return q.choices[static_cast<size_t>(t[0] - 'a')].answer;
    return parseOwnForm(q, text);
}

QuizVerdict checkAnswer(const QuizQuestion& q, std::string_view text) {
    const std::optional<QuizAnswer> a = parseAnswer(q, text);
    if (!a) return QuizVerdict::Unreadable;
    return sameAnswer(q.kind, *a, q.answer) ? QuizVerdict::Right : QuizVerdict::Wrong;
}

} // namespace hl
