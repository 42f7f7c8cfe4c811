#pragma once
// The two-column sequence diagram in the terminal: client on the left, server on the right,
// state names beside each lane when they change, one arrow per segment (✕ when lost, ↻ for a
// retransmission). At most 100 columns wide.
#include "core/scenario.h"
#include "core/trace.h"

#include <QString>

namespace hl::cli {

QString renderLadder(const Scenario& scenario, const Trace& trace);

} // namespace hl::cli
