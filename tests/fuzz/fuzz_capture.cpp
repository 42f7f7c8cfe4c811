// libFuzzer target: capture reading, connection list and inference (see capture_check.h).
#include "tests/fuzz/capture_check.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string why = hl::fuzz::checkCaptureRead(data, size);
    if (!why.empty()) {
        std::fprintf(stderr, "invariant broken: %s\n", why.c_str());
        __builtin_trap();
    }
    return 0;
}
