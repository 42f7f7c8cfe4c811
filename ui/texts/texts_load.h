#pragma once
// The words of a load lesson's player (issue 15, core/load_moment.h): the step caption of each
// moment of the run. Qt Core only, like Texts.
#include "core/load_moment.h"

#include <QCoreApplication>
#include <QString>

namespace hl::ui {

class LoadTexts {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::LoadTexts)
public:
    // What is happening at that moment of the run, one short sentence ("Ports run out: …").
    static QString caption(const LoadMoment& moment);
};

} // namespace hl::ui
