#include "core/pcapng_writer.h"

#include <cassert>

namespace hl {
namespace {

// Block types and option codes of the pcapng specification.
constexpr uint32_t kSectionHeaderBlock = 0x0A0D0D0A;
constexpr uint32_t kInterfaceDescriptionBlock = 1;
constexpr uint32_t kEnhancedPacketBlock = 6;
constexpr uint32_t kByteOrderMagic = 0x1A2B3C4D;
constexpr uint16_t kOptEndOfOpt = 0;
constexpr uint16_t kOptComment = 1;
constexpr uint16_t kShbUserAppl = 4;
constexpr uint16_t kIfName = 2;
constexpr uint16_t kIfDescription = 3;
constexpr uint32_t kSnapLen = 262144;

// Builds one block: type, length, body, options, length (the body padded to 32 bits).
class Block {
public:
    explicit Block(uint32_t type) { u32(type); u32(0); }
    Block& u16(uint16_t v) { b_ += static_cast<char>(v); b_ += static_cast<char>(v >> 8); return *this; }
    Block& u32(uint32_t v) { u16(static_cast<uint16_t>(v)); return u16(static_cast<uint16_t>(v >> 16)); }
    Block& raw(std::span<const uint8_t> bytes) {
        b_.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
        return pad();
    }
    Block& option(uint16_t code, std::string_view value) {
        u16(code).u16(static_cast<uint16_t>(value.size()));
        b_ += value;
        return pad();
    }
    void finish(std::string& out) {
        option(kOptEndOfOpt, {});
        const auto total = static_cast<uint32_t>(b_.size() + 4);
        u32(total);
        for (int i = 0; i < 4; ++i) b_[4 + i] = static_cast<char>(total >> (8 * i));
        out += b_;
    }

private:
    Block& pad() {
        while (b_.size() % 4 != 0) b_ += '\0';
        return *this;
    }
    std::string b_;
};

} // namespace

PcapngWriter::PcapngWriter(std::string_view application) {
    Block shb(kSectionHeaderBlock);
    shb.u32(kByteOrderMagic).u16(1).u16(0).u32(0xFFFFFFFF).u32(0xFFFFFFFF); // v1.0, length unknown
    shb.option(kShbUserAppl, application);
    shb.finish(out_);
}

uint32_t PcapngWriter::addInterface(uint16_t linkType, std::string_view name, std::string_view description) {
    assert(!packetsStarted_ && "pcapng: interfaces before packets");
    Block idb(kInterfaceDescriptionBlock);
    idb.u16(linkType).u16(0).u32(kSnapLen);
    idb.option(kIfName, name).option(kIfDescription, description); // if_tsresol absent: microseconds
    idb.finish(out_);
    return interfaces_++;
}

void PcapngWriter::addPacket(uint32_t interfaceId, int64_t timestampUs, std::span<const uint8_t> frame,
                             std::span<const std::string> comments) {
    assert(interfaceId < interfaces_);
    packetsStarted_ = true;
    const auto ts = static_cast<uint64_t>(timestampUs);
    Block epb(kEnhancedPacketBlock);
    epb.u32(interfaceId).u32(static_cast<uint32_t>(ts >> 32)).u32(static_cast<uint32_t>(ts));
    epb.u32(static_cast<uint32_t>(frame.size())).u32(static_cast<uint32_t>(frame.size())).raw(frame);
    for (const std::string& c : comments)
        if (!c.empty()) epb.option(kOptComment, std::string_view(c).substr(0, 0xFFFC));
    epb.finish(out_);
}

} // namespace hl
