#pragma once
// Comparing two runs event by event (the replay keeps the cursor before the first difference;
// the Compare view shows what changed).
#include "core/trace.h"

#include <cstddef>

namespace hl {

// Every recorded field of the two events is equal.
bool sameEvent(const TraceEvent& a, const TraceEvent& b);
// The number of leading events the two traces share.
size_t commonPrefix(const Trace& a, const Trace& b);

} // namespace hl
