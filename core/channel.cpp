#include "core/channel.h"

#include "core/random.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace hl {

Flags faultFlags(Flags f) { return f.without(Flag::PSH); }

Channel::Channel(const Latency& latency, std::vector<Fault> faults, double loss, uint64_t lossSeed)
    : latency_(latency),
      faults_(std::move(faults)),
      matchCounts_(faults_.size(), 0),
      loss_(loss),
      lossRng_(splitMix64(lossSeed ^ kLossStreamSalt)) {
    for (uint32_t i = 0; i < faults_.size(); ++i) {
        if (faults_[i].match.segmentId) faultsById_[*faults_[i].match.segmentId].push_back(i);
        else generalFaults_.push_back(i);
    }
}

void Channel::candidates(uint64_t segId, std::vector<uint32_t>& out) const {
    out.clear();
    const auto it = faultsById_.find(segId);
    if (it == faultsById_.end()) {
        out = generalFaults_;
        return;
    }
    std::merge(generalFaults_.begin(), generalFaults_.end(), it->second.begin(), it->second.end(),
               std::back_inserter(out));
}

SimDuration Channel::latency(HostId from) const {
    return from == HostId::Client ? latency_.c2s : latency_.s2c;
}

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
    for (SimDuration after : duplicates) copies.push_back({firstArrival + after, false, DropCause::Fault, kNoEvent, delay});
    for (SegmentCopy& c : copies) {
        if (drawLoss()) c = {pointOfLoss, true, DropCause::Loss, kNoEvent, SimDuration{}};
    }
    return copies;
}

} // namespace hl
