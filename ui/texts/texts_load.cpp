// The step captions of a load lesson (issue 15): the phase core/load_moment.h finds in the run,
// in one sentence each. Each side has its own sentence so that both languages read naturally.
#include "ui/texts/texts_load.h"

namespace hl::ui {

QString LoadTexts::caption(const LoadMoment& m) {
    const bool server = m.side == HostId::Server;
    switch (m.phase) {
    case LoadPhase::Start: return tr("The first clients connect");
    case LoadPhase::PortsRunOut: return tr("Ports run out: every client port is held, so new connection attempts fail");
    case LoadPhase::CloseWaitGrows:
        return server ? tr("CLOSE_WAIT grows on the server: the application does not close these sockets")
                      : tr("CLOSE_WAIT grows on the client: the application does not close these sockets");
    case LoadPhase::TimeWaitGrows:
        return server ? tr("TIME_WAIT sockets pile up on the server, the side that closed first")
                      : tr("TIME_WAIT sockets pile up on the client, the side that closed first");
    case LoadPhase::CloseWaitStays:
        return server ? tr("CLOSE_WAIT stays on the server: nothing closes these sockets")
                      : tr("CLOSE_WAIT stays on the client: nothing closes these sockets");
    case LoadPhase::TimeWaitDrains:
        return server ? tr("TIME_WAIT falls on the server: the oldest sockets reach 2·MSL and close")
                      : tr("TIME_WAIT falls on the client: the oldest sockets reach 2·MSL and close");
    case LoadPhase::TimeWaitSteady:
        return server ? tr("TIME_WAIT holds steady on the server: as many sockets expire as begin")
                      : tr("TIME_WAIT holds steady on the client: as many sockets expire as begin");
    case LoadPhase::Busy: return tr("Connections open and close; nothing piles up");
    case LoadPhase::AllClosed: return tr("Every socket is closed");
    }
    return {};
}

} // namespace hl::ui
