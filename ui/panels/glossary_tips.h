#pragma once
// Hover tooltips built from the glossary (Texts::glossary): what a state name means, what each
// flag of a segment means, what its sequence and acknowledgement numbers say. Rich text, in the
// current language.
#include "core/segment.h"
#include "core/tcp_state.h"

#include <QString>
#include <QStringList>

namespace hl::ui {

class GlossaryTips {
public:
    // "<b>SYN_SENT</b> — SYN sent; waiting for the peer's SYN,ACK."
    static QString state(TcpState s);
    // One line per flag in display order: "<b>SYN</b>: Synchronize: the flag that opens ...".
    static QStringList flags(Flags f);
    // The glossary one-liner of a key ("seq", "ack", "window"); empty for an unknown key.
    static QString brief(const QString& key);
};

} // namespace hl::ui
