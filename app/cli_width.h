#pragma once
// Terminal columns taken by text: Hangul and other East Asian wide characters take two.
#include <QString>

namespace hl::cli {

int displayWidth(const QString& s);
// Pads with spaces to `width` columns (on the right, or on the left when alignRight).
QString padded(const QString& s, int width, bool alignRight = false);
// Cuts to at most `width` columns, ending with "…" when something was cut.
QString elided(const QString& s, int width);

} // namespace hl::cli
