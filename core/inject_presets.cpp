#include "core/inject_presets.h"

namespace hl {

InjectedSegment presetSegment(InjectPreset preset, const Snapshot& snapshot, HostId to) {
    const ConnSnapshot* c = snapshot.primary(to);
    const bool synced = c && !c->listener && c->state != TcpState::Listen && c->state != TcpState::Closed;
    InjectedSegment s;
    switch (preset) {
    case InjectPreset::SpoofedRst:
        s.flags = Flags(Flag::RST);
        // RFC 9293 §3.10.7.4 (RFC 5961 §3.2): exactly RCV.NXT resets; anywhere else in the
        // window draws a challenge ACK. +1 is in the window whenever the window is open.
        s.seq = synced ? (c->tcb.rcvNxt + 1).value() : 1000;
        break;
    case InjectPreset::OldDuplicateSyn:
        s.flags = Flags(Flag::SYN);
        // An earlier incarnation's ISN: well before the current one.
        s.seq = synced ? (c->tcb.irs - 1000).value() : 1000;
        break;
    case InjectPreset::StrayAck:
        s.flags = Flags(Flag::ACK);
        s.seq = synced ? c->tcb.rcvNxt.value() : 1000;
        // RFC 9293 §3.10.7.4: an ACK for something not yet sent (SEG.ACK > SND.NXT).
        s.ack = synced ? (c->tcb.sndNxt + 1000).value() : 5000;
        break;
    }
    return s;
}

SimTime injectionTime(SimTime cursorTime) {
    const int64_t us = cursorTime.us();
    return SimTime::fromMs((us + 999) / 1000);
}

} // namespace hl
