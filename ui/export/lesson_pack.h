#pragma once
// A teacher's export pack (issue 20): everything a class needs outside the app, written into one
// folder from a lesson's run: step-NN.png and step-NN.svg for every step (NN from 00), lesson.gif,
// handout.pdf, worksheet.pdf, answers.pdf, lesson.mmd and index.html. Each file is written
// atomically (QSaveFile); the same run, languages and size give the same bytes every time.
// Needs a QGuiApplication (the CLI makes one on the offscreen platform).
#include "core/scenario.h"
#include "core/trace.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace hl::ui {

struct PackOptions {
    QString directory;                           // created if missing
    QStringList languages{QStringLiteral("en")}; // "en", "ko", or both (texts shown in this order)
    QSize size{1920, 1080};                      // the step pictures; the GIF is at most 960 wide
    static constexpr QSize kMinSize{480, 270};
    static constexpr QSize kMaxSize{7680, 4320};
};

// The files a pack of `steps` steps holds, in the order they are written (names only).
QStringList packFileNames(size_t steps);

// Writes the pack for `trace` (the run of `scenario`, user changes included). Returns an empty
// string on success, else one translated line naming what failed; files already written stay.
QString writeLessonPack(const Scenario& scenario, const Trace& trace, const PackOptions& options);

} // namespace hl::ui
