// libFuzzer target: endpoints driven through arbitrary calls, segments and timers (see
// endpoint_check.h).
#include "tests/fuzz/endpoint_check.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string why = hl::fuzz::checkEndpointRun(data, size);
    if (!why.empty()) {
        std::fprintf(stderr, "invariant broken: %s\n", why.c_str());
        __builtin_trap();
    }
    return 0;
}
