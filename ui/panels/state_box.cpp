#include "ui/panels/state_box.h"

#include "ui/panels/glossary_tips.h"
#include "ui/texts/texts.h"
#include "ui/window/window_theme.h"

#include <QEvent>
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace hl::ui {

namespace {
QColor blend(const QColor& a, const QColor& b, double f) {
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                            a.blueF() + (b.blueF() - a.blueF()) * f);
}
} // namespace

StateBox::StateBox(HostId host, QWidget* parent) : QWidget(parent), host_(host) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    flash_.setStartValue(1.0);
    flash_.setEndValue(0.0);
    flash_.setDuration(1600);
    flash_.setEasingCurve(QEasingCurve::InQuad);
    connect(&flash_, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        flashLevel_ = v.toDouble();
        update();
    });
    retranslateUi();
}

void StateBox::setState(TcpState state, TcpState previous, const QString& why, bool animate) {
    const bool changed = state != state_;
    state_ = state;
    previous_ = previous;
    why_ = why;
    hasChanged_ = !why.isEmpty();
    setToolTip(GlossaryTips::state(state));
    updateAccessibleText();
    if (changed && animate) {
        flash_.stop();
        flash_.start();
    }
    update();
}

void StateBox::stopFlash() {
    flash_.stop();
    flashLevel_ = 0.0;
    update();
}

void StateBox::setTheme(Theme theme) {
    theme_ = theme;
    update();
}

void StateBox::setShowsDetail(bool on) {
    showsDetail_ = on;
    updateGeometry();
    update();
}

void StateBox::setTitle(const QString& title) {
    title_ = title;
    update();
}

QString StateBox::stateText() const { return Texts::stateName(state_); }

QString StateBox::detailText() const {
    if (!hasChanged_) return tr("No change yet");
    //: In a state box: "from SYN_SENT: received SYN,ACK acknowledging our SYN".
    return tr("from %1: %2").arg(Texts::stateName(previous_), why_);
}

QFont StateBox::stateFont() const {
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 2.3);
    f.setBold(true);
    return f;
}

QSize StateBox::sizeHint() const {
    const QFontMetrics normal(font());
    const QFontMetrics big(stateFont());
    // Three lines for "from SYN_SENT: <why>": the longer reasons need them in Korean and at large
    // sizes, where the box is only as wide as the lifelines' distance allows (text_fit_test).
    const int h = 12 + normal.height() + 4 + big.height() + (showsDetail_ ? 4 + 3 * normal.height() : 0) + 12;
    return {big.horizontalAdvance(QStringLiteral("SYN_RECEIVED")) + 80, h};
}

QSize StateBox::minimumSizeHint() const {
    // The longest state name must fit in large type.
    return {QFontMetrics(stateFont()).horizontalAdvance(QStringLiteral("SYN_RECEIVED")) + 30, sizeHint().height()};
}

StateBox::Layout StateBox::layout() const {
    Layout l;
    const QRectF r = QRectF(rect()).adjusted(2, 2, -2, -2);
    const QFontMetrics normal(font());
    const int pad = 12;
    const int badge = normal.height() + 6;
    l.frame = r;
    l.badge = QRectF(r.left() + pad, r.top() + 8, badge, badge);
    l.title = QRectF(l.badge.right() + 8, l.badge.top(), r.width() - badge - 3 * pad, badge);
    l.state = QRectF(r.left() + pad, l.badge.bottom() + 2, r.width() - 2 * pad, QFontMetrics(stateFont()).height());
    l.detail = QRectF(r.left() + pad, l.state.bottom() + 2, r.width() - 2 * pad, r.bottom() - l.state.bottom() - 6);
    return l;
}

bool StateBox::textFits() const {
    const Layout l = layout();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF normal(font()), titleMetrics(bold), big(stateFont()); // the title is drawn bold
    const QRectF detail = normal.boundingRect(QRectF(l.detail.topLeft(), QSizeF(l.detail.width(), 1e6)),
                                              Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, detailText());
    const bool detailFits = !showsDetail_ ||
                            (detail.height() <= l.detail.height() + 0.5 && detail.width() <= l.detail.width() + 0.5);
    return titleMetrics.horizontalAdvance(title_) <= l.title.width() &&
           big.horizontalAdvance(stateText()) <= l.state.width() && big.height() <= l.state.height() + 0.5 &&
           l.state.bottom() <= l.frame.bottom() && detailFits;
}

void StateBox::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = hostColor(host_, theme_);
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    const Layout l = layout();
    const QRectF r = l.frame;

    p.setPen(QPen(accent, 3));
    p.setBrush(blend(base, accent, 0.55 * flashLevel_));
    p.drawRoundedRect(r, 8, 8);

    // Badge: the endpoint's colour always comes with its letter.
    const QRectF badgeRect = l.badge;
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawEllipse(badgeRect);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(hostTextColor(host_, theme_));
    p.drawText(badgeRect, Qt::AlignCenter, hostBadge(host_));

    p.setPen(text);
    p.drawText(l.title, Qt::AlignVCenter | Qt::AlignLeft, title_);

    p.setFont(stateFont());
    p.setPen(flashLevel_ > 0.5 ? text : hostStateTextColor(host_, theme_));
    p.drawText(l.state, Qt::AlignVCenter | Qt::AlignLeft, stateText());

    if (!showsDetail_) return;
    p.setFont(font());
    p.setPen(text);
    p.drawText(l.detail, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, detailText());
}

void StateBox::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    if (event->type() == QEvent::FontChange) updateGeometry();
    QWidget::changeEvent(event);
}

void StateBox::retranslateUi() {
    updateAccessibleText();
    update();
}

// A screen reader hears what the box shows: whose state, the state, its meaning, where it came
// from and why (issue 21). Qt tells the screen reader when these change.
void StateBox::updateAccessibleText() {
    //: A state box read by a screen reader: "Client: ESTABLISHED".
    setAccessibleName(tr("%1: %2").arg(Texts::hostName(host_), stateText()));
    setAccessibleDescription(Texts::stateMeaning(state_) + QLatin1Char(' ') + detailText());
}

} // namespace hl::ui
