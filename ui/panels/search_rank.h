#pragma once
// One ranking rule for every search box (the lesson browser, the glossary), so that both answer a
// query the same way: a title that is the query comes first, then titles that start with it, that
// have a word starting with it, that contain it, then ids, then only the body text. Both languages
// are searched at once, and a few Korean words also find the English notation they stand for
// (대기 finds TIME_WAIT, CLOSE_WAIT, FIN_WAIT_1 ...).
#include <QString>
#include <QStringList>

#include <vector>

namespace hl::ui {

struct SearchFields {
    QStringList titles; // the names shown in the list, in every language
    QStringList keys;   // ids and notation ("lost-syn", "TIME_WAIT")
    QStringList bodies; // summaries, definitions
};

// 0: no match; higher is better. Case-insensitive; "_", "-" and spaces are alike.
int searchScore(const QString& query, const SearchFields& fields);

// Indices of the candidates that match, best first (equal scores keep their order).
std::vector<size_t> rankSearch(const QString& query, const std::vector<SearchFields>& candidates);

} // namespace hl::ui
