#pragma once
// The Perturbations dock: every change the user made to the lesson, in words, each removable on
// its own (Remove button or Del), with Undo, Redo and Reset lesson.
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace hl::ui {

class SessionController;

class PerturbationsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PerturbationsPanel(SessionController* session, QWidget* parent = nullptr);

    QListWidget* list() const { return list_; }
    // Removes the selected line (what the Remove button and Del do).
    void removeSelected();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void updateButtons();
    void retranslate();

    SessionController* session_;
    QLabel* hint_;
    QListWidget* list_;
    QPushButton* remove_;
    QPushButton* undo_;
    QPushButton* redo_;
    QPushButton* reset_;
};

} // namespace hl::ui
