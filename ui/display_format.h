#pragma once
// Small formatting helpers shared by the window's panels (numbers and times, no prose).
#include "core/sim_time.h"

#include <QString>

namespace hl::ui {

// "1.250 s" (milliseconds precision; simulated time never needs more for a lesson).
QString formatSeconds(SimTime t);
// "0.8 s" for countdowns.
QString formatCountdown(SimTime left);

} // namespace hl::ui
