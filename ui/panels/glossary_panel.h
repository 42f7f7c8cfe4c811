#pragma once
// Help → Glossary: every term a student meets (flags, numbers, timers, half-open/half-close, the
// 11 states) with its one-line and longer definition, searchable in both languages. With
// bilingual captions on, each definition is followed by the other language's, smaller and grey.
#include "ui/texts/texts.h"

#include <QWidget>

#include <vector>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace hl::ui {

class GlossaryPanel : public QWidget {
    Q_OBJECT
public:
    explicit GlossaryPanel(QWidget* parent = nullptr);

    void setBilingual(bool on);
    bool isBilingual() const { return bilingual_; }
    // Selects a term by its key ("SYN", "seq", "SYN_SENT"); clears a search that hides it.
    bool showTerm(const QString& key);
    QString currentKey() const;
    QStringList visibleKeys() const;            // the terms the search leaves, in list order
    QString termText(const QString& key) const; // the list's text for a term
    QString detailsText() const;                // the definition shown, as plain text
    QLineEdit* searchField() const { return search_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild();
    void applyFilter();
    void fillList(const QString& keep);
    void showDetails();
    const GlossaryEntry* entry(const QString& key) const;
    const GlossaryEntry* otherEntry(const QString& key) const;

    QLineEdit* search_;
    QListWidget* list_;
    QTextBrowser* details_;
    std::vector<GlossaryEntry> entries_; // current language
    std::vector<GlossaryEntry> other_;   // the other language (searched, and shown when bilingual)
    bool bilingual_ = false;
};

} // namespace hl::ui
