#pragma once
// One endpoint's state, large enough to read from the back of a classroom: the current state,
// the state it came from and what made it change. A change flashes the box in the endpoint's
// colour so that nobody misses it.
#include "core/host.h"
#include "core/tcp_state.h"
#include "ui/diagram/theme.h"

#include <QVariantAnimation>
#include <QWidget>

namespace hl::ui {

class StateBox : public QWidget {
    Q_OBJECT
public:
    explicit StateBox(HostId host, QWidget* parent = nullptr);

    HostId host() const { return host_; }
    // `previous` and `why` describe the last change; pass an empty `why` when nothing happened yet.
    void setState(TcpState state, TcpState previous, const QString& why, bool animate);
    void setTheme(Theme theme);
    void setTitle(const QString& title); // "Client :50000"
    // Presentation mode leaves out the "from X: why" line: the caption says why, and the ladder
    // gets the height.
    void setShowsDetail(bool on);
    bool showsDetail() const { return showsDetail_; }

    TcpState state() const { return state_; }
    QString stateText() const;
    QString detailText() const;
    void stopFlash();
    bool isFlashing() const { return flash_.state() == QAbstractAnimation::Running; }

    // Whether the title, the state name and the "from …" line fit in their places at the current
    // size and font (nothing clipped); for the 200 % / large-font checks.
    bool textFits() const; // title, state and (when shown) detail inside the box

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Layout {
        QRectF frame, badge, title, state, detail;
    };
    Layout layout() const;
    QFont stateFont() const;
    void retranslateUi();
    void updateAccessibleText();

    HostId host_;
    TcpState state_ = TcpState::Closed;
    TcpState previous_ = TcpState::Closed;
    QString why_;
    QString title_;
    Theme theme_ = Theme::Light;
    bool showsDetail_ = true;
    bool hasChanged_ = false;
    double flashLevel_ = 0.0;
    QVariantAnimation flash_;
};

} // namespace hl::ui
