#pragma once
// What the current step did and why, with its RFC rule, in large type. Before the first step it
// shows the lesson's title and summary. With bilingual captions on, the same narration in the
// other language follows below, smaller and greyed (for bilingual classes).
#include <QWidget>

#include <utility>

class QLabel;

namespace hl::ui {

class SessionController;

class NarrationPanel : public QWidget {
    Q_OBJECT
public:
    explicit NarrationPanel(SessionController* session, QWidget* parent = nullptr);

    QString headingText() const;
    QString bodyText() const;
    // The other language's caption; empty when bilingual captions are off.
    QString otherText() const;
    bool isOtherVisible() const;

    void setBilingual(bool on);
    bool isBilingual() const { return bilingual_; }
    // Point sizes of the main and the other-language caption (for tests: the other is smaller).
    qreal bodyPointSize() const;
    qreal otherPointSize() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void applyFonts();
    // The heading and body of the current step in the current tr() language.
    std::pair<QString, QString> compose() const;

    SessionController* session_;
    QLabel* heading_;
    QLabel* body_;
    QLabel* other_;
    bool bilingual_ = false;
};

} // namespace hl::ui
