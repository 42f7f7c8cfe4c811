#include "ui/diagram/text_widths.h"

namespace hl::ui {

namespace {
constexpr qsizetype kMaxRemembered = 100000;
bool isFigure(QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }
QString pair(QChar a, QChar b) {
    const QChar both[] = {a, b};
    return QString(both, 2);
}
} // namespace

QString withWidestDigits(QString text, const QFontMetrics& metrics) {
    QChar widest = QLatin1Char('0');
    for (char16_t d = u'1'; d <= u'9'; ++d)
        if (metrics.horizontalAdvance(QChar(d)) > metrics.horizontalAdvance(widest)) widest = QChar(d);
    for (QChar& c : text)
        if (c.isDigit()) c = widest;
    return text;
}

bool TextWidths::figuresUniform() {
    if (figures_ == Figures::Unknown) {
        // Every pair of figures as wide as "00": tabular figures with no kerning between them.
        const qreal zeros = fm_.horizontalAdvance(QStringLiteral("00"));
        figures_ = Figures::Uniform;
        for (char a = '0'; a <= '9' && figures_ == Figures::Uniform; ++a)
            for (char b = '0'; b <= '9'; ++b)
                if (fm_.horizontalAdvance(pair(QLatin1Char(a), QLatin1Char(b))) != zeros) {
                    figures_ = Figures::Vary;
                    break;
                }
    }
    return figures_ == Figures::Uniform;
}

// c before and after each figure as wide as c before and after "0".
bool TextWidths::neighbourUniform(QChar c) {
    if (checkedNeighbours_.contains(c)) return true;
    const qreal before = fm_.horizontalAdvance(pair(c, QLatin1Char('0')));
    const qreal after = fm_.horizontalAdvance(pair(QLatin1Char('0'), c));
    for (char d = '1'; d <= '9'; ++d)
        if (fm_.horizontalAdvance(pair(c, QLatin1Char(d))) != before ||
            fm_.horizontalAdvance(pair(QLatin1Char(d), c)) != after)
            return false;
    checkedNeighbours_.insert(c);
    return true;
}

// The text with each figure written "0", or the text itself where that could change its width.
QString TextWidths::shapeOf(const QString& text) {
    if (!figuresUniform()) return text;
    QString shape = text;
    bool figures = false;
    for (qsizetype i = 0; i < shape.size(); ++i) {
        if (!isFigure(shape[i])) continue;
        figures = true;
        if ((i > 0 && !isFigure(text[i - 1]) && !neighbourUniform(text[i - 1])) ||
            (i + 1 < text.size() && !isFigure(text[i + 1]) && !neighbourUniform(text[i + 1]))) {
            figures_ = Figures::Vary; // this font kerns a figure: measure every text from now on
            widths_.clear();
            return text;
        }
        shape[i] = QLatin1Char('0');
    }
    return figures ? shape : text;
}

qreal TextWidths::width(const QString& text) {
    const QString key = shapeOf(text);
    if (const auto it = widths_.constFind(key); it != widths_.constEnd()) return *it;
    if (widths_.size() >= kMaxRemembered) widths_.clear();
    const qreal w = fm_.horizontalAdvance(key);
    widths_.insert(key, w);
    return w;
}

} // namespace hl::ui
