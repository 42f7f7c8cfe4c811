// The quiz in words: the premise of a step (what happens, never what follows), the question, the
// choices and the explanation, composed from the trace.
#include "ui/texts/texts_quiz.h"

#include "ui/texts/texts.h"

namespace hl::ui {
namespace {

class Premise {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::QuizTexts)
public:
    static QString host(HostId h) {
        //: The client as a noun inside a quiz sentence ("the client receives ...").
        if (h == HostId::Client) return tr("client");
        //: The server as a noun inside a quiz sentence ("the server receives ...").
        return tr("server");
    }

    static QString segment(const Trace& trace, uint64_t id) {
        const SegmentRecord* rec = trace.segment(id);
        return rec ? Texts::segmentLabel(rec->seg) : QString();
    }

    // The root event of the step, told without its consequences.
    static QString of(const Trace& trace, const QuizQuestion& q) {
        if (q.cursor >= trace.events.size()) return {};
        const TraceEvent& e = trace.events[q.cursor];
        const QString h = host(e.host);
        switch (e.type) {
        case EventType::Deliver: {
            const SegmentRecord* rec = trace.segment(e.segId);
            if (rec && (rec->retransmission || e.copy > 0))
                //: %1 host, %2 a segment label such as "SYN seq=100".
                return tr("The %1 receives %2 again (a retransmission or a duplicate).").arg(h, segment(trace, e.segId));
            //: %1 host, %2 a segment label such as "SYN seq=100".
            return tr("The %1 receives %2.").arg(h, segment(trace, e.segId));
        }
        case EventType::Inject:
            //: %1 host, %2 a segment label such as "RST seq=5301".
            return tr("A crafted segment %2 arrives at the %1.").arg(h, segment(trace, e.segId));
        case EventType::Call:
            if (e.call == UserCall::Reboot) return tr("The %1 reboots.").arg(h);
            if (e.call == UserCall::Send)
                return tr("The %1's application hands %n byte(s) to send().", nullptr, static_cast<int>(e.bytes)).arg(h);
            //: %1 host, %2 a call such as close().
            return tr("The %1's application calls %2.").arg(h, Texts::callName(e.call));
        case EventType::Timer:
            if (q.kind == QuizKind::Timer) return {}; // the question itself asks when
            //: %1 host, %2 timer name such as "TIME_WAIT timer".
            return tr("The %1's %2 expires.").arg(h, Texts::timerName(e.timer));
        default: return {};
        }
    }
};

QString joinSentences(const QString& a, const QString& b) {
    if (a.isEmpty()) return b;
    return a + QLatin1Char(' ') + b;
}

QString letters(const QuizQuestion& q) {
    if (q.choices.empty()) return {};
    return QStringLiteral("a–") + QChar(QLatin1Char(choiceLetter(q.choices.size() - 1)));
}

} // namespace

QString QuizTexts::fateMeaning(SegmentFate f) {
    switch (f) {
    //: Fate of an arriving segment (quiz choice).
    case SegmentFate::Accepted: return tr("accepted and processed");
    //: Fate of an arriving segment (quiz choice): dropped without any answer.
    case SegmentFate::Ignored: return tr("ignored, nothing is sent");
    case SegmentFate::AnsweredAck: return tr("answered with an ACK");
    case SegmentFate::AnsweredRst: return tr("answered with a RST");
    //: RFC 5961 challenge ACK; keep "ACK".
    case SegmentFate::ChallengeAck: return tr("answered with a challenge ACK");
    case SegmentFate::Reset: return tr("it resets the connection");
    }
    return {};
}

QString QuizTexts::question(const Trace& trace, const QuizQuestion& q) {
    const QString h = Premise::host(q.host);
    const QString premise = Premise::of(trace, q);
    switch (q.kind) {
    case QuizKind::NextState:
        //: %1 host. Answered with a state name such as SYN_RECEIVED.
        return joinSentences(premise, tr("Which state will the %1 be in?").arg(h));
    case QuizKind::Sends:
        //: %1 host. Answered with a flag set such as SYN,ACK or "nothing".
        return joinSentences(premise, tr("What does the %1 send now?").arg(h));
    case QuizKind::SeqAck: {
        const SegmentRecord* rec = trace.segment(q.segId);
        const QString flags = rec ? Texts::flagsLabel(rec->seg.flags.without(Flag::PSH)) : QString();
        if (q.answer.hasAck)
            //: %1 host, %2 flags such as "SYN,ACK". seq and ack are header fields: keep them.
            return joinSentences(premise, tr("The %1 sends a segment with %2: what are its seq and ack?").arg(h, flags));
        //: %1 host, %2 flags such as "SYN". seq is a header field: keep it.
        return joinSentences(premise, tr("The %1 sends a segment with %2: what is its seq?").arg(h, flags));
    }
    case QuizKind::Fate: return joinSentences(premise, tr("What happens to this segment?"));
    case QuizKind::Timer:
        //: %1 host. Answered with a time in seconds, the flags and the seq of the segment resent.
        return tr("Nothing has arrived for the %1 yet and its retransmission timer is running. When does it "
                  "expire, and which segment does the %1 send again?")
            .arg(h);
    }
    return {};
}

QString QuizTexts::answer(const QuizQuestion& q, const QuizAnswer& a) {
    if (q.kind == QuizKind::Sends && !a.flags)
        //: A quiz choice: the host sends no segment. Keep the typed answer "nothing" in brackets after your words.
        return tr("nothing");
    QString written = QString::fromStdString(formatAnswer(q.kind, a));
    if (q.kind == QuizKind::Fate) return written + QStringLiteral(" — ") + fateMeaning(a.fate);
    if (q.kind == QuizKind::Timer) {
        //: A quiz answer: %1 a time in seconds, %2 flags, %3 a sequence number.
        const QStringList parts = written.split(QLatin1Char(' '));
        if (parts.size() == 3) return tr("%1 s: %2 seq=%3").arg(parts[0], parts[1], parts[2]);
    }
    if (q.kind == QuizKind::SeqAck) {
        if (a.hasAck) return QStringLiteral("seq=%1 ack=%2").arg(a.seq).arg(a.ack);
        return QStringLiteral("seq=%1").arg(a.seq);
    }
    return written;
}

QString QuizTexts::choice(const QuizQuestion& q, size_t i) {
    if (i >= q.choices.size()) return {};
    return QChar(QLatin1Char(choiceLetter(i))) + QStringLiteral(") ") + answer(q, q.choices[i].answer);
}

QString QuizTexts::answerForms(const QuizQuestion& q) {
    const QString l = letters(q);
    switch (q.kind) {
    case QuizKind::NextState:
        //: %1 the choice letters, e.g. "a–d". Keep SYN_RECEIVED as it is.
        return tr("Answer with a letter %1 or a state name such as SYN_RECEIVED.").arg(l);
    case QuizKind::Sends:
        //: %1 the choice letters. Keep SYN,ACK and "nothing" as they are (typed answers).
        return tr("Answer with a letter %1, a flag set such as SYN,ACK (any order), or \"nothing\".").arg(l);
    case QuizKind::SeqAck:
        if (q.answer.hasAck)
            //: %1 the choice letters. Keep the typed forms as they are.
            return tr("Answer with a letter %1 or two numbers \"SEQ ACK\" (e.g. 101 301), or \"rel SEQ ACK\" "
                      "counted from the ISNs (e.g. rel 1 1).")
                .arg(l);
        //: %1 the choice letters. Keep the typed forms as they are.
        return tr("Answer with a letter %1 or the number (e.g. 100), or \"rel N\" counted from the ISN.").arg(l);
    case QuizKind::Fate:
        //: %1 the choice letters. Keep the six words as they are (typed answers).
        return tr("Answer with a letter %1 or a word: accepted, ignored, ack, rst, challenge-ack, reset.").arg(l);
    case QuizKind::Timer:
        //: %1 the choice letters. Keep the typed form as it is.
        return tr("Answer with a letter %1 or \"SECONDS FLAGS SEQ\" (e.g. 1.000 SYN 100).").arg(l);
    }
    return {};
}

QString QuizTexts::verdict(const QuizQuestion& q, QuizVerdict v, const QString& given) {
    const QString right = answer(q, q.answer);
    switch (v) {
    case QuizVerdict::Right: return tr("Right: %1.").arg(right);
    case QuizVerdict::Wrong: return tr("Wrong: the answer is %1.").arg(right);
    //: %1 what the student typed, %2 the right answer.
    case QuizVerdict::Unreadable: return tr("Cannot read \"%1\": the answer is %2.").arg(given, right);
    }
    return {};
}

QString QuizTexts::misconception(Misconception m) {
    switch (m) {
    case Misconception::None: return {};
    case Misconception::AckEqualsSeq:
        return tr("The ack is not the seq that arrived: it names the next byte expected, so it is that seq plus "
                  "the segment's length (a SYN or FIN counts one).");
    case Misconception::SynFinTakeNoNumber:
        return tr("SYN and FIN each use one sequence number, exactly like a byte of data: that is why they are "
                  "acknowledged.");
    case Misconception::PassiveCloserTimeWait:
        return tr("Only the side that closes first (the active closer) goes through TIME_WAIT; the other side "
                  "goes CLOSE_WAIT → LAST_ACK → CLOSED.");
    case Misconception::FinWait2VsCloseWait:
        return tr("FIN_WAIT_2 is the side that closed first, waiting for the peer's FIN; CLOSE_WAIT is the side "
                  "that received a FIN and waits for its own application to close.");
    case Misconception::RstAnsweredWithRst:
        return tr("A RST is never answered with a RST: that could go on forever. It is either accepted or "
                  "dropped.");
    case Misconception::RetransmitNewIsn:
        return tr("A retransmission is the same segment again: a resent SYN carries the same ISN.");
    case Misconception::NoBackoff:
        return tr("After each expiry the retransmission timeout doubles (exponential backoff).");
    case Misconception::NoChange: return tr("This step does change the state.");
    case Misconception::Other: return {};
    }
    return {};
}

QString QuizTexts::explanation(const Trace& trace, const QuizQuestion& q, const QString& given) {
    QString out = Texts::stepNarration(trace, q.step);
    if (const std::optional<QuizAnswer> a = parseAnswer(q, given.toStdString()))
        for (const QuizChoice& c : q.choices)
            if (c.answer == *a)
                if (const QString m = misconception(c.misconception); !m.isEmpty()) out = m + QLatin1Char(' ') + out;
    return out;
}

QString QuizTexts::topic(const Trace& trace, const QuizQuestion& q) {
    const QString h = Premise::host(q.host);
    const SegmentRecord* arriving = q.cursor < trace.events.size() ? trace.segment(trace.events[q.cursor].segId) : nullptr;
    const QString seg = arriving ? Texts::flagsLabel(arriving->seg.flags.without(Flag::PSH)) : QString();
    switch (q.kind) {
    case QuizKind::NextState:
        if (!seg.isEmpty() && trace.events[q.cursor].type == EventType::Deliver)
            //: Summary topic: %1 host, %2 flags such as FIN,ACK.
            return tr("the %1's state after it receives %2").arg(h, seg);
        return tr("the %1's next state").arg(h);
    case QuizKind::Sends: return tr("what the %1 sends").arg(h);
    case QuizKind::SeqAck: return tr("the numbers of the %1's segment").arg(h);
    case QuizKind::Fate: return tr("what the %1 does with an arriving %2").arg(h, seg);
    case QuizKind::Timer: return tr("the %1's retransmission").arg(h);
    }
    return {};
}

QString QuizTexts::summary(const Trace& trace, const std::vector<QuizQuestion>& questions,
                           const std::vector<std::optional<QuizVerdict>>& verdicts) {
    int right = 0;
    QStringList missed;
    for (size_t i = 0; i < questions.size() && i < verdicts.size(); ++i) {
        if (!verdicts[i]) continue;
        if (*verdicts[i] == QuizVerdict::Right)
            ++right;
        else
            missed << QStringLiteral("Q%1 (%2)").arg(i + 1).arg(topic(trace, questions[i]));
    }
    //: Quiz summary: %1 right answers, %2 questions.
    QString out = tr("%1 of %2 right").arg(right).arg(questions.size());
    //: After the quiz summary: the list of missed questions.
    if (!missed.isEmpty()) out += tr("; missed: %1").arg(missed.join(QStringLiteral(", ")));
    return out + QLatin1Char('.');
}

} // namespace hl::ui
