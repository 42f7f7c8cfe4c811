#pragma once
// The connection picker of File → Open capture… (issue 18, points 6 and 7): the capture's TCP
// connections (4-tuple, packets, start, duration, outcome) and the vantage point, guessed from
// the timing unless the user chooses one.
#include "core/capture_connections.h"
#include "core/capture_inference.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QTableWidget;

namespace hl::ui {

class CapturePickerDialog : public QDialog {
    Q_OBJECT
public:
    CapturePickerDialog(const ConnectionList& list, QWidget* parent = nullptr);

    size_t connection() const;              // index into list.connections
    std::optional<Vantage> vantage() const; // empty: guess
    QTableWidget* table() const { return table_; }
    QComboBox* vantageBox() const { return vantageBox_; }

private:
    QTableWidget* table_;
    QComboBox* vantageBox_;
};

} // namespace hl::ui
