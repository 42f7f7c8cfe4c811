#pragma once
// The GUI's command line: handshakelab [--lesson ID|FILE] [--screenshot out.png] [--step N]
// [--lang ko|en] [--size 1600x1000] [--bilingual] [--glossary TERM] [--presentation] [--predict]
// [--answer TEXT]... [--theme light|dark|high-contrast] [ID|FILE]. Parsed
// here (not in app/) so that tests can run it; app/gui_main.cpp parses before a display is opened.
#include "ui/diagram/theme.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace hl::ui {

struct GuiOptions {
    QString lesson;          // built-in id or file; empty: the last or the default lesson
    QString screenshot;      // render the window to this PNG and exit
    std::optional<int> step; // cursor step for the screenshot (or at start)
    QString language;        // "en" / "ko"; empty: the remembered or the system language
    std::optional<QSize> size;
    bool bilingual = false;     // bilingual captions on
    bool presentation = false;  // presentation mode (large type)
    bool predict = false;       // predict mode (issue 17)
    QStringList answers;        // --answer: answers to the first questions (class mode: reveals)
    QString glossaryTerm;       // open the glossary at this term ("SYN", "seq", "TIME_WAIT")
    std::optional<Theme> theme; // empty: the remembered theme (light for a screenshot)
    QString infoText;           // --help or --version: print this and exit (nothing else is set)
};

// `arguments` includes the program name (as QCoreApplication::arguments()). On an error returns
// the message to print. For --help and --version, GuiOptions::infoText holds what to print.
std::variant<GuiOptions, QString> parseGuiOptions(const QStringList& arguments);

} // namespace hl::ui
