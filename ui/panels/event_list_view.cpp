#include "ui/panels/event_list_view.h"

#include "ui/diagram/text_widths.h"
#include "ui/session/session_controller.h"
#include "ui/window/accessible_names.h"
#include "ui/window/typing_guard.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionViewItem>

#include <algorithm>

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
    // Not ResizeToContents: that measures up to 1,000 rows on every replay (fitColumns() does not).
    // Nor a stretched last section: it would elide a detail wider than the room left (fitDetail()).
    for (int column = 0; column < EventListModel::ColumnCount; ++column)
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &EventListView::fitDetail);
    // Over the start of its column, as the cells' text: a wide Detail column's name stays in view.
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
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
    connect(model_, &QAbstractItemModel::modelReset, this, &EventListView::fitColumns);
    retranslateUi();
    fitColumns();
}

int EventListView::cellWidth(const QString& text, const QFont& font) const {
    // As QStyledItemDelegate::sizeHint() measures a cell (QTableView::sizeHintForColumn asks it):
    // the style adds its margins around the text.
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.font = font;
    option.fontMetrics = QFontMetrics(font);
    option.text = text;
    option.features |= QStyleOptionViewItem::HasDisplay;
    return style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), this).width();
}

int EventListView::fittedWidth(EventListModel::Column column, const std::vector<int>& rows) const {
    QFont bold = EventListModel::currentStepFont().resolve(font());
    int width = 0;
    for (const QFont& f : {font(), bold}) {
        const QFontMetrics metrics(f);
        for (int row : rows) {
            const QString text = model_->index(row, column).data().toString();
            // Any time label is at most as wide as the longest one with every digit the widest.
            width = std::max(width,
                             cellWidth(column == EventListModel::TimeColumn ? withWidestDigits(text, metrics) : text, f));
        }
    }
    if (showGrid()) ++width; // as QTableView::sizeHintForColumn
    return std::max({width, horizontalHeader()->sectionSizeHint(column), horizontalHeader()->minimumSectionSize()});
}

void EventListView::fitColumns() {
    ensurePolished();
    const EventListModel::WidestRows rows = model_->widestRows();
    horizontalHeader()->resizeSection(EventListModel::TimeColumn, fittedWidth(EventListModel::TimeColumn, rows.time));
    horizontalHeader()->resizeSection(EventListModel::HostColumn, fittedWidth(EventListModel::HostColumn, rows.host));
    horizontalHeader()->resizeSection(EventListModel::EventColumn, fittedWidth(EventListModel::EventColumn, rows.event));
    detailWidth_ = 0;
    fitDetail();
}

void EventListView::fitDetail() {
    const int rows = model_->rowCount();
    if (rows > 0) {
        const int first = std::max(0, rowAt(0));
        int last = rowAt(viewport()->height() - 1);
        if (last < 0) last = std::min(rows - 1, first + 63); // the view ends below the last row, or is not laid out
        const QFont bold = EventListModel::currentStepFont().resolve(font());
        for (int row = first; row <= last; ++row) {
            const QString text = model_->index(row, EventListModel::DetailColumn).data().toString();
            for (const QFont& f : {font(), bold}) detailWidth_ = std::max(detailWidth_, cellWidth(text, f));
        }
    }
    QHeaderView* header = horizontalHeader();
    const int room = viewport()->width() - header->sectionPosition(EventListModel::DetailColumn);
    const int width = std::max({detailWidth_ + (showGrid() ? 1 : 0), room,
                                header->sectionSizeHint(EventListModel::DetailColumn), header->minimumSectionSize()});
    if (header->sectionSize(EventListModel::DetailColumn) != width)
        header->resizeSection(EventListModel::DetailColumn, width);
}

void EventListView::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    fitDetail();
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
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        fitColumns();
}

} // namespace hl::ui
