#pragma once
// "New numbers" (issue 17): the same lesson with other ISNs and ports, so that quiz answers cannot
// be learnt by heart. The story stays the same: every crafted segment moves with the ISNs it was
// written against, so it lands at the same place in the window as before.
#include "core/scenario.h"

#include <cstdint>

namespace hl {

// The lesson with ISNs and ports drawn from `seed` (not the lesson's own seed, which also drives
// random loss and must stay as it is). A load lesson is returned unchanged.
Scenario withNewNumbers(const Scenario& scenario, uint64_t seed);

// The first ISN each host of the lesson uses (pinned, or drawn from the lesson's seed).
uint32_t firstIsn(const Scenario& scenario, HostId host);

} // namespace hl
