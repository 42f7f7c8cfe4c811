#pragma once
// The trace as JSON Lines: one object per event, in trace order, in the exact format of the CLI's
// `--format jsonl` (docs/trace-format.md). Hand-written so the bytes are the same on every machine: fixed
// field order, integers only, ids in lowercase. Besides the types there are
//   {"t_us":..,"type":"inject","host":"server","seg":{...}}            (host: where it arrives)
//   {"t_us":..,"type":"note","host":..,"conn":..,"reason":".."}         (+ "seg_id" when the note
// was caused by a segment's arrival, i.e. its root event is a deliver or an inject).
// An event of a trace read from a capture that the capture only implies ends with
// "inferred":true (capture_inference.h); simulated traces never have it.
#include "core/trace.h"

#include <string>
#include <string_view>

namespace hl {

// One event as one JSON object, without the newline.
std::string traceEventToJson(const Trace& trace, size_t index);
// Appends the event's object and a '\n' to `out`.
void appendJsonlLine(std::string& out, const Trace& trace, size_t index);
// Every event, one line each.
std::string traceToJsonl(const Trace& trace);

// The lowercase ids used in the jsonl output.
std::string_view jsonlName(HostId h);      // "client", "server"
std::string_view jsonlName(UserCall c);    // "listen", "connect", "send", "shutdown", "close", "abort", "reboot"
std::string_view jsonlName(DropCause c);   // "fault", "loss", "user"
std::string_view jsonlName(TimerKind k);   // "retransmit", "time_wait", "fin_wait_2"
std::string_view jsonlName(TimerOp op);    // "set", "cancel", "fire"
std::string_view jsonlName(NotifyEvent e); // "connected", "data", "eof", "reset", "refused", "timeout", "closed"
std::string_view jsonlName(EventType t); // "call", "state", "send", "inject", "deliver", "drop", "timer", "notify", "note"

} // namespace hl
