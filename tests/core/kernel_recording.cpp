#include "tests/core/kernel_recording.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace hl::kernel {
namespace {

constexpr uint16_t kClientPort = 50000;
constexpr uint16_t kServerPort = 80;

[[noreturn]] void fail(const std::string& file, size_t where, const std::string& what) {
    throw std::runtime_error(file + ":" + std::to_string(where) + ": " + what);
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Classic pcap: a 24-byte header, then 16-byte record headers (libpcap's file format).
class Pcap {
public:
    explicit Pcap(std::string path) : path_(std::move(path)), data_(readAll(path_)) {
        if (data_.size() < 24) fail(path_, 0, "shorter than a pcap header");
        const uint32_t magic = u32(0);
        swapped_ = magic == 0xd4c3b2a1u || magic == 0x4d3cb2a1u;
        const uint32_t m = swapped_ ? swap(magic) : magic;
        if (m != 0xa1b2c3d4u && m != 0xa1b23c4du) fail(path_, 0, "not a classic pcap file (magic)");
        nano_ = m == 0xa1b23c4du;
        linkType_ = u32(20) & 0xffff;
    }

    template <typename OnPacket>
    void forEach(OnPacket onPacket) const {
        size_t off = 24;
        while (off + 16 <= data_.size()) {
            const int64_t sec = u32(off), frac = u32(off + 4);
            const size_t incl = u32(off + 8);
            if (off + 16 + incl > data_.size()) fail(path_, off, "record runs past the end of the file");
            const int64_t ns = sec * 1'000'000'000 + (nano_ ? frac : frac * 1000);
            onPacket(ns, off + 16, incl);
            off += 16 + incl;
        }
    }

    uint32_t linkType() const { return linkType_; }
    uint8_t byte(size_t at) const { return static_cast<uint8_t>(data_[at]); }
    uint16_t be16(size_t at) const { return static_cast<uint16_t>(byte(at) << 8 | byte(at + 1)); }
    uint32_t be32(size_t at) const { return uint32_t{be16(at)} << 16 | be16(at + 2); }
    const std::string& path() const { return path_; }

private:
    static uint32_t swap(uint32_t v) { return (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24); }
    uint32_t u32(size_t at) const {
        const uint32_t le = uint32_t{byte(at)} | uint32_t{byte(at + 1)} << 8 | uint32_t{byte(at + 2)} << 16 |
                            uint32_t{byte(at + 3)} << 24;
        return swapped_ ? swap(le) : le;
    }

    std::string path_;
    std::string data_;
    bool swapped_ = false;
    bool nano_ = false;
    uint32_t linkType_ = 0;
};

// Bytes before the IP header for the link types a Linux capture of lo or an interface has.
size_t linkHeader(const Pcap& p) {
    switch (p.linkType()) {
    case 0: return 4;    // BSD loopback
    case 1: return 14;   // Ethernet
    case 101: return 0;  // raw IP
    case 113: return 16; // Linux cooked (SLL)
    default: fail(p.path(), 20, "link type " + std::to_string(p.linkType()) + " is not supported here");
    }
}

std::vector<RecordedSegment> readSegments(const std::string& path, int64_t t0Ns, int64_t endUs) {
    const Pcap pcap(path);
    const size_t link = linkHeader(pcap);
    std::optional<uint32_t> clientIsn, serverIsn;
    std::vector<RecordedSegment> out;
    pcap.forEach([&](int64_t ns, size_t at, size_t len) {
        if (len < link + 20 + 20) fail(path, at, "packet too short for IPv4 and TCP headers (snap length?)");
        const size_t ip = at + link;
        if (pcap.byte(ip) >> 4 != 4 || pcap.byte(ip + 9) != 6) return; // IPv4 TCP only
        const size_t ihl = (pcap.byte(ip) & 15u) * 4u;
        const size_t tcp = ip + ihl;
        const size_t doff = (pcap.byte(tcp + 12) >> 4) * 4u;
        RecordedSegment s;
        s.tUs = (ns - t0Ns) / 1000;
        if (s.tUs >= endUs) return;
        const uint16_t sport = pcap.be16(tcp);
        s.fromClient = sport == kClientPort;
        const uint8_t f = pcap.byte(tcp + 13);
        if (f & 0x02) s.flags |= Flag::SYN;
        if (f & 0x10) s.flags |= Flag::ACK;
        if (f & 0x01) s.flags |= Flag::FIN;
        if (f & 0x04) s.flags |= Flag::RST;
        s.len = static_cast<uint32_t>(pcap.be16(ip + 2) - ihl - doff);
        const uint32_t seq = pcap.be32(tcp + 4), ack = pcap.be32(tcp + 8);
        std::optional<uint32_t>& ownIsn = s.fromClient ? clientIsn : serverIsn;
        const std::optional<uint32_t>& peerIsn = s.fromClient ? serverIsn : clientIsn;
        if (s.flags.has(Flag::SYN) && !ownIsn) ownIsn = seq;
        s.relSeq = seq - ownIsn.value_or(seq);
        // A RST,ACK to a SYN (refused) acknowledges the client's ISN + 1 before any server ISN.
        if (s.flags.has(Flag::ACK)) s.relAck = ack - peerIsn.value_or(ack - 1);
        out.push_back(s);
    });
    return out;
}

std::vector<RecordedSnapshot> readSnapshots(const std::string& path) {
    std::istringstream in(readAll(path));
    std::vector<RecordedSnapshot> out;
    std::string line;
    size_t lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (line.empty()) continue;
        std::istringstream words(line);
        std::string first;
        words >> first;
        if (first == "@") {
            RecordedSnapshot s;
            if (!(words >> s.tUs)) fail(path, lineNo, "expected \"@ microseconds\"");
            out.push_back(s);
            continue;
        }
        if (out.empty()) fail(path, lineNo, "a socket line before the first \"@\"");
        std::string recvQ, sendQ, local, peer;
        if (!(words >> recvQ >> sendQ >> local >> peer)) fail(path, lineNo, "expected state, queues, local, peer");
        const std::optional<TcpState> state = stateFromSs(first);
        if (!state) fail(path, lineNo, "unknown ss state \"" + first + "\"");
        RecordedSnapshot& s = out.back();
        const auto endsWith = [](const std::string& a, const std::string& b) {
            return a.size() >= b.size() && a.compare(a.size() - b.size(), b.size(), b) == 0;
        };
        if (endsWith(local, ":" + std::to_string(kClientPort)))
            s.client = state;
        else if (*state == TcpState::Listen)
            s.listening = true;
        else if (endsWith(peer, ":" + std::to_string(kClientPort)))
            s.server = state;
    }
    return out;
}

} // namespace

std::optional<TcpState> stateFromSs(const std::string& word) {
    static const std::map<std::string, TcpState> kNames = {
        {"ESTAB", TcpState::Established},   {"SYN-SENT", TcpState::SynSent},    {"SYN-RECV", TcpState::SynReceived},
        {"FIN-WAIT-1", TcpState::FinWait1}, {"FIN-WAIT-2", TcpState::FinWait2}, {"CLOSE-WAIT", TcpState::CloseWait},
        {"LAST-ACK", TcpState::LastAck},    {"CLOSING", TcpState::Closing},     {"TIME-WAIT", TcpState::TimeWait},
        {"LISTEN", TcpState::Listen},       {"UNCONN", TcpState::Closed},
    };
    const auto it = kNames.find(word);
    if (it == kNames.end()) return std::nullopt;
    return it->second;
}

KernelRun readKernelRun(const std::string& dir) {
    KernelRun run;
    run.dir = dir;
    std::istringstream meta(readAll(dir + "/meta.txt"));
    std::string line;
    while (std::getline(meta, line)) {
        const size_t eq = line.find('=');
        if (eq != std::string::npos) run.meta[line.substr(0, eq)] = line.substr(eq + 1);
    }
    const int64_t t0 = std::stoll(run.meta.at("t0_ns"));
    const int64_t endUs = std::stoll(run.meta.at("end_ms")) * 1000;
    run.segments = readSegments(dir + "/capture.pcap", t0, endUs);
    run.snapshots = readSnapshots(dir + "/ss.txt");
    std::istringstream log(readAll(dir + "/server.log"));
    while (std::getline(log, line)) {
        int64_t t = 0;
        if (std::istringstream(line) >> t) run.serverExitUs = std::max(run.serverExitUs, t);
    }
    return run;
}

} // namespace hl::kernel
