#include "core/capture_connections.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

namespace hl {
namespace {

struct Key {
    IpAddress lowAddr, highAddr;
    uint16_t lowPort = 0, highPort = 0;
    uint32_t interface = 0;
    auto operator<=>(const Key&) const = default; // NOLINT(modernize-use-nullptr): clang-tidy 14 misreads a defaulted <=>
};

Key keyOf(const DecodedTcp& d, uint32_t interface) {
    const bool srcLow = std::tie(d.src, d.srcPort) < std::tie(d.dst, d.dstPort);
    return srcLow ? Key{d.src, d.dst, d.srcPort, d.dstPort, interface}
                  : Key{d.dst, d.src, d.dstPort, d.srcPort, interface};
}

// What the flags seen so far say about a connection; enough for the outcome and for telling
// a reused tuple from a retransmitted SYN.
struct Progress {
    bool synA = false, synAckB = false, established = false;
    bool rst = false, rstBeforeEstablished = false;
    bool finA = false, finB = false;
    SeqNum finSeqA, finSeqB;
    bool finAckedA = false, finAckedB = false; // A's FIN acknowledged by B, and B's by A
    SeqNum isnA;

    bool finished() const { return rst || (finAckedA && finAckedB); }
};

void track(Progress& p, const ConnectionSegment& s) {
    const Segment& g = s.seg;
    const Flags f = g.flags;
    if (f.has(Flag::RST)) {
        p.rst = true;
        if (!p.established) p.rstBeforeEstablished = true;
        return;
    }
    if (f.has(Flag::SYN) && !f.has(Flag::ACK) && s.fromA && !p.synA) {
        p.synA = true;
        p.isnA = g.seq;
    }
    if (f.has(Flag::SYN) && f.has(Flag::ACK) && !s.fromA) p.synAckB = true;
    if (!f.has(Flag::SYN) && f.has(Flag::ACK) && p.synAckB) p.established = true;
    if (!p.synA && !f.has(Flag::SYN)) p.established = true; // mid-stream
    if (f.has(Flag::FIN)) {
        bool& fin = s.fromA ? p.finA : p.finB;
        if (!fin) (s.fromA ? p.finSeqA : p.finSeqB) = g.seq + g.len;
        fin = true;
    }
    if (f.has(Flag::ACK)) { // does it acknowledge the other side's FIN (RFC 9293 §3.4: ack > FIN's seq)?
        if (s.fromA && p.finB && g.ack > p.finSeqB) p.finAckedB = true;
        if (!s.fromA && p.finA && g.ack > p.finSeqA) p.finAckedA = true;
    }
}

ConnectionOutcome outcomeOf(const Progress& p, bool synSeen) {
    if (p.rst)
        return p.rstBeforeEstablished && synSeen && !p.synAckB ? ConnectionOutcome::Refused : ConnectionOutcome::Reset;
    if (p.finAckedA && p.finAckedB) return ConnectionOutcome::ClosedNormally;
    if (!synSeen) return ConnectionOutcome::NoSynSeen;
    if (!p.synAckB) return ConnectionOutcome::NoAnswer;
    if (!p.established) return ConnectionOutcome::Opening;
    return ConnectionOutcome::StillOpen;
}

// The packets in the order of their timestamps, equal ones in file order. A file's order can
// differ from its timestamps' when a capture tool writes per-interface or per-CPU buffers as
// they fill (dumpcap with several interfaces, tcpdump -i any), or when files were concatenated
// rather than merged. The timestamps are the capture's measurement of when each packet passed
// the tap, so they decide, as Wireshark's reordercap does; the file order is only how the tool
// wrote them. Wireshark itself lists frames in file order and its TCP analysis follows that
// order, but a ladder whose time axis ran backwards, or a state change before the packet that
// caused it, would show something that never happened. The packet numbers stay the file's, so
// a packet can still be found in Wireshark.
std::vector<uint32_t> timeOrder(const CaptureFile& file) {
    std::vector<uint32_t> order(file.packets.size());
    std::iota(order.begin(), order.end(), 0u);
    const auto earlier = [&](uint32_t a, uint32_t b) { return file.packets[a].timeNs < file.packets[b].timeNs; };
    if (!std::is_sorted(order.begin(), order.end(), earlier)) std::stable_sort(order.begin(), order.end(), earlier);
    return order;
}

} // namespace

ConnectionList listConnections(const CaptureFile& file) {
    ConnectionList out;
    std::map<Key, size_t> open; // the tuple's current connection
    std::vector<Progress> progress;
    const bool perInterface = file.interfaces.size() > 1;
    DecodedTcp d;
    const std::vector<uint32_t> order = timeOrder(file);
    if (!order.empty()) out.startNs = file.packets[order.front()].timeNs;
    for (const uint32_t i : order) {
        const CapturedPacket& p = file.packets[i];
        const uint16_t link = p.interface < file.interfaces.size() ? file.interfaces[p.interface].linkType : 0xFFFF;
        const DecodeOutcome o = decodeTcp(link, file.frame(p), d);
        if (o == DecodeOutcome::Truncated) ++out.truncatedPackets;
        if (o != DecodeOutcome::Tcp) {
            if (o != DecodeOutcome::Truncated) ++out.nonTcpPackets;
            continue;
        }
        const Key key = keyOf(d, perInterface ? p.interface : 0);
        const bool freshSyn = d.seg.flags.has(Flag::SYN) && !d.seg.flags.has(Flag::ACK);
        auto it = open.find(key);
        // A SYN on a finished connection's tuple, with a new ISN, opens a new connection.
        if (it != open.end() && freshSyn) {
            const Progress& pr = progress[it->second];
            if (pr.finished() && !(pr.synA && pr.isnA == d.seg.seq)) it = open.end();
        }
        if (it == open.end()) {
            CaptureConnection c;
            c.addrA = d.src;
            c.portA = d.srcPort;
            c.addrB = d.dst;
            c.portB = d.dstPort;
            // A SYN,ACK first (the SYN was not captured): its receiver is the one that connected.
            if (d.seg.flags.has(Flag::SYN) && d.seg.flags.has(Flag::ACK)) {
                std::swap(c.addrA, c.addrB);
                std::swap(c.portA, c.portB);
            }
            c.synSeen = d.seg.flags.has(Flag::SYN);
            c.interface = perInterface ? p.interface : 0;
            c.startNs = p.timeNs;
            out.connections.push_back(std::move(c));
            progress.emplace_back();
            it = open.insert_or_assign(key, out.connections.size() - 1).first;
        }
        CaptureConnection& c = out.connections[it->second];
        ConnectionSegment s;
        s.packet = i;
        s.timeNs = p.timeNs;
        s.fromA = d.src == c.addrA && d.srcPort == c.portA;
        s.seg = d.seg;
        s.mss = d.mss;
        c.endNs = p.timeNs;
        track(progress[it->second], s);
        c.segments.push_back(s);
    }
    for (size_t i = 0; i < out.connections.size(); ++i)
        out.connections[i].outcome = outcomeOf(progress[i], out.connections[i].synSeen);
    return out;
}

} // namespace hl
