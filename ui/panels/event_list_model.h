#pragma once
// The trace as a table: one row per event (time, endpoint, event, detail). Events after the
// cursor are greyed out; the current step's rows are bold.
#include <QAbstractTableModel>

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

private:
    void onCursorMoved();

    SessionController* session_;
    size_t shownCursor_ = 0;
    size_t shownStepFirst_ = 0;
};

} // namespace hl::ui
