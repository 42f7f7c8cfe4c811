// Hover tooltips teach the notation: state names (bands, boxes, the state machine) show their
// glossary line, a segment's tooltip says what each of its flags and numbers means, in the
// current language.
#include "synthetic_trace.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/diagram/state_band_item.h"
#include "ui/panels/glossary_tips.h"
#include "ui/panels/state_box.h"
#include "ui/panels/state_machine_layout.h"
#include "ui/panels/state_machine_view.h"
#include "ui/texts/language.h"
#include "ui/texts/texts.h"

#include <QApplication>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QScreen>
#include <QToolTip>
#include <gtest/gtest.h>

#include <set>

namespace hl::ui {
namespace {

class KoreanScope {
public:
    // LanguageChange reaches the widgets through the event loop.
    KoreanScope() {
        Language::install(QStringLiteral("ko"));
        QApplication::processEvents();
    }
    ~KoreanScope() { Language::install(QStringLiteral("en")); }
};

const SegmentItem* itemFor(const SequenceDiagramView& v, uint64_t segId) {
    for (const SegmentItem* s : v.segmentItems())
        if (s->segId() == segId && s->copy().copy == 0) return s;
    return nullptr;
}

TEST(GlossaryTips, FlagsInDisplayOrderEachWithItsGlossaryLine) {
    const QStringList lines = GlossaryTips::flags(Flag::ACK | Flag::FIN);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("<b>FIN</b>: "))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(Texts::glossaryEntry(QStringLiteral("FIN")).brief.toHtmlEscaped()));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("<b>ACK</b>: ")));
    EXPECT_TRUE(GlossaryTips::flags(Flags{}).isEmpty());
}

TEST(GlossaryTips, SegmentTooltipExplainsFlagsSeqAndAck) {
    test::HandshakeTrace h;
    SequenceDiagramView view;
    view.resize(900, 700);
    view.setTrace(&h.trace());
    const SegmentItem* synAck = itemFor(view, h.synAck);
    ASSERT_NE(synAck, nullptr);
    const QString tip = synAck->toolTipText();
    for (const char* key : {"SYN", "ACK", "seq", "ack"})
        EXPECT_TRUE(tip.contains(Texts::glossaryEntry(QString::fromLatin1(key)).brief.toHtmlEscaped()))
            << key << ": " << tip.toStdString();
    EXPECT_FALSE(tip.contains(Texts::glossaryEntry(QStringLiteral("FIN")).brief.toHtmlEscaped()));
    // Hovering the label plate (or the arrow) shows the same tooltip; it is built on that first hover.
    QGraphicsSceneHoverEvent enter(QEvent::GraphicsSceneHoverEnter);
    view.scene()->sendEvent(synAck->label(), &enter);
    EXPECT_EQ(synAck->label()->toolTip(), tip);
    EXPECT_EQ(synAck->toolTip(), tip);

    // The lost first SYN has no ACK flag: no acknowledgement meaning is claimed for it.
    const QString synTip = itemFor(view, h.lostSyn)->toolTipText();
    EXPECT_FALSE(synTip.contains(Texts::glossaryEntry(QStringLiteral("ack")).brief.toHtmlEscaped()));

    // A language switch rebuilds the diagram: the tooltip follows.
    KoreanScope ko;
    const QString koTip = itemFor(view, h.synAck)->toolTipText();
    EXPECT_TRUE(koTip.contains(Texts::glossaryEntry(QStringLiteral("SYN")).brief.toHtmlEscaped())) << koTip.toStdString();
    EXPECT_NE(koTip, tip);
}

TEST(GlossaryTips, StateBandsAndBoxesShowTheStateMeaning) {
    test::HandshakeTrace h;
    SequenceDiagramView view;
    view.resize(900, 700);
    view.setTrace(&h.trace());
    ASSERT_FALSE(view.bandItems().empty());
    for (const StateBandItem* band : view.bandItems())
        EXPECT_TRUE(band->toolTip().contains(Texts::stateMeaning(band->band().state).toHtmlEscaped()))
            << band->toolTip().toStdString();

    StateBox box(HostId::Client);
    box.setState(TcpState::FinWait2, TcpState::FinWait1, QStringLiteral("why"), false);
    EXPECT_TRUE(box.toolTip().contains(QStringLiteral("FIN_WAIT_2")));
    EXPECT_TRUE(box.toolTip().contains(Texts::stateMeaning(TcpState::FinWait2).toHtmlEscaped()));
}

TEST(GlossaryTips, StateMachineNodesAreFoundUnderTheMouse) {
    StateMachineView fsm;
    fsm.resize(560, 470);
    // Every state's box is somewhere under the mouse; a corner of the widget names none.
    std::set<TcpState> found;
    for (int y = 0; y < fsm.height(); y += 5)
        for (int x = 0; x < fsm.width(); x += 5)
            if (const auto s = fsm.stateAt(QPointF(x, y))) found.insert(*s);
    EXPECT_EQ(found.size(), kAllStates.size());
    EXPECT_FALSE(fsm.stateAt(QPointF(1, fsm.height() - 1)).has_value());

    // Hovering a box shows that state's glossary line.
    fsm.show();
    QPoint at;
    for (int y = 0; y < fsm.height() && at.isNull(); y += 3)
        for (int x = 0; x < fsm.width() && at.isNull(); x += 3)
            if (fsm.stateAt(QPointF(x, y)) == TcpState::TimeWait) at = QPoint(x, y);
    ASSERT_FALSE(at.isNull());
    QHelpEvent help(QEvent::ToolTip, at, fsm.mapToGlobal(at));
    QApplication::sendEvent(&fsm, &help);
    EXPECT_EQ(QToolTip::text(), GlossaryTips::state(TcpState::TimeWait));
    QToolTip::hideText();
}

// The tooltip Qt shows for a text: its label widget, shown and laid out.
QLabel* showTip(const QString& text) {
    QToolTip::showText(QPoint(20, 20), text);
    QApplication::processEvents();
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->inherits("QTipLabel") && w->isVisible()) return qobject_cast<QLabel*>(w);
    return nullptr;
}

// A segment's tooltip now carries a line per flag: it must still fit on the screen, wrapped, in
// both languages. With HL_SCREENSHOT_DIR set, the tooltips are saved there as PNGs to look at.
TEST(GlossaryTips, SegmentTooltipFitsOnTheScreenInBothLanguages) {
    test::HandshakeTrace h;
    SequenceDiagramView view;
    view.resize(900, 700);
    view.setTrace(&h.trace());
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    for (const char* code : {"en", "ko"}) {
        Language::install(QString::fromLatin1(code));
        QApplication::processEvents();
        for (uint64_t id : {h.synAck, h.clientFin}) {
            QLabel* tip = showTip(itemFor(view, id)->toolTipText());
            ASSERT_NE(tip, nullptr);
            EXPECT_LE(tip->width(), screen.width()) << code;
            EXPECT_LE(tip->height(), screen.height()) << code;
            EXPECT_TRUE(tip->text().contains(QStringLiteral("<b>FIN</b>")) == (id == h.clientFin));
            if (const QByteArray dir = qgetenv("HL_SCREENSHOT_DIR"); !dir.isEmpty())
                tip->grab().save(
                    QDir(QString::fromLocal8Bit(dir))
                        .filePath(QStringLiteral("tooltip_segment%1_%2.png").arg(id).arg(QString::fromLatin1(code))));
            QToolTip::hideText();
        }
    }
    Language::install(QStringLiteral("en"));
    QApplication::processEvents();
}

TEST(GlossaryTips, StateLineIsTranslated) {
    const QString en = GlossaryTips::state(TcpState::TimeWait);
    KoreanScope ko;
    const QString k = GlossaryTips::state(TcpState::TimeWait);
    EXPECT_NE(en, k);
    EXPECT_TRUE(k.startsWith(QStringLiteral("<b>TIME_WAIT</b>")));
}

} // namespace
} // namespace hl::ui
