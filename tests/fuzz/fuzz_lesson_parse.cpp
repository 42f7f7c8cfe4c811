// libFuzzer target: lesson-file parsing (see lesson_parse_check.h).
#include "tests/fuzz/lesson_parse_check.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string why = hl::fuzz::checkLessonParse(data, size);
    if (!why.empty()) {
        std::fprintf(stderr, "invariant broken: %s\n", why.c_str());
        __builtin_trap();
    }
    return 0;
}
