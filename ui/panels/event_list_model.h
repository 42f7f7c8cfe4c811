#pragma once
// The trace as a table: one row per event (time, endpoint, event, detail). Events after the
// cursor are greyed out; the current step's rows are bold.
#include <QAbstractTableModel>
#include <QFont>

#include <vector>

namespace hl::ui {

class SessionController;

class EventListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, HostColumn, EventColumn, DetailColumn, ColumnCount };

    explicit EventListModel(SessionController* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // After a language change: every text is new.
    void retranslate();

    // The font of the current step's rows, to be resolved against the view's font.
    static QFont currentStepFont();

    // Rows whose texts are, between them, every text of a column that can be the widest, found in
    // one pass over the trace without building a text (a large trace is never measured row by
    // row): one row per endpoint and per event kind; for the time, the earliest and the latest
    // event (a label's length grows with the time's magnitude: the view pads its digits).
    struct WidestRows {
        std::vector<int> time, host, event;
    };
    WidestRows widestRows() const;

private:
    void onCursorMoved();

    SessionController* session_;
    size_t shownCursor_ = 0;
    size_t shownStepFirst_ = 0;
};

} // namespace hl::ui
