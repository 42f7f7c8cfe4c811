#pragma once
// The Inject dialog's presets: a crafted segment whose numbers come from the receiver's TCB at
// the cursor, so that it lands in or out of the window as the preset intends.
#include "core/scenario.h"
#include "core/trace.h"

namespace hl {

enum class InjectPreset {
    SpoofedRst,      // RST with SEQ = RCV.NXT + 1: in the window but not exact (RFC 5961 §3.2:
                     // a challenge ACK, not a reset)
    OldDuplicateSyn, // SYN with a sequence number from an older incarnation (IRS − 1000)
    StrayAck,        // ACK that acknowledges data never sent (SND.NXT + 1000): unacceptable
};

// The segment to send to `to`, from the snapshot at the cursor. With no connection at `to` the
// numbers are small fixed ones (any number is "stray" for a listener).
InjectedSegment presetSegment(InjectPreset preset, const Snapshot& snapshot, HostId to);

// The injection time for the cursor time: rounded up to whole milliseconds (lesson files hold
// milliseconds), so the injection still comes after everything the cursor has shown.
SimTime injectionTime(SimTime cursorTime);

} // namespace hl
