// The jsonl format of docs/trace-format.md, line by line, on a hand-built trace: field order, names, the
// rule that `ack` prints 0 when the ACK flag is off, flags in the order SYN ACK FIN RST PSH.
#include "core/trace_jsonl.h"

#include <gtest/gtest.h>

namespace hl {
namespace {

class TraceBuilder {
public:
    uint32_t add(TraceEvent e) {
        trace.events.push_back(e);
        return static_cast<uint32_t>(trace.events.size() - 1);
    }
    uint64_t addSegment(Segment s, HostId from) {
        SegmentRecord r;
        s.id = trace.segments.size() + 1;
        r.seg = s;
        r.from = from;
        r.to = peerOf(from);
        trace.segments.push_back(r);
        return s.id;
    }
    Trace trace;
};

TraceEvent ev(int64_t tUs, EventType type, HostId host, uint32_t conn = 0, uint32_t cause = kNoEvent) {
    TraceEvent e;
    e.t = SimTime::fromUs(tUs);
    e.type = type;
    e.host = host;
    e.conn = conn;
    e.cause = cause;
    return e;
}

Segment syn() {
    Segment s;
    s.srcPort = 50000;
    s.dstPort = 80;
    s.flags = Flag::SYN;
    s.seq = SeqNum(100);
    s.ack = SeqNum(777); // garbage in the field: without the ACK flag it must print 0
    s.window = 65535;
    return s;
}

TEST(Jsonl, CallConnect) {
    TraceBuilder b;
    TraceEvent e = ev(0, EventType::Call, HostId::Client);
    e.call = UserCall::Connect;
    b.add(e);
    EXPECT_EQ(traceEventToJson(b.trace, 0), R"({"t_us":0,"type":"call","host":"client","call":"connect"})");
}

TEST(Jsonl, CallSendAddsBytes) {
    TraceBuilder b;
    TraceEvent e = ev(500000, EventType::Call, HostId::Client, 1);
    e.call = UserCall::Send;
    e.bytes = 10;
    b.add(e);
    EXPECT_EQ(traceEventToJson(b.trace, 0), R"({"t_us":500000,"type":"call","host":"client","call":"send","bytes":10})");
}

TEST(Jsonl, CallNamesAreLowercase) {
    EXPECT_EQ(jsonlName(UserCall::Listen), "listen");
    EXPECT_EQ(jsonlName(UserCall::Shutdown), "shutdown");
    EXPECT_EQ(jsonlName(UserCall::Close), "close");
    EXPECT_EQ(jsonlName(UserCall::Abort), "abort");
    EXPECT_EQ(jsonlName(UserCall::Reboot), "reboot");
}

TEST(Jsonl, State) {
    TraceBuilder b;
    TraceEvent e = ev(0, EventType::State, HostId::Client, 1, 0);
    e.from = TcpState::Closed;
    e.to = TcpState::SynSent;
    e.reason = Reason::UserConnect;
    b.add(e);
    EXPECT_EQ(
        traceEventToJson(b.trace, 0),
        R"({"t_us":0,"type":"state","host":"client","conn":1,"from":"CLOSED","to":"SYN_SENT","reason":"user.connect"})");
}

TEST(Jsonl, SendWithoutAckFlagPrintsAckZero) {
    TraceBuilder b;
    const uint64_t id = b.addSegment(syn(), HostId::Client);
    TraceEvent e = ev(0, EventType::Send, HostId::Client, 1, 0);
    e.segId = id;
    e.reason = Reason::UserConnect;
    b.add(e);
    EXPECT_EQ(
        traceEventToJson(b.trace, 0),
        R"({"t_us":0,"type":"send","host":"client","conn":1,"seg":{"id":1,"src_port":50000,"dst_port":80,"flags":["SYN"],"seq":100,"ack":0,"len":0,"win":65535},"retransmission":false,"reason":"user.connect"})");
}

TEST(Jsonl, SendFlagsInCanonicalOrderAndRetransmission) {
    TraceBuilder b;
    Segment s;
    s.srcPort = 80;
    s.dstPort = 50000;
    s.flags = Flags(Flag::PSH) | Flag::FIN | Flag::ACK; // built out of order on purpose
    s.seq = SeqNum(4294967295u);                        // unsigned 32-bit, not negative
    s.ack = SeqNum(101);
    s.len = 10;
    s.window = 1000;
    b.addSegment(s, HostId::Server);
    TraceEvent e = ev(1200000, EventType::Send, HostId::Server, 2, 0);
    e.segId = 1;
    e.retransmission = true;
    e.reason = Reason::RetransmitFin;
    b.add(e);
    EXPECT_EQ(
        traceEventToJson(b.trace, 0),
        R"({"t_us":1200000,"type":"send","host":"server","conn":2,"seg":{"id":1,"src_port":80,"dst_port":50000,"flags":["ACK","FIN","PSH"],"seq":4294967295,"ack":101,"len":10,"win":1000},"retransmission":true,"reason":"rto.retransmit-fin"})");
}

TEST(Jsonl, AllFiveFlagsInOrder) {
    TraceBuilder b;
    Segment s;
    s.flags = Flags(Flag::PSH) | Flag::RST | Flag::FIN | Flag::ACK | Flag::SYN;
    b.addSegment(s, HostId::Client);
    TraceEvent e = ev(0, EventType::Inject, HostId::Server);
    e.segId = 1;
    b.add(e);
    EXPECT_NE(traceEventToJson(b.trace, 0).find(R"("flags":["SYN","ACK","FIN","RST","PSH"])"), std::string::npos);
}

TEST(Jsonl, DeliverAndDrop) {
    TraceBuilder b;
    b.addSegment(syn(), HostId::Client);
    TraceEvent d = ev(100000, EventType::Deliver, HostId::Server);
    d.segId = 1;
    b.add(d);
    TraceEvent drop = ev(100000, EventType::Drop, HostId::Client);
    drop.segId = 1;
    drop.dropCause = DropCause::Fault;
    b.add(drop);
    drop.dropCause = DropCause::Loss;
    b.add(drop);
    drop.dropCause = DropCause::User;
    b.add(drop);
    EXPECT_EQ(traceEventToJson(b.trace, 0), R"({"t_us":100000,"type":"deliver","host":"server","seg_id":1})");
    EXPECT_EQ(traceEventToJson(b.trace, 1), R"({"t_us":100000,"type":"drop","seg_id":1,"cause":"fault"})");
    EXPECT_EQ(traceEventToJson(b.trace, 2), R"({"t_us":100000,"type":"drop","seg_id":1,"cause":"loss"})");
    EXPECT_EQ(traceEventToJson(b.trace, 3), R"({"t_us":100000,"type":"drop","seg_id":1,"cause":"user"})");
}

TEST(Jsonl, TimerSetHasDueOthersDoNot) {
    TraceBuilder b;
    TraceEvent e = ev(0, EventType::Timer, HostId::Client, 1, 0);
    e.timer = TimerKind::Retransmit;
    e.op = TimerOp::Set;
    e.due = SimTime::fromUs(1000000);
    b.add(e);
    e.timer = TimerKind::TimeWait;
    e.op = TimerOp::Cancel;
    b.add(e);
    e.timer = TimerKind::FinWait2;
    e.op = TimerOp::Fire;
    e.cause = kNoEvent;
    b.add(e);
    EXPECT_EQ(traceEventToJson(b.trace, 0),
              R"({"t_us":0,"type":"timer","host":"client","conn":1,"timer":"retransmit","op":"set","due_us":1000000})");
    EXPECT_EQ(traceEventToJson(b.trace, 1),
              R"({"t_us":0,"type":"timer","host":"client","conn":1,"timer":"time_wait","op":"cancel"})");
    EXPECT_EQ(traceEventToJson(b.trace, 2),
              R"({"t_us":0,"type":"timer","host":"client","conn":1,"timer":"fin_wait_2","op":"fire"})");
}

TEST(Jsonl, NotifyDataAddsBytes) {
    TraceBuilder b;
    TraceEvent e = ev(200000, EventType::Notify, HostId::Client, 1, 0);
    e.notify = NotifyEvent::Connected;
    b.add(e);
    e.notify = NotifyEvent::Data;
    e.bytes = 1000;
    b.add(e);
    EXPECT_EQ(traceEventToJson(b.trace, 0),
              R"({"t_us":200000,"type":"notify","host":"client","conn":1,"event":"connected"})");
    EXPECT_EQ(traceEventToJson(b.trace, 1),
              R"({"t_us":200000,"type":"notify","host":"client","conn":1,"event":"data","bytes":1000})");
    const NotifyEvent all[] = {NotifyEvent::Eof, NotifyEvent::Reset, NotifyEvent::Refused, NotifyEvent::Timeout,
                               NotifyEvent::Closed};
    const char* names[] = {"eof", "reset", "refused", "timeout", "closed"};
    for (size_t i = 0; i < 5; ++i) EXPECT_EQ(jsonlName(all[i]), names[i]);
}

TEST(Jsonl, Inject) {
    TraceBuilder b;
    Segment s;
    s.srcPort = 50000;
    s.dstPort = 80;
    s.flags = Flag::SYN;
    s.seq = SeqNum(90);
    s.window = 65535;
    b.addSegment(s, HostId::Client);
    TraceEvent e = ev(50000, EventType::Inject, HostId::Server);
    e.segId = 1;
    b.add(e);
    EXPECT_EQ(
        traceEventToJson(b.trace, 0),
        R"({"t_us":50000,"type":"inject","host":"server","seg":{"id":1,"src_port":50000,"dst_port":80,"flags":["SYN"],"seq":90,"ack":0,"len":0,"win":65535}})");
}

TEST(Jsonl, NoteNamesTheArrivedSegmentOnlyWhenCausedByAnArrival) {
    TraceBuilder b;
    b.addSegment(syn(), HostId::Client);
    b.addSegment(syn(), HostId::Client);
    TraceEvent d = ev(100000, EventType::Deliver, HostId::Server);
    d.segId = 2;
    const uint32_t deliver = b.add(d);
    TraceEvent n = ev(100000, EventType::Note, HostId::Server, 3, deliver);
    n.reason = Reason::ListenDropOther;
    b.add(n);
    TraceEvent call = ev(200000, EventType::Call, HostId::Client);
    call.call = UserCall::Send;
    const uint32_t callIdx = b.add(call);
    TraceEvent refused = ev(200000, EventType::Note, HostId::Client, 0, callIdx);
    refused.reason = Reason::UserSendNoConnection;
    b.add(refused);
    EXPECT_EQ(traceEventToJson(b.trace, 1),
              R"({"t_us":100000,"type":"note","host":"server","conn":3,"reason":"listen.drop-other","seg_id":2})");
    EXPECT_EQ(traceEventToJson(b.trace, 3),
              R"({"t_us":200000,"type":"note","host":"client","conn":0,"reason":"user.send-no-connection"})");
}

TEST(Jsonl, WholeTraceIsOneLinePerEventInOrder) {
    TraceBuilder b;
    TraceEvent c = ev(0, EventType::Call, HostId::Server);
    c.call = UserCall::Listen;
    b.add(c);
    c = ev(0, EventType::Call, HostId::Client);
    c.call = UserCall::Connect;
    b.add(c);
    EXPECT_EQ(traceToJsonl(b.trace), "{\"t_us\":0,\"type\":\"call\",\"host\":\"server\",\"call\":\"listen\"}\n"
                                     "{\"t_us\":0,\"type\":\"call\",\"host\":\"client\",\"call\":\"connect\"}\n");
    EXPECT_EQ(traceToJsonl(Trace{}), "");
}

} // namespace
} // namespace hl
