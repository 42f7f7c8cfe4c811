#pragma once
// Korean grammar the translations cannot do alone: a particle after an inserted noun depends on
// how that noun is read (SYN is read 신 and takes 을; RST is read 알에스티 and takes 를), and
// ordinals are words up to 99 (첫 번째, 두 번째, 스물한 번째). Qt Core only: the CLI uses it too.
#include <QString>

namespace hl::ui {

class KoreanGrammar {
public:
    // How a word ends when read aloud in Korean.
    enum class Ending { Vowel, Rieul, Consonant };

    // The ending of `text` as read: the last Hangul syllable, number or Latin word, with closing
    // quotes, brackets and "()" skipped. Acronyms are read as Korean speakers read them.
    static Ending endingOf(const QString& text);

    // Replaces each particle marker written in a translation after an inserted noun —
    // 을(를), 이(가), 은(는), 와(과), (으)로 — by the particle the preceding word takes.
    // Text without markers (all English) comes back unchanged.
    static QString resolveParticles(const QString& text);

    // 1 → "첫 번째", 2 → "두 번째", 21 → "스물한 번째"; from 100 on "100번째".
    static QString ordinal(uint32_t n);
};

} // namespace hl::ui
