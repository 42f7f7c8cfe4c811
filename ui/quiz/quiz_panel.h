#pragma once
// The predict-mode panel (issue 17): the waiting question with its choices (a button each, and a
// field for a typed answer: every kind can be answered from the keyboard alone), the reveal
// after an answer (right or wrong, the explanation with its RFC rule, a link to the glossary
// term), New numbers, and the review with the score and the CSV/JSON export. In class mode the
// question is large, there is nothing to answer and the teacher reveals (Reveal, PageDown).
#include <QWidget>

#include <vector>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace hl::ui {

class PredictMode;

class QuizPanel : public QWidget {
    Q_OBJECT
public:
    explicit QuizPanel(PredictMode* mode, QWidget* parent = nullptr);

    // For tests and screenshots.
    QString questionText() const;
    QString feedbackText() const;
    QString summaryText() const;
    QLineEdit* answerField() const { return field_; }
    QPushButton* choiceButton(int i) const;
    int choiceCount() const;
    QPushButton* revealButton() const { return reveal_; }
    QTableWidget* review() const { return review_; }

    // Class mode's projector layout (a strip under the ladder, large type, the choices side by
    // side) or the normal column.
    void setPresentationMode(bool on);
    // The height the panel needs at `width` without scrolling (the window sizes the strip to it).
    int neededHeight(int width) const;
    // How many choices stand side by side (tests).
    int choiceColumns() const { return choiceColumns_; }

signals:
    void glossaryRequested(const QString& key);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void submit(const QString& text);
    void exportReview();
    void applyFonts();
    void arrange();
    void arrangeChoices();
    int choicesRoom() const;

    PredictMode* mode_;
    QLabel* progress_;
    QLabel* question_;
    QLabel* pickHint_; // a state question: the state machine's boxes answer it too
    QWidget* choicesBox_;
    QGridLayout* choices_;
    std::vector<QPushButton*> choiceButtons_;
    int choiceColumns_ = 1;
    QLineEdit* field_;
    QPushButton* answer_;
    QPushButton* reveal_;
    QLabel* feedback_;
    QPushButton* newNumbers_;
    QLabel* summary_;
    QTableWidget* review_;
    QScrollArea* scroll_ = nullptr;
    QWidget* inner_ = nullptr;
    QGridLayout* grid_ = nullptr;
    QHBoxLayout* answerRow_ = nullptr;
    QHBoxLayout* buttons_ = nullptr;
    QPushButton* export_;
    bool presentation_ = false;
};

} // namespace hl::ui
