#pragma once
// The Perturbations dock: the lesson's own faults first (marked "from the lesson", each with a
// check box that switches it off and on: "what if it had arrived"), then every change the user
// made, in words, each removable on its own (Remove button or Del; on a lesson's fault they
// switch it), with Undo, Redo and Reset lesson.
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace hl::ui {

class SessionController;

class PerturbationsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PerturbationsPanel(SessionController* session, QWidget* parent = nullptr);

    QListWidget* list() const { return list_; }
    // Removes the selected line, or switches the selected lesson fault (the Remove button, Del).
    void removeSelected();
    // The row of the lesson's fault `index` (they come first), for tests.
    static int lessonFaultRow(size_t index) { return static_cast<int>(index); }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void updateButtons();
    void retranslate();
    void onItemChanged(QListWidgetItem* item);
    std::optional<size_t> selectedLessonFault() const;

    SessionController* session_;
    QLabel* hint_;
    QListWidget* list_;
    QPushButton* remove_;
    QPushButton* undo_;
    QPushButton* redo_;
    QPushButton* reset_;
};

} // namespace hl::ui
