#include "core/capture_file.h"

#include "core/byte_order.h"

#include <fstream>
#include <iterator>
#include <optional>

namespace hl {
namespace {

using namespace pcap;
using namespace pcapng;

// The file's integers, in the byte order its header says.
class Bytes {
public:
    Bytes(std::span<const uint8_t> b, ByteOrder order) : b_(b), order_(order) {}
    uint16_t u16(size_t at) const { return load16(b_, at, order_); }
    uint32_t u32(size_t at) const { return load32(b_, at, order_); }
    uint64_t u64(size_t at) const { // pcapng timestamps: high word first, each in the section's order
        return static_cast<uint64_t>(u32(at)) << 32 | u32(at + 4);
    }
    void setOrder(ByteOrder order) { order_ = order; }

private:
    std::span<const uint8_t> b_;
    ByteOrder order_;
};

CaptureError error(CaptureErrorCode code, uint64_t offset, uint64_t found) { return CaptureError{code, offset, found}; }

// --- classic pcap ------------------------------------------------------------------------------

CaptureResult parsePcap(CaptureFile file) {
    const std::span<const uint8_t> b(file.bytes);
    const uint32_t magicBe = load32(b, 0);
    const bool big = magicBe == kMagicMicroseconds || magicBe == kMagicNanoseconds;
    const Bytes r(b, big ? ByteOrder::Big : ByteOrder::Little);
    const bool nanos = r.u32(0) == kMagicNanoseconds;
    if (b.size() < kFileHeaderLen) return error(CaptureErrorCode::TruncatedHeader, b.size(), kFileHeaderLen - b.size());
    if (r.u16(4) != 2) return error(CaptureErrorCode::UnsupportedVersion, 4, r.u16(4));
    // The link type is the low 16 bits; the upper bits may carry FCS information (ignored).
    file.interfaces.push_back(CaptureInterface{static_cast<uint16_t>(r.u32(20) & 0xFFFF), {}});
    size_t at = kFileHeaderLen;
    while (at < b.size()) {
        if (b.size() - at < kRecordHeaderLen)
            return error(CaptureErrorCode::TruncatedPacket, at, kRecordHeaderLen - (b.size() - at));
        const uint32_t sec = r.u32(at), frac = r.u32(at + 4), caplen = r.u32(at + 8), origlen = r.u32(at + 12);
        if (caplen > kMaxCapturedPacket) return error(CaptureErrorCode::PacketTooLarge, at + 8, caplen);
        if (b.size() - at - kRecordHeaderLen < caplen)
            return error(CaptureErrorCode::TruncatedPacket, at, caplen - (b.size() - at - kRecordHeaderLen));
        CapturedPacket p;
        p.timeNs = static_cast<int64_t>(sec) * 1000000000 + static_cast<int64_t>(frac) * (nanos ? 1 : 1000);
        p.offset = at + kRecordHeaderLen;
        p.capturedLen = caplen;
        p.originalLen = origlen;
        p.fileOffset = at;
        file.packets.push_back(std::move(p));
        at += kRecordHeaderLen + caplen;
    }
    return file;
}

// --- pcapng ------------------------------------------------------------------------------------

struct Interface {
    uint32_t index = 0;    // into CaptureFile::interfaces
    uint8_t tsresol = 6;   // if_tsresol: 10^-6 by default
    int64_t tsoffsetS = 0; // if_tsoffset, seconds
};

// Converts a timestamp in the interface's units to nanoseconds. if_tsresol: the high bit clear
// means 10^-n seconds, set means 2^-n.
std::optional<int64_t> toNanoseconds(uint64_t ts, uint8_t tsresol) {
    const unsigned n = tsresol & 0x7F;
    if ((tsresol & 0x80) == 0) {
        if (n > 19) return std::nullopt;
        uint64_t unit = 1;
        for (unsigned i = 0; i < (n > 9 ? n - 9 : 9 - n); ++i) unit *= 10;
        if (n > 9) return static_cast<int64_t>(ts / unit);
        if (unit != 0 && ts > static_cast<uint64_t>(INT64_MAX) / unit) return std::nullopt;
        return static_cast<int64_t>(ts * unit);
    }
    if (n > 63) return std::nullopt;
    const uint64_t whole = n == 0 ? ts : ts >> n;
    const uint64_t frac = n == 0 ? 0 : ts & ((uint64_t{1} << n) - 1);
    if (whole > static_cast<uint64_t>(INT64_MAX) / 1000000000) return std::nullopt;
    // frac / 2^n seconds in ns, without overflow: scale in two halves of the shift.
    const uint64_t ns = n <= 32 ? (frac * 1000000000) >> n : ((frac >> (n - 32)) * 1000000000) >> 32;
    return static_cast<int64_t>(whole * 1000000000 + ns);
}

class PcapngParser {
public:
    explicit PcapngParser(CaptureFile file) : file_(std::move(file)), b_(file_.bytes), r_(b_, ByteOrder::Little) {}

    CaptureResult parse() {
        size_t at = 0;
        while (at < b_.size()) {
            if (b_.size() - at < 12) return error(CaptureErrorCode::TruncatedHeader, at, 12 - (b_.size() - at));
            const uint32_t typeLe = load32(b_, at, ByteOrder::Little);
            if (typeLe == kSectionHeaderBlock) {
                if (b_.size() - at < 28) return error(CaptureErrorCode::TruncatedHeader, at, 28 - (b_.size() - at));
                const uint32_t magic = load32(b_, at + 8, ByteOrder::Little);
                if (magic == kByteOrderMagic)
                    r_.setOrder(ByteOrder::Little);
                else if (load32(b_, at + 8) == kByteOrderMagic)
                    r_.setOrder(ByteOrder::Big);
                else
                    return error(CaptureErrorCode::BadByteOrderMagic, at + 8, magic);
                if (r_.u16(at + 12) != 1) return error(CaptureErrorCode::UnsupportedVersion, at + 12, r_.u16(at + 12));
                sectionStarted_ = true;
                interfaces_.clear(); // interface ids are per section
            } else if (!sectionStarted_) {
                return error(CaptureErrorCode::NoSectionHeader, at, typeLe);
            }
            const uint32_t type = r_.u32(at), len = r_.u32(at + 4);
            if (len < 12 || len % 4 != 0) return error(CaptureErrorCode::BadBlockLength, at + 4, len);
            if (len > b_.size() - at) return error(CaptureErrorCode::TruncatedPacket, at, len - (b_.size() - at));
            if (r_.u32(at + len - 4) != len)
                return error(CaptureErrorCode::BlockLengthMismatch, at + len - 4, r_.u32(at + len - 4));
            if (auto e = block(type, at, len)) return *e;
            at += len;
        }
        return std::move(file_);
    }

private:
    std::optional<CaptureError> block(uint32_t type, size_t at, size_t len) {
        const size_t body = at + 8, end = at + len - 4;
        switch (type) {
        case kInterfaceDescriptionBlock: {
            if (end - body < 8) return error(CaptureErrorCode::BadBlockLength, at + 4, len);
            Interface i;
            i.index = static_cast<uint32_t>(file_.interfaces.size());
            CaptureInterface ci{r_.u16(body), {}};
            std::optional<CaptureError> bad;
            options(body + 8, end, [&](uint16_t code, size_t v, size_t vlen) {
                if (code == kIfName) ci.name.assign(reinterpret_cast<const char*>(&b_[v]), vlen);
                if (code == kIfTsresol && vlen >= 1) {
                    i.tsresol = b_[v];
                    if (!toNanoseconds(1, i.tsresol)) bad = error(CaptureErrorCode::BadTimestampResolution, v, b_[v]);
                }
                if (code == kIfTsoffset && vlen >= 8) i.tsoffsetS = static_cast<int64_t>(r_.u64(v));
            });
            if (bad) return bad;
            file_.interfaces.push_back(std::move(ci));
            interfaces_.push_back(i);
            return std::nullopt;
        }
        case kEnhancedPacketBlock:
            return packet(at, len, body + 20, r_.u32(body), r_.u64(body + 4), r_.u32(body + 12), r_.u32(body + 16), true);
        case kObsoletePacketBlock:
            return packet(at, len, body + 20, r_.u16(body), r_.u64(body + 4), r_.u32(body + 12), r_.u32(body + 16), true);
        case kSimplePacketBlock: {
            if (end - body < 4) return error(CaptureErrorCode::BadBlockLength, at + 4, len);
            const uint32_t origlen = r_.u32(body);
            // The captured length is what the block holds (at most the original length).
            const auto caplen = static_cast<uint32_t>(std::min<size_t>(origlen, end - body - 4));
            return packet(at, len, body + 4, 0, 0, caplen, origlen, false);
        }
        default: return std::nullopt; // name resolution, statistics, secrets, custom blocks: not needed
        }
    }

    std::optional<CaptureError> packet(size_t at, size_t len, size_t data, uint32_t iface, uint64_t ts, uint32_t caplen,
                                       uint32_t origlen, bool hasOptions) {
        const size_t end = at + len - 4;
        if (data > end) return error(CaptureErrorCode::BadBlockLength, at + 4, len);
        if (iface >= interfaces_.size()) return error(CaptureErrorCode::UnknownInterface, at + 8, iface);
        if (caplen > kMaxCapturedPacket) return error(CaptureErrorCode::PacketTooLarge, data - 8, caplen);
        if (caplen > end - data) return error(CaptureErrorCode::BadBlockLength, at + 4, len);
        const Interface& i = interfaces_[iface];
        CapturedPacket p;
        p.interface = i.index;
        const std::optional<int64_t> ns = toNanoseconds(ts, i.tsresol);
        int64_t offsetNs = 0;
        if (!ns || __builtin_mul_overflow(i.tsoffsetS, int64_t{1000000000}, &offsetNs) ||
            __builtin_add_overflow(*ns, offsetNs, &p.timeNs) || p.timeNs < -kMaxCaptureTimeNs ||
            p.timeNs >= kMaxCaptureTimeNs)
            return error(CaptureErrorCode::TimestampOutOfRange, at, ts);
        p.offset = data;
        p.capturedLen = caplen;
        p.originalLen = origlen;
        p.fileOffset = at;
        if (hasOptions)
            options(data + static_cast<size_t>((caplen + 3) / 4) * 4, end, [&](uint16_t code, size_t v, size_t vlen) {
                if (code == kOptComment) p.comments.emplace_back(reinterpret_cast<const char*>(&b_[v]), vlen);
            });
        file_.packets.push_back(std::move(p));
        return std::nullopt;
    }

    // Calls f(code, valueOffset, valueLength) for each option in [at, end); stops at opt_endofopt
    // or at an option that would run past the block (options are optional: a bad tail is ignored).
    template <class F>
    void options(size_t at, size_t end, F f) const {
        while (at + 4 <= end) {
            const uint16_t code = r_.u16(at), vlen = r_.u16(at + 2);
            if (code == kOptEndOfOpt || vlen > end - at - 4) return;
            f(code, at + 4, vlen);
            at += 4 + (static_cast<size_t>(vlen) + 3) / 4 * 4;
        }
    }

    CaptureFile file_;
    std::span<const uint8_t> b_;
    Bytes r_;
    bool sectionStarted_ = false;
    std::vector<Interface> interfaces_;
};

} // namespace

CaptureResult parseCapture(std::vector<uint8_t> bytes) {
    if (bytes.empty()) return error(CaptureErrorCode::Empty, 0, 0);
    if (bytes.size() < 4) return error(CaptureErrorCode::TruncatedHeader, bytes.size(), 4 - bytes.size());
    CaptureFile file;
    file.bytes = std::move(bytes);
    const uint32_t magicBe = load32(file.bytes, 0);
    const uint32_t magicLe = load32(file.bytes, 0, ByteOrder::Little);
    for (uint32_t m : {kMagicMicroseconds, kMagicNanoseconds})
        if (magicBe == m || magicLe == m) {
            file.format = CaptureFormat::Pcap;
            return parsePcap(std::move(file));
        }
    if (magicBe == kSectionHeaderBlock) {
        file.format = CaptureFormat::Pcapng;
        return PcapngParser(std::move(file)).parse();
    }
    return error(CaptureErrorCode::UnknownFormat, 0, magicBe);
}

CaptureResult readCaptureFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return error(CaptureErrorCode::CannotRead, 0, 0);
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return error(CaptureErrorCode::CannotRead, 0, 0);
    return parseCapture(std::move(bytes));
}

} // namespace hl
