// User calls, RFC 9293 §3.10.2 (SEND), §3.10.4 (CLOSE), §3.10.5 (ABORT). OPEN is in endpoint.cpp.
#include "core/endpoint.h"

namespace hl {

void Endpoint::send(SimTime now, uint32_t bytes, Outputs& out) {
    now_ = now;
    appUsed_ = true;
    switch (state_) {
    case TcpState::Closed:
    case TcpState::Listen:
        note(Reason::UserSendNoConnection, out); // §3.10.2: "error: connection does not exist"
        break;
    case TcpState::SynSent:
    case TcpState::SynReceived:
        // §3.10.2: queue the data for transmission after entering ESTABLISHED.
        if (pendingClose_ != PendingClose::None) {
            note(Reason::UserSendAfterClose, out);
            break;
        }
        queueSend(bytes);
        note(Reason::UserSendQueued, out);
        break;
    case TcpState::Established:
    case TcpState::CloseWait: // half-close: we may still send
        queueSend(bytes);
        if (!sendNewData(Reason::UserSendData, out)) note(Reason::SendWindowFull, out);
        break;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        note(Reason::UserSendAfterClose, out); // §3.10.2: "error: connection closing"
        break;
    }
    syncVars();
}

// Our FIN is queued behind any data not yet sent (§3.10.4: "queue this until all preceding SENDs
// have been segmentized"); the state changes at once.
void Endpoint::closeSendingSide(PendingClose kind, Reason why, Outputs& out) {
    if (kind == PendingClose::Close) appClosed_ = true;
    pendingClose_ = PendingClose::None;
    finQueued_ = true;
    if (state_ == TcpState::CloseWait)
        setState(TcpState::LastAck, why, out);
    else
        setState(TcpState::FinWait1, why, out); // from ESTABLISHED or SYN_RECEIVED
    sendPending(why, out);
}

void Endpoint::resetAndClose(Reason why, std::optional<NotifyEvent> tell, Outputs& out) {
    if (opts_.rstAckOnAbort) {
        // Linux tcp_output.c tcp_send_active_reset(): <SEQ=SND.NXT><ACK=RCV.NXT><CTL=RST,ACK>.
        note(Reason::ResetWithAck, out);
        transmit(makeSegment(Flag::RST | Flag::ACK, tcb_.sndNxt, 0), why, false, out);
    } else {
        sendRst(tcb_.sndNxt, why, out); // <SEQ=SND.NXT><CTL=RST>
    }
    enterClosed(why, tell, out);
}

void Endpoint::shutdown(SimTime now, Outputs& out) {
    now_ = now;
    appUsed_ = true;
    switch (state_) {
    case TcpState::Closed:
    case TcpState::Listen: note(Reason::UserNoConnection, out); break;
    case TcpState::SynSent:
        pendingClose_ = PendingClose::Shutdown; // FIN after the handshake
        note(Reason::UserCloseQueued, out);
        break;
    case TcpState::SynReceived:
        if (tcb_.sendQueued > 0) {
            pendingClose_ = PendingClose::Shutdown;
            note(Reason::UserCloseQueued, out);
        } else {
            closeSendingSide(PendingClose::Shutdown, Reason::UserShutdown, out);
        }
        break;
    case TcpState::Established:
    case TcpState::CloseWait: closeSendingSide(PendingClose::Shutdown, Reason::UserShutdown, out); break;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait: note(Reason::UserCloseAlreadyClosing, out); break;
    }
    syncVars();
}

void Endpoint::close(SimTime now, Outputs& out) {
    now_ = now;
    appUsed_ = true;
    // RFC 1122 §4.2.2.13 / RFC 2525 §2.17: closing with received data unread loses it; say so
    // with a RST instead of a FIN (what Linux does).
    if (tcb_.unread > 0 && state_ != TcpState::Closed && state_ != TcpState::TimeWait) {
        appClosed_ = true;
        resetAndClose(Reason::UserCloseUnreadData, NotifyEvent::Closed, out);
        return;
    }
    switch (state_) {
    case TcpState::Closed: note(Reason::UserNoConnection, out); break;
    case TcpState::Listen: enterClosed(Reason::UserCloseListen, NotifyEvent::Closed, out); break;
    case TcpState::SynSent:
        enterClosed(Reason::UserCloseSynSent, NotifyEvent::Closed, out); // no segment
        break;
    case TcpState::SynReceived:
        appClosed_ = true;
        if (tcb_.sendQueued > 0) { // §3.10.4: queue for processing after entering ESTABLISHED
            pendingClose_ = PendingClose::Close;
            note(Reason::UserCloseQueued, out);
        } else {
            closeSendingSide(PendingClose::Close, Reason::UserClose, out);
        }
        break;
    case TcpState::Established:
        closeSendingSide(PendingClose::Close, tcb_.sendQueued > 0 ? Reason::UserCloseQueued : Reason::UserClose, out);
        break;
    case TcpState::CloseWait: closeSendingSide(PendingClose::Close, Reason::UserCloseInCloseWait, out); break;
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        // §3.10.4: "error: connection closing". After shutdown() this orphans the connection.
        appClosed_ = true;
        note(Reason::UserCloseAlreadyClosing, out);
        if (state_ == TcpState::FinWait2 && opts_.finWait2Timeout && !timerDue(TimerKind::FinWait2))
            armTimer(TimerKind::FinWait2, now_ + *opts_.finWait2Timeout, out);
        break;
    }
    syncVars();
}

void Endpoint::abort(SimTime now, Outputs& out) {
    now_ = now;
    appUsed_ = true;
    switch (state_) {
    case TcpState::Closed: note(Reason::UserNoConnection, out); break;
    case TcpState::SynReceived:
    case TcpState::Established:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::CloseWait:
        resetAndClose(Reason::UserAbort, NotifyEvent::Closed, out); // §3.10.5
        break;
    case TcpState::Listen:
    case TcpState::SynSent:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait:
        enterClosed(Reason::UserAbortSilent, NotifyEvent::Closed, out); // §3.10.5: no segment
        break;
    }
    syncVars();
}

} // namespace hl
