// Ground truth for the capture importer (issue 18, point 10): real Linux connections recorded
// in network namespaces by scripts/record-kernel (tests/data/kernel/README.md), each with `ss`
// snapshots of both sockets' states. The states inferred from capture.pcap alone (RFC 9293
// §3.10.7, losses from the senders' retransmissions, RFC 6298 §5) must equal the kernel's
// (net/ipv4/tcp_input.c, tcp_minisocks.c) at every snapshot of every run.
#include "core/capture_connections.h"
#include "core/capture_file.h"
#include "core/capture_inference.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace hl {
namespace {

namespace fs = std::filesystem;

std::map<std::string, std::string> readMeta(const fs::path& file) {
    std::map<std::string, std::string> out;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        const size_t eq = line.find('=');
        if (eq != std::string::npos && !out.count(line.substr(0, eq))) out[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return out;
}

// ss's state names (iproute2 misc/ss.c, sstate_name).
std::optional<TcpState> fromSs(const std::string& name) {
    static const std::map<std::string, TcpState> kNames = {
        {"ESTAB", TcpState::Established},    {"SYN-SENT", TcpState::SynSent},    {"SYN-RECV", TcpState::SynReceived},
        {"FIN-WAIT-1", TcpState::FinWait1},  {"FIN-WAIT-2", TcpState::FinWait2}, {"TIME-WAIT", TcpState::TimeWait},
        {"CLOSE-WAIT", TcpState::CloseWait}, {"LAST-ACK", TcpState::LastAck},    {"CLOSING", TcpState::Closing},
        {"LISTEN", TcpState::Listen},        {"UNCONN", TcpState::Closed},       {"CLOSED", TcpState::Closed}};
    const auto it = kNames.find(name);
    if (it == kNames.end()) return std::nullopt;
    return it->second;
}

struct Snapshot {
    int64_t us = 0;                                                // after t0
    TcpState client = TcpState::Closed, server = TcpState::Closed; // missing: CLOSED
};

std::vector<Snapshot> readSnapshots(const fs::path& file, const std::string& client, const std::string& server) {
    std::vector<Snapshot> out;
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("@ ", 0) == 0) {
            out.push_back(Snapshot{std::stoll(line.substr(2))});
            continue;
        }
        std::istringstream cells(line);
        std::string state, recvQ, sendQ, local, peer;
        if (!(cells >> state >> recvQ >> sendQ >> local >> peer) || out.empty()) continue;
        const auto s = fromSs(state);
        EXPECT_TRUE(s.has_value()) << line;
        if (!s) continue;
        if (local == client && peer == server) out.back().client = *s;
        if (local == server && peer == client) out.back().server = *s;
    }
    return out;
}

// A connection's state at capture time `ns` from the inferred trace. The server's connection is
// its child of the listener (conn 2): before the SYN arrives, or back at the listener, it is no
// socket at all, which ss shows as nothing (CLOSED).
TcpState stateAt(const InferredConnection& c, HostId host, int64_t ns) {
    const bool hasListener = std::any_of(c.trace.events.begin(), c.trace.events.end(), [&](const TraceEvent& e) {
        return e.type == EventType::State && e.host == host && e.conn == 1 && e.to == TcpState::Listen;
    });
    const uint32_t conn = hasListener ? 2 : 1;
    TcpState s = TcpState::Closed;
    for (const TraceEvent& e : c.trace.events) {
        if (c.originNs + e.t.us() * 1000 > ns) break;
        if (e.type == EventType::State && e.host == host && e.conn == conn) s = e.to;
    }
    return s == TcpState::Listen ? TcpState::Closed : s;
}

std::vector<fs::path> runs() {
    std::vector<fs::path> out;
    const fs::path root = fs::path(HL_TEST_DATA_DIR) / "kernel";
    for (const auto& situation : fs::directory_iterator(root))
        if (situation.is_directory())
            for (const auto& run : fs::directory_iterator(situation.path()))
                if (fs::exists(run.path() / "capture.pcap")) out.push_back(run.path());
    std::sort(out.begin(), out.end());
    return out;
}

TEST(CaptureKernelTruth, InferredStatesEqualTheKernelsAtEverySnapshot) {
    const std::vector<fs::path> all = runs();
    ASSERT_GE(all.size(), 10u) << "tests/data/kernel holds the recorded situations";
    size_t snapshots = 0;
    for (const fs::path& run : all) {
        SCOPED_TRACE(run.string());
        const auto meta = readMeta(run / "meta.txt");
        const int64_t t0 = std::stoll(meta.at("t0_ns"));
        CaptureResult read = readCaptureFile((run / "capture.pcap").string());
        ASSERT_TRUE(std::holds_alternative<CaptureFile>(read));
        const ConnectionList list = listConnections(std::get<CaptureFile>(read));
        ASSERT_EQ(list.connections.size(), 1u);
        const CaptureConnection& conn = list.connections.front();
        EXPECT_EQ(conn.addrA.toString() + ":" + std::to_string(conn.portA), meta.at("client"))
            << "the SYN's sender is the client";
        const InferredConnection inferred = inferConnection(conn);
        EXPECT_EQ(inferred.vantage, Vantage::Loopback) << "both ends on 127.0.0.1";
        for (const Snapshot& snap : readSnapshots(run / "ss.txt", meta.at("client"), meta.at("server"))) {
            const int64_t ns = t0 + snap.us * 1000;
            EXPECT_EQ(toString(stateAt(inferred, HostId::Client, ns)), toString(snap.client))
                << "client at " << snap.us << " us";
            EXPECT_EQ(toString(stateAt(inferred, HostId::Server, ns)), toString(snap.server))
                << "server at " << snap.us << " us";
            ++snapshots;
        }
    }
    EXPECT_GE(snapshots, 50u);
}

} // namespace
} // namespace hl
