#pragma once
// Predict first (issue 17): questions generated from a trace, asked before the step that answers
// them. One question per teaching step; the right answer and the distractors are read from the
// trace, so every lesson (and every perturbed run) has its quiz. No prose here: the UI and the CLI
// word the questions (ui/quiz_texts.h); answers are written in protocol notation and keywords.
#include "core/trace.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hl {

enum class QuizKind : uint8_t {
    NextState, // which state will HOST be in after this step?
    Sends,     // what does HOST send now: a flag set, or nothing?
    SeqAck,    // the seq and ack of the segment HOST sends now
    Fate,      // what happens to the segment arriving at HOST?
    Timer,     // when will HOST's retransmission timer fire, and what is resent?
};

// What becomes of an arriving segment.
enum class SegmentFate : uint8_t { Accepted, Ignored, AnsweredAck, AnsweredRst, ChallengeAck, Reset };
inline constexpr SegmentFate kAllFates[] = {SegmentFate::Accepted,     SegmentFate::Ignored,
                                            SegmentFate::AnsweredAck,  SegmentFate::AnsweredRst,
                                            SegmentFate::ChallengeAck, SegmentFate::Reset};
// The answer word: "accepted", "ignored", "ack", "rst", "challenge-ack", "reset".
std::string_view toString(SegmentFate f);

// One answer (right or a choice); which fields count depends on the question's kind.
struct QuizAnswer {
    TcpState state = TcpState::Closed; // NextState
    std::optional<Flags> flags;        // Sends (nullopt: nothing), Timer: the flags resent
    uint32_t seq = 0;                  // SeqAck, Timer
    uint32_t ack = 0;                  // SeqAck when hasAck
    bool hasAck = false;
    SimTime due; // Timer
    SegmentFate fate = SegmentFate::Accepted;
    bool operator==(const QuizAnswer&) const = default;
};

// The confusion a wrong choice stands for (the UI can name it after a wrong answer).
enum class Misconception : uint8_t {
    None,
    AckEqualsSeq,          // ack = the peer's seq instead of seq + 1
    SynFinTakeNoNumber,    // SYN and FIN consume no sequence number
    PassiveCloserTimeWait, // the side that closes second enters TIME_WAIT
    FinWait2VsCloseWait,   // FIN_WAIT_2 and CLOSE_WAIT swapped
    RstAnsweredWithRst,    // a RST gets a RST back
    RetransmitNewIsn,      // a retransmitted SYN carries a new ISN
    NoBackoff,             // the retransmission timeout does not double
    NoChange,              // the state stays as it was
    Other,
};

struct QuizChoice {
    QuizAnswer answer;
    Misconception misconception = Misconception::None; // None for the right one
};

struct QuizQuestion {
    QuizKind kind = QuizKind::NextState;
    size_t step = 0;   // asked before this step (index into stepEnds); it shows the answer
    size_t cursor = 0; // events applied when asked (the end of the previous step)
    HostId host = HostId::Client;
    uint64_t segId = 0; // Fate: the arriving segment; SeqAck: the one sent; Timer: the one resent
    QuizAnswer answer;
    std::vector<QuizChoice> choices; // shuffled; exactly one is the answer
    // SeqAck: the numbers that "rel" answers count from (sender's ISN, receiver's ISN).
    uint32_t relSeqBase = 0;
    uint32_t relAckBase = 0;
    Reason reason = Reason::None; // the step's rule, for the explanation
    std::string glossaryKey;      // the glossary term the question is about ("SYN_RECEIVED", "ack" ...)
};

// A step teaches something when it has an arrival (delivered or injected), a state change, a timer expiry or an
// application notification, and a reason that is not routine (core/reason.h isRoutine).
bool isTeachingStep(const Trace& trace, size_t begin, size_t end);

// The step's own reason: the first one that is not routine, else the first at all.
Reason stepReason(const Trace& trace, size_t begin, size_t end);

// What became of the segment whose arrival is the root of the step [begin, end).
SegmentFate arrivalFate(const Trace& trace, size_t begin, size_t end);

// The questions of a whole run, in step order.
std::vector<QuizQuestion> makeQuiz(const Trace& trace);

// The answer written the canonical way: "SYN_RECEIVED", "SYN,ACK", "nothing", "101 301", "100",
// "challenge-ack", "1.000 SYN 100". Feeding it back to checkAnswer is always right.
std::string formatAnswer(QuizKind kind, const QuizAnswer& answer);

enum class QuizVerdict : uint8_t { Right, Wrong, Unreadable };

// Reads one answer line: a choice letter (a, b, ...) or the answer in its own form - state names
// in any case, flag sets in any order ("ack,syn"), "nothing", numbers ("seq=101 ack=301", or
// "rel 1 1" relative to the ISNs), fate words, "1.000 SYN 100" (or "1s SYN seq=100").
std::optional<QuizAnswer> parseAnswer(const QuizQuestion& q, std::string_view text);
QuizVerdict checkAnswer(const QuizQuestion& q, std::string_view text);
// The letter of choice i: 'a', 'b', ...
inline char choiceLetter(size_t i) { return static_cast<char>('a' + i); }

struct QuizScore {
    size_t right = 0;
    size_t answered = 0;
    size_t total = 0;
};

} // namespace hl
