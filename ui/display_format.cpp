#include "ui/display_format.h"

namespace hl::ui {

QString formatSeconds(SimTime t) {
    return QStringLiteral("%1 s").arg(static_cast<double>(t.us()) / 1e6, 0, 'f', 3);
}

QString formatCountdown(SimTime left) {
    if (left < SimTime()) left = SimTime();
    return QStringLiteral("%1 s").arg(static_cast<double>(left.us()) / 1e6, 0, 'f', 1);
}

} // namespace hl::ui
