// The main window on a hand-built trace: state boxes, keyboard, inspector, event list, timeline.
#include "ui/panels/event_list_model.h"
#include "ui/panels/event_list_view.h"
#include "ui/panels/narration_panel.h"
#include "ui/panels/segment_inspector.h"
#include "ui/panels/state_box.h"
#include "ui/panels/state_machine_layout.h"
#include "ui/panels/state_machine_view.h"
#include "ui/panels/tcb_panel.h"
#include "ui/panels/timeline_bar.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"

#include "window_test_support.h"

#include <QAction>
#include <QImage>
#include <QMouseEvent>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace hl::ui {
namespace {

using uitest::makeWindow;

// The state a box must show: the trace's own answer at the cursor.
TcpState traceState(const SessionController& s, HostId h) {
    const Snapshot snap = snapshotAt(s.trace(), s.cursor());
    const ConnSnapshot* c = snap.primary(h);
    return c ? c->state : TcpState::Closed;
}

void expectBoxesMatchTrace(const MainWindow& w) {
    for (HostId h : {HostId::Client, HostId::Server}) {
        EXPECT_EQ(w.stateBox(h)->state(), traceState(*w.session(), h)) << "step " << w.session()->step();
        EXPECT_EQ(w.stateBox(h)->stateText(), Texts::stateName(traceState(*w.session(), h)));
    }
}

TEST(MainWindowStateBoxes, FollowTheCursorOnStepStepBackAndScrub) {
    auto w = makeWindow();
    SessionController* s = w->session();
    expectBoxesMatchTrace(*w);
    for (size_t i = 0; i < s->stepCount(); ++i) {
        s->stepForward();
        expectBoxesMatchTrace(*w);
    }
    while (s->step() > 0) {
        s->stepBack();
        expectBoxesMatchTrace(*w);
    }
    for (size_t step : {7u, 2u, 12u, 4u, 0u}) {
        w->timeline()->resize(800, 40);
        QMouseEvent click(QEvent::MouseButtonPress, QPointF(w->timeline()->xOfStep(step), 20),
                          QPointF(w->timeline()->xOfStep(step), 20), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w->timeline(), &click);
        EXPECT_EQ(s->step(), step);
        expectBoxesMatchTrace(*w);
    }
}

TEST(MainWindowStateBoxes, ShowTheHandshakeStatesAndWhatChangedThem) {
    auto w = makeWindow();
    w->session()->setStep(4); // docs/tcp-rules.md: the SYN,ACK arrives at the client at 0.2 s
    EXPECT_EQ(w->stateBox(HostId::Client)->state(), TcpState::Established);
    EXPECT_EQ(w->stateBox(HostId::Server)->state(), TcpState::SynReceived);
    EXPECT_TRUE(w->stateBox(HostId::Client)->detailText().contains(Texts::stateName(TcpState::SynSent)));
    EXPECT_TRUE(w->stateBox(HostId::Client)->detailText().contains(Texts::reasonShort(Reason::SynSentSynAck)));
    EXPECT_TRUE(w->stateBox(HostId::Client)->isFlashing()); // the change is animated
    w->session()->setStep(5);                               // only the server changes at step 5
    EXPECT_FALSE(w->stateBox(HostId::Client)->isFlashing() && w->stateBox(HostId::Client)->state() != TcpState::Established);
    EXPECT_EQ(w->stateBox(HostId::Server)->state(), TcpState::Established);
}

TEST(MainWindowStateMachine, HighlightsBothStatesAndTheTransitionTaken) {
    auto w = makeWindow();
    w->session()->setStep(4);
    const StateMachineView* fsm = w->stateMachine();
    const auto& nodes = fsmNodes();
    ASSERT_TRUE(fsm->markedNode(HostId::Client).has_value());
    EXPECT_EQ(nodes[size_t(*fsm->markedNode(HostId::Client))].state, TcpState::Established);
    EXPECT_EQ(nodes[size_t(*fsm->markedNode(HostId::Server))].state, TcpState::SynReceived);
    // RFC 9293 Figure 5: SYN-SENT --rcv SYN,ACK / snd ACK--> ESTABLISHED.
    ASSERT_TRUE(fsm->litEdge(HostId::Client).has_value());
    const FsmEdge& e = fsmEdges()[size_t(*fsm->litEdge(HostId::Client))];
    EXPECT_EQ(nodes[size_t(e.from)].state, TcpState::SynSent);
    EXPECT_EQ(nodes[size_t(e.to)].state, TcpState::Established);
    // At the end the client is CLOSED after TIME_WAIT: the lower CLOSED box of the figure.
    w->session()->goToEnd();
    EXPECT_TRUE(nodes[size_t(*fsm->markedNode(HostId::Client))].lowerClosed);
}

TEST(StateMachineLayout, DrawsAllElevenStates) {
    std::set<TcpState> drawn;
    for (const FsmNode& n : fsmNodes()) drawn.insert(n.state);
    EXPECT_EQ(drawn.size(), kAllStates.size());
    // Every transition named in docs/tcp-rules.md's close sequence is in the figure.
    EXPECT_TRUE(fsmEdgeFor(TcpState::Established, TcpState::FinWait1));
    EXPECT_TRUE(fsmEdgeFor(TcpState::FinWait1, TcpState::FinWait2));
    EXPECT_TRUE(fsmEdgeFor(TcpState::FinWait2, TcpState::TimeWait));
    EXPECT_TRUE(fsmEdgeFor(TcpState::FinWait1, TcpState::Closing));
    EXPECT_TRUE(fsmEdgeFor(TcpState::Closing, TcpState::TimeWait));
    EXPECT_TRUE(fsmEdgeFor(TcpState::CloseWait, TcpState::LastAck));
    EXPECT_TRUE(fsmEdgeFor(TcpState::LastAck, TcpState::Closed));
    EXPECT_TRUE(fsmEdgeFor(TcpState::TimeWait, TcpState::Closed));
    EXPECT_FALSE(fsmEdgeFor(TcpState::Established, TcpState::Listen));
}

TEST(MainWindowKeyboard, ShortcutsDriveThePlayer) {
    auto w = makeWindow();
    uitest::activate(*w);
    SessionController* s = w->session();
    uitest::pressKey(*w, Qt::Key_Right);
    EXPECT_EQ(s->step(), 1u);
    uitest::pressKey(*w, Qt::Key_PageDown);
    EXPECT_EQ(s->step(), 2u);
    uitest::pressKey(*w, Qt::Key_Left);
    EXPECT_EQ(s->step(), 1u);
    uitest::pressKey(*w, Qt::Key_End);
    EXPECT_EQ(s->step(), s->stepCount());
    uitest::pressKey(*w, Qt::Key_PageUp);
    EXPECT_EQ(s->step(), s->stepCount() - 1);
    uitest::pressKey(*w, Qt::Key_Home);
    EXPECT_EQ(s->step(), 0u);
    uitest::pressKey(*w, Qt::Key_Space);
    EXPECT_TRUE(s->isPlaying());
    uitest::pressKey(*w, Qt::Key_Space);
    EXPECT_FALSE(s->isPlaying());
    uitest::pressKey(*w, Qt::Key_BracketRight);
    EXPECT_EQ(s->speed(), 2.0);
    uitest::pressKey(*w, Qt::Key_F5);
    EXPECT_TRUE(w->isPresentationMode());
}

// Mean lightness of the opaque pixels of an action's icon (0 black .. 255 white).
double iconInk(const QAction& a) {
    const QImage img = a.icon().pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            if (qAlpha(img.pixel(x, y)) > 128) {
                sum += QColor(img.pixel(x, y)).lightness();
                ++n;
            }
    return n ? sum / n : -1;
}

// The player's icons must stay visible on the dark and high-contrast themes' dark toolbars: they
// are drawn in the palette's text colour, dark on light and light on dark.
TEST(MainWindowTheme, PlayerIconsFollowTheThemesTextColour) {
    auto w = makeWindow();
    auto* play = w->findChild<QAction*>(QStringLiteral("actionPlay"));
    ASSERT_NE(play, nullptr);
    w->setTheme(Theme::Light);
    const double light = iconInk(*play);
    w->setTheme(Theme::Dark);
    const double dark = iconInk(*play);
    w->setTheme(Theme::HighContrast);
    const double high = iconInk(*play);
    w->setTheme(Theme::Light);
    ASSERT_GE(light, 0);
    ASSERT_GE(dark, 0);
    ASSERT_GE(high, 0);
    EXPECT_LT(light, 110) << "dark ink on the light theme";
    EXPECT_GT(dark, 150) << "light ink on the dark theme";
    EXPECT_GT(high, 240) << "white ink on the high-contrast theme";
}

TEST(MainWindowKeyboard, EveryPlayerActionShowsItsShortcutInAMenu) {
    auto w = makeWindow();
    for (const char* name : {"actionPlay", "actionStepForward", "actionStepBack", "actionGoToStart", "actionGoToEnd",
                             "actionZoomIn", "actionZoomOut", "actionFullScreen", "actionPresentation"}) {
        auto* a = w->findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_NE(a, nullptr) << name;
        EXPECT_FALSE(a->shortcut().isEmpty()) << name;
        EXPECT_FALSE(a->associatedObjects().size() < 2) << name << " is in a menu and the window";
    }
}

TEST(MainWindowInspector, ShowsTheSelectedSegmentsFields) {
    auto w = makeWindow();
    w->session()->setStep(5);
    w->session()->setSelectedSegment(2); // SYN,ACK seq=300 ack=101 (server ISS 300, client ISS 100)
    const QString text = w->inspector()->plainText();
    EXPECT_EQ(w->inspector()->segmentId(), 2u);
    EXPECT_TRUE(text.contains(QStringLiteral("300"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("101")));
    EXPECT_TRUE(text.contains(QStringLiteral("relative 0")));            // seq - ISS
    EXPECT_TRUE(text.contains(QStringLiteral("relative 1")));            // ack - IRS: the SYN took one number
    EXPECT_TRUE(text.contains(Texts::stateName(TcpState::SynReceived))); // the sender's state
    // What it caused on arrival: the client's change to ESTABLISHED.
    EXPECT_TRUE(text.contains(Texts::eventDetail(w->session()->trace(), 11)));
}

TEST(MainWindowInspector, ShowsALostSegmentAsLost) {
    auto w = makeWindow(uitest::lostSynTrace);
    w->session()->setStep(3); // the first SYN is dropped
    EXPECT_EQ(w->inspector()->segmentId(), 1u);
    EXPECT_TRUE(w->inspector()->plainText().contains(QStringLiteral("Lost at")));
    w->session()->setStep(4); // the RTO fires and resends it
    EXPECT_EQ(w->inspector()->segmentId(), 2u);
    EXPECT_TRUE(w->inspector()->plainText().contains(QStringLiteral("retransmission")));
}

TEST(MainWindowEventList, OneRowPerEventAndSelectingARowMovesTheCursor) {
    auto w = makeWindow();
    EventListView* view = w->eventList();
    EXPECT_EQ(view->model()->rowCount(), static_cast<int>(w->session()->trace().events.size()));
    // Event 11 is the client's SYN_SENT -> ESTABLISHED, caused by the SYN,ACK arriving (step 4).
    view->selectionModel()->setCurrentIndex(view->model()->index(11, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(w->session()->step(), 4u);
    EXPECT_EQ(view->currentIndex().row(), 11); // the picked row stays selected
    // Moving the cursor selects the step's last event.
    w->session()->setStep(2);
    EXPECT_EQ(view->currentIndex().row(), static_cast<int>(w->session()->cursor()) - 1);
}

TEST(MainWindowTimeline, StepPositionsRoundTrip) {
    auto w = makeWindow();
    TimelineBar* t = w->timeline();
    t->resize(900, 40);
    for (size_t step = 0; step <= w->session()->stepCount(); ++step) EXPECT_EQ(t->stepAtX(t->xOfStep(step)), step);
    w->session()->setStep(3);
    EXPECT_EQ(t->positionText(), QStringLiteral("Step 3 of 12"));
}

TEST(MainWindowTcbPanel, ShowsBothEndpointsAndTimerCountdowns) {
    auto w = makeWindow();
    w->session()->setStep(2); // the client sent its SYN and armed the retransmission timer (1 s)
    const QString text = w->tcbPanel()->plainText();
    EXPECT_TRUE(text.contains(QStringLiteral("SND.NXT")));
    EXPECT_TRUE(text.contains(QStringLiteral("101"))); // SND.NXT = ISS + 1 after the SYN
    EXPECT_TRUE(text.contains(Texts::timeLabel(1_s))); // 1 s left at t = 0
}

TEST(MainWindowNarration, SaysWhichStepAndWhatHappened) {
    auto w = makeWindow();
    EXPECT_TRUE(w->narration()->headingText().contains(QStringLiteral("Hand-built handshake")));
    w->session()->setStep(3);
    EXPECT_TRUE(w->narration()->headingText().contains(QStringLiteral("Step 3 of 12")));
    EXPECT_EQ(w->narration()->bodyText(), Texts::stepNarration(w->session()->trace(), 2));
}

TEST(MainWindowLessons, ABadLessonFileKeepsTheCurrentLesson) {
    auto w = makeWindow();
    w->session()->setStep(3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"format\": \"handshakelab-lesson\",\n  \"version\": 1,\n  oops\n}\n");
    f.close();
    const QString error = w->openLesson(path);
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(path)) << error.toStdString(); // file:line:col: ...
    EXPECT_EQ(w->session()->source(), QStringLiteral("hand-built"));
    EXPECT_EQ(w->session()->step(), 3u);
}

TEST(MainWindowLanguage, SwitchingAtRuntimeRetranslatesTheOpenWindow) {
    auto w = makeWindow();
    w->session()->setStep(4);
    const QString englishNarration = w->narration()->bodyText();
    const QString englishDetail = w->stateBox(HostId::Client)->detailText();
    const QString englishRow = w->eventList()->model()->data(w->eventList()->model()->index(11, 3)).toString();
    auto* korean = w->findChild<QAction*>(QStringLiteral("actionLanguageKorean"));
    ASSERT_NE(korean, nullptr);
    korean->trigger();
    QApplication::processEvents(); // LanguageChange is delivered through the event loop
    EXPECT_EQ(Language::current(), QStringLiteral("ko"));
    EXPECT_TRUE(korean->isChecked());
    EXPECT_NE(w->narration()->bodyText(), englishNarration);
    EXPECT_EQ(w->narration()->bodyText(), Texts::stepNarration(w->session()->trace(), 3));
    EXPECT_NE(w->stateBox(HostId::Client)->detailText(), englishDetail);
    EXPECT_NE(w->eventList()->model()->data(w->eventList()->model()->index(11, 3)).toString(), englishRow);
    w->findChild<QAction*>(QStringLiteral("actionLanguageEnglish"))->trigger();
    QApplication::processEvents();
    EXPECT_EQ(w->narration()->bodyText(), englishNarration);
    EXPECT_EQ(w->stateBox(HostId::Client)->detailText(), englishDetail);
}

} // namespace
} // namespace hl::ui
