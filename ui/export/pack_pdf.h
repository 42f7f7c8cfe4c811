#pragma once
// The export pack's PDFs (issue 20), A4 through QPdfWriter with the fonts embedded: the handout
// (title, summary, the whole ladder with its legend, every step's caption and both ends' states),
// the worksheet (each step's prompt with blanks for both ends' next states and the flags, seq
// and ack of each segment sent) and its answer key. The same content gives the same bytes.
#include "ui/export/pack_content.h"

#include <QByteArray>
#include <QRectF>

#include <functional>

class QPainter;

namespace hl::ui {

class StepPicture;

enum class PackPdfKind { Handout, Worksheet, Answers };

// The file's bytes; `pages` (if given) receives the page count.
QByteArray writePackPdf(const PackContent& content, StepPicture& picture, PackPdfKind kind, int* pages = nullptr);

// The same three for a load lesson: its moments instead of steps. `charts` draws the moment's
// charts into a rectangle of the page.
using LoadChartPainter = std::function<void(QPainter&, const QRectF&, size_t moment)>;
QByteArray writeLoadPackPdf(const LoadPackContent& content, const LoadChartPainter& charts, PackPdfKind kind,
                            int* pages = nullptr);

// Qt stamps every PDF with the time of writing and a random document id; this replaces both by
// fixed values of the same length (the cross-reference offsets stay right). Exposed for tests.
QByteArray withFixedPdfStamps(QByteArray pdf);

} // namespace hl::ui
