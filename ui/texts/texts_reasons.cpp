// The words for every Reason of core/reason.h: a short clause (event lists, the CLI) and one or
// two plain sentences for a student who is not a TCP expert (the narration panel).
// The source strings are English; Korean lives in translations/handshakelab_ko.ts.
#include "ui/texts/texts.h"

#include <QtGlobal>

namespace hl::ui {
namespace {

struct ReasonText {
    Reason reason;
    const char* brief;     // reasonShort
    const char* narration; // reasonNarration
};

// Read-only table, laid out by hand so that each text reads as a paragraph; a reason missing here
// falls back to its id (the texts test catches it).
// clang-format off
constexpr ReasonText kReasonTexts[] = {
    {Reason::None,
     //: Short reason shown when an event needs no protocol rule.
     QT_TRANSLATE_NOOP("hl::ui::Texts", "no rule involved"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Nothing to explain here: no protocol rule was involved.")},

    // --- user calls ---------------------------------------------------------------------------
    {Reason::UserListen,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the application called listen()"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application opened a listening socket (a passive open). From now on a SYN that "
           "arrives at this port starts a 3-way handshake.")},
    {Reason::UserConnect,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the application called connect()"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application asked for a connection (an active open). TCP picks an initial sequence "
           "number (ISN), sends a SYN that carries it and waits in SYN_SENT for the answer.")},
    {Reason::UserSendQueued,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "data queued until the connection is established"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application handed over data before the handshake was finished. TCP keeps it in "
           "the send buffer and sends it once the connection is ESTABLISHED.")},
    {Reason::UserSendData,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the application sent data"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application handed over data. TCP cuts it into segments of at most MSS bytes, as "
           "far as the peer's window allows, and keeps a copy of each until it is acknowledged.")},
    {Reason::UserSendAfterClose,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "send refused: this side has already closed"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application tried to send after closing its sending side. TCP refuses with the "
           "error \"connection closing\": no new data may follow our FIN.")},
    {Reason::UserSendNoConnection,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "send refused: there is no connection"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application tried to send, but there is no connection to send on. TCP answers "
           "with the error \"connection does not exist\".")},
    {Reason::UserClose,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the application called close(): FIN sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application has nothing more to send and closed the connection. TCP sends a FIN "
           "(it uses one sequence number) and waits in FIN_WAIT_1 for its acknowledgement.")},
    {Reason::UserCloseQueued,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "close() noted: the FIN will follow the queued data"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application closed while earlier data still had to be sent (or before the "
           "handshake was finished). TCP remembers the close and sends the FIN after everything "
           "queued before it.")},
    {Reason::UserCloseInCloseWait,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the application closed after the peer's FIN: FIN sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer had already closed its side, and now this application closes too. TCP sends "
           "its own FIN and waits in LAST_ACK for the acknowledgement of it.")},
    {Reason::UserCloseSynSent,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "close() in SYN_SENT: the connection is deleted"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application gave up before the handshake was answered. The peer has not "
           "synchronized with us yet, so TCP deletes the connection without sending anything.")},
    {Reason::UserCloseListen,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "close() on the listening socket"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application stopped listening. The listening socket is removed; a SYN that "
           "arrives at this port later is answered with RST.")},
    {Reason::UserCloseAlreadyClosing,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "close() again: the connection is already closing"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application called close() on a connection that is already closing. Nothing new "
           "happens; the call gets the error \"connection closing\".")},
    {Reason::UserCloseUnreadData,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "close() with unread data: RST instead of FIN"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application closed while received data was still unread, so that data will never "
           "be read. Rather than close politely with FIN, TCP resets the connection with RST so "
           "the peer learns that data was lost (RFC 2525, and what Linux does).")},
    {Reason::UserShutdown,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the application shut down its sending side: FIN sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application called shutdown(): it will send nothing more but still wants to "
           "receive. TCP sends a FIN; the connection is half-closed and data can still flow "
           "towards this side.")},
    {Reason::UserAbort,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the application aborted: RST sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application aborted the connection. TCP sends a RST so that the peer drops the "
           "connection at once, throws away everything queued and goes to CLOSED.")},
    {Reason::UserAbortSilent,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the application aborted: nothing to send"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application aborted the connection. In this state RFC 9293 sends no RST: in "
           "LISTEN and SYN_SENT the peer has no synchronized connection to reset, and in CLOSING, "
           "LAST_ACK and TIME_WAIT both FINs have already been sent. The connection just goes to "
           "CLOSED.")},
    {Reason::UserConnectNoPort,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "connect() failed: no local port free"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application asked for a connection, but no local port was free for it. The call "
           "fails and nothing is sent.")},
    {Reason::HostReboot,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the host rebooted and forgot its connections"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The host restarted and lost all memory of its connections, without sending anything. "
           "The peer is not told: its side of a connection may now be half-open.")},

    {Reason::UserNoConnection,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "call refused: there is no connection"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application called shutdown(), close() or abort(), but there is no connection to act on. TCP answers with the error \"connection does not exist\" and sends nothing.")},
    {Reason::UserListenAlready,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "listen() again: already listening"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The application called listen() on a port that is already listening. Nothing changes: the existing listening socket keeps waiting for SYNs.")},

    // --- segment arrives, CLOSED ----------------------------------------------------------------
    {Reason::ClosedDropRst,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST for no connection: ignored"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A RST arrived for a connection that does not exist. A RST is never answered, so it is "
           "simply discarded.")},
    {Reason::ClosedRstForAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "segment for no connection: RST sent (seq = its ACK number)"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A segment arrived for a connection that does not exist. The host answers with RST; "
           "because the segment carried an ACK, the RST takes that ACK number as its sequence "
           "number, so that the sender will accept it.")},
    {Reason::ClosedRstAckForNoAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "segment for no connection: RST,ACK sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A segment without ACK arrived for a port or connection that does not exist (for "
           "example a SYN to a port where nobody listens). The host answers RST,ACK with seq=0 "
           "and ack = the segment's sequence number plus its length: \"I got it, and I refuse\".")},

    // --- LISTEN ---------------------------------------------------------------------------------
    {Reason::ListenIgnoreRst,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST at a listening socket: ignored"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A RST arrived at a listening socket. There is no connection to reset, so it is "
           "ignored.")},
    {Reason::ListenRstForAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "ACK at a listening socket: RST sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A segment with ACK arrived at a listening socket, but a listener has sent nothing "
           "that could be acknowledged. The server answers with a RST whose sequence number is "
           "that ACK number.")},
    {Reason::ListenSyn,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "SYN at a listening socket: SYN,ACK sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A connection request (SYN) arrived at a listening port. The server notes the client's "
           "sequence number, picks its own ISN and answers SYN,ACK: the ACK confirms the client's "
           "SYN, the SYN offers the server's number. It now waits in SYN_RECEIVED for the "
           "client's ACK.")},
    {Reason::ListenDropOther,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "other segment at a listening socket: dropped"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A segment with neither SYN, ACK nor RST arrived at a listening socket. It cannot start "
           "a connection, so it is dropped without a reply.")},

    // --- SYN_SENT -------------------------------------------------------------------------------
    {Reason::SynSentBadAckRst,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "ACK of something we never sent: RST sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "While we waited for SYN,ACK, a segment arrived whose ACK number does not acknowledge "
           "our SYN. It probably belongs to an old connection, so we answer with RST (seq = its "
           "ACK number) and drop it.")},
    {Reason::SynSentBadAckDropRst,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST with a wrong ACK in SYN_SENT: dropped"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A RST arrived while we waited for SYN,ACK, but its ACK number does not match our "
           "SYN. It cannot be meant for this connection, so it is dropped; a RST is never "
           "answered.")},
    {Reason::SynSentRstRefused,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST acknowledging our SYN: connection refused"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer answered our SYN with a RST that acknowledges it: nobody is listening on that "
           "port. The connection is refused, goes to CLOSED, and the application is told.")},
    {Reason::SynSentRstNoAckDrop,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST without ACK in SYN_SENT: dropped"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A RST arrived while we waited for SYN,ACK, but without an ACK nothing shows that it "
           "answers our SYN. It is dropped.")},
    {Reason::SynSentSynAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "received SYN,ACK acknowledging our SYN"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer answered our SYN with SYN,ACK: its ACK confirms our SYN and its SYN brings the "
           "peer's initial sequence number. We send the last ACK of the 3-way handshake; for us "
           "the connection is now ESTABLISHED.")},
    {Reason::SynSentSimultaneousOpen,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "SYN without ACK in SYN_SENT: simultaneous open"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A SYN arrived while our own SYN was still unanswered: both sides opened at the same "
           "time. We answer SYN,ACK and go to SYN_RECEIVED; each side now waits for the ACK of "
           "its SYN.")},
    {Reason::SynSentDropOther,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "segment without SYN or RST in SYN_SENT: dropped"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "While we waited for SYN,ACK, a segment arrived with neither SYN nor RST. It cannot "
           "complete the handshake, so it is dropped.")},

    // --- synchronized states, in the order of the checks ---------------------------------------
    {Reason::SeqUnacceptableAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "segment outside the receive window: ACK sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The segment's sequence numbers are not the ones we expect (an old duplicate, or beyond "
           "our window). It is not used; we answer with an ACK that repeats the sequence number "
           "we expect next.")},
    {Reason::SeqUnacceptableRstDrop,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST outside the receive window: dropped"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A RST arrived whose sequence number is outside our receive window. It is not believed "
           "and is dropped silently; a RST is never answered.")},
    {Reason::SeqOutOfOrderHeld,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "segment ahead of the expected sequence: held"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "This segment starts beyond the next byte we expect, so something sent before it is "
           "still missing. TCP keeps it and processes it in order once the gap is filled.")},
    {Reason::RstReset,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "valid RST: connection reset"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A RST arrived with exactly the sequence number we expect next, so it is trusted. The "
           "connection is reset at once: it goes to CLOSED and the application is told.")},
    {Reason::RstChallengeAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST inside the window but not exact: challenge ACK"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A RST arrived whose sequence number is inside the window but not exactly the next one "
           "expected. It could be forged, so TCP does not reset; it sends a challenge ACK. A real "
           "peer answers that with a RST carrying the exact number.")},
    {Reason::RstSynReceivedToListen,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST in SYN_RECEIVED: back to listening"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The handshake was reset while the server waited for the last ACK. This connection came "
           "from a listening socket, so it is simply removed and the listener keeps waiting for "
           "new connections.")},
    {Reason::RstSynReceivedRefused,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST in SYN_RECEIVED after our own SYN: connection refused"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer reset the handshake of a connection we opened ourselves (a simultaneous "
           "open). The connection is refused and goes to CLOSED.")},
    {Reason::RstClosingStates,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST while closing: connection closed"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A valid RST arrived while the connection was already closing (CLOSING, LAST_ACK or "
           "TIME_WAIT). The connection goes to CLOSED at once.")},
    {Reason::RstTimeWaitIgnored,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "RST in TIME_WAIT: ignored (RFC 1337)"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A RST arrived during TIME_WAIT. Following RFC 1337 it is ignored: letting a RST end "
           "TIME_WAIT early (\"TIME_WAIT assassination\") would let old segments disturb a new "
           "connection.")},
    {Reason::SynChallengeAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "SYN on a synchronized connection: challenge ACK"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A SYN arrived on a connection that is already synchronized. It may be an old duplicate "
           "or an attack, so TCP does not reset; it sends a challenge ACK. If the peer really "
           "restarted, it answers with a RST that ends this stale connection.")},
    {Reason::SynLegacyReset,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "SYN on a synchronized connection: reset (old rule)"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A SYN arrived on a synchronized connection. Under the old rule of RFC 793 this is an "
           "error: TCP sends a RST and resets the connection.")},
    {Reason::SynDuplicateAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "duplicate SYN in SYN_RECEIVED: ACK sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The client's SYN arrived again while we wait for its ACK. The server does not start a "
           "second connection; it answers with an ACK that repeats what it expects.")},
    {Reason::SynDuplicateSynAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "duplicate SYN in SYN_RECEIVED: SYN,ACK sent again"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The client's SYN arrived again, so our SYN,ACK may have been lost. The server sends its "
           "SYN,ACK again with the same sequence number instead of starting a second connection "
           "(what Linux and BSD do).")},
    {Reason::SynTimeWaitReopen,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "new SYN in TIME_WAIT: connection reopened"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A new SYN arrived for a connection in TIME_WAIT, with a sequence number beyond the old "
           "connection's. The old connection ends early and the SYN starts a new one, as many "
           "systems allow.")},
    {Reason::AckMissingDrop,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "segment without ACK: dropped"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A segment without the ACK flag arrived on a synchronized connection. After the "
           "handshake every segment must carry ACK, so this one is dropped.")},
    {Reason::AckSynReceivedEstablished,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "ACK of our SYN,ACK: connection established"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The ACK of our SYN,ACK arrived, so both initial sequence numbers are now confirmed. The "
           "3-way handshake is complete and the connection is ESTABLISHED.")},
    {Reason::AckSynReceivedBadRst,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "wrong ACK in SYN_RECEIVED: RST sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A segment arrived whose ACK number does not match our SYN,ACK. It cannot belong to this "
           "handshake, so we answer with a RST (seq = its ACK number) and stay in SYN_RECEIVED.")},
    {Reason::AckAdvances,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "ACK of new data"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The ACK acknowledges bytes we sent. They leave the retransmission queue; once nothing "
           "is left unacknowledged, the retransmission timer stops.")},
    {Reason::AckDuplicateIgnored,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "old ACK: ignored"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "This ACK acknowledges nothing new. The ACK itself is ignored; the rest of the segment "
           "is still processed.")},
    {Reason::AckTooNew,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "ACK of data never sent: ACK sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The ACK acknowledges bytes we have not sent yet. It is ignored, and we send an ACK that "
           "shows where we really are.")},
    {Reason::AckOfFinFinWait2,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "our FIN acknowledged: FIN_WAIT_2"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer acknowledged our FIN, so our direction is closed. We move to FIN_WAIT_2 and "
           "wait for the peer to finish and send its own FIN.")},
    {Reason::AckOfFinTimeWait,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "our FIN acknowledged in CLOSING: TIME_WAIT"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "During a simultaneous close the ACK of our FIN arrived. Both directions are now closed; "
           "we enter TIME_WAIT for 2·MSL.")},
    {Reason::AckOfFinClosed,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "last ACK received: connection closed"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The ACK of our FIN arrived in LAST_ACK. Both directions are closed and acknowledged, so "
           "the connection goes to CLOSED and is deleted.")},
    {Reason::DataAccepted,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "data received in order"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The data starts exactly at the next byte we expect. TCP accepts it, passes it to the "
           "application and acknowledges it.")},
    {Reason::DataIgnoredAfterFin,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "data after the peer's FIN: ignored"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Data arrived after the peer's FIN. The FIN said that no more data would come, so this "
           "data is ignored.")},
    {Reason::DataAfterCloseReset,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "data after our application closed: RST sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Data arrived, but the application here has already closed and can never read it. TCP "
           "resets the connection with RST so the sender learns that its data is lost.")},
    {Reason::FinCloseWait,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "peer's FIN received: CLOSE_WAIT"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer sent FIN: it has no more data to send. We acknowledge it, tell our "
           "application (end of data) and move to CLOSE_WAIT. We may still send until our "
           "application closes.")},
    {Reason::FinClosing,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "peer's FIN while ours is unacknowledged: CLOSING"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer's FIN arrived while our own FIN was still unacknowledged: both sides are "
           "closing at the same time. We acknowledge it and move to CLOSING to wait for the ACK "
           "of our FIN.")},
    {Reason::FinTimeWait,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "peer's FIN received: TIME_WAIT"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer's FIN arrived and our own FIN is already acknowledged. We send the last ACK and "
           "enter TIME_WAIT: we wait 2·MSL in case that ACK is lost and the FIN comes again, and "
           "so that old segments die out.")},
    {Reason::FinRepeated,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "repeated FIN: ACK sent again"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer's FIN arrived again, so our ACK of it was probably lost or late. We acknowledge "
           "it again and stay in the same state.")},
    {Reason::FinTimeWaitRestart,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "FIN again in TIME_WAIT: ACK sent again, 2·MSL restarted"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer's FIN arrived again during TIME_WAIT: our last ACK must have been lost. We send "
           "the ACK again and restart the 2·MSL timer. This is exactly why TIME_WAIT exists.")},
    {Reason::AppClosesOnEof,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the application closes on end of data: FIN sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "This application closes as soon as the peer has finished. TCP sends its FIN together "
           "with the ACK of the peer's FIN (one FIN,ACK segment) and waits in LAST_ACK.")},

    {Reason::SynAckSimultaneousEstablished,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "SYN,ACK in SYN_RECEIVED (simultaneous open): established"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "During a simultaneous open the peer's SYN,ACK arrived, and its ACK confirms our SYN. Both SYNs are now acknowledged, so the connection is ESTABLISHED.")},
    {Reason::ClosedConnectionDrop,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "segment for a deleted connection: left to the host"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The segment arrived for a connection that has already been deleted (CLOSED). The connection ignores it; the host answers it like any segment that matches no connection.")},

    // --- sending --------------------------------------------------------------------------------
    {Reason::SendAck,
     //: Short reason: an acknowledgement segment was sent.
     QT_TRANSLATE_NOOP("hl::ui::Texts", "ACK sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "TCP acknowledges what it received: the ACK number is the next byte it expects.")},
    {Reason::SendWindowFull,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the peer's window is full: waiting"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer's receive window is full, so TCP must not send more for now. The data waits "
           "until an ACK opens the window again.")},
    {Reason::AckDelayed,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "delayed ACK sent"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Linux held this ACK back for a short while (the delayed-ACK timeout, 40 ms at first) in "
           "case it could ride on a segment of its own. Nothing else left in that time, so the ACK "
           "goes out alone. At the start of a connection Linux ACKs data at once (quick-ACK mode); "
           "after the peer's FIN it waits, hoping to send its own FIN with the ACK.")},
    {Reason::ResetWithAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Linux resets with RST,ACK"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Linux sends this reset with the ACK flag on: its sequence number is SND.NXT and its "
           "ACK number is RCV.NXT, everything this side received. RFC 9293 only asks for a bare RST; "
           "the peer accepts either.")},

    // --- timers ---------------------------------------------------------------------------------
    {Reason::RetransmitSyn,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "retransmission timeout: SYN sent again"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "No SYN,ACK came back before the retransmission timeout (RTO). The SYN may have been "
           "lost, so it is sent again with the same sequence number (the same ISN).")},
    {Reason::RetransmitSynAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "retransmission timeout: SYN,ACK sent again"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The last ACK of the handshake did not arrive before the timeout. The server sends its "
           "SYN,ACK again, unchanged.")},
    {Reason::RetransmitData,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "retransmission timeout: data sent again"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The data was not acknowledged before the timeout. TCP sends the oldest unacknowledged "
           "segment again, from SND.UNA.")},
    {Reason::RetransmitFin,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "retransmission timeout: FIN sent again"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Our FIN was not acknowledged before the timeout. It is sent again with the same "
           "sequence number.")},
    {Reason::RtoBackoff,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "timeout doubled (exponential backoff)"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "After a timeout, the next wait is twice as long (exponential backoff), so that a slow "
           "or broken path is not flooded with copies.")},
    {Reason::RtoAfterSynLoss,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the SYN was sent more than once: the data timeout starts at 3 s"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Because the SYN had to be retransmitted, its round trip could not be measured reliably, "
           "so the retransmission timeout for data starts at 3 seconds.")},
    {Reason::GiveUpSyn,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "SYN never answered after all retries: gave up"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The SYN was retransmitted as often as allowed and never answered. TCP gives up: the "
           "connection is aborted without sending anything and the application is told that it "
           "timed out.")},
    {Reason::GiveUpSynAck,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "SYN,ACK never acknowledged after all retries: gave up"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The SYN,ACK was retransmitted as often as allowed, but the last ACK never came. The "
           "server gives up on this half-open connection and deletes it without sending "
           "anything.")},
    {Reason::GiveUpData,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "data never acknowledged after all retries: gave up"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The data (or FIN) was retransmitted as often as allowed without an acknowledgement. TCP "
           "decides the peer is unreachable and aborts the connection without sending anything; "
           "the application is told that it timed out.")},
    {Reason::TimeWaitExpired,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "2·MSL elapsed: TIME_WAIT is over"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "TIME_WAIT lasted 2·MSL. Any old segment of this connection has died out by now, so the "
           "connection is finally CLOSED.")},
    {Reason::FinWait2Expired,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "FIN_WAIT_2 timer expired: connection deleted"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The peer never sent its FIN. This host does not wait forever for a connection its "
           "application has already left: when the FIN_WAIT_2 timer runs out it deletes it. This is "
           "an operating-system policy (Linux tcp_fin_timeout), not an RFC rule.")},

    {Reason::GiveUpFin,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "FIN never acknowledged after all retries: gave up"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Our FIN was retransmitted as often as allowed without an acknowledgement. TCP decides the peer is unreachable and deletes the connection without sending anything; the application is told that it timed out.")},
    {Reason::RetransmitSynLinear,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "SYN sent again; Linux keeps the timeout (linear SYN timeouts)"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "No SYN,ACK came back, so the SYN is sent again. Linux does not double the timeout for "
           "the first few SYN retransmissions (tcp_syn_linear_timeouts, 4 by default): they follow "
           "each other one initial RTO apart, and only then does the wait double.")},
    {Reason::GiveUpSynTime,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the SYN's time budget is spent: gave up"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Linux counts SYN retries in time, not in segments: tcp_syn_retries = n allows as long "
           "as n doubling timeouts would take, (2^(n+1) − 1) initial RTOs. When the timer fires "
           "after that time has passed since the first SYN, the connection attempt fails with a timeout.")},
    {Reason::GiveUpDataTime,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "the data's time budget is spent: gave up"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Linux counts data retries in time, not in segments: tcp_retries2 = n allows as long as "
           "n doubling timeouts from 200 ms would take, measured from the first transmission. The "
           "timer fired after that, so the connection is aborted without sending anything and the "
           "application is told that it timed out.")},
    {Reason::TailLossProbe,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "tail loss probe: the last segment sent again"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Linux sends a tail loss probe: nothing was acknowledged for about two round trips, so "
           "it sends the last segment again before the retransmission timeout, without doubling the "
           "timeout and without counting a retry. The probe's ACK reveals a loss quickly.")},
    {Reason::RttSampleTimestamps,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "round trip measured on a retransmission (timestamps)"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The acknowledged segment had been sent twice. Without more information TCP could not "
           "tell which copy was answered and would not measure it (Karn's rule); with TCP "
           "timestamps the ACK echoes the copy's time, so Linux measures the round trip anyway. "
           "After a lost SYN, data therefore does not start with a 3-second timeout.")},
    {Reason::RtoVarianceFloor,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Linux RTO: SRTT plus at least 200 ms"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "Linux puts its 200 ms minimum on the variance part of the timeout, not on the whole: "
           "RTO = SRTT + max(4·RTTVAR, 200 ms). With a steady round trip of 100 ms the timeout is "
           "about 300 ms, where RFC 6298 with the same minimum would give 200 ms.")},

    {Reason::AckRateLimited,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "ACK held back: rate limit for invalid segments"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "This segment would normally be answered with an ACK, but this host already sent "
           "such an answer moments ago. Like Linux (tcp_invalid_ratelimit, 500 ms), it answers invalid "
           "segments without data at most once per interval, so two confused hosts cannot keep each "
           "other busy with an endless ACK storm.")},
    {Reason::ChallengeAckThrottled,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "challenge ACK held back: too many this second"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "A challenge ACK is due, but this connection has already sent as many as it may in "
           "one second. RFC 5961 asks for such a throttle so that an attacker cannot turn a host into "
           "an ACK generator.")},

    // --- the network ----------------------------------------------------------------------------
    {Reason::ChannelDelivered,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "delivered by the network"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The network delivered the segment to the other host after the one-way delay.")},
    {Reason::ChannelFault,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "lost: dropped by a lesson fault"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The lesson (or you) told the network to drop this segment, to show what TCP does when a "
           "segment is lost. The sender is not told; only a timeout will reveal the loss.")},
    {Reason::ChannelLoss,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "lost: random loss"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The network lost this segment at random (the lesson's loss rate). The sender is not "
           "told; only a timeout will reveal the loss.")},

    // --- the work budget of one run (core/work_budget.h) --------------------------------------
    {Reason::BudgetEvents,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "run stopped: too many events"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The simulation stops a run that grows beyond what one run may hold, so that "
           "the program stays responsive. What happened so far is shown; later events are not simulated.")},
    {Reason::BudgetInFlight,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "run stopped: too many segments on the way"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "More segments were travelling at once than one run may hold, so the "
           "simulation stopped here. What happened so far is shown; later events are not simulated.")},
    {Reason::BudgetTimeStill,
     QT_TRANSLATE_NOOP("hl::ui::Texts", "run stopped: time stood still"),
     QT_TRANSLATE_NOOP("hl::ui::Texts", "The hosts kept reacting to each other without any simulated time passing, "
           "so the run could never end by itself. The simulation stopped it here.")},
};
// clang-format on

const ReasonText* findText(Reason r) {
    for (const auto& row : kReasonTexts)
        if (row.reason == r) return &row;
    return nullptr;
}

} // namespace

QString Texts::reasonShort(Reason r) {
    const ReasonText* row = findText(r);
    return row ? tr(row->brief) : QString::fromUtf8(reasonId(r));
}

QString Texts::reasonNarration(Reason r) {
    const ReasonText* row = findText(r);
    return row ? tr(row->narration) : QString::fromUtf8(reasonId(r));
}

} // namespace hl::ui
