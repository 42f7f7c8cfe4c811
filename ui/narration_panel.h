#pragma once
// What the current step did and why, with its RFC rule, in large type. Before the first step it
// shows the lesson's title and summary.
#include <QWidget>

class QLabel;

namespace hl::ui {

class SessionController;

class NarrationPanel : public QWidget {
    Q_OBJECT
public:
    explicit NarrationPanel(SessionController* session, QWidget* parent = nullptr);

    QString headingText() const;
    QString bodyText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void applyFonts();

    SessionController* session_;
    QLabel* heading_;
    QLabel* body_;
};

} // namespace hl::ui
