#include "ui/capture/capture_picker_dialog.h"

#include "ui/texts/texts.h"
#include "ui/texts/texts_capture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hl::ui {

CapturePickerDialog::CapturePickerDialog(const ConnectionList& list, QWidget* parent)
    : QDialog(parent), table_(new QTableWidget(this)), vantageBox_(new QComboBox(this)) {
    setWindowTitle(tr("Choose a connection"));
    table_->setObjectName(QStringLiteral("captureConnections"));
    table_->setColumnCount(7);
    table_->setHorizontalHeaderLabels(
        {tr("#"), tr("Client"), tr("Server"), tr("Packets"), tr("Start"), tr("Duration"), tr("Outcome")});
    table_->setRowCount(static_cast<int>(list.connections.size()));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    const auto seconds = [](int64_t ns) { return Texts::timeLabel(SimTime::fromUs(ns / 1000)); };
    for (int row = 0; row < table_->rowCount(); ++row) {
        const CaptureConnection& c = list.connections[static_cast<size_t>(row)];
        const QStringList cells{QString::number(row + 1),
                                CaptureTexts::endpointLabel(c.addrA, c.portA),
                                CaptureTexts::endpointLabel(c.addrB, c.portB),
                                QString::number(c.segments.size()),
                                seconds(c.startNs - list.startNs),
                                seconds(c.endNs - c.startNs),
                                CaptureTexts::outcomeName(c.outcome)};
        for (int col = 0; col < cells.size(); ++col) table_->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    table_->resizeColumnsToContents();
    table_->horizontalHeader()->setStretchLastSection(true);
    if (table_->rowCount() > 0) table_->selectRow(0);

    vantageBox_->setObjectName(QStringLiteral("captureVantage"));
    //: Vantage point choice: let the program guess from the handshake's timing.
    vantageBox_->addItem(tr("Guess from the timing"));
    for (Vantage v : {Vantage::Client, Vantage::Server, Vantage::Middle, Vantage::Loopback})
        vantageBox_->addItem(CaptureTexts::vantageName(v), static_cast<int>(v));

    auto* form = new QFormLayout;
    //: Where the capture was taken.
    form->addRow(tr("Captured &where:"), vantageBox_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(table_, &QTableWidget::cellDoubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // As wide as the columns (the outcome, last, in view without scrolling sideways), within the
    // screen; long IPv6 addresses may still need the scroll bar on a small screen.
    const QMargins m = layout->contentsMargins();
    const int columns = table_->horizontalHeader()->length() + 2 * table_->frameWidth() +
                        table_->verticalScrollBar()->sizeHint().width() + m.left() + m.right();
    const QRect screen = this->screen()->availableGeometry();
    resize(std::min(std::max(760, columns), screen.width() * 9 / 10), std::min(420, screen.height() * 9 / 10));
}

size_t CapturePickerDialog::connection() const {
    const int row = table_->currentRow();
    return row < 0 ? 0 : static_cast<size_t>(row);
}

std::optional<Vantage> CapturePickerDialog::vantage() const {
    const QVariant v = vantageBox_->currentData();
    if (!v.isValid()) return std::nullopt;
    return static_cast<Vantage>(v.toInt());
}

} // namespace hl::ui
