#include "ui/texts/language_korean.h"

#include <QHash>
#include <QStringList>

#include <array>

namespace hl::ui {
namespace {

using Ending = KoreanGrammar::Ending;

constexpr char16_t kFirstSyllable = 0xAC00, kLastSyllable = 0xD7A3;
constexpr int kRieulFinal = 8; // ㄹ as the final consonant (jongseong index)

Ending syllableEnding(char16_t c) {
    const int jong = (c - kFirstSyllable) % 28;
    if (jong == 0) return Ending::Vowel;
    return jong == kRieulFinal ? Ending::Rieul : Ending::Consonant;
}

// Words read as words, not letter by letter. Only the reading's last sound matters.
Ending wordEnding(const QString& upper, bool* known) {
    static const QHash<QString, Ending> words{
        {"SYN", Ending::Consonant},     // 신
        {"ACK", Ending::Consonant},     // 액
        {"FIN", Ending::Consonant},     // 핀
        {"SACK", Ending::Consonant},    // 색
        {"LISTEN", Ending::Consonant},  // 리슨
        {"CLOSING", Ending::Consonant}, // 클로징
        {"OPEN", Ending::Consonant},    // 오픈
        {"ISN", Ending::Consonant},     // 아이에스엔
        {"MSL", Ending::Rieul},         // 엠에스엘
        {"WAIT", Ending::Vowel},        // 웨이트
        {"SENT", Ending::Vowel},        // 센트
        {"RECEIVED", Ending::Vowel},    // 리시브드
        {"CLOSED", Ending::Vowel},      // 클로즈드
        {"ESTABLISHED", Ending::Vowel}, // 이스태블리시드
        {"CLOSE", Ending::Vowel},       // 클로즈
        {"MS", Ending::Vowel},          // 밀리초
        {"S", Ending::Vowel},           // 초
        {"LINUX", Ending::Vowel},       // 리눅스
        {"WINDOWS", Ending::Vowel},     // 윈도
    };
    const auto it = words.constFind(upper);
    *known = it != words.constEnd();
    return *known ? *it : Ending::Vowel;
}

// A letter spelled out: L 엘, M 엠, N 엔, R 알; every other letter ends in a vowel (에이, 비, 씨…).
Ending letterEnding(QChar c) {
    switch (c.toUpper().unicode()) {
    case u'L':
    case u'R': return Ending::Rieul;
    case u'M':
    case u'N': return Ending::Consonant;
    default: return Ending::Vowel;
    }
}

// A number read in Korean (일, 이, 삼 … 십, 백, 천, 만), or in English after a Latin word
// (FIN_WAIT_1 is read 핀 웨이트 원).
Ending numberEnding(const QString& digits, bool afterLatin) {
    const char16_t last = digits.back().unicode();
    if (afterLatin) {
        // 원, 투, 쓰리, 포, 파이브, 식스, 세븐, 에잇, 나인, 제로
        static constexpr std::array<Ending, 10> english{
            Ending::Vowel, Ending::Consonant, Ending::Vowel,     Ending::Vowel,     Ending::Vowel,
            Ending::Vowel, Ending::Vowel,     Ending::Consonant, Ending::Consonant, Ending::Consonant};
        return english[last - u'0'];
    }
    if (last != u'0') {
        // 일 이 삼 사 오 육 칠 팔 구
        static constexpr std::array<Ending, 10> korean{
            Ending::Consonant, Ending::Rieul,     Ending::Vowel, Ending::Consonant, Ending::Vowel,
            Ending::Vowel,     Ending::Consonant, Ending::Rieul, Ending::Rieul,     Ending::Vowel};
        return korean[last - u'0'];
    }
    return Ending::Consonant; // 영, 십, 백, 천, 만: all end in a consonant
}

// An English word as Korean writes it: "server" 서버, "lesson" 레슨, "close" 클로즈, "test" 테스트 —
// final m, n and ng stay consonants, l becomes ㄹ, most other endings gain a vowel.
Ending englishWordEnding(const QString& word) {
    const QString lower = word.toLower();
    if (lower.endsWith(QLatin1Char('l'))) return Ending::Rieul;
    if (lower.endsWith(QLatin1Char('m')) || lower.endsWith(QLatin1Char('n')) || lower.endsWith(QLatin1String("ng")))
        return Ending::Consonant;
    return Ending::Vowel;
}

bool isClosing(QChar c) {
    static const QString closing = QStringLiteral("\"'”’)]」』>");
    return closing.contains(c);
}

bool isLatin(QChar c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'); }

struct Marker {
    QString text; // as written in a translation
    QString afterVowel;
    QString afterConsonant;
    bool rieulAsVowel; // (으)로: ㄹ takes 로, like a vowel
};

const std::array<Marker, 5>& markers() {
    static const std::array<Marker, 5> all{{
        {QStringLiteral("을(를)"), QStringLiteral("를"), QStringLiteral("을"), false},
        {QStringLiteral("이(가)"), QStringLiteral("가"), QStringLiteral("이"), false},
        {QStringLiteral("은(는)"), QStringLiteral("는"), QStringLiteral("은"), false},
        {QStringLiteral("와(과)"), QStringLiteral("와"), QStringLiteral("과"), false},
        {QStringLiteral("(으)로"), QStringLiteral("로"), QStringLiteral("으로"), true},
    }};
    return all;
}

} // namespace

KoreanGrammar::Ending KoreanGrammar::endingOf(const QString& text) {
    int end = static_cast<int>(text.size());
    for (;;) { // skip closing quotes and brackets, and the "()" of a call such as connect()
        if (end >= 2 && text.mid(end - 2, 2) == QLatin1String("()"))
            end -= 2;
        else if (end > 0 && isClosing(text.at(end - 1)))
            --end;
        else
            break;
    }
    if (end == 0) return Ending::Vowel;
    const QChar last = text.at(end - 1);
    if (last.unicode() >= kFirstSyllable && last.unicode() <= kLastSyllable) return syllableEnding(last.unicode());
    if (last.isDigit()) {
        int start = end;
        while (start > 0 && text.at(start - 1).isDigit()) --start;
        const bool afterLatin = start > 0 && (text.at(start - 1) == u'_' || isLatin(text.at(start - 1)));
        return numberEnding(text.mid(start, end - start), afterLatin);
    }
    if (isLatin(last)) {
        int start = end;
        while (start > 0 && isLatin(text.at(start - 1))) --start;
        const QString word = text.mid(start, end - start);
        bool known = false;
        const Ending e = wordEnding(word.toUpper(), &known);
        if (known) return e;
        // An acronym is spelled letter by letter; an English word is read roughly as spoken.
        return word == word.toUpper() || word.size() == 1 ? letterEnding(last) : englishWordEnding(word);
    }
    return Ending::Vowel;
}

QString KoreanGrammar::resolveParticles(const QString& text) {
    QString out = text;
    for (const Marker& m : markers()) {
        for (qsizetype at = out.indexOf(m.text); at >= 0; at = out.indexOf(m.text, at)) {
            const Ending e = endingOf(out.left(at));
            const bool vowelLike = e == Ending::Vowel || (m.rieulAsVowel && e == Ending::Rieul);
            const QString& particle = vowelLike ? m.afterVowel : m.afterConsonant;
            out.replace(at, m.text.size(), particle);
            at += particle.size();
        }
    }
    return out;
}

QString KoreanGrammar::ordinal(uint32_t n) {
    // Native Korean counting words before 번째; 1 is 첫, not 한.
    static const QStringList ones{QString(),
                                  QStringLiteral("한"),
                                  QStringLiteral("두"),
                                  QStringLiteral("세"),
                                  QStringLiteral("네"),
                                  QStringLiteral("다섯"),
                                  QStringLiteral("여섯"),
                                  QStringLiteral("일곱"),
                                  QStringLiteral("여덟"),
                                  QStringLiteral("아홉")};
    static const QStringList tens{QString(),
                                  QStringLiteral("열"),
                                  QStringLiteral("스물"),
                                  QStringLiteral("서른"),
                                  QStringLiteral("마흔"),
                                  QStringLiteral("쉰"),
                                  QStringLiteral("예순"),
                                  QStringLiteral("일흔"),
                                  QStringLiteral("여든"),
                                  QStringLiteral("아흔")};
    if (n == 0 || n >= 100) return QStringLiteral("%1번째").arg(n);
    if (n == 1) return QStringLiteral("첫 번째");
    if (n == 20) return QStringLiteral("스무 번째");
    return tens[static_cast<int>(n / 10)] + ones[static_cast<int>(n % 10)] + QStringLiteral(" 번째");
}

} // namespace hl::ui
