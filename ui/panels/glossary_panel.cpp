#include "ui/panels/glossary_panel.h"

#include "ui/panels/search_rank.h"
#include "ui/texts/language.h"
#include "ui/window/accessible_names.h"

#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace hl::ui {

namespace {
constexpr int kKeyRole = Qt::UserRole;

QString otherLanguage() {
    return Language::current() == QLatin1String("ko") ? QStringLiteral("en") : QStringLiteral("ko");
}

QString entryHtml(const GlossaryEntry& e) {
    QString html = QStringLiteral("<h3>%1</h3><p><b>%2</b></p><p>%3</p>")
                       .arg(e.term.toHtmlEscaped(), e.brief.toHtmlEscaped(), e.details.toHtmlEscaped());
    if (!e.alsoCalled.isEmpty()) html += QStringLiteral("<p><i>%1</i></p>").arg(e.alsoCalled.toHtmlEscaped());
    return html;
}
} // namespace

GlossaryPanel::GlossaryPanel(QWidget* parent)
    : QWidget(parent), search_(new QLineEdit(this)), list_(new QListWidget), details_(new QTextBrowser) {
    search_->setObjectName(QStringLiteral("glossarySearch"));
    search_->setClearButtonEnabled(true);
    list_->setObjectName(QStringLiteral("glossaryList"));
    // Bilingual terms are long: wrap them rather than cut them off.
    list_->setWordWrap(true);
    list_->setResizeMode(QListView::Adjust);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    details_->setObjectName(QStringLiteral("glossaryDetails"));
    details_->setOpenLinks(false);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(list_);
    split->addWidget(details_);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(search_);
    layout->addWidget(split, 1);
    connect(search_, &QLineEdit::textChanged, this, &GlossaryPanel::applyFilter);
    connect(list_, &QListWidget::currentItemChanged, this, &GlossaryPanel::showDetails);
    retranslateUi();
}

void GlossaryPanel::setBilingual(bool on) {
    if (on == bilingual_) return;
    bilingual_ = on;
    rebuild();
}

const GlossaryEntry* GlossaryPanel::otherEntry(const QString& key) const {
    for (const GlossaryEntry& e : other_)
        if (e.key == key) return &e;
    return nullptr;
}

void GlossaryPanel::retranslateUi() {
    //: Placeholder of the glossary's search field; both languages are searched.
    search_->setPlaceholderText(tr("Search terms (English or Korean)…"));
    setControlName(search_, tr("Search terms"));
    //: Accessible name of the glossary's list of terms (read by screen readers).
    setControlName(list_, tr("Glossary terms"));
    //: Accessible name of the glossary's text showing the chosen term (read by screen readers).
    setControlName(details_, tr("Definition"));
    rebuild();
}

void GlossaryPanel::rebuild() {
    const QString keep = currentKey();
    entries_ = Texts::glossary();
    other_.clear();
    Language::translatedIn(otherLanguage(), [this] {
        other_ = Texts::glossary();
        return QString();
    });
    fillList(keep);
}

const GlossaryEntry* GlossaryPanel::entry(const QString& key) const {
    for (const GlossaryEntry& e : entries_)
        if (e.key == key) return &e;
    return nullptr;
}

// The terms in the glossary's order, or the matches of the search by relevance (search_rank.h,
// the same rule as the lesson browser), the best one selected.
void GlossaryPanel::fillList(const QString& keep) {
    const QString needle = search_->text().trimmed();
    std::vector<size_t> order;
    if (needle.isEmpty()) {
        for (size_t i = 0; i < entries_.size(); ++i) order.push_back(i);
    } else {
        std::vector<SearchFields> fields;
        for (const GlossaryEntry& e : entries_) {
            // A term's textbook variants count as its names.
            SearchFields f{QStringList{e.term} + e.variants, {e.key}, {e.brief, e.details}};
            // Both languages are searched: a Korean student may type an English word and back.
            if (const GlossaryEntry* o = otherEntry(e.key)) {
                f.titles << o->term << o->variants;
                f.bodies << o->brief << o->details;
            }
            fields.push_back(std::move(f));
        }
        order = rankSearch(needle, fields);
    }
    const QSignalBlocker block(list_);
    list_->clear();
    for (const size_t i : order) {
        const GlossaryEntry& e = entries_[i];
        QString text = e.term;
        const GlossaryEntry* o = otherEntry(e.key);
        if (bilingual_ && o && o->term != e.term) text += QStringLiteral("  ·  ") + o->term;
        auto* item = new QListWidgetItem(text, list_);
        item->setData(kKeyRole, e.key);
        item->setToolTip(e.brief);
    }
    // A search selects its best match; otherwise the term shown before stays.
    if (!needle.isEmpty() && list_->count() > 0)
        list_->setCurrentRow(0);
    else
        for (int i = 0; i < list_->count(); ++i)
            if (list_->item(i)->data(kKeyRole).toString() == keep) list_->setCurrentRow(i);
    if (!list_->currentItem() && list_->count() > 0) list_->setCurrentRow(0);
    showDetails();
}

void GlossaryPanel::applyFilter() { fillList(currentKey()); }

void GlossaryPanel::showDetails() {
    const QListWidgetItem* item = list_->currentItem();
    if (!item || item->isHidden()) {
        details_->setPlainText(search_->text().isEmpty() ? QString() : tr("No term matches “%1”.").arg(search_->text()));
        return;
    }
    const GlossaryEntry* e = entry(item->data(kKeyRole).toString());
    if (!e) return;
    QString html = entryHtml(*e);
    if (const GlossaryEntry* o = otherEntry(e->key); bilingual_ && o) {
        // The other language below, smaller and greyed, as in the narration.
        // Rich text ignores a colour's alpha: mix the text colour into the background instead.
        const QColor ink = palette().color(QPalette::Text), paper = palette().color(QPalette::Base);
        const QString grey = QColor::fromRgbF((ink.redF() + paper.redF()) / 2, (ink.greenF() + paper.greenF()) / 2,
                                              (ink.blueF() + paper.blueF()) / 2)
                                 .name();
        html += QStringLiteral("<hr><div style=\"color:%1; font-size:small\">%2</div>").arg(grey, entryHtml(*o));
    }
    details_->setHtml(html);
}

bool GlossaryPanel::showTerm(const QString& key) {
    // A term the search hides: clear the search (which lists every term again) first.
    if (entry(key) && !visibleKeys().contains(key)) {
        const QSignalBlocker block(search_);
        search_->clear();
        fillList(key);
    }
    for (int i = 0; i < list_->count(); ++i) {
        QListWidgetItem* item = list_->item(i);
        if (item->data(kKeyRole).toString() != key) continue;
        list_->setCurrentItem(item);
        list_->scrollToItem(item);
        return true;
    }
    return false;
}

QString GlossaryPanel::currentKey() const {
    const QListWidgetItem* item = list_->currentItem();
    return item ? item->data(kKeyRole).toString() : QString();
}

QStringList GlossaryPanel::visibleKeys() const {
    QStringList keys;
    for (int i = 0; i < list_->count(); ++i) keys << list_->item(i)->data(kKeyRole).toString();
    return keys;
}

QString GlossaryPanel::termText(const QString& key) const {
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->data(kKeyRole).toString() == key) return list_->item(i)->text();
    return {};
}

QString GlossaryPanel::detailsText() const { return details_->toPlainText(); }

void GlossaryPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    if (event->type() == QEvent::PaletteChange) showDetails();
    QWidget::changeEvent(event);
}

} // namespace hl::ui
