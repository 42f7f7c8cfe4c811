#pragma once
// One moment of a load run (issue 15): the counts of one sample and what is happening then, told
// by how the counts changed since the sample before. The player steps through a load lesson one
// sample at a time; ui/texts words the phase as the step caption.
#include "core/host.h"
#include "core/load_simulation.h"

#include <cstddef>
#include <cstdint>

namespace hl {

// The rules are tried in this order, except AllClosed, which comes right after PortsRunOut (a
// last expiry empties the run: "every socket is closed" says more than "TIME_WAIT falls"). The
// first rule that holds names the moment.
enum class LoadPhase : uint8_t {
    Start,          // the first sample: the first clients connect
    PortsRunOut,    // connects failed since the sample before: every ephemeral port is held (RFC 6056)
    CloseWaitGrows, // more sockets in CLOSE_WAIT: waiting for their application's close (RFC 9293 §3.3.2)
    TimeWaitGrows,  // more sockets in TIME_WAIT on `side`, the side that closed first (§3.3.2)
    CloseWaitStays, // CLOSE_WAIT no longer grows but does not fall either: nothing closes those sockets
    TimeWaitDrains, // fewer sockets in TIME_WAIT: the oldest reached 2·MSL (§3.10.8 time-wait timeout)
    TimeWaitSteady, // TIME_WAIT neither grows nor falls: as many expire as begin
    Busy,           // connections open and close, nothing piles up
    AllClosed,      // no socket left on either side
};

struct LoadMoment {
    size_t sample = 0;
    SimTime at;
    LoadPhase phase = LoadPhase::Start;
    HostId side = HostId::Client;   // where the phase happens (for ports: always the client)
    uint64_t failedSinceBefore = 0; // connects refused since the sample before
};

// The moment at sample `i` of `result` (i < result.samples.size()).
LoadMoment loadMomentAt(const LoadResult& result, size_t i);

// The sample of `result` shown at sample index `i` of a player that steps through the longest of
// several runs: a shorter run has ended and keeps its last sample.
size_t loadSampleAtStep(const LoadResult& result, size_t i);

} // namespace hl
