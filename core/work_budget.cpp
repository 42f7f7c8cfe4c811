#include "core/work_budget.h"

#include "core/scenario.h"
#include "core/trace.h"

#include <algorithm>

namespace hl {

StopCause likelyStopCause(const Trace& trace) {
    // The run's segments (at most the last 200,000): the pattern that filled the budget.
    const size_t n = std::min<size_t>(trace.segments.size(), 200'000);
    if (n == 0) return StopCause::Unknown;
    size_t duplicated = 0, pureAcks = 0, data = 0;
    bool fromClient = false, fromServer = false;
    for (size_t i = trace.segments.size() - n; i < trace.segments.size(); ++i) {
        const SegmentRecord& r = trace.segments[i];
        if (r.copies.size() > 1) ++duplicated;
        if (r.seg.len > 0) ++data;
        if (r.seg.flags == Flags(Flag::ACK) && r.seg.len == 0) {
            ++pureAcks;
            (r.from == HostId::Client ? fromClient : fromServer) = true;
        }
    }
    if (duplicated * 2 > n) return StopCause::DuplicateLoop;
    if (pureAcks * 10 >= n * 9 && fromClient && fromServer) return StopCause::AckStorm;
    if (data * 3 >= n) return StopCause::BulkData; // one ACK per one or two data segments
    return StopCause::Unknown;
}

namespace {
uint64_t segmentsFor(uint64_t bytes, uint32_t mss) { return mss == 0 ? 0 : (bytes + mss - 1) / mss; }
} // namespace

CostEstimate estimateCost(const Scenario& sc) {
    CostEstimate cost;
    const uint32_t clientMss = resolveOptions(sc.profile, sc.client.options).mss;
    const uint32_t serverMss = resolveOptions(sc.profile, sc.server.options).mss;
    for (const Action& a : sc.actions)
        if (a.kind == ActionKind::Send)
            cost.dataSegments += segmentsFor(a.bytes, a.host == HostId::Client ? clientMss : serverMss);
    if (sc.load) {
        const LoadSpec& l = *sc.load;
        const auto connections = static_cast<uint64_t>(l.ratePerS * static_cast<double>(l.duration.us()) / 1e6) + 1;
        // A lifecycle: 3 handshake segments, 4 closing ones, and each data segment with its ACK.
        const uint64_t perConnection = 7 + 2 * (segmentsFor(l.requestBytes, clientMss) +
                                                segmentsFor(l.responseBytes, serverMss));
        cost.loadSegments = connections * perConnection;
    }
    return cost;
}

bool exceedsEventBudget(const CostEstimate& cost, const WorkBudget& budget) {
    return cost.dataSegments > budget.maxEvents / 4;
}

bool exceedsLoadBudget(const CostEstimate& cost) { return cost.loadSegments > kMaxLoadSegments; }

} // namespace hl
