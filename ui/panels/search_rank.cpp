#include "ui/panels/search_rank.h"

#include <algorithm>
#include <array>
#include <utility>

namespace hl::ui {

namespace {

// Korean words a student may type for what the app writes in protocol notation or English.
// Search aliases, not shown text.
struct Synonym {
    const char* word; // UTF-8
    std::array<const char*, 3> means;
};
constexpr std::array kSynonyms = {
    Synonym{"대기", {"wait", nullptr, nullptr}},         Synonym{"손실", {"lost", "loss", nullptr}},
    Synonym{"재전송", {"retransmi", nullptr, nullptr}},  Synonym{"종료", {"close", "fin", nullptr}},
    Synonym{"리셋", {"rst", "reset", nullptr}},          Synonym{"재설정", {"rst", "reset", nullptr}},
    Synonym{"동시", {"simultaneous", nullptr, nullptr}},
};

// Lower case, with "_" and "-" read as spaces: "time wait" finds TIME_WAIT.
QString normalized(const QString& s) {
    QString out = s.toCaseFolded();
    for (QChar& c : out)
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) c = QLatin1Char(' ');
    return out.simplified();
}

bool wordStartsWith(const QString& text, const QString& needle) {
    qsizetype from = 0;
    while ((from = text.indexOf(needle, from)) >= 0) {
        if (from == 0 || !text.at(from - 1).isLetterOrNumber()) return true;
        ++from;
    }
    return false;
}

int scoreOne(const QString& needle, const SearchFields& f) {
    int best = 0;
    for (const QString& raw : f.titles) {
        const QString t = normalized(raw);
        if (t == needle)
            best = std::max(best, 1000);
        else if (t.startsWith(needle))
            best = std::max(best, 800);
        else if (wordStartsWith(t, needle))
            best = std::max(best, 600);
        else if (t.contains(needle))
            best = std::max(best, 500);
    }
    for (const QString& raw : f.keys) {
        const QString k = normalized(raw);
        if (k == needle)
            best = std::max(best, 900);
        else if (k.contains(needle))
            best = std::max(best, 400);
    }
    if (best == 0)
        for (const QString& raw : f.bodies)
            if (normalized(raw).contains(needle))
                best = std::max(best, wordStartsWith(normalized(raw), needle) ? 200 : 100);
    return best;
}

} // namespace

int searchScore(const QString& query, const SearchFields& fields) {
    const QString needle = normalized(query);
    if (needle.isEmpty()) return 1;
    int best = scoreOne(needle, fields);
    // A synonym ranks just below the same kind of match on the word itself.
    for (const Synonym& s : kSynonyms) {
        if (!needle.contains(normalized(QString::fromUtf8(s.word)))) continue;
        for (const char* meaning : s.means)
            if (meaning) {
                const QString alias = QString(needle).replace(normalized(QString::fromUtf8(s.word)),
                                                              QString::fromUtf8(meaning));
                best = std::max(best, scoreOne(normalized(alias), fields) - 1);
            }
    }
    return std::max(best, 0);
}

std::vector<size_t> rankSearch(const QString& query, const std::vector<SearchFields>& candidates) {
    std::vector<std::pair<int, size_t>> scored;
    for (size_t i = 0; i < candidates.size(); ++i)
        if (const int s = searchScore(query, candidates[i]); s > 0) scored.emplace_back(s, i);
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<size_t> out;
    out.reserve(scored.size());
    for (const auto& [score, i] : scored) out.push_back(i);
    return out;
}

} // namespace hl::ui
