// The glossary: the words a student meets in the diagram, each with one line and a few sentences.
#include "ui/texts/texts.h"
#include "ui/texts/texts_terms.h"

#include <QtGlobal>

#include <algorithm>

namespace hl::ui {
namespace {

struct TermText {
    const char* key;
    bool translateTerm; // false: protocol notation shown as is ("SYN", "RTO")
    const char* term;
    const char* brief;
    const char* details;
};

constexpr TermText kTerms[] = {
    {"SYN", false, "SYN",
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Synchronize: the flag that opens a connection and carries the initial sequence number."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Each side sends one SYN when the connection opens. It carries that side's initial sequence "
                       "number (ISN) and, like a byte of data, uses one sequence number, so it must be "
                       "acknowledged: the answer's ack is ISN + 1.")},
    {"ACK", false, "ACK",
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Acknowledgement: the flag saying that the acknowledgement number is valid."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "With ACK set, the acknowledgement number names the byte the sender expects next: everything "
                       "before it has arrived. After the handshake every segment carries ACK. A bare ACK uses no "
                       "sequence number, so it is never acknowledged itself.")},
    {"FIN", false, "FIN", QT_TRANSLATE_NOOP("hl::ui::Texts", "Finish: the sender has no more data to send."),
     QT_TRANSLATE_NOOP(
         "hl::ui::Texts",
         "A FIN closes one direction of the connection. Like SYN it uses one sequence number and must be "
         "acknowledged. The other direction stays open until the other side sends its own FIN, so a close "
         "usually takes four segments: FIN, ACK, FIN, ACK. When the second FIN rides on the ACK of the "
         "first (one FIN,ACK), it takes three.")},
    {"RST", false, "RST", QT_TRANSLATE_NOOP("hl::ui::Texts", "Reset: drop the connection at once."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "A RST makes the receiver drop the connection immediately, without the FIN exchange; data not "
                       "yet delivered is lost. It answers segments that belong to no connection, and an application "
                       "that aborts sends one. A RST is believed only if its sequence number fits (RFC 5961), and it "
                       "is never answered.")},
    {"PSH", false, "PSH", QT_TRANSLATE_NOOP("hl::ui::Texts", "Push: hand the data to the application without waiting."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "PSH asks the receiver to pass the data to the application now instead of collecting more. It "
                       "does not change the connection's state, and lesson faults ignore it.")},
    {"ISN", false, "ISN",
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Initial sequence number: the first sequence number a side uses, carried by its SYN."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Each side picks its own ISN when the connection opens: a clock plus a secret hash of the "
                       "connection's addresses and ports (RFC 9293 §3.4.1). So segments of an old connection on the "
                       "same ports are not taken for new ones, and an attacker outside the connection finds the number "
                       "hard to predict.")},
    {"seq", true, QT_TRANSLATE_NOOP("hl::ui::Texts", "Sequence number"),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "The number of the first byte in a segment; SYN and FIN count as one byte each."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "TCP numbers every byte it sends, starting after the ISN. The receiver uses the numbers to put "
                       "data in order, to drop duplicates and to say what it has received. The arithmetic is modulo "
                       "2^32, so the numbers wrap around.")},
    {"ack", true, QT_TRANSLATE_NOOP("hl::ui::Texts", "Acknowledgement number"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The next sequence number the sender of the ACK expects to receive."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Acknowledgements are cumulative: ack=301 means that every byte up to 300 has arrived. The "
                       "number counts only when the ACK flag is set. A sender keeps each unacknowledged segment and "
                       "sends it again if no acknowledgement comes in time.")},
    {"window", true, QT_TRANSLATE_NOOP("hl::ui::Texts", "Window"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "How many more bytes the receiver is ready to accept."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Every segment advertises its sender's receive window. The other side may send only that many "
                       "bytes beyond the last acknowledged one; a full window makes it wait. The window also decides "
                       "which sequence numbers of an arriving segment are acceptable.")},
    {"RTO", false, "RTO",
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Retransmission timeout: how long TCP waits for an acknowledgement before sending again."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "The RTO starts at 1 second and then follows the measured round-trip time (RFC 6298: SRTT + "
                       "4·RTTVAR, at least 1 s). Each timeout doubles it (exponential backoff). After too many retries "
                       "TCP gives up the connection.")},
    {"MSL", false, "MSL",
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Maximum segment lifetime: the longest time a segment is assumed to survive in the network."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "The MSL is an agreed upper bound, not a measurement: RFC 9293 suggests 2 minutes, real systems "
                       "use less (the teaching profile uses 5 s). TIME_WAIT lasts twice the MSL.")},
    {"2MSL", false, "2·MSL",
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The length of TIME_WAIT: twice the maximum segment lifetime."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Twice the MSL leaves time for our last ACK to be lost and for the peer's retransmitted FIN to "
                       "arrive, and for every old segment of the connection, in both directions, to die out before "
                       "the same ports are used again.")},
    {"half-open", true, QT_TRANSLATE_NOOP("hl::ui::Texts", "Half-open connection"),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "One side still believes the connection is open while the other has forgotten it."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "This happens when a host crashes or reboots without closing. The survivor finds out only when "
                       "it sends something: the other side has no such connection and answers with RST. (The name is "
                       "also used for a handshake still waiting for its last ACK.)")},
    {"half-close", true, QT_TRANSLATE_NOOP("hl::ui::Texts", "Half-closed connection"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "One direction is closed by a FIN; the other still carries data."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "After one side sends FIN (shutdown or close), the other may go on sending until it closes too. "
                       "The side that sent FIN waits in FIN_WAIT_2 and still receives; the other is in CLOSE_WAIT and "
                       "may still send.")},
    {"challenge-ACK", true, QT_TRANSLATE_NOOP("hl::ui::Texts", "Challenge ACK"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "An ACK sent instead of obeying a suspicious RST or SYN (RFC 5961)."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "A RST whose sequence number is inside the window but not exactly the next one expected, or a "
                       "SYN on a synchronized connection, might be forged. Instead of resetting, TCP answers with an "
                       "ACK that states the numbers it really expects. A genuine peer that did lose the connection "
                       "replies with a RST carrying exactly that number; a blind attacker cannot.")},
    {"synchronized", true, QT_TRANSLATE_NOOP("hl::ui::Texts", "Synchronized state"),
     QT_TRANSLATE_NOOP(
         "hl::ui::Texts",
         "Any state after the handshake, in which both ISNs are known: ESTABLISHED and every closing state."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "RFC 9293 calls ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK and "
                       "TIME_WAIT the synchronized states: each side knows the other's sequence numbers, so an "
                       "unacceptable segment is answered with an ACK rather than a RST.")},
    {"TCB", true, QT_TRANSLATE_NOOP("hl::ui::Texts", "Transmission control block (TCB)"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The record a host keeps for one connection: its state, numbers and timers."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "The TCB holds the connection's addresses and ports, its state, the send variables (SND.UNA, "
                       "SND.NXT, SND.WND, ISS), the receive variables (RCV.NXT, RCV.WND, IRS), the retransmission "
                       "queue and the timers. A connection in CLOSED has no TCB: deleting it is what closing means.")},
    {"MSS", true, QT_TRANSLATE_NOOP("hl::ui::Texts", "Maximum segment size (MSS)"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The most data bytes one segment may carry, announced in the SYN."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Each side announces in its SYN the largest segment it wants to receive. The sender cuts the "
                       "application's data into segments of at most that many bytes; headers are not counted.")},
    {"SRTT", false, "SRTT / RTTVAR",
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "The smoothed round-trip time and its variation, from which the RTO is computed."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Each acknowledged segment that was sent only once gives a round-trip sample. TCP keeps a "
                       "moving average (SRTT) and the average deviation (RTTVAR) and sets RTO = SRTT + 4·RTTVAR "
                       "(RFC 6298). A retransmitted segment gives no sample, since its ACK may answer either copy.")},
    {"ISS", false, "ISS / IRS",
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The ISN this side sent (ISS) and the one it received from the peer (IRS)."),
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "RFC 9293 names the two initial sequence numbers from one endpoint's point of view: the initial "
                       "send sequence number (ISS), carried by its own SYN, and the initial receive sequence number "
                       "(IRS), learnt from the peer's SYN. The client's ISS is the server's IRS and the other way "
                       "round.")},
};

struct StateText {
    TcpState state;
    const char* details;
};

constexpr StateText kStates[] = {
    {TcpState::Closed,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "There is no connection (no TCB). A segment that arrives for it is answered with RST, unless "
                       "it is a RST itself.")},
    {TcpState::Listen,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "A server's socket waits for SYNs on its port. Each SYN starts a new connection in "
                       "SYN_RECEIVED; the listening socket itself stays in LISTEN.")},
    {TcpState::SynSent,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "After connect(), our SYN is on its way. A SYN,ACK that acknowledges it completes our side; a "
                       "SYN without ACK means a simultaneous open; if nothing comes, the retransmission timer sends "
                       "the SYN again.")},
    {TcpState::SynReceived,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "A SYN arrived and was answered with SYN,ACK. The ACK of that SYN,ACK completes the 3-way "
                       "handshake; if it never comes, the SYN,ACK is retransmitted and finally given up.")},
    {TcpState::Established,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Both ISNs are acknowledged: the normal state for exchanging data. It ends when one side sends "
                       "FIN (close) or RST (abort).")},
    {TcpState::FinWait1,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Our application closed; our FIN is sent but not yet acknowledged. Its ACK leads to FIN_WAIT_2; "
                       "the peer's FIN before that ACK leads to CLOSING; both in one segment lead straight to "
                       "TIME_WAIT.")},
    {TcpState::FinWait2,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Our direction is closed and acknowledged; the peer may still send data. We wait for its FIN, "
                       "which leads to TIME_WAIT. If the peer never closes, some systems end a connection its "
                       "application has left with a timer.")},
    {TcpState::CloseWait,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "The peer sent FIN and we acknowledged it; our application has been told (end of data) and may "
                       "still send. The connection stays here until our application calls close(): an application "
                       "that never does leaves it stuck.")},
    {TcpState::Closing,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "Both sides sent FIN at about the same time: the peer's FIN arrived while ours was still "
                       "unacknowledged. The ACK of our FIN leads to TIME_WAIT.")},
    {TcpState::LastAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "The peer closed first; then our application closed and our FIN went out. When its ACK arrives "
                       "the connection is CLOSED; if the ACK is lost, our FIN is retransmitted.")},
    {TcpState::TimeWait,
     QT_TRANSLATE_NOOP("hl::ui::Texts",
                       "The side that sent the first FIN (after a simultaneous close: both sides) waits 2·MSL after "
                       "acknowledging the peer's FIN. If that last ACK was lost, the peer's FIN comes again and is "
                       "acknowledged again; and the old segments of the connection die out before its ports are used "
                       "again.")},
};

// A Korean student is shown the Korean textbooks' names, an English student the English ones;
// the glossary's search looks in both languages' entries, so it finds either.
QStringList variantsInCurrentLanguage(const QStringList& all) {
    const bool korean = Texts::currentLanguageIsKorean();
    QStringList out;
    for (const QString& v : all) {
        const bool hangul = std::any_of(v.begin(), v.end(),
                                        [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
        if (hangul == korean) out << v;
    }
    return out;
}

} // namespace

namespace {

GlossaryEntry termEntry(const TermText& t) {
    const QString key = QString::fromLatin1(t.key);
    const TermRow* row = TermsTable::find(key);
    const QStringList variants = row ? variantsInCurrentLanguage(row->variants) : QStringList();
    return {key, t.translateTerm ? Texts::tr(t.term) : QString::fromUtf8(t.term), Texts::tr(t.brief),
            Texts::tr(t.details), variants,
            //: Under a glossary term: the names textbooks also use for it, e.g. "순서 번호; 일련번호".
            variants.isEmpty() ? QString() : Texts::tr("In textbooks also: %1").arg(variants.join(QStringLiteral("; ")))};
}

GlossaryEntry stateEntry(const StateText& s) {
    return {Texts::stateName(s.state),
            Texts::stateName(s.state),
            Texts::stateMeaning(s.state),
            Texts::tr(s.details),
            {},
            {}};
}

} // namespace

std::vector<GlossaryEntry> Texts::glossary() {
    std::vector<GlossaryEntry> out;
    for (const auto& t : kTerms) out.push_back(termEntry(t));
    for (const auto& s : kStates) out.push_back(stateEntry(s));
    return out;
}

// One entry, built alone: the diagram asks for a few per segment (tooltips), and building the
// whole glossary for each lookup made most of a scene rebuild's time.
GlossaryEntry Texts::glossaryEntry(const QString& key) {
    for (const auto& t : kTerms)
        if (key == QLatin1String(t.key)) return termEntry(t);
    for (const auto& s : kStates)
        if (key == stateName(s.state)) return stateEntry(s);
    return {};
}

} // namespace hl::ui
