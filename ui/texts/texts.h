#pragma once
// The one place that turns core enums (states, flags, reasons, events) into words for people,
// translated through Qt Linguist (context "hl::ui::Texts"). Qt Core only, so the command-line
// tool uses it too. Protocol notation (state names, "SYN,ACK seq=300 ack=101") is never
// translated; the sentences around it are.
#include "core/lesson_file.h"
#include "core/scenario.h"
#include "core/trace.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hl::ui {

// One glossary term (Help → Glossary, tooltips on state names and flags).
struct GlossaryEntry {
    QString key;          // stable, untranslated: "SYN", "ISN", "seq", "half-open", "SYN_SENT" ...
    QString term;         // as shown: "SYN", "Sequence number" / "시퀀스 번호"
    QString brief;        // one line
    QString details;      // a few sentences
    QStringList variants; // other names a textbook in this language may use (translations/terms.md)
    QString alsoCalled;   // "In textbooks also: …" in this entry's language; empty without variants
};

class Texts {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::Texts)
public:
    static QString stateName(TcpState s);            // "SYN_SENT" (canonical, untranslated)
    static QString stateMeaning(TcpState s);         // one line: what the endpoint waits for
    static QString flagsLabel(Flags f);              // "SYN,ACK"
    static QString segmentLabel(const Segment& seg); // "SYN,ACK seq=300 ack=101 len=10"
    static QString hostName(HostId h);               // "Client" / "클라이언트"
    static QString groupName(LessonGroup g);         // "Handshake" ...
    static QString callName(UserCall c);             // "connect()"
    static QString timerName(TimerKind k);           // "retransmission timer"
    static QString notifyName(NotifyEvent e);        // "connection established"
    static QString dropCause(DropCause c);           // "random loss"
    static QString dropCauseName(DropCause c);       // "lost (random loss)"
    // "세그먼트 버리기(&D)" → "세그먼트 버리기", "&Drop segment" → "Drop segment" ("&&" stays "&").
    static QString withoutMnemonic(const QString& text);
    static QString timeLabel(SimTime t); // "1.250 s" / "1.250초"

    static QString reasonShort(Reason r);     // "received SYN,ACK acknowledging our SYN"
    static QString reasonNarration(Reason r); // one or two sentences: what and why
    static QString reasonRule(Reason r);      // "RFC 9293 §3.10.7.3" (empty if none)

    static QString eventKind(const TraceEvent& e);                // event-list "event" column
    static QString eventDetail(const Trace& trace, size_t index); // event-list "detail" column
    // Narration of the step that ends at stepEnds(trace)[step]: what happened, why, the rule.
    static QString stepNarration(const Trace& trace, size_t step);
    // The same with the trace's stepEnds computed once by the caller (linear for a whole trace).
    static QString stepNarration(const Trace& trace, const std::vector<size_t>& ends, size_t step);
    // One line: which limit of the work budget stopped the run, and the likely cause.
    static QString budgetStop(const BudgetStop& stop);
    // One line for the same step (issue 15): who acted, why, the state reached. At most
    // kShortCaptionLimit characters in either language (tests check every reason), so that a
    // projector shows it whole; presentation mode, playback pacing and the exports use it.
    static QString shortCaption(const Trace& trace, size_t step);
    // The caption for `host` acting for `reason` (reaching `reached`, when the step changes its
    // state); the state is left out when the line would be too long (the state box shows it).
    static QString shortCaptionOf(HostId host, Reason reason, std::optional<TcpState> reached);
    static constexpr int kShortCaptionLimit = 80;

    // Flags, numbers, timers, half-open/half-close, then the 11 states, in the current language.
    static std::vector<GlossaryEntry> glossary();
    // The entry for a key ("SYN", "SYN_SENT", ...); an empty entry for an unknown key.
    static GlossaryEntry glossaryEntry(const QString& key);

    // A lesson-file error as one line, "lost.json:12:9: faults[0].match.flags: unknown flag "SYNN"",
    // the message in the current language (texts_errors.cpp); the position is never translated.
    static QString lessonError(const LessonError& error);
    // The message alone: `code` worded with its arguments (core/lesson_error_code.h).
    static QString lessonErrorMessage(LessonErrorCode code, const std::vector<std::string>& args);

    // The lesson's text in the current UI language, falling back to the other language.
    static QString localized(const LocalizedText& text);
    static bool currentLanguageIsKorean();
    // A count with the current language's digit grouping: "499,996" (both languages group by 3).
    static QString count(uint64_t n);
};

} // namespace hl::ui
