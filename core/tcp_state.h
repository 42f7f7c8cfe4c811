#pragma once
// The 11 connection states of RFC 9293 §3.3.2. Predicates list states explicitly: nothing may
// depend on the order of the enumerators.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace hl {

enum class TcpState : uint8_t {
    Closed,
    Listen,
    SynSent,
    SynReceived,
    Established,
    FinWait1,
    FinWait2,
    CloseWait,
    Closing,
    LastAck,
    TimeWait,
};

inline constexpr std::array<TcpState, 11> kAllStates = {
    TcpState::Closed,      TcpState::Listen,   TcpState::SynSent,  TcpState::SynReceived,
    TcpState::Established, TcpState::FinWait1, TcpState::FinWait2, TcpState::CloseWait,
    TcpState::Closing,     TcpState::LastAck,  TcpState::TimeWait};

// Canonical RFC name ("SYN_SENT"): for traces, files and tests, never shown as prose.
std::string_view toString(TcpState s);
std::optional<TcpState> tcpStateFromString(std::string_view name);

// RFC 9293 §3.10.7.4: LISTEN, SYN-SENT and SYN-RECEIVED are not yet synchronized.
bool isSynchronized(TcpState s);

} // namespace hl
