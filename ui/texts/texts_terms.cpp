#include "ui/texts/texts_terms.h"

#include <QFile>

namespace hl::ui {
namespace {

QStringList cellList(const QString& cell) {
    QStringList out;
    for (const QString& part : cell.split(QLatin1Char(';'))) {
        const QString t = part.trimmed();
        if (!t.isEmpty()) out << t;
    }
    return out;
}

} // namespace

std::vector<TermRow> TermsTable::parse(const QString& text) {
    std::vector<TermRow> out;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QLatin1Char('|')) || line.startsWith(QLatin1String("|---"))) continue;
        QStringList cells = line.mid(1, line.size() - 2).split(QLatin1Char('|'));
        if (cells.size() != 5) continue;
        for (QString& c : cells) c = c.trimmed();
        if (cells[0] == QLatin1String("key")) continue; // the heading
        out.push_back({cells[0], cells[1], cells[2], cellList(cells[3]), cellList(cells[4])});
    }
    return out;
}

const std::vector<TermRow>& TermsTable::rows() {
    static const std::vector<TermRow> table = [] {
        QFile f(QStringLiteral(":/terms/terms.md"));
        return f.open(QIODevice::ReadOnly) ? parse(QString::fromUtf8(f.readAll())) : std::vector<TermRow>{};
    }();
    return table;
}

const TermRow* TermsTable::find(const QString& key) {
    for (const TermRow& r : rows())
        if (r.key == key) return &r;
    return nullptr;
}

} // namespace hl::ui
