#pragma once
// The command line of handshakelab-cli, parsed. Errors are returned as text (translated), never
// thrown: the caller prints them and exits with status 2.
#include "core/capture_inference.h"
#include "core/host_options.h"
#include "core/sim_time.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace hl::cli {

enum class Command { Help, Version, Lessons, Run, Check, Capture, Quiz, Export };
enum class Format { Text, Jsonl, Ladder, Counts, Pcapng, Lesson };
enum class Tap { Both, Client, Server };

struct CliArgs {
    Command command = Command::Help;
    QString target; // run, quiz: lesson id or file; check, capture: file
    Format format = Format::Text;
    QString output;                 // --output FILE (pcapng, lesson); empty: stdout
    bool bothLanguages = false;     // --lang both (pcapng comments in English and Korean)
    Tap tap = Tap::Both;            // --tap (pcapng)
    bool list = false;              // capture --list
    std::optional<uint32_t> conn;   // capture --conn N (1-based)
    std::optional<Vantage> vantage; // capture --vantage; absent: guessed
    std::optional<Profile> profile; // run: replaces the lesson's; capture: the built lesson's
    std::optional<uint64_t> seed;
    bool answerKey = false;       // quiz: print the questions with their answers
    QString lang;                 // "en", "ko", or empty (follow the system)
    QString outDir;               // export --out DIR
    std::optional<QSize> size;    // export --size WxH (the step pictures)
    std::vector<SimTime> moments; // export --moments S,S,... (a load lesson's chosen moments)
    QString error;                // non-empty: bad input
};

// The value of --lang if given and valid, else empty: read first so that every later message
// is already in the chosen language.
QString findLanguage(const QStringList& args);
// args without the program name.
CliArgs parseArgs(const QStringList& args);
QString usageText();

} // namespace hl::cli
