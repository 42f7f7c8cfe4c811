#include "core/channel.h"

#include "core/random.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace hl {

Flags faultFlags(Flags f) { return f.without(Flag::PSH); }

Channel::Channel(const Latency& latency, std::vector<Fault> faults, double loss, uint64_t lossSeed)
    : latency_(latency), faults_(std::move(faults)), matchCounts_(faults_.size(), 0), loss_(loss),
      lossRng_(splitMix64(lossSeed ^ kLossStreamSalt)) {
    for (uint32_t i = 0; i < faults_.size(); ++i) {
        if (faults_[i].match.segmentId)
            faultsById_[*faults_[i].match.segmentId].push_back(i);
        else
            generalFaults_.push_back(i);
    }
}

void Channel::candidates(uint64_t segId, std::vector<uint32_t>& out) const {
    out.clear();
    const auto it = faultsById_.find(segId);
    if (it == faultsById_.end()) {
        out = generalFaults_;
        return;
    }
    std::merge(generalFaults_.begin(), generalFaults_.end(), it->second.begin(), it->second.end(), std::back_inserter(out));
}

SimDuration Channel::latency(HostId from) const { return from == HostId::Client ? latency_.c2s : latency_.s2c; }

bool Channel::matchesCriteria(const FaultMatch& m, const Segment& seg, HostId from, SimTime sentAt) {
    if (m.from && *m.from != from) return false;
    if (m.flags && faultFlags(*m.flags) != faultFlags(seg.flags)) return false;
    if (m.hasData && *m.hasData != (seg.len > 0)) return false;
    if (m.between && (sentAt < m.between->first || sentAt > m.between->second)) return false; // inclusive
    if (m.segmentId && *m.segmentId != seg.id) return false;
    return true;
}

bool Channel::drawLoss() {
    if (loss_ <= 0.0) return false; // no draw: a lossless lesson leaves the stream untouched
    return unitInterval(lossRng_()) < loss_;
}

std::vector<SegmentCopy> Channel::transmit(const Segment& seg, HostId from, SimTime sentAt) {
    bool dropped = false;
    DropCause dropCause = DropCause::Fault;
    SimDuration delay;
    std::vector<SimDuration> duplicates;
    candidates(seg.id, scratch_);
    for (const uint32_t i : scratch_) {
        const Fault& f = faults_[i];
        if (!matchesCriteria(f.match, seg, from, sentAt)) continue;
        const uint32_t count = ++matchCounts_[i]; // retransmissions count too
        if (f.match.nth && *f.match.nth != count) continue;
        // Several matching faults: a drop wins (the first dropping fault names the cause),
        // delays add up, each duplicate adds a copy.
        if (f.drop && !dropped) {
            dropped = true;
            dropCause = f.fromUser ? DropCause::User : DropCause::Fault;
        }
        if (f.delay) delay += *f.delay;
        if (f.duplicateAfter) duplicates.push_back(*f.duplicateAfter);
    }

    const SimDuration oneWay = latency(from);
    const SimTime pointOfLoss = sentAt + oneWay / 2; // the diagram's arrow stops half-way
    std::vector<SegmentCopy> copies;
    if (dropped) {
        copies.push_back({pointOfLoss, true, dropCause, kNoEvent, SimDuration{}});
        return copies;
    }
    const SimTime firstArrival = sentAt + oneWay + delay;
    copies.push_back({firstArrival, false, DropCause::Fault, kNoEvent, delay});
    for (SimDuration after : duplicates)
        copies.push_back({firstArrival + after, false, DropCause::Fault, kNoEvent, delay});
    for (SegmentCopy& c : copies) {
        if (drawLoss()) c = {pointOfLoss, true, DropCause::Loss, kNoEvent, SimDuration{}};
    }
    return copies;
}

// Why {from, flags, nth} and not the segment id: ids are handed out in send order across both
// hosts, so any earlier change that adds or removes a segment (a retransmission after a drop)
// shifts every later id, and "segment 7" would silently hit another segment. "The 2nd FIN from
// the client" keeps naming the same segment in the user's words, reads well in the list, and
// still means something in a saved lesson. A replay is identical up to this segment's send, and
// the count below is transmit()'s (matchesCriteria over every segment that passed the channel,
// retransmissions included), so the new fault hits exactly the arrow the user chose.
std::optional<FaultMatch> positionalMatch(const Trace& trace, uint64_t segId) {
    const SegmentRecord* target = trace.segment(segId);
    if (!target || target->injected) return std::nullopt;
    FaultMatch m;
    m.from = target->from;
    m.flags = faultFlags(target->seg.flags);
    uint32_t nth = 0;
    for (uint64_t id = 1; id <= segId; ++id) {
        const SegmentRecord& r = trace.segments[id - 1];
        if (!r.injected && Channel::matchesCriteria(m, r.seg, r.from, r.sentAt)) ++nth;
    }
    m.nth = nth;
    return m;
}

uint64_t segmentByMatch(const Trace& trace, const FaultMatch& match) {
    if (!match.from || !match.flags || !match.nth) return 0;
    uint32_t nth = 0;
    for (const SegmentRecord& r : trace.segments)
        if (!r.injected && Channel::matchesCriteria(match, r.seg, r.from, r.sentAt) && ++nth == *match.nth)
            return r.seg.id;
    return 0;
}

} // namespace hl
