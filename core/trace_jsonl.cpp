#include "core/trace_jsonl.h"

#include <charconv>

namespace hl {

std::string_view jsonlName(HostId h) { return h == HostId::Client ? "client" : "server"; }

std::string_view jsonlName(UserCall c) {
    switch (c) {
    case UserCall::Listen: return "listen";
    case UserCall::Connect: return "connect";
    case UserCall::Send: return "send";
    case UserCall::Shutdown: return "shutdown";
    case UserCall::Close: return "close";
    case UserCall::Abort: return "abort";
    case UserCall::Reboot: return "reboot";
    }
    return "?";
}

std::string_view jsonlName(DropCause c) {
    switch (c) {
    case DropCause::Fault: return "fault";
    case DropCause::Loss: return "loss";
    case DropCause::User: return "user";
    }
    return "?";
}

std::string_view jsonlName(TimerKind k) {
    switch (k) {
    case TimerKind::Retransmit: return "retransmit";
    case TimerKind::TimeWait: return "time_wait";
    case TimerKind::FinWait2: return "fin_wait_2";
    case TimerKind::DelayedAck: return "delayed_ack";
    }
    return "?";
}

std::string_view jsonlName(TimerOp op) {
    switch (op) {
    case TimerOp::Set: return "set";
    case TimerOp::Cancel: return "cancel";
    case TimerOp::Fire: return "fire";
    }
    return "?";
}

std::string_view jsonlName(NotifyEvent e) {
    switch (e) {
    case NotifyEvent::Connected: return "connected";
    case NotifyEvent::Data: return "data";
    case NotifyEvent::Eof: return "eof";
    case NotifyEvent::Reset: return "reset";
    case NotifyEvent::Refused: return "refused";
    case NotifyEvent::Timeout: return "timeout";
    case NotifyEvent::Closed: return "closed";
    }
    return "?";
}

std::string_view jsonlName(EventType t) {
    switch (t) {
    case EventType::Call: return "call";
    case EventType::State: return "state";
    case EventType::Send: return "send";
    case EventType::Inject: return "inject";
    case EventType::Deliver: return "deliver";
    case EventType::Drop: return "drop";
    case EventType::Timer: return "timer";
    case EventType::Notify: return "notify";
    case EventType::Note: return "note";
    }
    return "?";
}

namespace {

// A tiny writer for flat JSON objects whose keys and string values are our own ASCII ids (no
// escaping needed: none contains a quote, a backslash or a control character).
class JsonObject {
public:
    explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
    JsonObject& key(std::string_view k) {
        if (!first_) out_ += ',';
        first_ = false;
        out_ += '"';
        out_ += k;
        out_ += "\":";
        return *this;
    }
    JsonObject& str(std::string_view k, std::string_view v) {
        key(k);
        out_ += '"';
        out_ += v;
        out_ += '"';
        return *this;
    }
    JsonObject& num(std::string_view k, int64_t v) {
        key(k);
        char buf[24];
        auto res = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, res.ptr);
        return *this;
    }
    JsonObject& boolean(std::string_view k, bool v) {
        key(k);
        out_ += v ? "true" : "false";
        return *this;
    }
    void close() { out_ += '}'; }

private:
    std::string& out_;
    bool first_ = true;
};

void appendFlags(std::string& out, Flags f) {
    out += '[';
    bool first = true;
    for (const FlagInfo& e : kFlagTable) {
        if (!f.has(e.flag)) continue;
        if (!first) out += ',';
        first = false;
        out += '"';
        out += e.name;
        out += '"';
    }
    out += ']';
}

void appendSegment(std::string& out, const Segment& seg) {
    JsonObject o(out);
    o.num("id", static_cast<int64_t>(seg.id)).num("src_port", seg.srcPort).num("dst_port", seg.dstPort);
    o.key("flags");
    appendFlags(out, seg.flags);
    o.num("seq", seg.seq.value())
        .num("ack", seg.flags.has(Flag::ACK) ? seg.ack.value() : 0) // ack is 0 when ACK is off
        .num("len", seg.len)
        .num("win", seg.window);
    o.close();
}

// Segment fields come from the trace's record; an event whose id is unknown prints a bare id.
void appendSegmentOf(std::string& out, const Trace& trace, uint64_t segId) {
    if (const SegmentRecord* rec = trace.segment(segId)) {
        appendSegment(out, rec->seg);
    } else {
        Segment bare;
        bare.id = segId;
        appendSegment(out, bare);
    }
}

bool causedByArrival(const Trace& trace, const TraceEvent& e) {
    if (e.cause == kNoEvent || e.cause >= trace.events.size()) return false;
    const EventType root = trace.events[e.cause].type;
    return root == EventType::Deliver || root == EventType::Inject;
}

} // namespace

void appendJsonlLine(std::string& out, const Trace& trace, size_t index) {
    const TraceEvent& e = trace.events[index];
    JsonObject o(out);
    o.num("t_us", e.t.us()).str("type", jsonlName(e.type));
    switch (e.type) {
    case EventType::Call:
        o.str("host", jsonlName(e.host)).str("call", jsonlName(e.call));
        if (e.call == UserCall::Send) o.num("bytes", e.bytes);
        break;
    case EventType::State:
        o.str("host", jsonlName(e.host))
            .num("conn", e.conn)
            .str("from", toString(e.from))
            .str("to", toString(e.to))
            .str("reason", reasonId(e.reason));
        break;
    case EventType::Send:
        o.str("host", jsonlName(e.host)).num("conn", e.conn).key("seg");
        appendSegmentOf(out, trace, e.segId);
        o.boolean("retransmission", e.retransmission).str("reason", reasonId(e.reason));
        break;
    case EventType::Inject:
        o.str("host", jsonlName(e.host)).key("seg");
        appendSegmentOf(out, trace, e.segId);
        break;
    case EventType::Deliver: o.str("host", jsonlName(e.host)).num("seg_id", static_cast<int64_t>(e.segId)); break;
    case EventType::Drop: o.num("seg_id", static_cast<int64_t>(e.segId)).str("cause", jsonlName(e.dropCause)); break;
    case EventType::Timer:
        o.str("host", jsonlName(e.host)).num("conn", e.conn).str("timer", jsonlName(e.timer)).str("op", jsonlName(e.op));
        if (e.op == TimerOp::Set) o.num("due_us", e.due.us());
        break;
    case EventType::Notify:
        o.str("host", jsonlName(e.host)).num("conn", e.conn).str("event", jsonlName(e.notify));
        if (e.notify == NotifyEvent::Data) o.num("bytes", e.bytes);
        break;
    case EventType::Note:
        o.str("host", jsonlName(e.host)).num("conn", e.conn).str("reason", reasonId(e.reason));
        // A note about a segment that arrived (delivered or injected) names that segment.
        if (causedByArrival(trace, e)) o.num("seg_id", static_cast<int64_t>(trace.events[e.cause].segId));
        break;
    }
    if (e.inferred) o.boolean("inferred", true); // only in traces read from a capture
    o.close();
    out += '\n';
}

std::string traceEventToJson(const Trace& trace, size_t index) {
    std::string out;
    appendJsonlLine(out, trace, index);
    out.pop_back();
    return out;
}

std::string traceToJsonl(const Trace& trace) {
    std::string out;
    out.reserve(trace.events.size() * 120);
    for (size_t i = 0; i < trace.events.size(); ++i) appendJsonlLine(out, trace, i);
    return out;
}

} // namespace hl
