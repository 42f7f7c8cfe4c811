// Capture import (issue 18, point 6): a 100,000-packet capture read and listed as connections must
// take under a second. Two shapes: 10,000 short connections of 10 packets (a busy server) and one
// long connection of 100,000 packets (a bulk transfer), the latter also inferred (both sides'
// states). The file is built in memory with the exporter's own frame writer.
#include "core/capture_connections.h"
#include "core/capture_file.h"
#include "core/capture_inference.h"
#include "core/pcapng_writer.h"
#include "core/tcp_frame.h"

#include <benchmark/benchmark.h>

#include <vector>

namespace hl {
namespace {

constexpr size_t kPackets = 100000;

std::vector<uint8_t> makeCapture(size_t connections) {
    PcapngWriter w("bench");
    w.addInterface(kLinkEthernet, "eth0", "");
    const size_t perConnection = kPackets / connections;
    int64_t t = 1767225600LL * 1000000;
    for (size_t c = 0; c < connections; ++c) {
        const auto port = static_cast<uint16_t>(10000 + c % 50000);
        const uint32_t clientIp = 0xC0000200 + static_cast<uint32_t>(c / 50000);
        for (size_t i = 0; i < perConnection; ++i) {
            const bool fromClient = i % 2 == 0;
            FrameSpec f;
            f.srcIp = fromClient ? clientIp : 0xC633640A;
            f.dstIp = fromClient ? 0xC633640A : clientIp;
            f.seg.srcPort = fromClient ? port : 80;
            f.seg.dstPort = fromClient ? 80 : port;
            // SYN, SYN,ACK, then ACKs with 100 bytes each way, FIN,ACK pairs at the end.
            if (i == 0)
                f.seg.flags = Flag::SYN;
            else if (i == 1)
                f.seg.flags = Flag::SYN | Flag::ACK;
            else if (i + 4 >= perConnection && i + 2 < perConnection)
                f.seg.flags = Flag::FIN | Flag::ACK;
            else
                f.seg.flags = Flag::ACK;
            const uint32_t sent = static_cast<uint32_t>(i / 2) * 100;
            f.seg.seq = SeqNum((fromClient ? 1000u : 5000u) + (i > 1 ? 1 + sent : 0));
            f.seg.ack = SeqNum((fromClient ? 5001u : 1001u) + sent);
            f.seg.len = i > 1 && i + 4 < perConnection ? 100 : 0;
            const std::vector<uint8_t> frame = buildTcpFrame(f);
            w.addPacket(0, t += 100, frame);
        }
    }
    const std::string& s = w.bytes();
    return {s.begin(), s.end()};
}

void BM_ListConnections(benchmark::State& state) {
    const std::vector<uint8_t> file = makeCapture(static_cast<size_t>(state.range(0)));
    size_t listed = 0;
    for (auto _ : state) {
        CaptureResult r = parseCapture(file); // the copy is part of it: a file read into memory
        const ConnectionList l = listConnections(std::get<CaptureFile>(r));
        listed = l.connections.size();
        benchmark::DoNotOptimize(listed);
    }
    state.counters["packets"] = static_cast<double>(kPackets);
    state.counters["connections"] = static_cast<double>(listed);
    state.counters["MB"] = static_cast<double>(file.size()) / 1e6;
}
BENCHMARK(BM_ListConnections)->Arg(10000)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_InferOneLongConnection(benchmark::State& state) {
    CaptureResult r = parseCapture(makeCapture(1));
    const ConnectionList l = listConnections(std::get<CaptureFile>(r));
    size_t events = 0;
    for (auto _ : state) {
        const InferredConnection c = inferConnection(l.connections.front());
        events = c.trace.events.size();
        benchmark::DoNotOptimize(events);
    }
    state.counters["events"] = static_cast<double>(events);
}
BENCHMARK(BM_InferOneLongConnection)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace hl

BENCHMARK_MAIN();
