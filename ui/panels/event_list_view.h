#pragma once
// The event table. Selecting a row moves the cursor to the step that contains the event; when
// the cursor moves, the current step's last event is selected and scrolled into view.
#include <QTableView>

namespace hl::ui {

class EventListModel;
class SessionController;

class EventListView : public QTableView {
    Q_OBJECT
public:
    explicit EventListView(SessionController* session, QWidget* parent = nullptr);
    EventListModel* eventModel() const { return model_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void followCursor();
    void onRowSelected(int row);

    SessionController* session_;
    EventListModel* model_;
    bool following_ = false; // true while the view selects rows itself
};

} // namespace hl::ui
