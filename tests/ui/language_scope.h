#pragma once
// For the UI tests that switch language: whether a text has Hangul syllables, and a language
// installed for one scope (back to English afterwards).
#include "ui/texts/language.h"

#include <QString>

#include <gtest/gtest.h>

namespace hl::uitest {

// Precomposed Hangul syllables (U+AC00..U+D7A3): what every Korean text of the app is written in.
inline bool containsHangul(const QString& s) {
    for (QChar c : s)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) return true;
    return false;
}

// Installs a language for one test and goes back to English afterwards.
class LanguageScope {
public:
    explicit LanguageScope(const QString& code) { EXPECT_TRUE(ui::Language::install(code)); }
    ~LanguageScope() { ui::Language::install(QStringLiteral("en")); }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
};

} // namespace hl::uitest
