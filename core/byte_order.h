#pragma once
// 16- and 32-bit unsigned integers at an offset of a byte buffer, in a given byte order: network
// headers are big-endian (RFC 791, Appendix B), capture files in the order of the machine that
// wrote them (pcap-savefile(5); pcapng, draft-ietf-opsawg-pcapng §3.1). The one place for the
// shifts of the capture reader, the packet decoder, the frame builder and the pcapng writer.
// Hand-written: <endian.h>'s htobe16 family and C++20's std::endian convert whole values in the
// host's order; these read and write bytes at an offset, in an order known only at run time.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace hl {

enum class ByteOrder : uint8_t { Big, Little };

inline uint16_t load16(std::span<const uint8_t> b, size_t at, ByteOrder order = ByteOrder::Big) {
    const bool big = order == ByteOrder::Big;
    return static_cast<uint16_t>(b[big ? at : at + 1] << 8 | b[big ? at + 1 : at]);
}

inline uint32_t load32(std::span<const uint8_t> b, size_t at, ByteOrder order = ByteOrder::Big) {
    const bool big = order == ByteOrder::Big;
    return static_cast<uint32_t>(load16(b, big ? at : at + 2, order)) << 16 | load16(b, big ? at + 2 : at, order);
}

inline void store16(std::span<uint8_t> b, size_t at, uint16_t v, ByteOrder order = ByteOrder::Big) {
    const bool big = order == ByteOrder::Big;
    b[big ? at : at + 1] = static_cast<uint8_t>(v >> 8);
    b[big ? at + 1 : at] = static_cast<uint8_t>(v);
}

inline void store32(std::span<uint8_t> b, size_t at, uint32_t v, ByteOrder order = ByteOrder::Big) {
    const bool big = order == ByteOrder::Big;
    store16(b, big ? at : at + 2, static_cast<uint16_t>(v >> 16), order);
    store16(b, big ? at + 2 : at, static_cast<uint16_t>(v), order);
}

// Appends v to `out` (a block being built) in `order`.
inline void append16(std::string& out, uint16_t v, ByteOrder order) {
    out.append(2, '\0');
    store16(std::span(reinterpret_cast<uint8_t*>(out.data()), out.size()), out.size() - 2, v, order);
}

inline void append32(std::string& out, uint32_t v, ByteOrder order) {
    out.append(4, '\0');
    store32(std::span(reinterpret_cast<uint8_t*>(out.data()), out.size()), out.size() - 4, v, order);
}

} // namespace hl
