// Issue 4: perturbing a run from the UI. These tests run the real simulation on built-in lessons
// and go through the same actions as the context menus, keys and panels.
#include "core/builtin_lessons.h"
#include "core/channel.h"
#include "core/lesson_file.h"
#include "core/simulation.h"
#include "core/trace_diff.h"
#include "core/trace_jsonl.h"
#include "ui/diagram/ghost_layer.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/panels/event_list_view.h"
#include "ui/perturb/inject_dialog.h"
#include "ui/perturb/lesson_settings_panel.h"
#include "ui/perturb/perturb_actions.h"
#include "ui/perturb/perturbation_texts.h"
#include "ui/perturb/perturbations_panel.h"
#include "ui/session/session_controller.h"
#include "ui/window/main_window.h"

#include "window_test_support.h"

#include <QAction>
#include <QComboBox>
#include <QGraphicsItem>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <QFileInfo>

#include <memory>

namespace hl::ui {
namespace {

using uitest::lessonWindow;

// A segment found by what it is, not by our positional rule: sender, flags, seq, ack, payload.
uint64_t findSegment(const Trace& t, HostId from, Flags flags, uint32_t seq, uint32_t ack, uint32_t len = 0) {
    for (const SegmentRecord& r : t.segments)
        if (!r.injected && r.from == from && r.seg.flags == flags && r.seg.seq.value() == seq &&
            r.seg.ack.value() == ack && r.seg.len == len)
            return r.seg.id;
    return 0;
}

// Triggers an action of the segment's context menu, as a click on it does.
void clickMenu(MainWindow& w, uint64_t segId, const char* objectName) {
    std::unique_ptr<QMenu> menu(w.perturbActions()->segmentMenu(segId, &w));
    auto* action = menu->findChild<QAction*>(QString::fromLatin1(objectName));
    ASSERT_NE(action, nullptr) << objectName;
    ASSERT_TRUE(action->isEnabled()) << objectName;
    action->trigger();
}

std::string jsonl(const SessionController& s) { return traceToJsonl(s.trace()); }

std::string runLessonText(const Scenario& s) {
    // What `handshakelab-cli run <file>` does with a file: read it, simulate, print jsonl.
    const std::string text = writeLesson(s);
    LessonResult parsed = parseLesson(text, "test.json");
    EXPECT_TRUE(std::holds_alternative<Scenario>(parsed));
    return traceToJsonl(simulate(std::get<Scenario>(parsed)));
}

// Worked example (teach, 100 ms one way, ISS 100/300): the handshake's final ACK.
constexpr uint32_t kClientIss = 100, kServerIss = 300;
uint64_t finalHandshakeAck(const Trace& t) {
    return findSegment(t, HostId::Client, Flag::ACK, kClientIss + 1, kServerIss + 1);
}
uint64_t clientFin(const Trace& t) {
    for (const SegmentRecord& r : t.segments)
        if (r.from == HostId::Client && r.seg.flags.has(Flag::FIN)) return r.seg.id;
    return 0;
}

TEST(Perturb, DropFromTheContextMenuGivesTheSameTraceAsALessonFileWithThatFault) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    const uint64_t ack = finalHandshakeAck(s.trace());
    ASSERT_NE(ack, 0u);
    clickMenu(*w, ack, "perturbDrop");
    ASSERT_EQ(s.userFaults().size(), 1u);

    // The same fault written by hand in a lesson file: the client's first pure ACK (the
    // handshake's last segment) is its 1st segment with exactly the ACK flag.
    Scenario file = *findBuiltinLesson("handshake-and-close");
    Fault f;
    f.match.from = HostId::Client;
    f.match.flags = Flags(Flag::ACK);
    f.match.nth = 1;
    f.drop = true;
    f.fromUser = true;
    file.faults.push_back(f);
    EXPECT_EQ(jsonl(s), runLessonText(file));
    // And it did hit that arrow: its only copy is lost, by the user's hand.
    const SegmentRecord* rec = s.trace().segment(ack);
    ASSERT_NE(rec, nullptr);
    ASSERT_EQ(rec->copies.size(), 1u);
    EXPECT_TRUE(rec->copies[0].lost);
    EXPECT_EQ(rec->copies[0].cause, DropCause::User);
}

TEST(Perturb, DelayAndDuplicateFromTheMenuChangeOnlyThatSegment) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    const uint64_t fin = clientFin(s.trace());
    ASSERT_NE(fin, 0u);
    const SimTime sent = s.trace().segment(fin)->sentAt;
    clickMenu(*w, fin, "perturbDelay500ms");
    // Arrives one-way latency (100 ms) + 500 ms after it was sent.
    EXPECT_EQ(s.trace().segment(fin)->copies.at(0).endsAt, sent + 600_ms);
    clickMenu(*w, fin, "perturbDuplicate");
    const auto& copies = s.trace().segment(fin)->copies;
    ASSERT_EQ(copies.size(), 2u);
    EXPECT_EQ(copies[1].endsAt, copies[0].endsAt + PerturbActions::kDuplicateGap);
    EXPECT_EQ(s.userFaults().size(), 2u);
}

TEST(Perturb, UndoRestoresThePreviousTraceByteForByteAndRedoReappliesIt) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    const std::string original = jsonl(s);
    clickMenu(*w, finalHandshakeAck(s.trace()), "perturbDrop");
    const std::string dropped = jsonl(s);
    ASSERT_NE(dropped, original);
    clickMenu(*w, clientFin(s.trace()), "perturbDelay1s");
    const std::string both = jsonl(s);
    ASSERT_NE(both, dropped);

    w->perturbActions()->action("actionUndoPerturbation")->trigger();
    EXPECT_EQ(jsonl(s), dropped);
    s.undo();
    EXPECT_EQ(jsonl(s), original);
    EXPECT_TRUE(s.userFaults().empty());
    w->perturbActions()->action("actionRedoPerturbation")->trigger();
    EXPECT_EQ(jsonl(s), dropped);
    s.redo();
    EXPECT_EQ(jsonl(s), both);
}

TEST(Perturb, KeysDAndUPerturbTheSelectedSegmentAndCtrlZUndoes) {
    auto w = lessonWindow();
    uitest::activate(*w);
    SessionController& s = *w->session();
    const std::string original = jsonl(s);
    s.setSelectedSegment(finalHandshakeAck(s.trace()));
    uitest::pressKey(*w, Qt::Key_D);
    ASSERT_EQ(s.userFaults().size(), 1u);
    EXPECT_TRUE(s.userFaults()[0].drop);
    s.setSelectedSegment(clientFin(s.trace()));
    uitest::pressKey(*w, Qt::Key_U);
    ASSERT_EQ(s.userFaults().size(), 2u);
    EXPECT_TRUE(s.userFaults()[1].duplicateAfter.has_value());
    uitest::pressKey(*w, Qt::Key_Z, Qt::ControlModifier);
    uitest::pressKey(*w, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(jsonl(s), original);
    uitest::pressKey(*w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(s.userFaults().size(), 1u);
}

TEST(Perturb, PerturbingAfterScrubbingBackKeepsEverythingBeforeTheCursor) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    const uint64_t fin = clientFin(s.trace());
    // Scrub back to a step before the FIN is sent.
    const size_t finSend = s.trace().segment(fin)->sendEvent;
    const size_t step = s.stepOfEvent(finSend) - 1;
    ASSERT_GT(step, 3u);
    s.setStep(step);
    const Trace before = s.trace();
    const size_t cursor = s.cursor();
    clickMenu(*w, fin, "perturbDrop");
    EXPECT_EQ(s.step(), step); // the cursor stays
    ASSERT_GE(s.trace().events.size(), cursor);
    for (size_t i = 0; i < cursor; ++i) EXPECT_EQ(before.events[i], s.trace().events[i]) << i;
    // ... and the consequence lies ahead: the FIN is retransmitted after its RTO.
    EXPECT_NE(traceToJsonl(before), jsonl(s));
    EXPECT_GT(commonPrefix(before, s.trace()), cursor - 1);
}

TEST(Perturb, ChangingTheRunBeforeTheCursorMovesTheCursorBackToTheFirstDifference) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    s.goToEnd();
    const Trace before = s.trace();
    clickMenu(*w, finalHandshakeAck(s.trace()), "perturbDrop");
    const size_t same = commonPrefix(before, s.trace());
    // Everything the cursor has passed is unchanged, and the next step holds the first change.
    EXPECT_LE(s.cursor(), same);
    EXPECT_GT(s.eventsAtStep(s.step() + 1), same);
}

TEST(Perturb, ASegmentNotYetSentAtTheCursorCanBePerturbedFromTheEventList) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    s.setStep(1);
    const uint64_t fin = clientFin(s.trace());
    const size_t row = s.trace().segment(fin)->sendEvent;
    ASSERT_GE(row, s.cursor()); // in the future of the cursor
    ASSERT_EQ(s.trace().events[row].type, EventType::Send);
    // The event list's menu is the segment menu of that row's segment.
    clickMenu(*w, s.trace().events[row].segId, "perturbDrop");
    EXPECT_EQ(PerturbationTexts::fault(s.userFaults().at(0)), QStringLiteral("Drop the 1st FIN,ACK from the client"));
    EXPECT_EQ(s.step(), 1u);
}

TEST(Perturb, TheListNamesEachChangeAndRemovesItOnItsOwn) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    const std::string original = jsonl(s);
    clickMenu(*w, finalHandshakeAck(s.trace()), "perturbDrop");
    const std::string afterDrop = jsonl(s);
    clickMenu(*w, clientFin(s.trace()), "perturbDelay500ms");
    PerturbationsPanel* panel = w->perturbActions()->perturbationsPanel();
    ASSERT_EQ(panel->list()->count(), 2);
    EXPECT_EQ(panel->list()->item(0)->text(), QStringLiteral("Drop the 1st ACK from the client"));
    EXPECT_EQ(panel->list()->item(1)->text(), QStringLiteral("Delay the 1st FIN,ACK from the client by 500 ms"));
    // Remove the delay with the Del key: the run is the one with the drop alone.
    panel->list()->setCurrentRow(1);
    QKeyEvent del(QEvent::KeyPress, Qt::Key_Delete, Qt::NoModifier);
    QApplication::sendEvent(panel->list(), &del);
    ASSERT_EQ(panel->list()->count(), 1);
    EXPECT_EQ(jsonl(s), afterDrop);
    // Reset lesson removes everything, and is undoable.
    panel->findChild<QPushButton*>(QStringLiteral("resetLesson"))->click();
    EXPECT_EQ(panel->list()->count(), 0);
    EXPECT_EQ(jsonl(s), original);
    s.undo();
    EXPECT_EQ(jsonl(s), afterDrop);
}

TEST(Perturb, SavingAndReopeningGivesTheSameRun) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto w = lessonWindow();
    SessionController& s = *w->session();
    clickMenu(*w, clientFin(s.trace()), "perturbDrop");
    const std::string perturbed = jsonl(s);
    const QString path = dir.filePath(QStringLiteral("my-lesson.json"));
    ASSERT_EQ(w->perturbActions()->saveLessonTo(path), QString());
    // What the CLI does with the file ...
    LessonResult read = readLessonFile(path.toStdString());
    ASSERT_TRUE(std::holds_alternative<Scenario>(read));
    EXPECT_EQ(traceToJsonl(simulate(std::get<Scenario>(read))), perturbed);
    // ... and what the app does when it opens it.
    auto other = lessonWindow();
    ASSERT_EQ(other->openLesson(path), QString());
    EXPECT_EQ(jsonl(*other->session()), perturbed);
    EXPECT_TRUE(other->session()->userFaults().empty()); // the change is now part of the lesson
}

TEST(Perturb, SavingIntoAMissingFolderGivesAClearError) {
    auto w = lessonWindow();
    const QString path = QStringLiteral("/nonexistent-folder/x/lesson.json");
    const QString error = w->perturbActions()->saveLessonTo(path);
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot save \"") + path + QStringLiteral("\": "))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/nonexistent-folder")));
}

TEST(Perturb, LoadLessonsCannotBePerturbed) {
    Scenario load;
    load.load = LoadSpec{}; // a load lesson: another view shows it, perturbations do not apply
    SessionController s([](const Scenario&) { return Trace{}; });
    s.loadScenario(load);
    EXPECT_FALSE(s.canPerturb());
    Fault f;
    f.drop = true;
    s.addUserFault(f);
    EXPECT_TRUE(s.userFaults().empty());
    EXPECT_FALSE(s.undoStack()->canUndo());
}

TEST(PerturbSettings, RandomLossWithTheSameSeedGivesTheSameRunAnotherSeedAnother) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    LessonSettingsPanel* panel = w->perturbActions()->settingsPanel();
    const std::string original = jsonl(s);
    panel->seedBox()->setValue(7);
    panel->lossSlider()->setValue(30); // as on release of the slider
    EXPECT_DOUBLE_EQ(s.settings().loss, 0.30);
    EXPECT_EQ(s.settings().seed, 7u);
    const std::string seven = jsonl(s);
    EXPECT_NE(seven, original); // 30 % of about twenty segments: some are lost
    // The same inputs from scratch give the same bytes.
    Scenario again = *findBuiltinLesson("handshake-and-close");
    again.loss = 0.30;
    again.seed = 7;
    EXPECT_EQ(traceToJsonl(simulate(again)), seven);
    panel->seedBox()->setValue(8);
    EXPECT_NE(jsonl(s), seven);
    panel->seedBox()->setValue(7);
    EXPECT_EQ(jsonl(s), seven);
    // One line in the list says it in words; each change was an undo step.
    auto* list = w->perturbActions()->perturbationsPanel()->list();
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Random loss 30 %, seed 7"));
    // Four undo steps: seed 7, loss 30 %, seed 8, seed 7 again.
    for (int i = 0; i < 4; ++i) s.undo();
    EXPECT_EQ(jsonl(s), original);
    EXPECT_EQ(list->count(), 0);
}

TEST(PerturbSettings, LatencyAndProfileReplayAndAreUndoable) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    LessonSettingsPanel* panel = w->perturbActions()->settingsPanel();
    const std::string original = jsonl(s);
    panel->latencyBox(HostId::Client)->setValue(250);
    // The SYN (sent at 0) now reaches the server at 250 ms.
    const SegmentRecord& syn = s.trace().segments.at(0);
    ASSERT_TRUE(syn.seg.flags == Flags(Flag::SYN));
    EXPECT_EQ(syn.copies.at(0).endsAt, 250_ms);
    QComboBox* profile = panel->profileBox();
    profile->setCurrentIndex(profile->findData(static_cast<int>(Profile::Linux)));
    emit profile->activated(profile->currentIndex());
    EXPECT_EQ(s.effectiveScenario().profile, Profile::Linux);
    auto* list = w->perturbActions()->perturbationsPanel()->list();
    ASSERT_EQ(list->count(), 2);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Latency client → server 250 ms"));
    EXPECT_EQ(list->item(1)->text(), QStringLiteral("Behaviour profile: Linux"));
    s.undo();
    s.undo();
    EXPECT_EQ(jsonl(s), original);
    EXPECT_EQ(panel->latencyBox(HostId::Client)->value(), 100); // the panel follows undo
}

// Steps to the first step at or after `t`.
void stepToTime(SessionController& s, SimTime t) {
    for (size_t k = 1; k <= s.stepCount(); ++k)
        if (s.timeAtStep(k) >= t) {
            s.setStep(k);
            return;
        }
}

TEST(PerturbInject, SpoofedInWindowRstToAnEstablishedServerDrawsAChallengeAck) {
    // RFC 9293 §3.10.7.4 with RFC 5961 §3.2 (teach profile: on): an RST whose SEQ is in the
    // window but not exactly RCV.NXT does not reset; the receiver answers with a challenge ACK
    // <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> and stays ESTABLISHED.
    auto w = lessonWindow();
    SessionController& s = *w->session();
    stepToTime(s, SimTime::fromMs(1700)); // both ESTABLISHED, data exchanged, nothing in flight
    ASSERT_EQ(s.snapshot().primary(HostId::Server)->state, TcpState::Established);
    const TcbVars server = s.snapshot().primary(HostId::Server)->tcb;
    const size_t stepBefore = s.step();

    InjectDialog dialog(s.snapshot(), injectionTime(s.timeAtStep(s.step())));
    dialog.setTarget(HostId::Server);
    dialog.applyPreset(InjectPreset::SpoofedRst);
    const std::optional<Action> a = dialog.action();
    ASSERT_TRUE(a.has_value());
    EXPECT_TRUE(a->segment.flags == Flags(Flag::RST));
    EXPECT_EQ(a->segment.seq, server.rcvNxt.value() + 1); // in the window, not exact
    s.addInjection(*a, PerturbationTexts::injection(*a));
    EXPECT_EQ(s.step(), stepBefore);

    const Trace& t = s.trace();
    size_t inject = t.events.size();
    for (size_t i = 0; i < t.events.size(); ++i)
        if (t.events[i].type == EventType::Inject) inject = i;
    ASSERT_LT(inject, t.events.size());
    EXPECT_EQ(t.events[inject].host, HostId::Server);
    bool challenged = false;
    for (size_t i = inject + 1; i < t.events.size() && t.events[i].t == t.events[inject].t; ++i) {
        const TraceEvent& e = t.events[i];
        EXPECT_FALSE(e.type == EventType::State && e.host == HostId::Server) << "the RST must not reset";
        if (e.type == EventType::Send && e.host == HostId::Server) {
            const Segment& seg = t.segment(e.segId)->seg;
            EXPECT_TRUE(seg.flags == Flags(Flag::ACK));
            EXPECT_EQ(seg.seq, server.sndNxt);
            EXPECT_EQ(seg.ack, server.rcvNxt);
            EXPECT_EQ(e.reason, Reason::RstChallengeAck);
            challenged = true;
        }
    }
    EXPECT_TRUE(challenged);
    EXPECT_EQ(w->perturbActions()->perturbationsPanel()->list()->item(0)->text().toStdString(),
              QStringLiteral("Inject RST seq=%1 to the server at 1.700 s").arg(server.rcvNxt.value() + 1).toStdString());
}

// The open popup menu (the context menus use popup(), as a right click does).
QMenu* openPopup() {
    QApplication::processEvents();
    return qobject_cast<QMenu*>(QApplication::activePopupWidget());
}

TEST(PerturbContextMenus, RightClickOnADiagramArrowOpensItsMenu) {
    auto w = lessonWindow();
    uitest::activate(*w);
    SessionController& s = *w->session();
    SequenceDiagramView* view = w->diagram();
    const SegmentItem* syn = nullptr;
    for (const SegmentItem* item : view->segmentItems())
        if (item->segId() == 1) syn = item;
    ASSERT_NE(syn, nullptr);
    // A point on the arrow, a quarter of the way along (clear of its label).
    const QPointF onArrow = syn->startPoint() + (syn->endPoint() - syn->startPoint()) * 0.25;
    view->centerOn(onArrow);
    const QPoint pos = view->mapFromScene(onArrow);
    emit view->customContextMenuRequested(pos);
    QMenu* menu = openPopup();
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(s.selectedSegment(), 1u); // the clicked arrow becomes the selected one
    EXPECT_EQ(menu->findChild<QAction*>(QStringLiteral("perturbMenuTitle"))->text().toStdString(),
              "the 1st SYN from the client");
    menu->findChild<QAction*>(QStringLiteral("perturbDrop"))->trigger();
    menu->close();
    ASSERT_EQ(s.userFaults().size(), 1u);
    EXPECT_EQ(PerturbationTexts::fault(s.userFaults()[0]).toStdString(), "Drop the 1st SYN from the client");
}

TEST(PerturbContextMenus, RightClickOnASendRowOfTheEventListOpensThatSegmentsMenu) {
    auto w = lessonWindow();
    uitest::activate(*w);
    SessionController& s = *w->session();
    EventListView* list = w->eventList();
    list->show();
    const uint64_t fin = clientFin(s.trace());
    const int row = static_cast<int>(s.trace().segment(fin)->sendEvent);
    list->scrollTo(list->model()->index(row, 0));
    emit list->customContextMenuRequested(list->visualRect(list->model()->index(row, 0)).center());
    QMenu* menu = openPopup();
    ASSERT_NE(menu, nullptr);
    menu->findChild<QAction*>(QStringLiteral("perturbDelay3s"))->trigger();
    menu->close();
    ASSERT_EQ(s.userFaults().size(), 1u);
    EXPECT_EQ(s.userFaults()[0].delay, std::optional<SimDuration>(3_s));
    // A row that is not a "send" event opens nothing.
    emit list->customContextMenuRequested(list->visualRect(list->model()->index(0, 0)).center());
    EXPECT_EQ(openPopup(), nullptr);
}

TEST(PerturbContextMenus, KeyLOpensTheQuickDelayListForTheSelectedSegment) {
    auto w = lessonWindow();
    uitest::activate(*w);
    SessionController& s = *w->session();
    s.setSelectedSegment(clientFin(s.trace()));
    uitest::pressKey(*w, Qt::Key_L);
    QMenu* menu = openPopup();
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->objectName(), QStringLiteral("perturbDelayMenu"));
    menu->findChild<QAction*>(QStringLiteral("perturbDelay100ms"))->trigger();
    menu->close();
    ASSERT_EQ(s.userFaults().size(), 1u);
    EXPECT_EQ(s.userFaults()[0].delay, std::optional<SimDuration>(100_ms));
}

TEST(PerturbInject, AnInjectedSegmentCannotBePerturbedItsMenuSaysSo) {
    // A crafted segment does not pass the channel's faults, so Drop/Delay/Duplicate are off.
    auto w = lessonWindow();
    SessionController& s = *w->session();
    stepToTime(s, SimTime::fromMs(1700));
    InjectDialog dialog(s.snapshot(), injectionTime(s.timeAtStep(s.step())));
    dialog.applyPreset(InjectPreset::StrayAck);
    s.addInjection(*dialog.action());
    uint64_t injected = 0;
    for (const SegmentRecord& r : s.trace().segments)
        if (r.injected) injected = r.seg.id;
    ASSERT_NE(injected, 0u);
    std::unique_ptr<QMenu> menu(w->perturbActions()->segmentMenu(injected, w.get()));
    EXPECT_FALSE(menu->findChild<QAction*>(QStringLiteral("perturbDrop"))->isEnabled());
    EXPECT_EQ(menu->findChild<QAction*>(QStringLiteral("perturbMenuTitle"))->text().toStdString(),
              "This segment cannot be changed");
    EXPECT_FALSE(w->perturbActions()->perturbSegment(injected, PerturbActions::Kind::Drop));
    // A normal segment's menu is titled the way the list will name it.
    std::unique_ptr<QMenu> normal(w->perturbActions()->segmentMenu(1, w.get()));
    EXPECT_EQ(normal->findChild<QAction*>(QStringLiteral("perturbMenuTitle"))->text().toStdString(),
              "the 1st SYN from the client");
}

TEST(PerturbCompare, GhostArrowsShowTheUnperturbedRunAndCannotBeSelected) {
    auto w = lessonWindow();
    SessionController& s = *w->session();
    const Trace original = s.trace();
    clickMenu(*w, finalHandshakeAck(s.trace()), "perturbDrop");
    QAction* compare = w->perturbActions()->action("actionCompare");
    compare->setChecked(true);
    GhostLayer* ghost = w->perturbActions()->ghostLayer();
    size_t copies = 0;
    for (const SegmentRecord& r : original.segments) copies += r.copies.size();
    ASSERT_EQ(ghost->items().size(), copies);
    for (QGraphicsItem* item : ghost->items()) {
        EXPECT_EQ(item->acceptedMouseButtons(), Qt::NoButton);
        EXPECT_FALSE(item->flags() & QGraphicsItem::ItemIsSelectable);
        EXPECT_EQ(item->scene(), w->diagram()->scene());
    }
    // The final ACK's ghost reaches the server lane (it was delivered in the original run).
    const SegmentRecord& ack = original.segments.at(finalHandshakeAck(original) - 1);
    const QLineF line = static_cast<QGraphicsLineItem*>(ghost->items().at(finalHandshakeAck(original) - 1))->line();
    EXPECT_DOUBLE_EQ(line.p2().x(), w->diagram()->lifelineX(HostId::Server));
    EXPECT_DOUBLE_EQ(line.p2().y(), w->diagram()->timeAxis().y(ack.copies.at(0).endsAt));
    // The original run's instants are on the time axis (not squeezed into a compressed stretch):
    // the original final ACK keeps its 100 ms flight at full scale.
    const double flight = w->diagram()->timeAxis().y(ack.copies.at(0).endsAt) - w->diagram()->timeAxis().y(ack.sentAt);
    const double synFlight = w->diagram()->timeAxis().y(100_ms) - w->diagram()->timeAxis().y(0_ms);
    EXPECT_NEAR(flight, synFlight, 1.0);
    // It survives a replay (the scene is rebuilt) and goes away when switched off.
    s.undo();
    EXPECT_EQ(ghost->items().size(), copies);
    compare->setChecked(false);
    EXPECT_TRUE(ghost->items().empty());
}

// The "Done when": a teacher starts from the normal handshake, drops the final ACK in
// front of the class, shows the server's SYN-ACK coming back about a second later, undoes it,
// drops the FIN instead and saves that as a lesson that reopens as the same run.
TEST(PerturbStory, DropTheFinalAckUndoDropTheFinSaveAndReopen) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto w = lessonWindow();
    SessionController& s = *w->session();
    const std::string original = jsonl(s);
    stepToTime(s, SimTime::fromMs(200)); // the client has just sent the final ACK
    const uint64_t ack = finalHandshakeAck(s.trace());
    const SegmentRecord synAck = s.trace().segments.at(1);
    ASSERT_TRUE(synAck.seg.flags == (Flag::SYN | Flag::ACK));
    clickMenu(*w, ack, "perturbDrop");
    // The client's data leaves at 1.5 s (the lesson keeps it after the SYN-ACK's RTO on purpose),
    // so nothing else can complete the handshake before the server's timer runs out.
    EXPECT_EQ(s.snapshot().primary(HostId::Server)->state, TcpState::SynReceived);
    // RFC 6298 §5.5/RFC 9293 §3.8.1: when the RTO expires the oldest unacknowledged segment —
    // the SYN-ACK, sent at 0.1 s — is sent again, RTO (1 s) later: at 1.1 s.
    const SegmentRecord* resent = nullptr;
    for (const SegmentRecord& r : s.trace().segments)
        if (r.from == HostId::Server && r.retransmission && r.seg.flags == (Flag::SYN | Flag::ACK)) resent = &r;
    ASSERT_NE(resent, nullptr);
    EXPECT_EQ(resent->sentAt, synAck.sentAt + 1_s);
    EXPECT_EQ(resent->seg.seq, synAck.seg.seq);

    s.undo();
    EXPECT_EQ(jsonl(s), original);
    clickMenu(*w, clientFin(s.trace()), "perturbDrop");
    const std::string finDropped = jsonl(s);
    ASSERT_NE(finDropped, original);
    const QString path = dir.filePath(QStringLiteral("lost-fin-from-class.json"));
    ASSERT_EQ(w->perturbActions()->saveLessonTo(path), QString());
    auto home = lessonWindow();
    ASSERT_EQ(home->openLesson(path), QString());
    EXPECT_EQ(jsonl(*home->session()), finDropped);
}

} // namespace
} // namespace hl::ui
