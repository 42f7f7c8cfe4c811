#include "tests/fuzz/capture_check.h"

#include "core/capture_connections.h"
#include "core/capture_file.h"
#include "core/capture_inference.h"

#include <variant>
#include <vector>

namespace hl::fuzz {

std::string checkCaptureRead(const uint8_t* data, size_t size) {
    CaptureResult r = parseCapture(std::vector<uint8_t>(data, data + size));
    if (const auto* e = std::get_if<CaptureError>(&r)) {
        if (e->offset > size) return "error offset past the end of the file";
        return {};
    }
    const CaptureFile& file = std::get<CaptureFile>(r);
    for (const CapturedPacket& p : file.packets) {
        if (p.offset + p.capturedLen > size) return "packet bytes past the end of the file";
        if (p.interface >= file.interfaces.size()) return "packet on an unknown interface";
    }
    const ConnectionList list = listConnections(file);
    size_t tcp = 0;
    for (const CaptureConnection& c : list.connections) tcp += c.segments.size();
    if (tcp + list.nonTcpPackets + list.truncatedPackets != file.packets.size()) return "packets lost or counted twice";
    for (size_t i = 0; i < list.connections.size() && i < 8; ++i)
        for (Vantage v : {Vantage::Client, Vantage::Server, Vantage::Middle, Vantage::Loopback}) {
            const InferredConnection c = inferConnection(list.connections[i], InferenceOptions{v});
            for (size_t k = 1; k < c.trace.events.size(); ++k)
                if (c.trace.events[k].t < c.trace.events[k - 1].t) return "inferred trace out of time order";
            if (c.trace.segments.size() != list.connections[i].segments.size())
                return "a segment missing from the trace";
            for (const SegmentRecord& rec : c.trace.segments) {
                if (rec.copies.size() != 1 || rec.copies[0].endEvent == kNoEvent)
                    return "a segment copy without its end";
                if (rec.copies[0].endsAt < rec.sentAt) return "a segment arrives before it was sent";
            }
            if (!c.trace.events.empty() && c.trace.end < c.trace.events.back().t)
                return "the trace ends before its last event";
        }
    return {};
}

} // namespace hl::fuzz
