#pragma once
// The scrubber of a load lesson (issue 15), in the player bar in place of the step timeline: the
// run's time as a track with ticks at the chart's round times, the moment shown marked, and
// "42 s of 121 s". Click or drag to move the LoadPlayer.
#include <QWidget>

namespace hl::ui {

class LoadSession;

class LoadTimeline : public QWidget {
    Q_OBJECT
public:
    explicit LoadTimeline(LoadSession* session, QWidget* parent = nullptr);

    QString positionText() const; // "42 s of 121 s"
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

    LoadSession* session_;
};

} // namespace hl::ui
