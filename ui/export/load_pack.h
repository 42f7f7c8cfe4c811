#pragma once
// The export pack of a load lesson (issue 20). A load run has no per-event trace and so no steps:
// the pack shows both sides' sockets per state group at chosen moments instead. moment-NN.png
// and .svg (the two load charts up to that moment, the counts as the caption), lesson.gif,
// handout.pdf, worksheet.pdf (the counts blanked), answers.pdf and index.html; no lesson.mmd (a
// sequence diagram of thousands of connections says nothing).
#include "core/load_simulation.h"
#include "core/scenario.h"
#include "ui/export/lesson_pack.h"

#include <vector>

namespace hl::ui {

// The quarters of the run (25 %, 50 %, 75 %, its end), on the sampling grid.
std::vector<SimTime> defaultMoments(const LoadResult& result);

// The files a load pack of `moments` moments holds.
QStringList loadPackFileNames(size_t moments);

// `moments` must be within the run (0 .. result.end), ascending; empty: defaultMoments().
QString writeLoadPack(const Scenario& scenario, const LoadResult& result, std::vector<SimTime> moments,
                      const PackOptions& options);

} // namespace hl::ui
