#include "ui/panels/event_list_model.h"

#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <array>

namespace hl::ui {

EventListModel::EventListModel(SessionController* session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {
    connect(session_, &SessionController::traceReplaced, this, [this] {
        beginResetModel();
        shownCursor_ = session_->cursor();
        shownStepFirst_ = session_->firstEventOfStep(session_->step());
        endResetModel();
    });
    connect(session_, &SessionController::cursorMoved, this, &EventListModel::onCursorMoved);
    shownCursor_ = session_->cursor();
}

int EventListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(session_->trace().events.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EventListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const auto row = static_cast<size_t>(index.row());
    const auto& trace = session_->trace();
    if (row >= trace.events.size()) return {};
    const auto& e = trace.events[row];
    const size_t cursor = session_->cursor();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return Texts::timeLabel(e.t);
        case HostColumn: return Texts::hostName(e.host);
        case EventColumn: return Texts::eventKind(e);
        case DetailColumn: return Texts::eventDetail(trace, row);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (row >= cursor) return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (row < cursor && row >= session_->firstEventOfStep(session_->step())) return currentStepFont();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DetailColumn) return Texts::eventDetail(trace, row);
        return {};
    default: return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    switch (section) {
    case TimeColumn: return tr("Time");
    case HostColumn: return tr("Endpoint");
    case EventColumn: return tr("Event");
    case DetailColumn: return tr("Detail");
    default: return {};
    }
}

QFont EventListModel::currentStepFont() {
    QFont f;
    f.setBold(true);
    return f;
}

EventListModel::WidestRows EventListModel::widestRows() const {
    // The Endpoint and Event texts depend on the event's host and type alone (see data()).
    const auto& events = session_->trace().events;
    WidestRows rows;
    if (events.empty()) return rows;
    std::array<int, static_cast<size_t>(HostId::Server) + 1> hostRow;
    hostRow.fill(-1);
    std::array<int, static_cast<size_t>(EventType::Note) + 1> typeRow;
    typeRow.fill(-1);
    size_t earliest = 0, latest = 0;
    for (size_t i = 0; i < events.size(); ++i) {
        const TraceEvent& e = events[i];
        auto& h = hostRow[static_cast<size_t>(e.host)];
        if (h < 0) h = static_cast<int>(i);
        auto& t = typeRow[static_cast<size_t>(e.type)];
        if (t < 0) t = static_cast<int>(i);
        if (e.t < events[earliest].t) earliest = i;
        if (events[latest].t < e.t) latest = i;
    }
    rows.time = {static_cast<int>(earliest), static_cast<int>(latest)};
    for (int r : hostRow)
        if (r >= 0) rows.host.push_back(r);
    for (int r : typeRow)
        if (r >= 0) rows.event.push_back(r);
    return rows;
}

void EventListModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EventListModel::onCursorMoved() {
    // Only the rows between the old and the new cursor (and the old/new current step) change look.
    const size_t cursor = session_->cursor();
    const size_t stepFirst = session_->firstEventOfStep(session_->step());
    const size_t lo = std::min({shownCursor_, cursor, shownStepFirst_, stepFirst});
    const size_t hi = std::max(shownCursor_, cursor);
    shownCursor_ = cursor;
    shownStepFirst_ = stepFirst;
    if (hi > lo && rowCount() > 0) {
        const int last = std::min(static_cast<int>(hi), rowCount()) - 1;
        emit dataChanged(index(static_cast<int>(lo), 0), index(last, ColumnCount - 1), {Qt::ForegroundRole, Qt::FontRole});
    }
}

} // namespace hl::ui
