#include "core/load_counts_csv.h"

#include <array>
#include <cstdio>

namespace hl {

namespace {

// The states a socket is counted in (load_simulation.h): every state but CLOSED and LISTEN.
constexpr std::array<TcpState, 9> kCountedStates = {TcpState::SynSent,  TcpState::SynReceived, TcpState::Established,
                                                    TcpState::FinWait1, TcpState::FinWait2,    TcpState::CloseWait,
                                                    TcpState::Closing,  TcpState::LastAck,     TcpState::TimeWait};

std::string seconds(SimTime t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld.%03lld", static_cast<long long>(t.us() / 1000000),
                  static_cast<long long>((t.us() % 1000000) / 1000));
    return buf;
}

void appendCounts(std::string& out, const StateCounts& c) {
    for (TcpState s : kCountedStates) out += ',' + std::to_string(c[static_cast<size_t>(s)]);
}

} // namespace

std::string loadCountsToCsv(const LoadResult& result) {
    std::string out = "time_s";
    for (const char* side : {"client_", "server_"})
        for (TcpState s : kCountedStates) out += ',' + std::string(side) + std::string(toString(s));
    out += ",opened,server_opened,failed_connects,client_closed,server_closed\n";
    for (const LoadSample& s : result.samples) {
        out += seconds(s.at);
        appendCounts(out, s.client);
        appendCounts(out, s.server);
        for (uint64_t v : {s.opened, s.serverOpened, s.failedConnects, s.clientClosed, s.serverClosed})
            out += ',' + std::to_string(v);
        out += '\n';
    }
    return out;
}

} // namespace hl
