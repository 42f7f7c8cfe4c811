#pragma once
// The network between the two hosts: one-way latency per direction, the lesson's (and the
// user's) faults, and seeded random loss. It only decides the fate of each segment it is handed;
// the simulation turns that fate into scheduled Deliver/Drop events.
#include "core/host.h"
#include "core/scenario.h"
#include "core/segment.h"
#include "core/sim_time.h"
#include "core/trace.h"

#include <cstdint>
#include <optional>
#include <random>
#include <unordered_map>
#include <vector>

namespace hl {

class Channel {
public:
    Channel(const Latency& latency, std::vector<Fault> faults, double loss, uint64_t lossSeed);

    SimDuration latency(HostId from) const;

    // Decide the fate of `seg`, sent by `from` at `sentAt`. Copy 0 is the original; each
    // matching duplicate fault adds one more copy. Must be called once per segment, in send
    // order: the `nth` counters and the loss stream advance with every call.
    std::vector<SegmentCopy> transmit(const Segment& seg, HostId from, SimTime sentAt);

    // Every criterion except nth (nth counts among the segments that match all the others).
    static bool matchesCriteria(const FaultMatch& m, const Segment& seg, HostId from, SimTime sentAt);

private:
    bool drawLoss();
    // The faults that may match `seg`, in file order: the general ones and those naming its id.
    void candidates(uint64_t segId, std::vector<uint32_t>& out) const;

    Latency latency_;
    std::vector<Fault> faults_;
    std::vector<uint32_t> matchCounts_; // per fault: segments so far that matched its criteria
    // Faults indexed so that a lesson of many segment_id faults costs O(1) per segment, not one
    // check per fault: those with a segment_id by id, the others in one list (ascending indices).
    std::unordered_map<uint64_t, std::vector<uint32_t>> faultsById_;
    std::vector<uint32_t> generalFaults_;
    std::vector<uint32_t> scratch_;
    double loss_ = 0.0;
    std::mt19937_64 lossRng_; // a stream of its own: ISN draws never shift it
};

// Flags compared by a fault: the exact set among SYN ACK FIN RST; PSH does not count.
Flags faultFlags(Flags f);

// "The 2nd FIN from the client": the segment's position among the segments from the same host
// with the same flags, in the given trace, counted as transmit() counts nth. Empty for an
// injected segment (it does not pass the channel) or an unknown id.
std::optional<FaultMatch> positionalMatch(const Trace& trace, uint64_t segId);
// The segment a positional match names in `trace` (0: none), the inverse of positionalMatch.
uint64_t segmentByMatch(const Trace& trace, const FaultMatch& match);

} // namespace hl
