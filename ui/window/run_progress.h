#pragma once
// The bar above the diagram while a large lesson is simulated on the worker thread (issue 13):
// what is being run, the events simulated so far, and Cancel. It observes the session and is
// hidden whenever no run is going.
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace hl::ui {

class SessionController;

class RunProgress : public QWidget {
    Q_OBJECT
public:
    explicit RunProgress(SessionController* session, QWidget* parent = nullptr);

    QString text() const;
    QPushButton* cancelButton() const { return cancel_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    SessionController* session_;
    QLabel* label_;
    QProgressBar* bar_;
    QPushButton* cancel_;
    bool opening_ = true;
    quint64 events_ = 0;
};

} // namespace hl::ui
