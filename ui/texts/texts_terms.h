#pragma once
// translations/terms.md, embedded (":/terms/terms.md"): one row per concept with the English term,
// the one Korean term the app uses, the textbook variants a student may know, and the spellings
// the app must never use. The glossary shows the variants and searches them; a test checks the
// translations and lessons against the "never use" column. The file is the only copy of these facts.
#include <QString>
#include <QStringList>

#include <vector>

namespace hl::ui {

struct TermRow {
    QString key; // as the glossary's keys: "seq", "half-close", "2MSL" …
    QString english;
    QString korean;
    QStringList variants; // textbook names, both languages
    QStringList neverUse; // regular expressions
};

class TermsTable {
public:
    static const std::vector<TermRow>& rows();
    // The row of a glossary key; nullptr when the table has none.
    static const TermRow* find(const QString& key);
    // Parses the Markdown table of `text` (exposed for tests).
    static std::vector<TermRow> parse(const QString& text);
};

} // namespace hl::ui
