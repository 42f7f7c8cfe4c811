#pragma once
// The predict-mode panel (issue 17): the waiting question with its choices (a button each, and a
// field for a typed answer: every kind can be answered from the keyboard alone), the reveal
// after an answer (right or wrong, the explanation with its RFC rule, a link to the glossary
// term), New numbers, and the review with the score and the CSV/JSON export. In class mode the
// question is large, there is nothing to answer and the teacher reveals (Reveal, PageDown).
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

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

    void setPresentationMode(bool on);

signals:
    void glossaryRequested(const QString& key);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void submit(const QString& text);
    void exportReview();
    void applyFonts();

    PredictMode* mode_;
    QLabel* progress_;
    QLabel* question_;
    QWidget* choicesBox_;
    QVBoxLayout* choices_;
    QLineEdit* field_;
    QPushButton* answer_;
    QPushButton* reveal_;
    QLabel* feedback_;
    QPushButton* newNumbers_;
    QLabel* summary_;
    QTableWidget* review_;
    QPushButton* export_;
    bool presentation_ = false;
};

} // namespace hl::ui
