#include "core/load_moment.h"

#include <algorithm>

namespace hl {
namespace {

uint64_t countOf(const LoadSample& s, HostId side, TcpState st) {
    return (side == HostId::Client ? s.client : s.server)[static_cast<size_t>(st)];
}

uint64_t openSockets(const LoadSample& s) {
    uint64_t n = 0;
    for (TcpState st : kAllStates) n += countOf(s, HostId::Client, st) + countOf(s, HostId::Server, st);
    return n;
}

// The side whose count of `st` rose the most (or fell the most, for a negative `sign`); false
// when it changed on neither side in that direction.
bool changedSide(const LoadSample& before, const LoadSample& now, TcpState st, int sign, HostId* side) {
    int64_t best = 0;
    for (HostId h : {HostId::Client, HostId::Server}) {
        const int64_t delta = sign *
                              (static_cast<int64_t>(countOf(now, h, st)) - static_cast<int64_t>(countOf(before, h, st)));
        if (delta > best) {
            best = delta;
            *side = h;
        }
    }
    return best > 0;
}

// The side holding the most sockets in `st` (false: none on either side).
bool heldSide(const LoadSample& now, TcpState st, HostId* side) {
    const uint64_t c = countOf(now, HostId::Client, st), s = countOf(now, HostId::Server, st);
    if (c == 0 && s == 0) return false;
    *side = s > c ? HostId::Server : HostId::Client;
    return true;
}

} // namespace

LoadMoment loadMomentAt(const LoadResult& result, size_t i) {
    LoadMoment m;
    m.sample = i;
    if (i >= result.samples.size()) return m;
    const LoadSample& now = result.samples[i];
    m.at = now.at;
    if (i == 0) return m;
    const LoadSample& before = result.samples[i - 1];
    m.failedSinceBefore = now.failedConnects - before.failedConnects;
    if (m.failedSinceBefore > 0) {
        m.phase = LoadPhase::PortsRunOut;
        return m;
    }
    const auto set = [&m](LoadPhase p) {
        m.phase = p;
        return m;
    };
    if (openSockets(now) == 0) return set(LoadPhase::AllClosed);
    if (changedSide(before, now, TcpState::CloseWait, +1, &m.side)) return set(LoadPhase::CloseWaitGrows);
    if (changedSide(before, now, TcpState::TimeWait, +1, &m.side)) return set(LoadPhase::TimeWaitGrows);
    if (heldSide(now, TcpState::CloseWait, &m.side)) return set(LoadPhase::CloseWaitStays);
    if (changedSide(before, now, TcpState::TimeWait, -1, &m.side)) return set(LoadPhase::TimeWaitDrains);
    if (heldSide(now, TcpState::TimeWait, &m.side)) return set(LoadPhase::TimeWaitSteady);
    return set(LoadPhase::Busy);
}

size_t loadSampleAtStep(const LoadResult& result, size_t i) {
    return result.samples.empty() ? 0 : std::min(i, result.samples.size() - 1);
}

} // namespace hl
