#include "ui/texts/texts.h"

#include "ui/texts/language.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace hl::ui {

QString Texts::stateName(TcpState s) { return QString::fromUtf8(toString(s)); }

QString Texts::stateMeaning(TcpState s) {
    switch (s) {
    case TcpState::Closed: return tr("No connection exists.");
    case TcpState::Listen: return tr("Waiting for a connection request (SYN) from any client.");
    case TcpState::SynSent: return tr("SYN sent; waiting for the peer's SYN,ACK.");
    case TcpState::SynReceived:
        return tr("SYN received and answered with SYN,ACK; waiting for the ACK that completes the handshake.");
    case TcpState::Established: return tr("The connection is open: data can flow both ways.");
    case TcpState::FinWait1: return tr("Our FIN is sent; waiting for its ACK (or for the peer's FIN).");
    case TcpState::FinWait2: return tr("Our FIN is acknowledged; waiting for the peer's FIN.");
    case TcpState::CloseWait: return tr("The peer has finished sending; waiting for our application to close.");
    case TcpState::Closing: return tr("Both sides sent FIN at once; waiting for the ACK of our FIN.");
    case TcpState::LastAck: return tr("Our FIN followed the peer's; waiting for the last ACK.");
    case TcpState::TimeWait:
        return tr("Waiting 2·MSL so that a lost last ACK can be repeated and old segments die out.");
    }
    return {};
}

// The order people write (RFC 9293's "<CTL=RST,ACK>", textbooks' "FIN,ACK"): ACK last. Only for
// display; traces and golden files keep the core's canonical order (flagsToString).
QString Texts::flagsLabel(Flags f) {
    QStringList names;
    for (const FlagInfo& e : kFlagTable)
        if (e.flag != Flag::ACK && f.has(e.flag)) names << QString::fromLatin1(e.name.data(), qsizetype(e.name.size()));
    if (f.has(Flag::ACK)) names << QStringLiteral("ACK");
    return names.isEmpty() ? QStringLiteral("-") : names.join(QLatin1Char(','));
}

// Protocol notation, never translated: "SYN,ACK seq=300 ack=101 len=10".
QString Texts::segmentLabel(const Segment& seg) {
    QString out = flagsLabel(seg.flags) + QStringLiteral(" seq=") + QString::number(seg.seq.value());
    if (seg.flags.has(Flag::ACK)) out += QStringLiteral(" ack=") + QString::number(seg.ack.value());
    if (seg.len > 0) out += QStringLiteral(" len=") + QString::number(seg.len);
    return out;
}

QString Texts::hostName(HostId h) {
    if (h == HostId::Client)
        //: The machine that opens the connection, as a title (lane headers, lists).
        return tr("Client");
    //: The machine that listens, as a title (lane headers, lists).
    return tr("Server");
}

QString Texts::groupName(LessonGroup g) {
    switch (g) {
    //: Lesson group: opening a connection.
    case LessonGroup::Handshake: return tr("Handshake");
    //: Lesson group: closing a connection.
    case LessonGroup::Closing: return tr("Closing");
    //: Lesson group: lost segments and retransmission.
    case LessonGroup::Loss: return tr("Loss and retransmission");
    //: Lesson group: RST segments and resets.
    case LessonGroup::Reset: return tr("Resets");
    //: Lesson group: the TIME_WAIT state.
    case LessonGroup::TimeWait: return tr("TIME_WAIT");
    //: Lesson group: many connections or much data at once.
    case LessonGroup::Load: return tr("Load");
    }
    return {};
}

QString Texts::callName(UserCall c) {
    switch (c) {
    case UserCall::Listen: return QStringLiteral("listen()");
    case UserCall::Connect: return QStringLiteral("connect()");
    case UserCall::Send: return QStringLiteral("send()");
    case UserCall::Shutdown: return QStringLiteral("shutdown()");
    case UserCall::Close: return QStringLiteral("close()");
    case UserCall::Abort: return QStringLiteral("abort()");
    //: A host restart, listed among the user's calls (listen(), connect() ...).
    case UserCall::Reboot: return tr("reboot");
    }
    return {};
}

QString Texts::timerName(TimerKind k) {
    switch (k) {
    case TimerKind::Retransmit: return tr("retransmission timer");
    //: The 2·MSL timer of the TIME_WAIT state.
    case TimerKind::TimeWait: return tr("TIME_WAIT timer");
    //: The timer that ends an orphaned connection stuck in FIN_WAIT_2 (Linux tcp_fin_timeout).
    case TimerKind::FinWait2: return tr("FIN_WAIT_2 timer");
    //: The timer that holds back an ACK for a short while (delayed ACK, Linux profile).
    case TimerKind::DelayedAck: return tr("delayed-ACK timer");
    }
    return {};
}

QString Texts::notifyName(NotifyEvent e) {
    switch (e) {
    //: Told to the application: the handshake completed.
    case NotifyEvent::Connected: return tr("connection established");
    case NotifyEvent::Data: return tr("data received");
    //: Told to the application: the peer sent FIN, no more data will come (end of file).
    case NotifyEvent::Eof: return tr("end of data (the peer closed its side)");
    case NotifyEvent::Reset: return tr("connection reset");
    case NotifyEvent::Refused: return tr("connection refused");
    //: Told to the application: retries or a timer ran out.
    case NotifyEvent::Timeout: return tr("timed out");
    case NotifyEvent::Closed: return tr("connection closed");
    }
    return {};
}

QString Texts::dropCause(DropCause c) {
    switch (c) {
    //: Why a segment was lost: the lesson file drops it.
    case DropCause::Fault: return tr("the lesson drops it");
    //: Why a segment was lost: the lesson's random loss.
    case DropCause::Loss: return tr("random loss");
    //: Why a segment was lost: the user dropped it in the app.
    case DropCause::User: return tr("dropped by you");
    }
    return {};
}

QString Texts::dropCauseName(DropCause c) {
    //: A lost segment and why, e.g. "lost (random loss)".
    return tr("lost (%1)").arg(dropCause(c));
}

QString Texts::withoutMnemonic(const QString& text) {
    // East Asian translations write the mnemonic as a suffix: "레슨(&L)…", "(&L)" before an ellipsis.
    static const QRegularExpression suffix(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    QString out = text;
    out.remove(suffix);
    out.replace(QLatin1String("&&"), QString(QChar(1)));
    out.remove(QLatin1Char('&'));
    out.replace(QChar(1), QLatin1Char('&'));
    return out;
}

QString Texts::timeLabel(SimTime t) {
    //: Simulated time in seconds with three decimals, e.g. "1.250 s".
    return tr("%1 s").arg(QString::number(static_cast<double>(t.us()) / 1e6, 'f', 3));
}

QString Texts::reasonRule(Reason r) { return QString::fromUtf8(hl::reasonRule(r)); }

QString Texts::localized(const LocalizedText& text) {
    const std::string& first = currentLanguageIsKorean() ? text.ko : text.en;
    const std::string& other = currentLanguageIsKorean() ? text.en : text.ko;
    return QString::fromStdString(first.empty() ? other : first);
}

bool Texts::currentLanguageIsKorean() { return Language::current() == QLatin1String("ko"); }

QString Texts::count(uint64_t n) {
    const QLocale locale(currentLanguageIsKorean() ? QLocale::Korean : QLocale::English);
    return locale.toString(static_cast<qulonglong>(n));
}

} // namespace hl::ui
