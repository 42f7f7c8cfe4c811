#pragma once
// The event table. Selecting a row moves the cursor to the step that contains the event; when
// the cursor moves, the current step's last event is selected and scrolled into view.
#include "ui/panels/event_list_model.h"

#include <QTableView>

#include <vector>

namespace hl::ui {

class SessionController;

class EventListView : public QTableView {
    Q_OBJECT
public:
    explicit EventListView(SessionController* session, QWidget* parent = nullptr);
    EventListModel* eventModel() const { return model_; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // Gives the Time, Endpoint and Event columns the width of their widest possible text (normal
    // or bold) and header: done when the trace, language, font or style change, never per row.
    void fitColumns();
    void retranslateUi();
    int cellWidth(const QString& text, const QFont& font) const;
    int fittedWidth(EventListModel::Column column, const std::vector<int>& rows) const;
    // Gives the Detail column the width of the widest detail met in view since the trace changed,
    // and at least the room the other columns leave: a detail is never cut short; a longer one
    // makes the table scroll sideways. Measures only the rows in view (a run has millions).
    void fitDetail();
    void followCursor();
    void onRowSelected(int row);

    SessionController* session_;
    EventListModel* model_;
    bool following_ = false; // true while the view selects rows itself
    int detailWidth_ = 0;    // the widest detail seen in view since the last fitColumns()
};

} // namespace hl::ui
