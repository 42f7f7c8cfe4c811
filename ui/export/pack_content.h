#pragma once
// What a teacher's export pack (issue 20) says about a lesson, computed once from its trace and
// shared by every file of the pack: per step the caption in each chosen language, both ends'
// states after it, the segments it sent, and a neutral prompt for the worksheet.
#include "core/scenario.h"
#include "core/trace.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace hl::ui {

// One segment a step sent, as the worksheet asks for it (its flags, seq and ack).
struct PackSegment {
    uint64_t segId = 0;
    HostId from = HostId::Client;
    QString flags;     // "SYN,ACK"
    QString seq;       // "300"
    QString ack;       // "101", or empty when the ACK flag is off (RFC 9293 §3.1: ack is then unused)
    bool lost = false; // its first copy never arrives
};

struct PackStep {
    size_t events = 0;                  // the cursor after the step (stepEnds()[index])
    SimTime at;                         // the time of the step
    SimTime shownUntil;                 // the picture shows the run up to here: just before the next step
    std::array<TcpState, 2> state{};    // client, server after the step
    std::array<TcpState, 2> previous{}; // before the step
    std::vector<PackSegment> sent;
    QStringList caption; // one per language (Texts::shortCaption)
    QStringList prompt;  // one per language: what happens, without its outcome (the worksheet)
};

struct PackContent {
    Scenario scenario;
    Trace trace;
    QStringList languages; // "en", "ko" or both, in the order the texts are shown
    QStringList titles;    // per language
    QStringList summaries; // per language
    std::array<TcpState, 2> start{};
    std::vector<PackStep> steps;
};

// A load lesson has no steps (issue 20): its pack shows the sockets per state group at chosen
// moments of the run instead.
struct LoadMoment {
    SimTime at;
    std::array<std::array<uint64_t, 5>, 2> counts{}; // [client, server][LoadGroup]
    QStringList caption;                             // one per language
};

struct LoadPackContent {
    QStringList languages, titles, summaries;
    std::vector<LoadMoment> moments;
};

// Every language in `languages` must be installable (Language::isSupported).
PackContent buildPackContent(const Scenario& scenario, Trace trace, const QStringList& languages);

// The state a host shows after the first `events` events (its primary connection; CLOSED without).
TcpState shownState(const Snapshot& snapshot, HostId host);

// Writing a pack's files (lesson and load packs alike): each file atomically into `folder`
// (writeFileAtomically). Each returns "" or one sentence naming the file or folder.
QString writePackFile(const QString& folder, const QString& name, const QByteArray& bytes);
QString makePackFolder(const QString& folder);
QString packCannotWrite(const QString& path, const QString& why);

} // namespace hl::ui
