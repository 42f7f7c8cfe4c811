#pragma once
// The trace as it is known up to a cursor: what predict mode (issue 17) lets the views see, so
// that no view can show a step whose outcome the student is asked to predict.
#include "core/trace.h"

#include <cstddef>

namespace hl {

// The first `events` events (a step boundary), the segments sent by then, their TCB records.
// A copy that ends later is shown as still travelling: its arrival or loss is not told. The
// prefix ends (Trace::end) at the time of the first event held back.
Trace tracePrefix(const Trace& trace, size_t events);

} // namespace hl
