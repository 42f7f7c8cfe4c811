// The capture reader on files written by the usual tools (issue 18, point 5): a real kernel
// capture (tests/data/kernel) rewritten by editcap (pcapng with packet comments, nanosecond
// pcap), tcpdump (classic pcap, nanosecond precision) and tshark (pcapng), and its frames
// re-encapsulated by text2pcap as raw IP and Linux cooked (SLL) packets. Every version must give
// the same TCP segments at the same times as the original.
#include "core/capture_connections.h"
#include "core/capture_file.h"
#include "core/packet_decoder.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace hl {
namespace {

struct Seen {
    int64_t us;
    uint16_t srcPort;
    uint8_t flags;
    uint32_t seq, ack, len;
    bool operator==(const Seen&) const = default;
};

std::vector<Seen> segments(const std::string& path, const CaptureFile** keep = nullptr) {
    static CaptureFile last;
    CaptureResult r = readCaptureFile(path);
    if (!std::holds_alternative<CaptureFile>(r)) {
        ADD_FAILURE() << path << ": error " << static_cast<int>(std::get<CaptureError>(r).code);
        return {};
    }
    last = std::get<CaptureFile>(std::move(r));
    if (keep) *keep = &last;
    std::vector<Seen> out;
    for (const CapturedPacket& p : last.packets) {
        DecodedTcp d;
        EXPECT_EQ(decodeTcp(last.interfaces.at(p.interface).linkType, last.frame(p), d), DecodeOutcome::Tcp) << path;
        out.push_back({p.timeNs / 1000, d.srcPort, d.headerBits, d.seg.seq.value(), d.seg.ack.value(), d.seg.len});
    }
    return out;
}

void sh(const std::string& cmd) {
    const int status = std::system((cmd + " 2>/dev/null").c_str());
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cmd;
}

// text2pcap's input: "offset bytes" lines per packet, each preceded by its time (-t format).
std::string hexDump(const CaptureFile& f, size_t strip, const std::string& prefix) {
    std::string out;
    char buf[64];
    for (const CapturedPacket& p : f.packets) {
        const int64_t us = p.timeNs / 1000;
        std::snprintf(buf, sizeof buf, "%lld.%06lld\n", static_cast<long long>(us / 1000000),
                      static_cast<long long>(us % 1000000));
        out += buf;
        std::string bytes = prefix;
        const auto frame = f.frame(p);
        for (size_t i = strip; i < frame.size(); ++i) bytes += static_cast<char>(frame[i]);
        for (size_t i = 0; i < bytes.size(); ++i) {
            if (i % 16 == 0) {
                std::snprintf(buf, sizeof buf, "%s%06zx", i ? "\n" : "", i);
                out += buf;
            }
            std::snprintf(buf, sizeof buf, " %02x", static_cast<uint8_t>(bytes[i]));
            out += buf;
        }
        out += "\n";
    }
    return out;
}

TEST(CaptureTools, ConvertedCapturesReadTheSame) {
    char dir[] = "/tmp/hl_capture_tools_XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    const std::string d = dir;
    const std::string original = std::string(HL_TEST_DATA_DIR) + "/kernel/lost-fin/1/capture.pcap";
    const CaptureFile* file = nullptr;
    const std::vector<Seen> truth = segments(original, &file);
    ASSERT_GE(truth.size(), 8u);
    ASSERT_EQ(file->interfaces.at(0).linkType, kLinkEthernet);

    sh("editcap -F pcapng -a 1:first-comment -a 3:third '" + original + "' '" + d + "/e.pcapng'");
    sh("editcap -F nsecpcap '" + original + "' '" + d + "/e-ns.pcap'");
    sh("tcpdump -r '" + original + "' -w '" + d + "/t.pcap'");
    sh("tcpdump --time-stamp-precision=nano -r '" + original + "' -w '" + d + "/t-ns.pcap'");
    sh("tshark -r '" + original + "' -F pcapng -w '" + d + "/s.pcapng'");
    // Re-encapsulated: the IP packets alone (raw IP, 101) and behind a Linux cooked header (113).
    const CaptureFile copy = *file;
    std::ofstream(d + "/raw.txt") << hexDump(copy, 14, "");
    const std::string sll("\x00\x00\x03\x04\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00", 16);
    std::ofstream(d + "/sll.txt") << hexDump(copy, 14, sll);
    sh("text2pcap -q -t %s.%f -l 101 '" + d + "/raw.txt' '" + d + "/raw.pcap'");
    sh("text2pcap -q -n -t %s.%f -l 113 '" + d + "/sll.txt' '" + d + "/sll.pcapng'");

    for (const char* name : {"e.pcapng", "e-ns.pcap", "t.pcap", "t-ns.pcap", "s.pcapng", "raw.pcap", "sll.pcapng"}) {
        SCOPED_TRACE(name);
        const CaptureFile* f = nullptr;
        EXPECT_EQ(segments(d + "/" + name, &f), truth);
        const ConnectionList l = listConnections(*f);
        ASSERT_EQ(l.connections.size(), 1u);
        EXPECT_EQ(l.connections[0].outcome, ConnectionOutcome::ClosedNormally);
        if (std::string(name) == "e.pcapng") {
            EXPECT_EQ(f->packets[0].comments, std::vector<std::string>{"first-comment"});
            EXPECT_TRUE(f->packets[1].comments.empty());
            EXPECT_EQ(f->packets[2].comments, std::vector<std::string>{"third"});
        }
    }
    std::system(("rm -rf '" + d + "'").c_str());
}

} // namespace
} // namespace hl
