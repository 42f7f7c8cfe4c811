#include "ui/panels/glossary_tips.h"

#include "ui/texts/texts.h"

namespace hl::ui {

QString GlossaryTips::state(TcpState s) {
    return QStringLiteral("<b>%1</b> — %2").arg(Texts::stateName(s), Texts::stateMeaning(s).toHtmlEscaped());
}

QStringList GlossaryTips::flags(Flags f) {
    QStringList lines;
    // Texts::flagsLabel gives the display order ("FIN,ACK"); each name is a glossary key.
    if (f == Flags{}) return lines;
    for (const QString& name : Texts::flagsLabel(f).split(QLatin1Char(','))) {
        const GlossaryEntry e = Texts::glossaryEntry(name);
        if (!e.key.isEmpty()) lines << QStringLiteral("<b>%1</b>: %2").arg(name, e.brief.toHtmlEscaped());
    }
    return lines;
}

QString GlossaryTips::brief(const QString& key) { return Texts::glossaryEntry(key).brief; }

} // namespace hl::ui
