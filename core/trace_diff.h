#pragma once
// Comparing two runs event by event (the replay keeps the cursor before the first difference;
// the Compare view shows what changed).
#include "core/trace.h"

#include <cstddef>

namespace hl {

// The number of leading events the two traces share (TraceEvent's and Segment's operator==
// compare every field).
size_t commonPrefix(const Trace& a, const Trace& b);

} // namespace hl
