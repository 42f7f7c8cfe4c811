#include "core/load_chart_data.h"

#include <algorithm>

namespace hl {

bool loadGroupOf(TcpState s, LoadGroup* group) {
    switch (s) {
    case TcpState::Closed: return false;
    case TcpState::Established: *group = LoadGroup::Established; return true;
    case TcpState::TimeWait: *group = LoadGroup::TimeWait; return true;
    case TcpState::CloseWait: *group = LoadGroup::CloseWait; return true;
    case TcpState::FinWait2: *group = LoadGroup::FinWait2; return true;
    case TcpState::Listen:
    case TcpState::SynSent:
    case TcpState::SynReceived:
    case TcpState::FinWait1:
    case TcpState::Closing:
    case TcpState::LastAck: *group = LoadGroup::Others; return true;
    }
    return false;
}

LoadAreas buildLoadAreas(const LoadResult& result, HostId side) {
    LoadAreas a;
    a.side = side;
    for (auto& band : a.bands) band.reserve(result.samples.size());
    for (const LoadSample& sample : result.samples) {
        const StateCounts& counts = side == HostId::Client ? sample.client : sample.server;
        std::array<uint64_t, kLoadGroups.size()> perGroup{};
        for (TcpState s : kAllStates) {
            LoadGroup g = LoadGroup::Others;
            if (loadGroupOf(s, &g)) perGroup[static_cast<size_t>(g)] += counts[static_cast<size_t>(s)];
        }
        uint64_t lower = 0;
        for (LoadGroup g : kLoadGroups) {
            const uint64_t upper = lower + perGroup[static_cast<size_t>(g)];
            a.bands[static_cast<size_t>(g)].push_back({sample.at, lower, upper});
            lower = upper;
        }
        a.peakTotal = std::max(a.peakTotal, lower);
    }
    return a;
}

double loadAxisTick(double span) {
    double tick = 1;
    for (double step : {1.0, 2.0, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1200.0, 3600.0})
        if ((tick = step) >= span / 8) break;
    return tick;
}

LoadSummary summarize(const LoadResult& result) {
    LoadSummary s;
    s.connections = result.connections;
    if (!result.samples.empty()) s.failedConnects = result.samples.back().failedConnects;
    const auto tw = static_cast<size_t>(TcpState::TimeWait);
    const auto cw = static_cast<size_t>(TcpState::CloseWait);
    for (const LoadSample& sample : result.samples) {
        s.peakTimeWait[0] = std::max<uint64_t>(s.peakTimeWait[0], sample.client[tw]);
        s.peakTimeWait[1] = std::max<uint64_t>(s.peakTimeWait[1], sample.server[tw]);
        s.peakCloseWait[0] = std::max<uint64_t>(s.peakCloseWait[0], sample.client[cw]);
        s.peakCloseWait[1] = std::max<uint64_t>(s.peakCloseWait[1], sample.server[cw]);
    }
    return s;
}

} // namespace hl
