// MainWindow on real screens (issue 15): the window fits the screen it opens on (panels tab
// together on small or scaled screens instead of pushing the window past the screen's edge), and
// presentation mode is a projector layout: state boxes, ladder and caption only, in large type
// everywhere (menus and dialogs too), with a black/white screen and a spotlight on the step.
#include "ui/window/main_window.h"

#include "ui/diagram/sequence_diagram_view.h"
#include "ui/load/load_view.h"
#include "ui/panels/narration_panel.h"
#include "ui/panels/state_box.h"
#include "ui/panels/state_machine_view.h"
#include "ui/perturb/perturb_actions.h"
#include "ui/window/accessible_names.h"
#include "ui/window/main_window_actions.h"

#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLayout>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QTabBar>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace hl::ui {

namespace {
// Below these (logical pixels, the window's room on the screen) the side panels share one tab
// group: 1366×768 and 1280×720 laptops, 1080p at 200 %.
constexpr int kCompactWidth = 1500;
constexpr int kCompactHeight = 900;
// Below this width the lesson's panels on the left join the right-hand tab group too, so that the
// ladder keeps most of the width (1366×768, 1024×768, 1080p at 200 %).
constexpr int kOneGroupWidth = 1500;
// Below this width the player's buttons show icons only (their names stay in tooltips and menus).
constexpr int kIconOnlyWidth = 1200;
// Presentation mode's type, relative to the normal font: the caption comes to ~26 px at 1080p.
constexpr qreal kPresentationScale = 1.4;
} // namespace

void MainWindow::fitToScreen(const QRect& available) {
    // The frame (title bar, borders) lies outside geometry(); it is known once the window is shown.
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize room(std::max(320, available.width() - frame.width()), std::max(240, available.height() - frame.height()));
    const bool compact = room.width() < kCompactWidth || room.height() < kCompactHeight;
    playerBar_->setToolButtonStyle(room.width() < kIconOnlyWidth ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    if (compact && !compact_ && !presentation_) {
        // One tab group on the right instead of three stacks: each panel keeps its full height.
        std::vector<QDockWidget*> right;
        for (QDockWidget* d : {fsmDock_, inspectorDock_, tcbDock_, eventsDock_, chartsDock_, glossaryDock_})
            if (!d->isFloating() && dockWidgetArea(d) == Qt::RightDockWidgetArea) right.push_back(d);
        for (size_t i = 1; i < right.size(); ++i) tabifyDockWidget(right[0], right[i]);
        QDockWidget* list = perturb_->perturbationsDock();
        QDockWidget* settings = perturb_->settingsDock();
        std::vector<QDockWidget*> left;
        for (QDockWidget* d : {list, settings})
            if (d && !d->isFloating()) left.push_back(d);
        if (room.width() < kOneGroupWidth && !right.empty()) {
            for (QDockWidget* d : left) tabifyDockWidget(right.back(), d);
            left.clear();
        } else if (left.size() == 2) {
            tabifyDockWidget(left[0], left[1]);
        }
        if (!right.empty()) inspectorDock_->raise();
        compactRight_ = right.empty() ? nullptr : right[0];
        compactLeft_ = left.empty() ? nullptr : left[0];
        compact_ = true;
        sharedFrame_.reset();
    }
    // The side panels' shares of the room, when the panels were put together, and again when the
    // frame turns out other than when they were shared (fitted before the window was shown).
    if (compact_ && sharedFrame_ != frame) {
        if (compactRight_) resizeDocks({compactRight_}, {room.width() * 30 / 100}, Qt::Horizontal);
        if (compactLeft_) resizeDocks({compactLeft_}, {room.width() * 20 / 100}, Qt::Horizontal);
        sharedFrame_ = frame;
    }
    // The new arrangement's minimum first, else the old (wider) one would stop the resize.
    if (layout()) layout()->activate();
    resize(std::min(width(), room.width()), std::min(height(), room.height()));
    // QMainWindow keeps the emptied tab bar of the old groups where they were: hide it (the layout
    // shows a tab bar again when it reuses it).
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (QTabBar* tabs : findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
                if (tabs->count() == 0) tabs->hide();
        },
        Qt::QueuedConnection);
}

namespace {
// Too large for the screen, or a small screen whose arrangement is not made yet.
bool needsFit(const QWidget& window, const QRect& available, bool compact) {
    return window.frameGeometry().width() > available.width() || window.frameGeometry().height() > available.height() ||
           (!compact && (available.width() < kCompactWidth || available.height() < kCompactHeight));
}
} // namespace

void MainWindow::setVisible(bool visible) {
    // The first time: fitted before the first layout, so that a small screen's arrangement is laid
    // out once, not the full one first and then the compact one (issue 12 point 8). The frame is
    // not known yet; showEvent() fits again if it makes the window too large.
    if (visible && !fittedOnce_ && !isVisible() && screen()) {
        const QRect available = screen()->availableGeometry();
        if (needsFit(*this, available, compact_)) {
            fitToScreen(available);
            fittedBeforeShow_ = true;
        }
    }
    QMainWindow::setVisible(visible);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // Once, when the window first appears: never larger than the screen it is on.
    if (fittedOnce_ || !screen()) return;
    fittedOnce_ = true;
    const QRect available = screen()->availableGeometry();
    const bool framed = frameGeometry().size() != geometry().size();
    if (needsFit(*this, available, compact_) || (fittedBeforeShow_ && framed)) fitToScreen(available);
}

void MainWindow::setPresentationMode(bool on) {
    if (on == presentation_) return;
    presentation_ = on;
    applyAppFont();
    if (on) {
        // State boxes, ladder and caption only; everything else comes back exactly as it was.
        layoutBeforePresentation_ = saveState();
        splitBeforePresentation_ = centreSplit_->saveState();
        for (QDockWidget* d : findChildren<QDockWidget*>()) d->hide();
        for (QToolBar* t : findChildren<QToolBar*>()) t->hide();
    } else {
        setBlankScreen(Blank::None);
        diagram_->setSpotlight(false);
        actions_->spotlight->setChecked(false);
        restoreState(layoutBeforePresentation_);
        centreSplit_->restoreState(splitBeforePresentation_);
        // Once more after the normal font's layout requests: dock sizes follow the font, and the
        // layout must come back exactly as it was.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (presentation_) return;
                restoreState(layoutBeforePresentation_);
                centreSplit_->restoreState(splitBeforePresentation_);
            },
            Qt::QueuedConnection);
    }
    narration_->setPresentationMode(on);
    clientBox_->setShowsDetail(!on);
    serverBox_->setShowsDetail(!on);
    diagram_->setPresentationMode(on);
    if (loadView_) loadView_->setPresentationMode(on);
    fsm_->setPresentationMode(on);
    for (QAction* a : {actions_->blackScreen, actions_->whiteScreen, actions_->spotlight, actions_->fullNarration})
        a->setEnabled(on);
    actions_->presentation->setChecked(on);
    if (!on) actions_->fullNarration->setChecked(false);
    if (on) QMetaObject::invokeMethod(this, &MainWindow::fitCaption, Qt::QueuedConnection);
    if (predict_) setPredictMode(isPredictMode()); // class mode follows presentation mode
}

void MainWindow::setTextScale(qreal scale) {
    if (std::isnan(scale)) return;
    textScale_ = std::clamp(scale, kMinTextScale, kMaxTextScale);
    applyAppFont();
    diagram_->setTextScale(textScale_);
    alignStateBoxes();
}

// The whole application's font, so that menus, context menus and dialogs follow presentation mode
// and the text size too.
void MainWindow::applyAppFont() {
    QFont f = normalFont_;
    f.setPointSizeF(normalFont_.pointSizeF() * textScale_ * (presentation_ ? kPresentationScale : 1.0));
    QApplication::setFont(f);
}

// The caption gets the height its text needs (no scrolling), the ladder all the rest (after class
// mode's strip has taken its own).
void MainWindow::fitCaption() {
    if (!presentation_) return;
    fitClassStrip();
    const int total = centreSplit_->height();
    const int caption = std::min(narration_->neededHeight(centreSplit_->width()), total * 35 / 100);
    centreSplit_->setSizes({total - caption, caption});
}

void MainWindow::buildPresentationActions() {
    Actions& a = *actions_;
    const auto make = [this](const char* name, Qt::Key key, bool checkable) {
        auto* act = new QAction(this);
        act->setObjectName(QString::fromLatin1(name));
        if (key != Qt::Key_unknown) act->setShortcut(QKeySequence(key));
        act->setShortcutContext(Qt::WindowShortcut);
        act->setCheckable(checkable);
        addAction(act);
        return act;
    };
    // Single letters, as on presentation software; they only act in presentation mode, where no
    // text field is shown that would want the letter.
    a.blackScreen = make("actionBlackScreen", Qt::Key_B, false);
    a.whiteScreen = make("actionWhiteScreen", Qt::Key_W, false);
    a.spotlight = make("actionSpotlight", Qt::Key_S, true);
    a.fullNarration = make("actionFullNarration", Qt::Key_N, true);
    a.pauseAtStates = make("actionPauseAtStateChanges", Qt::Key_unknown, true);
    for (QAction* act : {a.blackScreen, a.whiteScreen, a.spotlight, a.fullNarration}) act->setEnabled(false);
    connect(a.blackScreen, &QAction::triggered, this, [this] { setBlankScreen(Blank::Black); });
    connect(a.whiteScreen, &QAction::triggered, this, [this] { setBlankScreen(Blank::White); });
    connect(a.spotlight, &QAction::toggled, this, [this](bool on) { diagram_->setSpotlight(on); });
    connect(a.fullNarration, &QAction::toggled, this, [this](bool on) {
        narration_->setFullNarration(on);
        fitCaption();
    });
    connect(a.pauseAtStates, &QAction::toggled, session_, &SessionController::setPauseAtStateChanges);
}

void MainWindow::retranslatePresentationActions() {
    const Actions& a = *actions_;
    //: Presentation mode, key B: the screen goes black until the next key.
    a.blackScreen->setText(tr("Blac&k screen"));
    //: Presentation mode, key W: the screen goes white until the next key.
    a.whiteScreen->setText(tr("W&hite screen"));
    //: Presentation mode, key S: everything but the current step is dimmed.
    a.spotlight->setText(tr("&Spotlight on the current step"));
    //: Presentation mode, key N: the whole narration instead of the one-line caption.
    a.fullNarration->setText(tr("Full narr&ation"));
    //: Playback stops at every step that changes a state (press Play to go on).
    a.pauseAtStates->setText(tr("Pause at each state &change"));
}

void MainWindow::setBlankScreen(Blank blank) {
    if (blank == Blank::None) {
        if (blank_) blank_->hide();
        return;
    }
    if (!blank_) {
        blank_ = new QWidget(this);
        blank_->setObjectName(QStringLiteral("blankScreen"));
        blank_->setAutoFillBackground(true);
        blank_->setFocusPolicy(Qt::StrongFocus);
        blank_->installEventFilter(this);
    }
    QPalette p = blank_->palette();
    p.setColor(QPalette::Window, blank == Blank::Black ? Qt::black : Qt::white);
    blank_->setPalette(p);
    blank_->setGeometry(rect());
    blank_->show();
    blank_->raise();
    blank_->setFocus();
    blankKind_ = blank;
}

MainWindow::Blank MainWindow::blankScreen() const { return blank_ && blank_->isVisible() ? blankKind_ : Blank::None; }

// While the screen is blank, any key or click brings the lesson back (as on a slide projector).
bool MainWindow::filterBlankScreen(QObject* watched, QEvent* event) {
    if (watched != blank_) return false;
    // The key that wakes the screen is not also a shortcut (→ must not step on unseen).
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress) {
        setBlankScreen(Blank::None);
        diagram_->setFocus();
        return true;
    }
    return false;
}

// The tab bars of docked panels (QMainWindow makes them as panels are tabbed together) scroll
// instead of eliding their titles ("State mach…") when many share a narrow side.
QString MainWindow::panelTabsName() {
    //: Accessible name of a row of panel tabs (read by screen readers).
    return tr("Panels");
}

void MainWindow::nameTabBars() {
    for (QTabBar* tabs : findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) setControlName(tabs, panelTabsName());
}

void MainWindow::childEvent(QChildEvent* event) {
    QMainWindow::childEvent(event);
    // A row of tabs the layout makes for tabbed panels (still being built when added) is named
    // once it exists; one that stays hidden is never polished.
    if (event->type() == QEvent::ChildAdded)
        QMetaObject::invokeMethod(this, &MainWindow::nameTabBars, Qt::QueuedConnection);
    if (event->type() != QEvent::ChildPolished) return;
    if (auto* tabs = qobject_cast<QTabBar*>(event->child())) {
        setControlName(tabs, panelTabsName());
        tabs->setElideMode(Qt::ElideNone);
        tabs->setUsesScrollButtons(true);
    }
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    if (blank_) blank_->setGeometry(rect());
    if (presentation_) QMetaObject::invokeMethod(this, &MainWindow::fitCaption, Qt::QueuedConnection);
}

} // namespace hl::ui
