// The pcapng export read back by Wireshark's tshark (issue 18, point 4): every built-in
// single-connection lesson, with IPv4 and TCP checksum validation on, no malformed packet, each
// packet's tap, flags, seq, ack, length, window and MSS equal to the trace, and Wireshark's own
// analysis marking a retransmission wherever the simulation retransmitted. Also the CLI's
// `--format pcapng` with its packet comments, in English and Korean.
#include "core/builtin_lessons.h"
#include "core/capture_connections.h"
#include "core/capture_export.h"
#include "core/capture_file.h"
#include "core/capture_lesson.h"
#include "core/lesson_file.h"
#include "core/simulation.h"
#include "core/trace_jsonl.h"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace hl {
namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeAll(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

std::string tempDir() {
    char dir[] = "/tmp/hl_capture_test_XXXXXX";
    EXPECT_NE(mkdtemp(dir), nullptr);
    return dir;
}

// Runs a shell command; returns its stdout, fails the test on a non-zero status.
std::string run(const std::string& cmd) {
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) {
        ADD_FAILURE() << "cannot run " << cmd;
        return out;
    }
    char buf[65536];
    for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    const int status = pclose(p);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cmd;
    return out;
}

std::vector<std::vector<std::string>> rows(const std::string& text) {
    std::vector<std::vector<std::string>> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> cells;
        size_t at = 0;
        for (size_t tab; (tab = line.find('\t', at)) != std::string::npos; at = tab + 1)
            cells.push_back(line.substr(at, tab - at));
        cells.push_back(line.substr(at));
        out.push_back(std::move(cells));
    }
    return out;
}

// tshark with checksum validation on, one row per packet. stderr is kept apart: any warning
// about the file ("appears to be damaged or corrupt", "cut short") fails the test.
std::vector<std::vector<std::string>> tshark(const std::string& file, const std::vector<std::string>& fields) {
    std::string cmd = "tshark -n -r '" +
                      file + "' -o ip.check_checksum:TRUE -o tcp.check_checksum:TRUE -o tcp.analyze_sequence_numbers:TRUE -T fields";
    for (const auto& f : fields) cmd += (f[0] == '-' ? " " : " -e ") + f; // "-E ..." passes as it is
    cmd += " 2>'" + file + ".err'";
    auto out = rows(run(cmd));
    std::string err = readAll(file + ".err");
    // tshark's notice about running as root is not about the file.
    for (size_t at; (at = err.find("Running as user")) != std::string::npos;)
        err.erase(at, err.find('\n', at) + 1 - at);
    EXPECT_EQ(err, "") << file;
    return out;
}

// One packet the rule (capture_export.h) says must be in the file, taken from the trace.
struct Expected {
    HostId tap;
    SimTime t;
    uint32_t order; // the trace event, for packets at the same instant
    const SegmentRecord* rec;
    uint16_t mss; // 0: no MSS option
};

// A segment shows on its sender's tap when sent and on its receiver's tap at each arrival of a
// copy; a lost copy does not arrive; an injected segment shows only where it arrives.
std::vector<Expected> expectedPackets(const Scenario& s, const Trace& trace) {
    std::vector<Expected> out;
    for (const SegmentRecord& rec : trace.segments) {
        const HostConfig& sender = rec.from == HostId::Client ? s.client : s.server;
        const uint16_t mss = rec.seg.flags.has(Flag::SYN) && !rec.injected
                                 ? static_cast<uint16_t>(resolveOptions(s.profile, sender.options).mss)
                                 : 0;
        if (rec.injected) {
            out.push_back({rec.to, trace.events[rec.sendEvent].t, rec.sendEvent, &rec, 0});
            continue;
        }
        out.push_back({rec.from, rec.sentAt, rec.sendEvent, &rec, mss});
        for (const SegmentCopy& c : rec.copies)
            if (!c.lost && c.endEvent != kNoEvent) out.push_back({rec.to, c.endsAt, c.endEvent, &rec, mss});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Expected& a, const Expected& b) { return a.t != b.t ? a.t < b.t : a.order < b.order; });
    return out;
}

uint8_t wireFlags(Flags f) { // RFC 9293 §3.1 control bits, written out here rather than taken from the core's table
    return static_cast<uint8_t>((f.has(Flag::FIN) ? 0x01 : 0) | (f.has(Flag::SYN) ? 0x02 : 0) |
                                (f.has(Flag::RST) ? 0x04 : 0) | (f.has(Flag::PSH) ? 0x08 : 0) |
                                (f.has(Flag::ACK) ? 0x10 : 0));
}

struct LessonCapture {
    const Scenario* scenario;
    Trace trace;
    std::vector<Expected> expected;
};

// Every built-in single-connection lesson in one file, so tshark starts once: lesson i gets
// addresses 192.0.2.(i+1) and 198.51.100.(i+1) (its own conversations) and starts 10,000 s after
// the previous one.
class ExportThroughTshark : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = tempDir();
        for (const Scenario& s : builtinLessons()) {
            if (s.load) continue;
            LessonCapture l{&s, simulate(s), {}};
            l.expected = expectedPackets(s, l.trace);
            lessons_.push_back(std::move(l));
        }
        for (const char* name : {"both", "client", "server"}) writeTaps(name);
    }

    static void writeTaps(const std::string& which) {
        std::vector<CapturePacket> all;
        CaptureOptions o;
        o.clientTap = which != "server";
        o.serverTap = which != "client";
        for (size_t i = 0; i < lessons_.size(); ++i) {
            CaptureOptions lo = captureOptionsFor(*lessons_[i].scenario);
            lo.clientTap = o.clientTap;
            lo.serverTap = o.serverTap;
            lo.clientIp = 0xC0000200 + static_cast<uint32_t>(i + 1);
            lo.serverIp = 0xC6336400 + static_cast<uint32_t>(i + 1);
            for (CapturePacket& p : capturePackets(lessons_[i].trace, lo)) {
                p.t += SimTime::fromSeconds(10000 * static_cast<int64_t>(i));
                all.push_back(std::move(p));
            }
        }
        writeAll(dir_ + "/" + which + ".pcapng", capturePcapng(all, o));
    }

    static std::string dir_;
    static std::vector<LessonCapture> lessons_;
};

std::string ExportThroughTshark::dir_;
std::vector<LessonCapture> ExportThroughTshark::lessons_;

TEST_F(ExportThroughTshark, EveryPacketValidAndEqualToTheTrace) {
    const auto r = tshark(dir_ + "/both.pcapng",
                          {"frame.interface_id", "tcp.flags", "tcp.seq_raw", "tcp.ack_raw", "tcp.len",
                           "tcp.window_size_value", "tcp.options.mss_val", "ip.checksum.status", "tcp.checksum.status",
                           "_ws.malformed", "_ws.expert.severity", "ip.src", "ip.len", "frame.time_epoch"});
    size_t row = 0;
    size_t lessonsSeen = 0;
    for (size_t i = 0; i < lessons_.size(); ++i) {
        const LessonCapture& l = lessons_[i];
        SCOPED_TRACE(l.scenario->id);
        ++lessonsSeen;
        for (const Expected& e : l.expected) {
            ASSERT_LT(row, r.size());
            const auto& c = r[row++];
            ASSERT_EQ(c.size(), 14u);
            const Segment& g = e.rec->seg;
            EXPECT_EQ(c[0], e.tap == HostId::Client ? "0" : "1") << "segment " << g.id;
            EXPECT_EQ(std::stoul(c[1], nullptr, 16), wireFlags(g.flags)) << "segment " << g.id;
            EXPECT_EQ(std::stoul(c[2]), g.seq.value());
            EXPECT_EQ(std::stoul(c[3]), g.flags.has(Flag::ACK) ? g.ack.value() : 0u);
            EXPECT_EQ(std::stoul(c[4]), g.len);
            EXPECT_EQ(std::stoul(c[5]), std::min<uint32_t>(g.window, 65535));
            EXPECT_EQ(c[6], e.mss ? std::to_string(e.mss) : "") << "MSS option only on SYNs (RFC 9293 §3.7.1)";
            EXPECT_EQ(c[7], "1") << "IPv4 header checksum good";
            EXPECT_EQ(c[8], "1") << "TCP checksum good";
            EXPECT_EQ(c[9], "") << "malformed";
            // Expert infos up to "warning" are TCP analysis notes (retransmission, duplicate ACK ...);
            // "error" (8388608) would be a broken packet.
            for (const char* bad : {"8388608"}) EXPECT_EQ(c[10].find(bad), std::string::npos) << c[10];
            // RFC 791: total length = 20 (IP) + 20 (TCP) + 4 (MSS option) + payload.
            EXPECT_EQ(std::stoul(c[12]), 40u + (e.mss ? 4u : 0u) + g.len);
            const HostId ipFrom = e.rec->from;
            EXPECT_EQ(c[11], (ipFrom == HostId::Client ? "192.0.2." : "198.51.100.") + std::to_string(i + 1));
            // Timestamps: the run's time from 2026-01-01 00:00:00 UTC, the delays included.
            const int64_t us = kCaptureEpochUs + e.t.us() + 10000LL * 1000000 * static_cast<int64_t>(i);
            EXPECT_NEAR(std::stod(c[13]), static_cast<double>(us) / 1e6, 2e-6);
        }
    }
    EXPECT_EQ(row, r.size()) << "no packet beyond the trace's";
    EXPECT_GE(lessonsSeen, 40u);
}

// On one tap, Wireshark sees each segment once, as a host next to that tap would: every segment
// the simulation retransmitted is marked "tcp.analysis.retransmission" on its sender's tap.
TEST_F(ExportThroughTshark, WiresharkMarksTheRetransmissions) {
    size_t retransmissions = 0;
    for (HostId tap : {HostId::Client, HostId::Server}) {
        const std::string name = tap == HostId::Client ? "client" : "server";
        const auto r = tshark(dir_ + "/" + name + ".pcapng", {"tcp.seq_raw", "tcp.analysis.retransmission"});
        size_t row = 0;
        for (const LessonCapture& l : lessons_) {
            SCOPED_TRACE(l.scenario->id + " on the " + name + " tap");
            for (const Expected& e : l.expected) {
                if (e.tap != tap) continue;
                ASSERT_LT(row, r.size());
                const auto& c = r[row++];
                ASSERT_EQ(c.size(), 2u);
                EXPECT_EQ(std::stoul(c[0]), e.rec->seg.seq.value());
                const bool sentHere = e.rec->from == tap && !e.rec->injected;
                if (sentHere && e.rec->retransmission) {
                    ++retransmissions;
                    EXPECT_NE(c[1], "") << "segment " << e.rec->seg.id << " was retransmitted";
                }
            }
        }
        EXPECT_EQ(row, r.size());
    }
    EXPECT_GE(retransmissions, 20u) << "the loss lessons retransmit SYNs, SYN,ACKs, data and FINs";
}

std::string cli(const std::string& args) {
    return std::string("env -u LANG -u LANGUAGE -u LC_ALL '") + HL_CLI_PATH + "' " + args;
}

// `run --format pcapng --lang both`: each packet carries two comments, the English and the
// Korean narration of its step, each naming the state change with the RFC 9293 state names.
TEST(CliPcapng, CommentsInBothLanguages) {
    const std::string dir = tempDir();
    const std::string file = dir + "/h.pcapng";
    run(cli("run handshake-and-close --format pcapng --lang both --output '" + file + "'"));
    const auto r = tshark(file, {"-E aggregator='|'", "frame.comment"});
    const Scenario& s = *findBuiltinLesson("handshake-and-close");
    const Trace trace = simulate(s);
    const std::vector<Expected> expected = expectedPackets(s, trace);
    ASSERT_EQ(r.size(), expected.size());
    for (size_t i = 0; i < r.size(); ++i) {
        ASSERT_EQ(r[i].size(), 1u);
        const std::string& both = r[i][0];
        const size_t bar = both.find('|');
        ASSERT_NE(bar, std::string::npos) << both;
        EXPECT_EQ(both.find('|', bar + 1), std::string::npos) << "two comments: " << both;
        const std::string en = both.substr(0, bar), ko = both.substr(bar + 1);
        const bool leaving = expected[i].rec->from == expected[i].tap;
        EXPECT_EQ(en.rfind(leaving ? "Leaves the " : "Reaches the ", 0), 0u) << en;
        EXPECT_NE(ko.find("\xEB\x8B\x88\xEB\x8B\xA4"), std::string::npos) << "Korean 합니다체 ending: " << ko;
        EXPECT_EQ(ko.find("Leaves the"), std::string::npos) << ko;
        EXPECT_EQ(ko.find("Reaches the"), std::string::npos) << ko;
    }
    // The first packet is the client's SYN leaving, CLOSED -> SYN_SENT (RFC 9293 §3.10.1), told
    // in both languages.
    const std::string first = r[0][0];
    const size_t bar = first.find('|');
    for (const std::string& part : {first.substr(0, bar), first.substr(bar + 1)}) {
        EXPECT_NE(part.find("CLOSED"), std::string::npos) << part;
        EXPECT_NE(part.find("SYN_SENT"), std::string::npos) << part;
    }
}

// Without --output the capture goes to stdout (here a file), byte for byte the same as --output.
TEST(CliPcapng, StdoutEqualsOutputFile) {
    const std::string dir = tempDir();
    run(cli("run lost-syn --format pcapng --output '" + dir + "/a.pcapng'"));
    run(cli("run lost-syn --format pcapng >'" + dir + "/b.pcapng'"));
    const std::string a = readAll(dir + "/a.pcapng");
    EXPECT_GT(a.size(), 100u);
    EXPECT_EQ(a, readAll(dir + "/b.pcapng"));
}

// A file that cannot be written: exit status 2, one line on stderr, nothing left behind.
TEST(CliPcapng, UnwritableOutputIsRefused) {
    const std::string dir = tempDir();
    const std::string target = dir + "/missing-folder/x.pcapng";
    const int raw = std::system(
        (cli("run lost-syn --format pcapng --output '" + target + "'") + " 2>'" + dir + "/err'").c_str());
    EXPECT_EQ(WEXITSTATUS(raw), 2);
    const std::string err = readAll(dir + "/err");
    EXPECT_NE(err.find("cannot write"), std::string::npos) << err;
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1);
    EXPECT_FALSE(std::ifstream(target).good());
}

} // namespace
} // namespace hl

namespace hl {
namespace {

std::string kernel(const std::string& situation) {
    return std::string(HL_TEST_DATA_DIR) + "/kernel/" + situation + "/1/capture.pcap";
}

// `capture FILE --list`: one line per connection with its outcome (issue 18, point 9).
TEST(CliCapture, ListsConnections) {
    const std::string out = run(cli("capture '" + kernel("refused") + "' --list"));
    EXPECT_NE(out.find("1\t127.0.0.1:50000\t127.0.0.1:80\t2\t"), std::string::npos) << out;
    EXPECT_NE(out.find("refused"), std::string::npos) << out;
}

// jsonl: the event schema of `run` (send, deliver, state with reason ids), host "client" for the
// SYN's sender, inferred changes marked. abort: the client's RST,ACK (RFC 9293 §3.10.5) closes
// both sides; the server's change is inferred (RFC 9293 §3.10.7.4, "reset").
TEST(CliCapture, JsonlHasTheRunSchema) {
    const std::string out = run(cli("capture '" + kernel("abort") + "' --format jsonl"));
    EXPECT_NE(
        out.find(R"("type":"send","host":"client","conn":1,"seg":{"id":1,"src_port":50000,"dst_port":80,"flags":["SYN"])"),
        std::string::npos)
        << out;
    EXPECT_NE(
        out.find(R"("type":"state","host":"client","conn":1,"from":"ESTABLISHED","to":"CLOSED","reason":"user.abort"})"),
        std::string::npos)
        << out;
    EXPECT_NE(
        out.find(R"("type":"state","host":"server","conn":2,"from":"ESTABLISHED","to":"CLOSED","reason":"rst.reset","inferred":true})"),
        std::string::npos)
        << out;
    EXPECT_EQ(out.rfind("{\"t_us\":0,", 0), 0u) << "times count from the connection's first event";
}

// Text and ladder name the vantage point; --vantage changes it.
TEST(CliCapture, TextAndLadderSayTheVantagePoint) {
    const std::string text = run(cli("capture '" + kernel("half-close") + "' --lang en"));
    EXPECT_NE(text.find("on the loopback of one machine"), std::string::npos) << text;
    const std::string ladder = run(cli("capture '" + kernel("half-close") + "' --format ladder --vantage middle --lang en"));
    EXPECT_NE(ladder.find("The capture is taken in the middle."), std::string::npos) << ladder;
}

// `capture FILE --format lesson [--profile P]`: the lesson the GUI's Compare with the simulator
// runs (core/capture_lesson.h), with the profile asked for (linux when none is), which `run` takes.
TEST(CliCapture, LessonFormatWritesTheBuiltLessonWithTheChosenProfile) {
    const std::string dir = tempDir();
    const std::string path = dir + "/built.json";
    run(cli("capture '" + kernel("lost-fin") + "' --format lesson --profile bsd --output '" + path + "'"));
    const LessonResult parsed = parseLesson(readAll(path), path);
    ASSERT_TRUE(std::holds_alternative<Scenario>(parsed)) << readAll(path);
    const Scenario& built = std::get<Scenario>(parsed);
    EXPECT_EQ(built.profile, Profile::Bsd);
    EXPECT_EQ(built.id, "capture-1");
    EXPECT_EQ(built.title.en, "Capture capture.pcap, connection 1");
    EXPECT_FALSE(built.title.ko.empty());
    // The same lesson as core builds from the capture, but for its words.
    const CaptureResult file = readCaptureFile(kernel("lost-fin"));
    ASSERT_TRUE(std::holds_alternative<CaptureFile>(file));
    Scenario expected = lessonFromCapture(inferConnection(listConnections(std::get<CaptureFile>(file)).connections.at(0)),
                                          "capture-1", Profile::Bsd);
    expected.title = built.title;
    expected.summary = built.summary;
    EXPECT_EQ(writeLesson(built), writeLesson(expected));
    // `run` simulates it: the simulator's version of the capture, with BSD's rules.
    const std::string jsonl = run(cli("run '" + path + "' --format jsonl"));
    EXPECT_EQ(jsonl, traceToJsonl(simulate(built)));

    EXPECT_NE(run(cli("capture '" + kernel("lost-fin") + "' --format lesson")).find("\"profile\": \"linux\""), std::string::npos)
        << "the default profile";
    const int refused = std::system(
        (cli("capture '" + kernel("lost-fin") + "' --profile bsd") + " >/dev/null 2>&1").c_str());
    EXPECT_EQ(WEXITSTATUS(refused), 2) << "--profile says nothing about the inferred states";
    const int notRun = std::system((cli("run handshake-and-close --format lesson") + " >/dev/null 2>&1").c_str());
    EXPECT_EQ(WEXITSTATUS(notRun), 2);
}

// A cut file: exit status 2, one line naming the file and the byte offset, nothing on stdout.
TEST(CliCapture, BrokenFileOneLineExit2) {
    const std::string dir = tempDir();
    std::string bytes = readAll(kernel("abort"));
    writeAll(dir + "/cut.pcap", bytes.substr(0, bytes.size() - 5));
    const int raw = std::system(
        (cli("capture '" + dir + "/cut.pcap'") + " >'" + dir + "/out' 2>'" + dir + "/err'").c_str());
    EXPECT_EQ(WEXITSTATUS(raw), 2);
    const std::string err = readAll(dir + "/err");
    EXPECT_NE(err.find(dir + "/cut.pcap: byte "), std::string::npos) << err;
    EXPECT_NE(err.find("5 bytes before the end of this packet"), std::string::npos) << err;
    EXPECT_EQ(std::count(err.begin(), err.end(), '\n'), 1) << err;
    EXPECT_EQ(readAll(dir + "/out"), "");
}

} // namespace
} // namespace hl
