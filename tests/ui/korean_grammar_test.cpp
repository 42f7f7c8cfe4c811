// Korean particles follow the inserted noun as it is read aloud (issue 16): a vowel-final word
// takes 를/가/는/와/로, a consonant-final one 을/이/은/과/으로, and ㄹ takes 로 like a vowel.
// Acronyms are read as Korean speakers read them: SYN 신, ACK 액, FIN 핀 (consonant-final),
// RST 알에스티 (vowel-final); numbers in Korean (1 일, 2 이, 10 십), except after a Latin word
// (FIN_WAIT_1 is read 핀 웨이트 원). Ordinals up to 99 are words: 첫 번째, 두 번째, 스물한 번째.
#include "ui/texts/language_korean.h"
#include "ui/texts/texts.h"

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

QString resolved(const char* utf8) { return KoreanGrammar::resolveParticles(QString::fromUtf8(utf8)); }

TEST(KoreanGrammar, HangulVowelConsonantAndRieul) {
    EXPECT_EQ(resolved("서버이(가) 닫습니다"), QString::fromUtf8("서버가 닫습니다"));
    EXPECT_EQ(resolved("클라이언트은(는)"), QString::fromUtf8("클라이언트는"));
    EXPECT_EQ(resolved("타이머을(를) 멈춤"), QString::fromUtf8("타이머를 멈춤"));
    EXPECT_EQ(resolved("연결을(를) 끊음"), QString::fromUtf8("연결을 끊음"));     // ㄹ: 을 for 을/를
    EXPECT_EQ(resolved("연결(으)로 갑니다"), QString::fromUtf8("연결로 갑니다")); // ㄹ: 로, not 으로
    EXPECT_EQ(resolved("상태(으)로"), QString::fromUtf8("상태로"));
    EXPECT_EQ(resolved("손실(으)로"), QString::fromUtf8("손실로"));
    EXPECT_EQ(resolved("응답(으)로"), QString::fromUtf8("응답으로"));
    EXPECT_EQ(resolved("서버와(과) 클라이언트"), QString::fromUtf8("서버와 클라이언트"));
    EXPECT_EQ(resolved("연결와(과) 포트"), QString::fromUtf8("연결과 포트"));
}

TEST(KoreanGrammar, AcronymsAreReadAsWords) {
    EXPECT_EQ(resolved("SYN을(를) 보냄"), QString::fromUtf8("SYN을 보냄")); // 신
    EXPECT_EQ(resolved("ACK이(가) 도착"), QString::fromUtf8("ACK이 도착")); // 액
    EXPECT_EQ(resolved("FIN,ACK을(를) 500 ms 지연"), QString::fromUtf8("FIN,ACK을 500 ms 지연"));
    EXPECT_EQ(resolved("FIN은(는)"), QString::fromUtf8("FIN은")); // 핀
    EXPECT_EQ(resolved("RST을(를)"), QString::fromUtf8("RST를")); // 알에스티
    EXPECT_EQ(resolved("RST(으)로 답함"), QString::fromUtf8("RST로 답함"));
    EXPECT_EQ(resolved("ACK(으)로 답함"), QString::fromUtf8("ACK으로 답함"));
    EXPECT_EQ(resolved("MSL(으)로"), QString::fromUtf8("MSL로"));                       // 엠에스엘: ㄹ
    EXPECT_EQ(resolved("TIME_WAIT(으)로"), QString::fromUtf8("TIME_WAIT로"));           // 웨이트
    EXPECT_EQ(resolved("LISTEN(으)로"), QString::fromUtf8("LISTEN으로"));               // 리슨
    EXPECT_EQ(resolved("connect()을(를) 호출"), QString::fromUtf8("connect()를 호출")); // 커넥트
    // An unknown word is spelled: its last letter decides (N 엔, L 엘, P 피).
    EXPECT_EQ(resolved("TCPN이(가)"), QString::fromUtf8("TCPN이"));
    EXPECT_EQ(resolved("TCP이(가)"), QString::fromUtf8("TCP가"));
    EXPECT_EQ(resolved("\"busy-server\"은(는) 부하 레슨"), QString::fromUtf8("\"busy-server\"는 부하 레슨"));
    EXPECT_EQ(resolved("\"my-lesson\"은(는)"), QString::fromUtf8("\"my-lesson\"은"));
}

TEST(KoreanGrammar, NumbersReadInKoreanOrAfterAWordInEnglish) {
    EXPECT_EQ(resolved("1을(를)"), QString::fromUtf8("1을"));                     // 일
    EXPECT_EQ(resolved("2을(를)"), QString::fromUtf8("2를"));                     // 이
    EXPECT_EQ(resolved("3(으)로"), QString::fromUtf8("3으로"));                   // 삼
    EXPECT_EQ(resolved("7(으)로"), QString::fromUtf8("7로"));                     // 칠: ㄹ
    EXPECT_EQ(resolved("10이(가)"), QString::fromUtf8("10이"));                   // 십
    EXPECT_EQ(resolved("FIN_WAIT_1(으)로"), QString::fromUtf8("FIN_WAIT_1으로")); // 원
    EXPECT_EQ(resolved("FIN_WAIT_2(으)로"), QString::fromUtf8("FIN_WAIT_2로"));   // 투
}

TEST(KoreanGrammar, EnglishTextIsLeftAlone) {
    const QString english = QStringLiteral("Delay the 2nd FIN from the client (copy 500 ms later)");
    EXPECT_EQ(KoreanGrammar::resolveParticles(english), english);
}

TEST(KoreanGrammar, OrdinalsAreWordsUpTo99) {
    EXPECT_EQ(KoreanGrammar::ordinal(1), QString::fromUtf8("첫 번째"));
    EXPECT_EQ(KoreanGrammar::ordinal(2), QString::fromUtf8("두 번째"));
    EXPECT_EQ(KoreanGrammar::ordinal(3), QString::fromUtf8("세 번째"));
    EXPECT_EQ(KoreanGrammar::ordinal(4), QString::fromUtf8("네 번째"));
    EXPECT_EQ(KoreanGrammar::ordinal(10), QString::fromUtf8("열 번째"));
    EXPECT_EQ(KoreanGrammar::ordinal(11), QString::fromUtf8("열한 번째"));
    EXPECT_EQ(KoreanGrammar::ordinal(20), QString::fromUtf8("스무 번째"));
    EXPECT_EQ(KoreanGrammar::ordinal(21), QString::fromUtf8("스물한 번째"));
    EXPECT_EQ(KoreanGrammar::ordinal(99), QString::fromUtf8("아흔아홉 번째"));
    EXPECT_EQ(KoreanGrammar::ordinal(100), QString::fromUtf8("100번째"));
}

TEST(KoreanGrammar, MnemonicsAreStrippedInBothStyles) {
    EXPECT_EQ(Texts::withoutMnemonic(QString::fromUtf8("세그먼트 버리기(&D)")), QString::fromUtf8("세그먼트 버리기"));
    EXPECT_EQ(Texts::withoutMnemonic(QString::fromUtf8("레슨(&L)…")), QString::fromUtf8("레슨…"));
    EXPECT_EQ(Texts::withoutMnemonic(QStringLiteral("&Drop segment")), QStringLiteral("Drop segment"));
    EXPECT_EQ(Texts::withoutMnemonic(QStringLiteral("Save && quit")), QStringLiteral("Save & quit"));
}

} // namespace
} // namespace hl::ui
