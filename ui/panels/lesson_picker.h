#pragma once
// The built-in lessons, grouped (Handshake, Closing, Loss and retransmission, Resets, TIME_WAIT),
// searchable in English and Korean at once, with each lesson's title and whole summary. A search
// lists the matches by relevance (search_rank.h), the best one selected and described.
#include "core/scenario.h"
#include "ui/panels/search_rank.h"

#include <QWidget>

#include <vector>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QLabel;
class QPushButton;

namespace hl::ui {

class LessonPicker : public QWidget {
    Q_OBJECT
public:
    // Column: search, list, summary and Open stacked (the narrow Lessons dock). Wide: the list
    // beside the whole summary, which scrolls rather than being cut (the lesson browser dialog).
    enum class Arrangement { Column, Wide };
    explicit LessonPicker(QWidget* parent = nullptr) : LessonPicker(Arrangement::Column, parent) {}
    explicit LessonPicker(Arrangement arrangement, QWidget* parent = nullptr);
    // Defaults to hl::builtinLessons(); tests pass their own list.
    void setLessons(std::vector<Scenario> lessons);
    void setCurrentLesson(const QString& id);

    void setFilter(const QString& text);
    // Ids of the lessons the current filter shows, in display order.
    QStringList visibleLessonIds() const;
    QString selectedLessonId() const;
    QString summaryText() const; // the description pane
    // Puts the cursor in the search box, its text selected (Ctrl+L).
    void focusSearch();

    QLineEdit* searchBox() const { return search_; }
    QTreeWidget* list() const { return tree_; }
    QLabel* summaryLabel() const { return summary_; }

signals:
    void lessonChosen(const QString& id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void showSummary();
    void chooseCurrent();
    void retranslateUi();
    static SearchFields searchFields(const Scenario& s);

    void fitListWidth();

    std::vector<Scenario> lessons_;
    Arrangement arrangement_ = Arrangement::Column;
    QString current_;
    QLineEdit* search_;
    QTreeWidget* tree_;
    QLabel* summary_;
    QPushButton* open_;
};

} // namespace hl::ui
