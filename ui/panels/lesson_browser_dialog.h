#pragma once
// The lesson browser (issue 14 pt 9): a dialog with room for the whole list of lessons and the
// whole summary of the one selected, searched by relevance (search_rank.h) with the top hit
// selected and described. Everything works from the keyboard: type, ↓/↑ to move, Enter to open,
// Esc to close.
#include <QDialog>

namespace hl::ui {

class LessonPicker;

class LessonBrowserDialog : public QDialog {
    Q_OBJECT
public:
    // `current`: the lesson open now (selected when nothing is searched).
    explicit LessonBrowserDialog(const QString& current, QWidget* parent = nullptr);

    LessonPicker* picker() const { return picker_; }
    // The lesson chosen (Enter, double-click, Open), once the dialog is accepted.
    QString chosenLesson() const { return chosen_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    LessonPicker* picker_;
    QString chosen_;
};

} // namespace hl::ui
