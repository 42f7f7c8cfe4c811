#pragma once
// What the current step did and why, with its RFC rule, in large type. Before the first step it
// shows the lesson's title and summary. With bilingual captions on, the same narration in the
// other language follows below at the same size and contrast (for bilingual classes). In
// presentation mode the body is the step's short caption (Texts::shortCaption); the whole
// narration is one key away (setFullNarration).
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
    void setPresentationMode(bool on);
    void setFullNarration(bool on);
    bool isFullNarration() const { return full_; }
    // True when the body is the one-line caption (presentation mode, full narration off).
    bool showsShortCaption() const;
    // The height the heading and caption(s) need at `width`, so that nothing scrolls.
    int neededHeight(int width) const;
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
    bool presentation_ = false;
    bool full_ = false;
};

} // namespace hl::ui
