#pragma once
// Widths of many short texts in one font, remembered. The diagram's labels are protocol notation
// ("ACK seq=301 ack=728451"): thousands differ only in their figures, and shaping each one was the
// dearest part of laying out a long run. Where the font's figures are all as wide as each other and
// nothing kerns against them differently (checked for this font, figure by figure and for each
// character met beside a figure), a text is as wide as the same text with every figure written "0",
// so texts of one shape are measured once; otherwise every text is measured. Either way the width
// is the one QFontMetricsF gives.
#include <QFontMetrics>
#include <QFontMetricsF>
#include <QHash>
#include <QSet>
#include <QString>

namespace hl::ui {

// `text` with every digit written as the font's widest one: at least as wide as any text of the
// same shape (a time label, a step count), for reserving room that a later value never outgrows.
QString withWidestDigits(QString text, const QFontMetrics& metrics);

class TextWidths {
public:
    explicit TextWidths(const QFont& font) : fm_(font) {}
    qreal width(const QString& text);
    const QFontMetricsF& metrics() const { return fm_; }
    qsizetype remembered() const { return widths_.size(); } // texts (or shapes) measured

private:
    bool figuresUniform();
    bool neighbourUniform(QChar c);
    QString shapeOf(const QString& text);

    QFontMetricsF fm_;
    QHash<QString, qreal> widths_; // by text, or by shape where figures are uniform
    enum class Figures { Unknown, Uniform, Vary } figures_ = Figures::Unknown;
    QSet<QChar> checkedNeighbours_; // beside a figure, kerned like every figure
};

} // namespace hl::ui
