#pragma once
// The export pack's two text files (issue 20): lesson.mmd, the ladder as a Mermaid
// sequenceDiagram, and index.html, a page with every step's picture and caption that needs no
// network (the pictures are inside it) and steps with the arrow keys.
#include "ui/export/pack_content.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace hl::ui {

// participant lines for Client and Server, one message per segment in the order sent ("-x" for
// a lost one, dotted for a retransmission), a note over a lifeline whenever its state changes.
QString mermaidText(const PackContent& content);

// `pngs` holds each step's PNG bytes (one per step).
QString indexHtml(const PackContent& content, const std::vector<QByteArray>& pngs);

} // namespace hl::ui
