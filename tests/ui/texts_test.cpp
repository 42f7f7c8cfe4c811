// Texts: every reason has words in both languages, the step narration carries the trace's
// numbers, and segment labels follow the protocol notation.
#include "language_scope.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"

#include <gtest/gtest.h>

#include <ostream>

// Readable failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }
QT_END_NAMESPACE

namespace hl::ui {
namespace {

using uitest::containsHangul;
using uitest::LanguageScope;

Segment makeSeg(uint64_t id, Flags flags, uint32_t seq, uint32_t ack, uint32_t len = 0) {
    Segment s;
    s.id = id;
    s.srcPort = 50000;
    s.dstPort = 80;
    s.flags = flags;
    s.seq = SeqNum(seq);
    s.ack = SeqNum(ack);
    s.window = 65535;
    s.len = len;
    return s;
}

TraceEvent event(SimTime t, EventType type, HostId host, Reason reason, uint32_t cause) {
    TraceEvent e;
    e.t = t;
    e.type = type;
    e.host = host;
    e.reason = reason;
    e.cause = cause;
    return e;
}

// The first two steps of the worked example "Normal 3-way" of docs/tcp-rules.md (client ISS 100,
// server ISS 300, one-way delay 100 ms), built by hand.
Trace handshakeTrace() {
    Trace tr;
    SegmentRecord syn;
    syn.seg = makeSeg(1, Flag::SYN, 100, 0);
    syn.from = HostId::Client;
    syn.to = HostId::Server;
    syn.conn = 1;
    tr.segments.push_back(syn);
    SegmentRecord synAck;
    synAck.seg = makeSeg(2, Flag::SYN | Flag::ACK, 300, 101);
    synAck.from = HostId::Server;
    synAck.to = HostId::Client;
    synAck.conn = 2;
    synAck.sentAt = 100_ms;
    tr.segments.push_back(synAck);

    // Step 0: the client calls connect(): CLOSED -> SYN_SENT, SYN seq=100, retransmission timer.
    auto call = event(SimTime{}, EventType::Call, HostId::Client, Reason::UserConnect, kNoEvent);
    call.call = UserCall::Connect;
    tr.events.push_back(call);
    auto st = event(SimTime{}, EventType::State, HostId::Client, Reason::UserConnect, 0);
    st.conn = 1;
    st.from = TcpState::Closed;
    st.to = TcpState::SynSent;
    tr.events.push_back(st);
    auto send = event(SimTime{}, EventType::Send, HostId::Client, Reason::UserConnect, 0);
    send.conn = 1;
    send.segId = 1;
    tr.events.push_back(send);
    auto timer = event(SimTime{}, EventType::Timer, HostId::Client, Reason::None, 0);
    timer.conn = 1;
    timer.op = TimerOp::Set;
    timer.due = 1_s;
    tr.events.push_back(timer);

    // Step 1: the SYN arrives at the listening server (RFC 9293 §3.10.7.2): SYN_RECEIVED and
    // SYN,ACK seq=300 ack=101.
    auto deliver = event(100_ms, EventType::Deliver, HostId::Server, Reason::ChannelDelivered, kNoEvent);
    deliver.segId = 1;
    tr.events.push_back(deliver);
    auto st2 = event(100_ms, EventType::State, HostId::Server, Reason::ListenSyn, 4);
    st2.conn = 2;
    st2.from = TcpState::Listen;
    st2.to = TcpState::SynReceived;
    tr.events.push_back(st2);
    auto send2 = event(100_ms, EventType::Send, HostId::Server, Reason::ListenSyn, 4);
    send2.conn = 2;
    send2.segId = 2;
    tr.events.push_back(send2);

    // Step 2: the SYN,ACK is lost (lesson fault).
    auto drop = event(200_ms, EventType::Drop, HostId::Server, Reason::ChannelFault, kNoEvent);
    drop.segId = 2;
    drop.dropCause = DropCause::Fault;
    tr.events.push_back(drop);
    tr.end = 200_ms;
    return tr;
}

TEST(Texts, EveryReasonHasEnglishWords) {
    LanguageScope en(QStringLiteral("en"));
    for (Reason r : allReasons()) {
        const QString id = QString::fromUtf8(reasonId(r));
        // A missing table row falls back to the id: that must never be what a student reads.
        EXPECT_FALSE(Texts::reasonShort(r).isEmpty()) << id.toStdString();
        EXPECT_NE(Texts::reasonShort(r), id) << id.toStdString();
        EXPECT_FALSE(Texts::reasonNarration(r).isEmpty()) << id.toStdString();
        EXPECT_NE(Texts::reasonNarration(r), id) << id.toStdString();
        EXPECT_FALSE(containsHangul(Texts::reasonNarration(r))) << id.toStdString();
    }
}

TEST(Texts, EveryReasonHasKoreanWords) {
    std::vector<QString> shortEn, narrationEn;
    for (Reason r : allReasons()) {
        shortEn.push_back(Texts::reasonShort(r));
        narrationEn.push_back(Texts::reasonNarration(r));
    }
    LanguageScope ko(QStringLiteral("ko"));
    size_t i = 0;
    for (Reason r : allReasons()) {
        const std::string id(reasonId(r));
        const QString s = Texts::reasonShort(r);
        const QString n = Texts::reasonNarration(r);
        EXPECT_NE(s, shortEn[i]) << id << ": short text not translated";
        EXPECT_NE(n, narrationEn[i]) << id << ": narration not translated";
        EXPECT_TRUE(containsHangul(s)) << id << ": " << s.toStdString();
        EXPECT_TRUE(containsHangul(n)) << id << ": " << n.toStdString();
        ++i;
    }
}

TEST(Texts, RuleIsTheCoreCitation) {
    EXPECT_EQ(Texts::reasonRule(Reason::SynSentSynAck), QStringLiteral("RFC 9293 §3.10.7.3"));
    EXPECT_EQ(Texts::reasonRule(Reason::RstChallengeAck), QStringLiteral("RFC 5961 §3.2"));
    EXPECT_TRUE(Texts::reasonRule(Reason::ChannelLoss).isEmpty());
}

TEST(Texts, SegmentLabelJoinsFlagsAndShowsAckAndLenOnlyWhenMeaningful) {
    EXPECT_EQ(Texts::segmentLabel(makeSeg(1, Flag::SYN | Flag::ACK, 300, 101, 10)),
              QStringLiteral("SYN,ACK seq=300 ack=101 len=10"));
    // No ACK flag: the ack field means nothing and is not shown, whatever it holds.
    EXPECT_EQ(Texts::segmentLabel(makeSeg(1, Flag::SYN, 100, 77)), QStringLiteral("SYN seq=100"));
    // Display order is the one people write, ACK last (RFC 9293 §3.10.7.1 "<CTL=RST,ACK>", textbooks'
    // "FIN,ACK"), whatever order the flags were set in; traces keep the core's canonical order.
    EXPECT_EQ(Texts::segmentLabel(makeSeg(1, Flag::RST | Flag::ACK, 0, 101)), QStringLiteral("RST,ACK seq=0 ack=101"));
    EXPECT_EQ(Texts::segmentLabel(makeSeg(1, Flag::FIN | Flag::ACK | Flag::PSH, 4294967295u, 1)),
              QStringLiteral("FIN,PSH,ACK seq=4294967295 ack=1"));
    EXPECT_EQ(Texts::flagsLabel(Flag::ACK | Flag::FIN), QStringLiteral("FIN,ACK"));
    EXPECT_EQ(Texts::flagsLabel(Flag::ACK | Flag::SYN), QStringLiteral("SYN,ACK"));
    EXPECT_EQ(Texts::flagsLabel(Flags{}), QStringLiteral("-"));
    EXPECT_EQ(flagsToString(Flag::ACK | Flag::FIN), "ACK,FIN"); // the trace's order is unchanged
}

TEST(Texts, SegmentLabelIsNotTranslated) {
    LanguageScope ko(QStringLiteral("ko"));
    EXPECT_EQ(Texts::segmentLabel(makeSeg(1, Flag::ACK, 101, 301)), QStringLiteral("ACK seq=101 ack=301"));
    EXPECT_EQ(Texts::stateName(TcpState::SynSent), QStringLiteral("SYN_SENT"));
}

TEST(Texts, StepNarrationOfSynAtListenerHasTheNumbersAndTheRule) {
    const Trace tr = handshakeTrace();
    const QString en = Texts::stepNarration(tr, 1);
    EXPECT_TRUE(en.contains(QStringLiteral("SYN seq=100"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("SYN,ACK seq=300 ack=101"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("LISTEN"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("SYN_RECEIVED"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("(RFC 9293 §3.10.7.2)"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("server"))) << en.toStdString();

    LanguageScope ko(QStringLiteral("ko"));
    const QString k = Texts::stepNarration(tr, 1);
    EXPECT_TRUE(containsHangul(k)) << k.toStdString();
    EXPECT_TRUE(k.contains(QStringLiteral("서버"))) << k.toStdString();
    EXPECT_TRUE(k.contains(QStringLiteral("SYN seq=100"))) << k.toStdString();
    EXPECT_TRUE(k.contains(QStringLiteral("SYN,ACK seq=300 ack=101"))) << k.toStdString();
    EXPECT_TRUE(k.contains(QStringLiteral("SYN_RECEIVED"))) << k.toStdString();
    EXPECT_TRUE(k.contains(QStringLiteral("(RFC 9293 §3.10.7.2)"))) << k.toStdString();
}

TEST(Texts, StepNarrationOfConnectTellsTheCallSegmentAndTimer) {
    const Trace tr = handshakeTrace();
    const QString en = Texts::stepNarration(tr, 0);
    EXPECT_TRUE(en.contains(QStringLiteral("connect()"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("SYN seq=100"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("SYN_SENT"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("1.000 s"))) << en.toStdString(); // RTO of RFC 6298: 1 s
    EXPECT_TRUE(en.contains(QStringLiteral("(RFC 9293 §3.10.1)"))) << en.toStdString();
}

TEST(Texts, StepNarrationOfADropNamesTheLostSegment) {
    const Trace tr = handshakeTrace();
    const QString en = Texts::stepNarration(tr, 2);
    EXPECT_TRUE(en.contains(QStringLiteral("SYN,ACK seq=300 ack=101"))) << en.toStdString();
    EXPECT_TRUE(en.contains(QStringLiteral("lesson"))) << en.toStdString();
    EXPECT_TRUE(Texts::stepNarration(tr, 3).isEmpty()); // past the last step
}

TEST(Texts, EventDetailShowsTransitionsAndSegments) {
    const Trace tr = handshakeTrace();
    EXPECT_TRUE(Texts::eventDetail(tr, 1).startsWith(QStringLiteral("CLOSED → SYN_SENT")));
    EXPECT_EQ(Texts::eventDetail(tr, 0), QStringLiteral("connect()"));
    EXPECT_TRUE(Texts::eventDetail(tr, 6).startsWith(QStringLiteral("SYN,ACK seq=300 ack=101")));
    EXPECT_FALSE(Texts::eventKind(tr.events[7]).isEmpty());
    EXPECT_TRUE(Texts::eventDetail(tr, 99).isEmpty());
}

TEST(Texts, LocalizedPicksTheCurrentLanguageAndFallsBack) {
    const LocalizedText both{"Lost SYN", "잃어버린 SYN"};
    const LocalizedText onlyEn{"Only English", ""};
    EXPECT_EQ(Texts::localized(both), QStringLiteral("Lost SYN"));
    LanguageScope ko(QStringLiteral("ko"));
    EXPECT_TRUE(Texts::currentLanguageIsKorean());
    EXPECT_EQ(Texts::localized(both), QStringLiteral("잃어버린 SYN"));
    EXPECT_EQ(Texts::localized(onlyEn), QStringLiteral("Only English"));
}

// Issue 5: SYN, ACK, FIN, RST, PSH, ISN, sequence/acknowledgement number, window, RTO, MSL, 2·MSL,
// half-open, half-close and each of the 11 states, with a one-line and a longer definition; issue
// 16: the terms the narration uses (challenge ACK, synchronized state, TCB, MSS, SRTT/RTTVAR, ISS/IRS).
TEST(Glossary, HasEveryRequiredTermInBothLanguages) {
    const QStringList keys{"SYN",           "ACK",          "FIN", "RST", "PSH",  "ISN",       "seq",
                           "ack",           "window",       "RTO", "MSL", "2MSL", "half-open", "half-close",
                           "challenge-ACK", "synchronized", "TCB", "MSS", "SRTT", "ISS"};
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("ko")}) {
        LanguageScope lang(code);
        const auto entries = Texts::glossary();
        EXPECT_EQ(entries.size(), size_t(keys.size()) + kAllStates.size());
        QStringList expected = keys;
        for (TcpState s : kAllStates) expected << Texts::stateName(s);
        for (const QString& key : expected) {
            const GlossaryEntry e = Texts::glossaryEntry(key);
            EXPECT_EQ(e.key, key) << code.toStdString();
            EXPECT_FALSE(e.term.isEmpty()) << key.toStdString();
            EXPECT_FALSE(e.brief.isEmpty()) << key.toStdString();
            EXPECT_GT(e.details.size(), e.brief.size()) << key.toStdString();
            EXPECT_EQ(containsHangul(e.brief), code == QLatin1String("ko")) << key.toStdString();
            EXPECT_EQ(containsHangul(e.details), code == QLatin1String("ko")) << key.toStdString();
        }
    }
}

TEST(Glossary, StatesUseTheirMeaningAndUnknownKeysGiveNothing) {
    EXPECT_EQ(Texts::glossaryEntry(QStringLiteral("SYN_SENT")).brief, Texts::stateMeaning(TcpState::SynSent));
    EXPECT_EQ(Texts::glossaryEntry(QStringLiteral("SYN")).term, QStringLiteral("SYN"));
    EXPECT_TRUE(Texts::glossaryEntry(QStringLiteral("NOPE")).key.isEmpty());
    LanguageScope ko(QStringLiteral("ko"));
    EXPECT_EQ(Texts::glossaryEntry(QStringLiteral("seq")).term, QStringLiteral("시퀀스 번호"));
    EXPECT_EQ(Texts::glossaryEntry(QStringLiteral("SYN")).term, QStringLiteral("SYN")); // notation is not translated
}

TEST(Language, UnknownCodeChangesNothing) {
    LanguageScope ko(QStringLiteral("ko"));
    EXPECT_FALSE(Language::install(QStringLiteral("fr")));
    EXPECT_EQ(Language::current(), QStringLiteral("ko"));
    EXPECT_EQ(Texts::hostName(HostId::Server), QStringLiteral("서버"));
}

TEST(Language, SwitchingBackToEnglishRestoresTheSourceTexts) {
    {
        LanguageScope ko(QStringLiteral("ko"));
        EXPECT_EQ(Texts::timerName(TimerKind::Retransmit), QStringLiteral("재전송 타이머"));
    }
    EXPECT_EQ(Language::current(), QStringLiteral("en"));
    EXPECT_EQ(Texts::timerName(TimerKind::Retransmit), QStringLiteral("retransmission timer"));
}

TEST(Language, KoreanAlsoTranslatesQtsOwnStrings) {
    // Standard buttons and dialogs come from Qt's qtbase_ko catalogue, not from our .ts files.
    LanguageScope ko(QStringLiteral("ko"));
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    EXPECT_NE(cancel, QStringLiteral("Cancel"));
    EXPECT_TRUE(containsHangul(cancel)) << cancel.toStdString();
}

// Counts LanguageChange events that reach the application object.
class LanguageChangeCounter : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() == QEvent::LanguageChange) ++count;
        return false;
    }
};

TEST(Language, TranslatedInRendersTheOtherLanguageWithoutSwitching) {
    const Trace tr = handshakeTrace();
    Language::install(QStringLiteral("en"));
    LanguageChangeCounter counter;
    QCoreApplication::instance()->installEventFilter(&counter);
    const QString ko = Language::translatedIn(QStringLiteral("ko"), [&] { return Texts::stepNarration(tr, 1); });
    EXPECT_EQ(counter.count, 0); // bilingual captions must not make every widget retranslate
    EXPECT_TRUE(containsHangul(ko)) << ko.toStdString();
    EXPECT_TRUE(ko.contains(QStringLiteral("SYN,ACK seq=300 ack=101")));
    EXPECT_EQ(Language::current(), QStringLiteral("en"));
    EXPECT_EQ(Texts::hostName(HostId::Client), QStringLiteral("Client")); // still English afterwards
    {
        LanguageScope koScope(QStringLiteral("ko"));
        EXPECT_GE(counter.count, 1); // a real switch does tell the widgets
        const QString en = Language::translatedIn(QStringLiteral("en"), [&] { return Texts::stepNarration(tr, 1); });
        EXPECT_FALSE(containsHangul(en)) << en.toStdString();
        EXPECT_EQ(en, Language::translatedIn(QStringLiteral("en"), [&] { return Texts::stepNarration(tr, 1); }));
        EXPECT_TRUE(containsHangul(Texts::stepNarration(tr, 1)));
    }
    QCoreApplication::instance()->removeEventFilter(&counter);
}

TEST(Language, StartupUsesTheSavedChoiceElseTheSystem) {
    EXPECT_EQ(Language::startupLanguage(QStringLiteral("ko")), QStringLiteral("ko"));
    EXPECT_EQ(Language::startupLanguage(QStringLiteral("xx")), Language::systemDefault());
    EXPECT_EQ(Language::displayName(QStringLiteral("ko")), QStringLiteral("한국어"));
}

} // namespace
} // namespace hl::ui
