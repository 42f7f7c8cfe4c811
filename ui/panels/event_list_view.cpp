#include "ui/panels/event_list_view.h"

#include "ui/panels/event_list_model.h"
#include "ui/session/session_controller.h"
#include "ui/window/accessible_names.h"
#include "ui/window/typing_guard.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace hl::ui {

EventListView::EventListView(SessionController* session, QWidget* parent)
    : QTableView(parent), session_(session), model_(new EventListModel(session, this)) {
    setModel(model_);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(EventListModel::TimeColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(EventListModel::HostColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(EventListModel::EventColumn, QHeaderView::ResizeToContents);
    // Tab reaches it (issue 21): ↑ ↓ go through the rows (and the steps), ← → and Space stay the
    // player's, and D L U perturb the selected row's segment (not a search by letter).
    setFocusPolicy(Qt::StrongFocus);
    setTabKeyNavigation(false); // Tab leaves the table for the next panel, not the next cell
    TypingGuard::letShortcutsThrough(this);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid()) onRowSelected(current.row());
    });
    connect(session_, &SessionController::cursorMoved, this, &EventListView::followCursor);
    connect(session_, &SessionController::traceReplaced, this, &EventListView::followCursor);
    retranslateUi();
}

void EventListView::retranslateUi() {
    //: Accessible name of the event table (read by screen readers).
    setControlName(this, tr("Events"));
}

void EventListView::onRowSelected(int row) {
    if (following_) return;
    const size_t step = session_->stepOfEvent(static_cast<size_t>(row));
    if (step != 0 && step != session_->step()) session_->setStep(step);
    // A row about a segment selects it: the inspector shows it, D L U and the menu key act on it.
    const auto& events = session_->trace().events;
    const auto index = static_cast<size_t>(row);
    if (index < events.size() && events[index].segId != 0) session_->setSelectedSegment(events[index].segId);
}

void EventListView::followCursor() {
    following_ = true;
    const size_t cursor = session_->cursor();
    if (cursor == 0) {
        selectionModel()->clearSelection();
        scrollToTop();
    } else {
        // A row the user picked inside the current step stays selected.
        const int row = currentIndex().row();
        const size_t first = session_->firstEventOfStep(session_->step());
        if (row >= 0 && static_cast<size_t>(row) >= first && static_cast<size_t>(row) < cursor) {
            following_ = false;
            return;
        }
        const QModelIndex idx = model_->index(static_cast<int>(cursor - 1), 0);
        selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        scrollTo(idx, QAbstractItemView::EnsureVisible);
    }
    following_ = false;
}

void EventListView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        model_->retranslate();
        retranslateUi();
    }
    QTableView::changeEvent(event);
}

} // namespace hl::ui
