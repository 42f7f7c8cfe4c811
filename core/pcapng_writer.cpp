#include "core/pcapng_writer.h"

#include "core/byte_order.h"

#include <cassert>

namespace hl {
namespace {

using namespace pcapng;

// Builds one block: type, length, body, options, length (the body padded to 32 bits).
class Block {
public:
    explicit Block(uint32_t type) {
        u32(type);
        u32(0);
    }
    Block& u16(uint16_t v) {
        append16(b_, v, ByteOrder::Little);
        return *this;
    }
    Block& u32(uint32_t v) {
        append32(b_, v, ByteOrder::Little);
        return *this;
    }
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
        store32(std::span(reinterpret_cast<uint8_t*>(b_.data()), b_.size()), 4, total, ByteOrder::Little);
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
    idb.u16(linkType).u16(0).u32(kMaxCapturedPacket);
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
