#pragma once
// A load run's samples as CSV (handshakelab-cli run <load lesson> --format counts, golden files):
// one header line, then one line per sample. Machine format: canonical state names, no prose.
#include "core/load_simulation.h"

#include <string>

namespace hl {

// Header: time_s, client_<STATE> and server_<STATE> for the nine states a socket can be counted
// in (not CLOSED, not LISTEN), opened, server_opened, failed_connects, client_closed,
// server_closed. time_s has three decimals ("12.500").
std::string loadCountsToCsv(const LoadResult& result);

} // namespace hl
