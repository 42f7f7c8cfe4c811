#pragma once
// What the load view draws, computed from a LoadResult before any chart exists: per sample, the
// connections of one side per state group stacked (ESTABLISHED at the bottom, then TIME_WAIT,
// CLOSE_WAIT, FIN_WAIT_2 and every other open state), and the summary figures.
#include "core/load_simulation.h"

#include <array>
#include <cstdint>
#include <vector>

namespace hl {

enum class LoadGroup : uint8_t { Established, TimeWait, CloseWait, FinWait2, Others };
inline constexpr std::array<LoadGroup, 5> kLoadGroups = {LoadGroup::Established, LoadGroup::TimeWait,
                                                         LoadGroup::CloseWait, LoadGroup::FinWait2, LoadGroup::Others};

// The group a state is counted in; nullopt-like false for CLOSED (a finished socket is not drawn).
bool loadGroupOf(TcpState s, LoadGroup* group);

struct LoadBandPoint {
    SimTime t;
    uint64_t lower = 0; // the sum of the groups below
    uint64_t upper = 0; // lower + this group's count
};

struct LoadAreas {
    HostId side = HostId::Server;
    std::array<std::vector<LoadBandPoint>, kLoadGroups.size()> bands; // indexed by LoadGroup
    uint64_t peakTotal = 0;                                           // the highest stack
};

LoadAreas buildLoadAreas(const LoadResult& result, HostId side);

// The step between two labelled ticks of a time axis `span` long (in its own unit): a round step
// from 1 up to an hour, the first that gives at most about eight ticks.
double loadAxisTick(double span);

struct LoadSummary {
    uint64_t connections = 0;
    uint64_t failedConnects = 0;
    uint64_t peakTimeWait[2] = {0, 0}; // per HostId
    uint64_t peakCloseWait[2] = {0, 0};
};

LoadSummary summarize(const LoadResult& result);

} // namespace hl
