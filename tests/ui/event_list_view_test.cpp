// The Events table's Time, Endpoint and Event columns: as wide as Qt's own measure of every cell
// (normal and bold: the current step's rows are bold) and of the header, in English and Korean,
// and found without measuring a large trace row by row.
#include "core/builtin_lessons.h"
#include "tests/action_at.h"
#include "ui/panels/event_list_model.h"
#include "ui/panels/event_list_view.h"
#include "ui/session/session_controller.h"

#include "language_scope.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyleOptionViewItem>
#include <QStyledItemDelegate>

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

namespace hl::ui {
namespace {

constexpr EventListModel::Column kFitted[] = {EventListModel::TimeColumn, EventListModel::HostColumn,
                                              EventListModel::EventColumn};
// Wider than needed by at most this (a bound on the time labels, not an exact measure).
constexpr int kSlackPx = 40;

// QTableView's own measure of a column (protected there).
class ReferenceTable : public QTableView {
public:
    using QTableView::sizeHintForColumn;
};

// What Qt's ResizeToContents would give over ALL rows: one table in the view's font, one in its
// bold version (every row then bold); the header in the view's font.
int exactWidth(const EventListView& view, EventListModel::Column column) {
    int width = 0;
    QFont bold = EventListModel::currentStepFont().resolve(view.font());
    for (const QFont& f : {view.font(), bold}) {
        ReferenceTable reference;
        reference.setModel(view.eventModel());
        reference.setWordWrap(false);
        reference.setFont(f);
        reference.verticalHeader()->setResizeContentsPrecision(-1); // every row
        reference.horizontalHeader()->setResizeContentsPrecision(-1);
        width = std::max(width, reference.sizeHintForColumn(column));
        if (f == view.font()) width = std::max(width, reference.horizontalHeader()->sectionSizeHint(column));
    }
    return width;
}

void expectFits(const EventListView& view, const std::string& what) {
    for (const auto column : kFitted) {
        const int exact = exactWidth(view, column);
        const int shown = view.columnWidth(column);
        EXPECT_GE(shown, exact) << what << " column " << column;
        EXPECT_LE(shown, exact + kSlackPx) << what << " column " << column;
    }
}

std::vector<const Scenario*> simulatedLessons() {
    std::vector<const Scenario*> lessons;
    for (const Scenario& s : builtinLessons())
        if (!s.load) lessons.push_back(&s); // a load lesson has no event table
    return lessons;
}

TEST(EventListView, ColumnsFitEveryCellOfEveryLessonInBothLanguages) {
    const auto lessons = simulatedLessons();
    ASSERT_GE(lessons.size(), 10u);
    for (const char* language : {"en", "ko"}) {
        uitest::LanguageScope scope(QString::fromLatin1(language));
        SessionController session;
        EventListView view(&session);
        for (const Scenario* lesson : lessons) {
            session.loadScenario(*lesson);
            ASSERT_FALSE(session.trace().events.empty()) << lesson->id;
            session.setStep(session.stepCount() / 2); // bold rows in the middle
            expectFits(view, std::string(language) + " " + lesson->id);
        }
    }
}

TEST(EventListView, ColumnsRefitWhenTheLanguageOrTheFontChanges) {
    SessionController session;
    EventListView view(&session);
    session.loadScenario(*findBuiltinLesson("handshake-and-close"));
    expectFits(view, "en");
    const int timeEn = view.columnWidth(EventListModel::TimeColumn);
    {
        uitest::LanguageScope scope(QStringLiteral("ko"));
        QApplication::processEvents(); // LanguageChange is posted
        ASSERT_TRUE(
            uitest::containsHangul(view.eventModel()->headerData(EventListModel::TimeColumn, Qt::Horizontal).toString()));
        expectFits(view, "ko after a switch");
    }
    QApplication::processEvents();
    expectFits(view, "en after a switch back");
    QFont big = view.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    view.setFont(big);
    expectFits(view, "twice the font size");
    EXPECT_GT(view.columnWidth(EventListModel::TimeColumn), timeEn);
}

// Counts how often the table asks its delegate for a cell's size (what ResizeToContents does per row).
class CountingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    mutable int sizeHints = 0;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        ++sizeHints;
        return QStyledItemDelegate::sizeHint(option, index);
    }
};

// `bytes` from the client in segments of `mss` bytes, each acknowledged, and a close at 3,000 s.
Scenario generatedLesson(uint32_t bytes, uint32_t mss) {
    Scenario s;
    s.seed = 3;
    s.until = SimTime::fromSeconds(36000);
    s.client = HostConfig{50000, 100u, {}};
    s.server = HostConfig{80, 300u, {}};
    s.client.options.mss = mss;
    s.server.options.mss = mss;
    s.actions = {actionAt(0, HostId::Server, ActionKind::Listen), actionAt(0, HostId::Client, ActionKind::Connect),
                 actionAt(500, HostId::Client, ActionKind::Send, bytes),
                 actionAt(3000000, HostId::Client, ActionKind::Close),
                 actionAt(3001000, HostId::Server, ActionKind::Close)};
    return s;
}

TEST(EventListView, ColumnsFitEveryCellOfAGeneratedTraceInBothLanguages) {
    for (const char* language : {"en", "ko"}) {
        uitest::LanguageScope scope(QString::fromLatin1(language));
        SessionController session;
        EventListView view(&session);
        session.loadScenario(generatedLesson(1000000, 1000)); // 1,000 segments, about 6,000 events
        ASSERT_GE(session.trace().events.size(), 5000u);
        session.setStep(session.stepCount() - 1); // the close, at 3,000 s, is bold
        expectFits(view, std::string(language) + " generated");
    }
}

TEST(EventListView, ALargeTraceIsNotMeasuredRowByRow) {
    SessionController session;
    EventListView view(&session);
    auto* delegate = new CountingDelegate(&view);
    view.setItemDelegate(delegate);
    view.resize(600, 400);
    view.show();
    session.loadScenario(generatedLesson(2000000, 100)); // 20,000 segments
    const size_t events = session.trace().events.size();
    ASSERT_GE(events, 100000u);
    session.setStep(session.stepCount() / 2);
    QApplication::processEvents();
    // The widths came from a handful of rows: two times, two endpoints, at most one per event kind.
    const auto rows = view.eventModel()->widestRows();
    EXPECT_EQ(rows.time.size(), 2u);
    EXPECT_EQ(rows.host.size(), 2u);
    EXPECT_LE(rows.event.size(), 9u);
    // ... and between them every endpoint, every event kind and the latest time of the trace.
    const auto& trace = session.trace().events;
    std::set<HostId> hosts, hostsSampled;
    std::set<EventType> kinds, kindsSampled;
    SimTime latest;
    for (const TraceEvent& e : trace) hosts.insert(e.host), kinds.insert(e.type), latest = std::max(latest, e.t);
    for (int r : rows.host) hostsSampled.insert(trace[static_cast<size_t>(r)].host);
    for (int r : rows.event) kindsSampled.insert(trace[static_cast<size_t>(r)].type);
    EXPECT_EQ(hostsSampled, hosts);
    EXPECT_EQ(kindsSampled, kinds);
    EXPECT_EQ(trace[static_cast<size_t>(rows.time.back())].t, latest);
    // No per-row measuring by Qt either (ResizeToContents asks the delegate for 1,000 rows per column).
    EXPECT_LT(delegate->sizeHints, 100);
}

// The Detail column of every row in view: Qt's own measure of the cell (the delegate's size hint,
// normal and bold) fits in it, so nothing is elided; a narrow table scrolls sideways instead, and a
// wide one has no empty strip after the last column.
void expectDetailsInViewFit(const EventListView& view, const std::string& what) {
    const QFont bold = EventListModel::currentStepFont().resolve(view.font());
    QStyledItemDelegate delegate;
    const int first = std::max(0, view.rowAt(0));
    int last = view.rowAt(view.viewport()->height() - 1);
    if (last < 0) last = view.model()->rowCount() - 1;
    ASSERT_LE(first, last) << what;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = view.model()->index(row, EventListModel::DetailColumn);
        for (const QFont& f : {view.font(), bold}) {
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.font = f;
            option.fontMetrics = QFontMetrics(f);
            option.features |= QStyleOptionViewItem::HasDisplay;
            option.text = index.data().toString();
            EXPECT_GE(view.columnWidth(EventListModel::DetailColumn), delegate.sizeHint(option, index).width())
                << what << " row " << row << ": " << option.text.toStdString();
        }
    }
    EXPECT_GE(view.columnViewportPosition(EventListModel::DetailColumn) + view.columnWidth(EventListModel::DetailColumn),
              view.viewport()->width())
        << what;
}

TEST(EventListView, NoDetailIsCutShortAndANarrowTableScrollsSideways) {
    for (const char* language : {"en", "ko"}) {
        uitest::LanguageScope scope(QString::fromLatin1(language));
        SessionController session;
        EventListView view(&session);
        view.resize(420, 320);
        view.show();
        session.loadScenario(generatedLesson(200000, 1000)); // 200 segments, over 1,000 events
        session.setStep(session.stepCount() / 2);
        QApplication::processEvents();
        expectDetailsInViewFit(view, std::string(language) + " at the current step");
        EXPECT_EQ(view.horizontalScrollBar()->value(), 0) << language << ": the Time column in view";
        // 420 px leave too little room for "retransmission timer set, expires at …": it scrolls.
        EXPECT_GT(view.horizontalScrollBar()->maximum(), 0) << language;
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QApplication::processEvents();
        expectDetailsInViewFit(view, std::string(language) + " scrolled to the end");
        view.verticalScrollBar()->setValue(0);
        QApplication::processEvents();
        expectDetailsInViewFit(view, std::string(language) + " scrolled to the top");
        // Wide: the details fit, the last column reaches the right edge, nothing to scroll.
        view.resize(1800, 320);
        QApplication::processEvents();
        expectDetailsInViewFit(view, std::string(language) + " wide");
        EXPECT_EQ(view.horizontalScrollBar()->maximum(), 0) << language;
    }
}

} // namespace
} // namespace hl::ui
