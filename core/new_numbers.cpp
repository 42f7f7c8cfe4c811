#include "core/new_numbers.h"

#include "core/isn_sequence.h"
#include "core/random.h"

#include <array>

namespace hl {

uint32_t firstIsn(const Scenario& scenario, HostId host) {
    const bool client = host == HostId::Client;
    const HostConfig& cfg = client ? scenario.client : scenario.server;
    const uint64_t salt = client ? kClientIsnStreamSalt : kServerIsnStreamSalt;
    return IsnSequence(cfg.isn, splitMix64(scenario.seed ^ salt)).next().value();
}

Scenario withNewNumbers(const Scenario& scenario, uint64_t seed) {
    if (scenario.load) return scenario;
    Scenario out = scenario;
    uint64_t x = splitMix64(seed ^ 0x6E65775F6E756D73ull); // "new_nums": a stream of its own
    const auto draw = [&x] { return x = splitMix64(x); };
    // Readable numbers: an ISN of 7 to 9 digits (RFC 9293 §3.4.1 only asks for unpredictable).
    const auto isn = [&] { return static_cast<uint32_t>(1000000 + draw() % 3000000000u); };
    // The client takes an ephemeral port (RFC 6056, Linux's default range 32768-60999); the server
    // a well-known service port.
    constexpr std::array<uint16_t, 8> kServicePorts = {80, 443, 8080, 22, 25, 143, 5432, 6379};
    const uint32_t oldIsn[2] = {firstIsn(scenario, HostId::Client), firstIsn(scenario, HostId::Server)};
    const uint32_t newIsn[2] = {isn(), isn()};
    out.client.isn = newIsn[0];
    out.server.isn = newIsn[1];
    out.client.port = static_cast<uint16_t>(32768 + draw() % (60999 - 32768 + 1));
    uint16_t serverPort = kServicePorts[draw() % kServicePorts.size()];
    if (serverPort == out.client.port) serverPort = 80;
    out.server.port = serverPort;
    const auto shift = [&](HostId h) { return newIsn[static_cast<int>(h)] - oldIsn[static_cast<int>(h)]; };
    const auto portOf = [](const Scenario& s, HostId h) { return h == HostId::Client ? s.client.port : s.server.port; };
    for (Action& a : out.actions) {
        if (a.kind != ActionKind::Inject) continue;
        // It arrives at a.host pretending to come from the peer: its seq counts in the peer's
        // sequence space, its ack in the receiver's.
        const HostId from = peerOf(a.host);
        a.segment.seq += shift(from);
        if (a.segment.flags.has(Flag::ACK)) a.segment.ack += shift(a.host);
        if (a.segment.srcPort && *a.segment.srcPort == portOf(scenario, from)) a.segment.srcPort = portOf(out, from);
    }
    return out;
}

} // namespace hl
