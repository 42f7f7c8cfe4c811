#pragma once
// File → Export lesson pack…: asks for a folder and writes the teacher's pack (lesson_pack.h) of
// the run as it stands (the user's perturbations included) into a sub-folder named after the
// lesson, in the interface language, or in both when bilingual captions are on.
#include "core/load_simulation.h"
#include "core/scenario.h"
#include "core/trace.h"

#include <QString>

class QWidget;

namespace hl::ui {

// The folder the pack goes into inside the chosen one: the lesson's id, else "lesson-pack".
QString packFolderName(const Scenario& scenario);

// `load`: a load lesson's finished run (its pack shows the charts at the run's quarters); null
// for a lesson with steps, or while a load run is still going (then it says so).
void exportPackWithDialog(QWidget* parent, const Scenario& scenario, const Trace& trace, const LoadResult* load,
                          bool bilingual);

} // namespace hl::ui
