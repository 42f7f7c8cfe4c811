// Issue 21: what a screen reader and a keyboard-only student get. The accessible interfaces are
// read through QAccessible (as the AT-SPI bridge reads them); the expected values come from the
// trace, not from the interfaces.
#include "core/builtin_lessons.h"
#include "ui/diagram/diagram_accessible.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/panels/event_list_view.h"
#include "ui/panels/segment_inspector.h"
#include "ui/panels/state_box.h"
#include "ui/panels/state_machine_view.h"
#include "ui/perturb/perturb_actions.h"
#include "ui/perturb/perturbations_panel.h"
#include "ui/session/session_controller.h"
#include "ui/texts/texts.h"
#include "ui/window/main_window.h"
#include "ui/window/step_announcer.h"

#include "window_test_support.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QTabBar>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace hl::ui {
namespace {

using uitest::lessonWindow;

QString text(QAccessibleInterface* iface, QAccessible::Text t) { return iface ? iface->text(t) : QString(); }

// The copies a trace puts on the wire: one arrow each (the original and each duplicate).
size_t copiesIn(const Trace& t) {
    size_t n = 0;
    for (const SegmentRecord& r : t.segments) n += r.injected ? 1 : r.copies.size();
    return n;
}

TEST(Accessibility, TheDiagramListsEverySegmentCopyBandAndTimerInTimeOrder) {
    auto w = lessonWindow();
    const Trace& trace = w->session()->trace();
    QAccessibleInterface* d = QAccessible::queryAccessibleInterface(w->diagram());
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->role(), QAccessible::List);
    EXPECT_EQ(d->text(QAccessible::Name), QStringLiteral("Sequence diagram"));
    const DiagramModel& m = w->diagram()->model();
    ASSERT_EQ(static_cast<size_t>(d->childCount()), m.copies.size() + m.bands.size() + m.timers.size());
    size_t segments = 0;
    SimTime last;
    for (int i = 0; i < d->childCount(); ++i) {
        QAccessibleInterface* c = d->child(i);
        ASSERT_NE(c, nullptr);
        EXPECT_EQ(d->indexOfChild(c), i);
        EXPECT_EQ(c->parent(), d);
        const DiagramAccessItem& item = w->diagram()->accessItems()[size_t(i)];
        EXPECT_GE(item.at, last) << "item " << i << " out of time order";
        last = item.at;
        EXPECT_FALSE(c->text(QAccessible::Name).isEmpty()) << i;
        EXPECT_FALSE(c->text(QAccessible::Description).isEmpty()) << i;
        if (item.kind == DiagramAccessItem::Kind::Segment) {
            ++segments;
            const DiagramCopy& copy = m.copies[item.index];
            // Named like the arrow's label.
            EXPECT_EQ(c->text(QAccessible::Name), Texts::segmentLabel(trace.segment(copy.segId)->seg));
        }
    }
    EXPECT_EQ(segments, copiesIn(trace));
}

TEST(Accessibility, ASegmentSaysItsDirectionFateAndTheStateChangeItCaused) {
    auto w = lessonWindow();
    const Trace& trace = w->session()->trace();
    // The client's SYN: delivered, and its arrival moves the server's new connection to
    // SYN_RECEIVED (RFC 9293 §3.10.7.2).
    const auto& items = w->diagram()->accessItems();
    QAccessibleInterface* d = QAccessible::queryAccessibleInterface(w->diagram());
    bool found = false;
    for (size_t i = 0; i < items.size() && !found; ++i) {
        if (items[i].kind != DiagramAccessItem::Kind::Segment) continue;
        const DiagramCopy& c = w->diagram()->model().copies[items[i].index];
        if (trace.segment(c.segId)->seg.flags != Flags(Flag::SYN)) continue;
        found = true;
        const QString desc = text(d->child(int(i)), QAccessible::Description);
        EXPECT_TRUE(desc.contains(QStringLiteral("from Client to Server"))) << desc.toStdString();
        EXPECT_TRUE(desc.contains(QStringLiteral("delivered at"))) << desc.toStdString();
        EXPECT_TRUE(desc.contains(QStringLiteral("Server goes from")) &&
                    desc.contains(QStringLiteral("to SYN_RECEIVED")))
            << desc.toStdString();
    }
    EXPECT_TRUE(found);
}

TEST(Accessibility, TheItemsFollowAReplayedTraceAndSayWhatWasLost) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    QAccessibleInterface* d = QAccessible::queryAccessibleInterface(w->diagram());
    const int before = d->childCount();
    ASSERT_GT(before, 0);
    // Drop the first segment: the run is replayed and the list is built from the new trace.
    const uint64_t first = s.trace().segments.front().seg.id;
    ASSERT_TRUE(w->perturbActions()->perturbSegment(first, PerturbActions::Kind::Drop));
    const DiagramModel& m = w->diagram()->model();
    EXPECT_EQ(static_cast<size_t>(d->childCount()), m.copies.size() + m.bands.size() + m.timers.size());
    EXPECT_NE(d->childCount(), before); // a lost SYN changes the run (a retransmission follows)
    int lost = 0;
    for (int i = 0; i < d->childCount(); ++i)
        if (text(d->child(i), QAccessible::Description).contains(QStringLiteral("lost at"))) ++lost;
    int lostCopies = 0;
    for (const DiagramCopy& c : m.copies) lostCopies += c.lost ? 1 : 0;
    EXPECT_EQ(lost, lostCopies);
    EXPECT_GE(lost, 1);
}

TEST(Accessibility, ArrowKeysWalkTheSegmentsEnterOpensTheInspectorAndDDrops) {
    auto w = lessonWindow();
    uitest::activate(*w);
    SessionController& s = *w->session();
    auto* inspectorDock = qobject_cast<QDockWidget*>(w->inspector()->parentWidget());
    ASSERT_NE(inspectorDock, nullptr);
    inspectorDock->hide(); // Enter brings it back
    w->diagram()->setFocus();
    ASSERT_TRUE(w->diagram()->hasFocus());
    uitest::pressKey(*w, Qt::Key_Down); // nothing sent yet at the start: the first segment
    const uint64_t firstSent = s.trace().segments.front().seg.id;
    EXPECT_EQ(s.selectedSegment(), firstSent);
    uitest::pressKey(*w, Qt::Key_Down);
    // The second segment sent (copies in order of sending).
    std::vector<const SegmentRecord*> bySend;
    for (const SegmentRecord& r : s.trace().segments) bySend.push_back(&r);
    std::stable_sort(bySend.begin(), bySend.end(), [](auto* a, auto* b) { return a->sentAt < b->sentAt; });
    EXPECT_EQ(s.selectedSegment(), bySend[1]->seg.id);
    uitest::pressKey(*w, Qt::Key_Up);
    EXPECT_EQ(s.selectedSegment(), firstSent);
    // The focused item is the selected segment's, for a screen reader too.
    QAccessibleInterface* d = QAccessible::queryAccessibleInterface(w->diagram());
    QAccessibleInterface* focus = d->focusChild();
    ASSERT_NE(focus, nullptr);
    EXPECT_TRUE(focus->state().focused);
    EXPECT_EQ(focus->text(QAccessible::Name), Texts::segmentLabel(s.trace().segment(firstSent)->seg));
    EXPECT_FALSE(w->inspector()->isVisible());
    uitest::pressKey(*w, Qt::Key_Return);
    EXPECT_TRUE(w->inspector()->isVisible());
    // ← and → still step the player with the focus on the diagram.
    const size_t step = s.step();
    uitest::pressKey(*w, Qt::Key_Right);
    EXPECT_EQ(s.step(), step + 1);
    w->diagram()->setFocus();
    uitest::pressKey(*w, Qt::Key_D);
    ASSERT_EQ(s.userFaults().size(), 1u);
    EXPECT_TRUE(s.userFaults()[0].drop);
}

TEST(Accessibility, TheMenuKeyOpensTheSelectedSegmentsMenuFromTheDiagramAndTheEventList) {
    auto w = lessonWindow();
    uitest::activate(*w);
    SessionController& s = *w->session();
    for (QWidget* where : {static_cast<QWidget*>(w->diagram()), static_cast<QWidget*>(w->eventList())}) {
        s.setSelectedSegment(s.trace().segments.front().seg.id);
        where->setFocus();
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(5, 5), where->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(where, &menuKey);
        QMenu* menu = nullptr;
        for (QWidget* top : QApplication::topLevelWidgets())
            if (top->objectName() == QStringLiteral("perturbSegmentMenu") && top->isVisible())
                menu = qobject_cast<QMenu*>(top);
        ASSERT_NE(menu, nullptr) << where->objectName().toStdString();
        ASSERT_NE(menu->activeAction(), nullptr); // Enter drops
        EXPECT_EQ(menu->activeAction()->objectName(), QStringLiteral("perturbDrop"));
        menu->activeAction()->trigger();
        menu->close();
        QApplication::processEvents();
    }
    EXPECT_EQ(s.userFaults().size(), 2u);
}

TEST(Accessibility, TheEventListIsReachedByTabAndItsRowsPerturbWithDLU) {
    auto w = lessonWindow();
    uitest::activate(*w);
    SessionController& s = *w->session();
    EventListView* events = w->eventList();
    EXPECT_TRUE(events->focusPolicy() & Qt::TabFocus);
    w->eventsDock()->raise();
    events->setFocus();
    // The row of the first Send: choosing it selects that segment.
    const auto& evs = s.trace().events;
    int row = -1;
    for (size_t i = 0; i < evs.size() && row < 0; ++i)
        if (evs[i].type == EventType::Send) row = static_cast<int>(i);
    ASSERT_GE(row, 0);
    events->setCurrentIndex(events->model()->index(row, 0));
    EXPECT_EQ(s.selectedSegment(), evs[size_t(row)].segId);
    uitest::pressKey(*w, Qt::Key_U); // not a search by letter: the shortcut
    ASSERT_EQ(s.userFaults().size(), 1u);
    EXPECT_TRUE(s.userFaults()[0].duplicateAfter.has_value());
}

TEST(Accessibility, EveryFocusableControlOfTheWindowHasAName) {
    auto w = lessonWindow();
    uitest::activate(*w);
    QList<QWidget*> widgets = w->findChildren<QWidget*>();
    // Combo boxes' lists are separate windows (the popup container) but belong to the window.
    for (QComboBox* box : w->findChildren<QComboBox*>()) widgets.push_back(box->view());
    int checked = 0;
    for (QWidget* widget : widgets) {
        // A label is read by its text, not a control.
        if (widget->focusPolicy() == Qt::NoFocus || qobject_cast<QDockWidget*>(widget) || qobject_cast<QLabel*>(widget))
            continue;
        // A spare row of panel tabs with no tab (the layout keeps it hidden): Qt names a tab row
        // by its current tab, and it has none.
        if (auto* tabs = qobject_cast<QTabBar*>(widget); tabs && tabs->count() == 0) continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface) continue;
        ++checked;
        EXPECT_FALSE(iface->text(QAccessible::Name).trimmed().isEmpty())
            << widget->metaObject()->className() << " '" << widget->objectName().toStdString() << "' in "
            << (widget->parentWidget() ? widget->parentWidget()->metaObject()->className() : "-");
    }
    EXPECT_GT(checked, 15);
}

TEST(Accessibility, TheStateMachineHasItsElevenStatesAndSaysWhoIsWhere) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    QAccessibleInterface* fsm = QAccessible::queryAccessibleInterface(w->stateMachine());
    ASSERT_EQ(fsm->childCount(), 11);
    for (size_t i = 0; i < kAllStates.size(); ++i)
        EXPECT_TRUE(text(fsm->child(int(i)), QAccessible::Name).startsWith(Texts::stateName(kAllStates[i])));
    // Step until the client is ESTABLISHED (what its connection snapshot says).
    while (s.step() < s.stepCount()) {
        s.stepForward();
        const ConnSnapshot* c = s.snapshot().primary(HostId::Client);
        if (c && c->state == TcpState::Established) break;
    }
    const int est = static_cast<int>(std::find(kAllStates.begin(), kAllStates.end(), TcpState::Established) -
                                     kAllStates.begin());
    EXPECT_TRUE(text(fsm->child(est), QAccessible::Name).contains(QStringLiteral("client")))
        << text(fsm->child(est), QAccessible::Name).toStdString();
    EXPECT_TRUE(fsm->child(est)->state().selected);
    // The transition just taken: SYN_SENT to ESTABLISHED on the SYN,ACK (RFC 9293 §3.10.7.3).
    const QString desc = fsm->text(QAccessible::Description);
    EXPECT_TRUE(desc.contains(QStringLiteral("Client took SYN_SENT to ESTABLISHED"))) << desc.toStdString();
}

TEST(Accessibility, StateBoxesReadTheStateTheyShowWithMeaningPreviousStateAndWhy) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    s.goToEnd();
    for (HostId h : {HostId::Client, HostId::Server}) {
        StateBox* box = w->stateBox(h);
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(box);
        const ConnSnapshot* c = s.snapshot().primary(h);
        ASSERT_NE(c, nullptr);
        EXPECT_EQ(iface->text(QAccessible::Name), Texts::hostName(h) + QStringLiteral(": ") + Texts::stateName(c->state));
        const QString desc = iface->text(QAccessible::Description);
        EXPECT_TRUE(desc.contains(Texts::stateMeaning(c->state)));
        EXPECT_TRUE(desc.contains(Texts::stateName(c->previous))) << desc.toStdString();
        EXPECT_TRUE(desc.contains(Texts::reasonShort(c->lastReason))) << desc.toStdString();
    }
}

// Counts the times a widget is shown: each show sends QAccessible::ObjectShow, the event a screen
// reader reads a notification on (offscreen, QAccessible is inactive and sends no events).
struct ShowCounter : QObject {
    int shows = 0;
    bool eventFilter(QObject*, QEvent* e) override {
        shows += e->type() == QEvent::Show;
        return false;
    }
};

TEST(Accessibility, EveryStepIsAnnouncedWithoutTakingTheFocusUnlessTurnedOff) {
    auto w = lessonWindow();
    uitest::activate(*w);
    SessionController& s = *w->session();
    StepAnnouncer* a = w->stepAnnouncer();
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(QAccessible::queryAccessibleInterface(a)->role(), QAccessible::Notification);
    EXPECT_EQ(a->focusPolicy(), Qt::NoFocus);
    w->diagram()->setFocus();
    ShowCounter counter;
    a->installEventFilter(&counter);
    s.stepForward();
    EXPECT_EQ(QAccessible::queryAccessibleInterface(a)->text(QAccessible::Name),
              QStringLiteral("Step 1 of %1: %2").arg(s.stepCount()).arg(Texts::shortCaption(s.trace(), 0)));
    s.stepForward();
    EXPECT_EQ(counter.shows, 2);
    EXPECT_EQ(QApplication::focusWidget(), w->diagram());
    EXPECT_EQ(a->lastAnnouncement(),
              QStringLiteral("Step 2 of %1: %2").arg(s.stepCount()).arg(Texts::shortCaption(s.trace(), 1)));
    s.goToStart();
    EXPECT_EQ(a->lastAnnouncement(),
              QStringLiteral("Start of the lesson: handshake-and-close")
                  .replace(QStringLiteral("handshake-and-close"), Texts::localized(s.scenario().title)));
    // View → Announce steps off: nothing more is said.
    QAction* off = w->findChild<QAction*>(QStringLiteral("actionAnnounceSteps"));
    ASSERT_NE(off, nullptr);
    off->setChecked(false);
    counter.shows = 0;
    s.stepForward();
    EXPECT_EQ(counter.shows, 0);
    EXPECT_TRUE(a->lastAnnouncement().isEmpty());
}

TEST(Accessibility, TabGoesRoundThePanelsInReadingOrderAndNoTableKeepsIt) {
    auto w = lessonWindow();
    uitest::activate(*w);
    w->diagram()->setFocus();
    QWidget* start = QApplication::focusWidget();
    ASSERT_EQ(start, w->diagram());
    std::vector<QWidget*> visited{start};
    for (int i = 0; i < 60; ++i) {
        uitest::pressKey(*w, Qt::Key_Tab);
        if (QApplication::focusWidget() == start) break;
        visited.push_back(QApplication::focusWidget());
    }
    ASSERT_EQ(QApplication::focusWidget(), start) << "Tab never came back to the diagram";
    const auto at = [&visited](const QWidget* widget) {
        return std::find(visited.begin(), visited.end(), widget) - visited.begin();
    };
    // The ladder, its panels on the right (the events among them), then the lesson's panels on
    // the left: each visited once, in that order.
    auto* perturbations = w->perturbActions()->perturbationsPanel()->findChild<QListWidget*>();
    ASSERT_NE(perturbations, nullptr);
    EXPECT_LT(at(w->diagram()), at(w->eventList()));
    EXPECT_LT(at(w->eventList()), at(perturbations));
    EXPECT_LT(at(perturbations), static_cast<long>(visited.size()));
    EXPECT_EQ(std::count(visited.begin(), visited.end(), w->eventList()), 1);
}

} // namespace
} // namespace hl::ui
