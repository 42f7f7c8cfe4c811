#pragma once
// The scrubber: one tick per step (at most one per pixel column), the current step marked,
// "Step N of M". Click or drag to move the cursor; the steps are evenly spaced (a 10 s TIME_WAIT
// must not squash the handshake).
#include <QWidget>

namespace hl::ui {

class SessionController;

class TimelineBar : public QWidget {
    Q_OBJECT
public:
    explicit TimelineBar(SessionController* session, QWidget* parent = nullptr);

    QString positionText() const; // "Step 3 of 12"
    // The step nearest to an x position inside the widget (for tests and the mouse).
    size_t stepAtX(int x) const;
    int xOfStep(size_t step) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRect trackRect() const;
    int labelWidth() const;

    SessionController* session_;
    mutable int labelWidth_ = -1; // cached: measuring text costs; -1 after a font, language or trace change
};

} // namespace hl::ui
