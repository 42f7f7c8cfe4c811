#pragma once
// Our own small reader of capture files (issue 18, import): classic pcap (both byte orders,
// microsecond and nanosecond magic) and pcapng (several sections and interfaces, any link type
// per interface, packet comments). Hand-written: libpcap cannot read a pcapng file whose
// interfaces have different link types, and Wireshark's wiretap is not a stable API.
// It reads the container only; packet_decoder.h decodes the frames. Errors are codes with the
// byte offset and the value found: the words are in ui/ (CaptureTexts::errorMessage).
#include "core/capture_format.h"

#include <cstdint>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace hl {

enum class CaptureFormat : uint8_t { Pcap, Pcapng };

enum class CaptureErrorCode : uint8_t {
    CannotRead,             // the file cannot be opened or read
    Empty,                  // no bytes at all
    UnknownFormat,          // found: the first four bytes (big-endian); neither pcap nor pcapng
    TruncatedHeader,        // the file ends inside the pcap file header or a pcapng block header
    TruncatedPacket,        // the file ends inside a packet record or block; found: bytes missing
    UnsupportedVersion,     // found: major version
    BadByteOrderMagic,      // pcapng section header; found: the magic read
    BadBlockLength,         // pcapng; found: the length (not a multiple of 4, too small, or past the end)
    BlockLengthMismatch,    // pcapng: the trailing length differs; found: the trailing length
    NoSectionHeader,        // pcapng: a block before the first section header; found: its type
    UnknownInterface,       // pcapng: a packet names an interface not described; found: the id
    PacketTooLarge,         // a captured length over kMaxCapturedPacket; found: the length
    BadTimestampResolution, // pcapng if_tsresol; found: the value
    TimestampOutOfRange, // pcapng: a packet's time (with if_tsoffset) beyond kMaxCaptureTimeNs; found: the raw timestamp
};

struct CaptureError {
    CaptureErrorCode code = CaptureErrorCode::Empty;
    uint64_t offset = 0; // where in the file
    uint64_t found = 0;  // the value found there (see the code)
};

// Packet times lie in [-kMaxCaptureTimeNs, kMaxCaptureTimeNs) (1824 to 2116; classic pcap's
// unsigned seconds end in 2106), so the difference of any two fits in 64 bits.
inline constexpr int64_t kMaxCaptureTimeNs = int64_t{1} << 62;

struct CaptureInterface {
    uint16_t linkType = 0;
    std::string name; // pcapng if_name; empty if none
};

struct CapturedPacket {
    uint32_t interface = 0; // index into CaptureFile::interfaces
    int64_t timeNs = 0;     // nanoseconds since 1970
    size_t offset = 0;      // of the frame's bytes in CaptureFile::bytes
    uint32_t capturedLen = 0;
    uint32_t originalLen = 0;
    uint64_t fileOffset = 0;           // of the record or block, for messages
    std::vector<std::string> comments; // pcapng opt_comment
};

struct CaptureFile {
    CaptureFormat format = CaptureFormat::Pcap;
    std::vector<uint8_t> bytes;               // the whole file; packets point into it
    std::vector<CaptureInterface> interfaces; // a pcap file has one; pcapng sections add theirs
    std::vector<CapturedPacket> packets;      // in file order

    std::span<const uint8_t> frame(const CapturedPacket& p) const {
        return std::span(bytes).subspan(p.offset, p.capturedLen);
    }
};

using CaptureResult = std::variant<CaptureFile, CaptureError>;

CaptureResult parseCapture(std::vector<uint8_t> bytes);
CaptureResult readCaptureFile(const std::string& path);

} // namespace hl
