#include "ui/perturb/perturb_actions.h"

#include "core/lesson_file.h"
#include "ui/diagram/ghost_layer.h"
#include "ui/diagram/segment_item.h"
#include "ui/diagram/sequence_diagram_view.h"
#include "ui/files/atomic_file.h"
#include "ui/panels/event_list_model.h"
#include "ui/panels/event_list_view.h"
#include "ui/perturb/inject_dialog.h"
#include "ui/perturb/lesson_settings_panel.h"
#include "ui/perturb/perturbation_texts.h"
#include "ui/perturb/perturbations_panel.h"
#include "ui/session/session_controller.h"
#include "ui/texts/language.h"

#include <QAction>
#include <QActionGroup>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFont>
#include <QGraphicsItem>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>

#include <array>
#include <utility>

namespace hl::ui {

namespace {
// The quick delay list (issue 4): 100 ms, 500 ms, 1 s, 3 s, then Custom….
constexpr std::array<std::pair<int, const char*>, 4> kQuickDelays = {
    {{100, "perturbDelay100ms"}, {500, "perturbDelay500ms"}, {1000, "perturbDelay1s"}, {3000, "perturbDelay3s"}}};

QAction* makeAction(QObject* parent, const char* name, const QKeySequence& key = {}) {
    auto* a = new QAction(parent);
    a->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty()) a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    return a;
}

// The segment under a point of the diagram: an arrow or its label.
uint64_t segmentAt(SequenceDiagramView* view, const QPoint& pos) {
    for (QGraphicsItem* item : view->items(pos)) {
        if (item->type() == SegmentItem::Type) return static_cast<SegmentItem*>(item)->segId();
        if (item->type() == SegmentLabelItem::Type) return static_cast<SegmentLabelItem*>(item)->owner()->segId();
    }
    return 0;
}
} // namespace

PerturbActions::PerturbActions(SessionController* session, QMainWindow* window)
    : QObject(window), session_(session), window_(window) {
    buildActions();
    connect(session_, &SessionController::selectedSegmentChanged, this, &PerturbActions::updateEnabled);
    connect(session_, &SessionController::traceReplaced, this, &PerturbActions::updateEnabled);
    connect(session_, &SessionController::perturbationsChanged, this, &PerturbActions::updateEnabled);
    connect(session_->undoStack(), &QUndoStack::indexChanged, this, &PerturbActions::updateEnabled);
}

QAction* PerturbActions::action(const char* objectName) const {
    return findChild<QAction*>(QString::fromLatin1(objectName), Qt::FindDirectChildrenOnly);
}

void PerturbActions::buildActions() {
    drop_ = makeAction(this, "actionDropSegment", QKeySequence(Qt::Key_D));
    delay_ = makeAction(this, "actionDelaySegment", QKeySequence(Qt::Key_L));
    duplicate_ = makeAction(this, "actionDuplicateSegment", QKeySequence(Qt::Key_U));
    undo_ = makeAction(this, "actionUndoPerturbation", QKeySequence(Qt::CTRL | Qt::Key_Z));
    redo_ = makeAction(this, "actionRedoPerturbation", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    reset_ = makeAction(this, "actionResetLesson");
    inject_ = makeAction(this, "actionInject");
    compare_ = makeAction(this, "actionCompare");
    compare_->setCheckable(true);
    profiles_ = new QActionGroup(this);
    profiles_->setExclusive(true);
    for (Profile p : PerturbationTexts::kProfiles) {
        const std::string_view name = toString(p); // as lesson files name it: "teach", "rfc9293", ...
        QAction* a = profiles_->addAction(QString());
        a->setObjectName(QStringLiteral("compareProfile-") +
                         QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size())));
        a->setCheckable(true);
        a->setData(static_cast<int>(p));
        connect(a, &QAction::triggered, this, [this, p] { session_->setCompareProfile(p); });
    }
    saveAs_ = makeAction(this, "actionSaveLessonAs", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    connect(drop_, &QAction::triggered, this, [this] { perturbSegment(session_->selectedSegment(), Kind::Drop); });
    connect(delay_, &QAction::triggered, this, &PerturbActions::showDelayMenuForSelection);
    connect(duplicate_, &QAction::triggered, this,
            [this] { perturbSegment(session_->selectedSegment(), Kind::Duplicate, kDuplicateGap); });
    connect(undo_, &QAction::triggered, session_, &SessionController::undo);
    connect(redo_, &QAction::triggered, session_, &SessionController::redo);
    connect(reset_, &QAction::triggered, this, [this] { session_->resetLesson(tr("Reset lesson")); });
    connect(saveAs_, &QAction::triggered, this, &PerturbActions::saveLessonAs);
    connect(inject_, &QAction::triggered, this, &PerturbActions::openInjectDialog);
}

void PerturbActions::install(QMenu* fileMenu, SequenceDiagramView* diagram, EventListView* events) {
    diagram_ = diagram;
    for (QAction* a : {drop_, delay_, duplicate_, undo_, redo_, reset_, inject_, compare_, saveAs_})
        window_->addAction(a); // keys work with the menu bar hidden (full screen)
    if (fileMenu) {
        // After "Open lesson file…", before the lessons dock and Quit.
        const auto acts = fileMenu->actions();
        fileMenu->insertAction(acts.size() > 1 ? acts[1] : nullptr, saveAs_);
    }

    list_ = new PerturbationsPanel(session_);
    list_->setObjectName(QStringLiteral("perturbationsPanel"));
    listDock_ = new QDockWidget(window_);
    listDock_->setObjectName(QStringLiteral("perturbationsDock"));
    listDock_->setWidget(list_);
    window_->addDockWidget(Qt::LeftDockWidgetArea, listDock_);
    settings_ = new LessonSettingsPanel(session_);
    settings_->setObjectName(QStringLiteral("lessonSettingsPanel"));
    settingsDock_ = new QDockWidget(window_);
    settingsDock_->setObjectName(QStringLiteral("lessonSettingsDock"));
    settingsDock_->setWidget(settings_);
    window_->addDockWidget(Qt::LeftDockWidgetArea, settingsDock_);
    window_->splitDockWidget(listDock_, settingsDock_, Qt::Vertical);

    ghost_ = new GhostLayer(session_, diagram, this);
    connect(compare_, &QAction::toggled, ghost_, &GhostLayer::setEnabled);

    menu_ = window_->menuBar()->addMenu(QString());
    menu_->setObjectName(QStringLiteral("perturbMenu"));
    menu_->addActions({drop_, delay_, duplicate_});
    menu_->addSeparator();
    menu_->addActions({undo_, redo_, reset_});
    menu_->addSeparator();
    menu_->addActions({inject_, compare_});
    profileMenu_ = menu_->addMenu(QString());
    profileMenu_->setObjectName(QStringLiteral("compareProfileMenu"));
    profileMenu_->addActions(profiles_->actions());
    menu_->addSeparator();
    menu_->addActions({listDock_->toggleViewAction(), settingsDock_->toggleViewAction()});
    // Keep Language and Help last in the menu bar.
    const auto bar = window_->menuBar()->actions();
    if (bar.size() >= 3) window_->menuBar()->insertMenu(bar[bar.size() - 3], menu_);

    // A row of its own: the player's row is full with the scrubber.
    window_->addToolBarBreak();
    toolBar_ = window_->addToolBar(QString());
    toolBar_->setObjectName(QStringLiteral("perturbToolBar"));
    toolBar_->setMovable(false);
    toolBar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar_->addActions({drop_, delay_, duplicate_});
    toolBar_->addSeparator();
    toolBar_->addActions({undo_, redo_});

    // The menu key (or Shift+F10) on the diagram or the event list: the selected segment's menu.
    events_ = events;
    diagram->installEventFilter(this);
    events->installEventFilter(this);
    // Right-click an arrow (or its label) in the diagram.
    diagram->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(diagram, &QWidget::customContextMenuRequested, this, [this, diagram](const QPoint& pos) {
        const uint64_t seg = segmentAt(diagram, pos);
        if (seg == 0) return;
        session_->setSelectedSegment(seg);
        showSegmentMenu(seg, diagram->viewport()->mapToGlobal(pos));
    });
    // Right-click a "sent" row of the event list. The list holds the whole run, the future
    // included (greyed), so a segment not yet sent at the cursor can be perturbed too.
    events->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(events, &QWidget::customContextMenuRequested, this, [this, events](const QPoint& pos) {
        const QModelIndex idx = events->indexAt(pos);
        if (!idx.isValid()) return;
        const auto& evs = session_->trace().events;
        const auto row = static_cast<size_t>(idx.row());
        if (row >= evs.size() || evs[row].type != EventType::Send) return;
        showSegmentMenu(evs[row].segId, events->viewport()->mapToGlobal(pos));
    });
    retranslate();
    updateEnabled();
}

bool PerturbActions::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ContextMenu ||
        static_cast<QContextMenuEvent*>(event)->reason() != QContextMenuEvent::Keyboard)
        return QObject::eventFilter(watched, event);
    if (watched != diagram_ && watched != events_) return QObject::eventFilter(watched, event);
    // The keyboard has no pointer position: the menu is for the selected segment, at its arrow.
    const uint64_t seg = session_->selectedSegment();
    if (seg != 0) showSegmentMenu(seg, selectedSegmentPos());
    return true;
}

QMenu* PerturbActions::delayMenu(uint64_t segId, QWidget* parent) {
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("perturbDelayMenu"));
    for (const auto& [ms, name] : kQuickDelays) {
        QAction* a = menu->addAction(PerturbationTexts::duration(SimDuration::fromMs(ms)));
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this,
                [this, segId, ms = ms] { perturbSegment(segId, Kind::Delay, SimDuration::fromMs(ms)); });
    }
    menu->addSeparator();
    QAction* custom = menu->addAction(tr("Custom…"));
    custom->setObjectName(QStringLiteral("perturbDelayCustom"));
    connect(custom, &QAction::triggered, this, [this, segId] { askCustomDelay(segId); });
    return menu;
}

QMenu* PerturbActions::segmentMenu(uint64_t segId, QWidget* parent) {
    auto* menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("perturbSegmentMenu"));
    const std::optional<FaultMatch> match = session_->segmentMatch(segId);
    const bool ok = match && session_->canPerturb();
    // The title names the segment as the Perturbations list will ("the 2nd FIN from the client").
    // (A disabled item rather than addSection(): QMenu sizes itself to items, not section texts.)
    QAction* title = menu->addAction(match ? PerturbationTexts::target(*match) : tr("This segment cannot be changed"));
    title->setObjectName(QStringLiteral("perturbMenuTitle"));
    title->setEnabled(false);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    menu->addSeparator();

    QAction* drop = menu->addAction(tr("&Drop"));
    drop->setObjectName(QStringLiteral("perturbDrop"));
    connect(drop, &QAction::triggered, this, [this, segId] { perturbSegment(segId, Kind::Drop); });
    QMenu* delays = delayMenu(segId, menu);
    delays->setTitle(tr("De&lay by"));
    menu->addMenu(delays);
    QAction* dup = menu->addAction(tr("Du&plicate"));
    dup->setObjectName(QStringLiteral("perturbDuplicate"));
    connect(dup, &QAction::triggered, this, [this, segId] { perturbSegment(segId, Kind::Duplicate, kDuplicateGap); });
    for (QAction* a : {drop, delays->menuAction(), dup}) a->setEnabled(ok);
    return menu;
}

bool PerturbActions::perturbSegment(uint64_t segId, Kind kind, SimDuration amount) {
    if (!session_->canPerturb()) return false;
    const std::optional<FaultMatch> match = session_->segmentMatch(segId);
    if (!match) return false;
    Fault f;
    f.match = *match;
    f.fromUser = true;
    switch (kind) {
    case Kind::Drop: f.drop = true; break;
    case Kind::Delay: f.delay = amount; break;
    case Kind::Duplicate: f.duplicateAfter = amount; break;
    }
    session_->addUserFault(f, PerturbationTexts::fault(f));
    return true;
}

void PerturbActions::showSegmentMenu(uint64_t segId, const QPoint& globalPos) {
    QMenu* menu = segmentMenu(segId, window_);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
    // From the keyboard the first command is ready for Enter (the title above it is disabled).
    if (auto* drop = menu->findChild<QAction*>(QStringLiteral("perturbDrop")); drop && drop->isEnabled())
        menu->setActiveAction(drop);
}

QPoint PerturbActions::selectedSegmentPos() const {
    if (diagram_) {
        if (const std::optional<QPointF> mid = diagram_->segmentMiddle(session_->selectedSegment()))
            return diagram_->viewport()->mapToGlobal(diagram_->mapFromScene(*mid));
        return diagram_->mapToGlobal(diagram_->rect().center());
    }
    return window_->mapToGlobal(window_->rect().center());
}

void PerturbActions::showDelayMenuForSelection() {
    const uint64_t seg = session_->selectedSegment();
    if (!session_->segmentMatch(seg) || !session_->canPerturb()) return;
    QMenu* menu = delayMenu(seg, window_);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(selectedSegmentPos());
}

void PerturbActions::askCustomDelay(uint64_t segId) {
    bool ok = false;
    const int ms = QInputDialog::getInt(window_, tr("Delay segment"), tr("Extra delay (milliseconds):"), 2000, 1,
                                        600000, 100, &ok);
    if (ok) perturbSegment(segId, Kind::Delay, SimDuration::fromMs(ms));
}

QString PerturbActions::saveLessonTo(const QString& path) const {
    const std::string text = writeLesson(savedScenario());
    if (const auto failure = writeFileAtomically(path, QByteArrayView(text.data(), static_cast<qsizetype>(text.size()))))
        return cannotSave(path, *failure);
    return {};
}

// A changed lesson is another lesson: its own id and a title that says so, in both languages, so
// that reopened it is not mistaken for the built-in one.
Scenario PerturbActions::savedScenario() const {
    Scenario s = session_->effectiveScenario();
    if (session_->perturbationItems().empty()) return s;
    s.id += "-changed";
    const auto changed = [](const std::string& title) {
        //: The title of a lesson saved with the user's changes; %1 is the lesson's title.
        return tr("%1 (changed)").arg(QString::fromStdString(title)).toStdString();
    };
    s.title.en = Language::translatedIn(QStringLiteral("en"), [&] {
                     return QString::fromStdString(changed(s.title.en));
                 }).toStdString();
    if (!s.title.ko.empty())
        s.title.ko = Language::translatedIn(QStringLiteral("ko"), [&] {
                         return QString::fromStdString(changed(s.title.ko));
                     }).toStdString();
    return s;
}

void PerturbActions::saveLessonAs() {
    const QString path = QFileDialog::getSaveFileName(window_, tr("Save lesson as"), QString(),
                                                      tr("HandshakeLab lessons (*.json)"));
    if (path.isEmpty()) return;
    const QString error = saveLessonTo(path);
    if (error.isEmpty()) return;
    QMessageBox box(QMessageBox::Warning, tr("Cannot save lesson"),
                    tr("The lesson could not be saved. Nothing was changed on disk."), QMessageBox::Ok, window_);
    box.setInformativeText(error);
    box.exec();
}

void PerturbActions::openInjectDialog() {
    if (!session_->canPerturb()) return;
    InjectDialog dialog(session_->snapshot(), injectionTime(session_->timeAtStep(session_->step())), window_);
    if (dialog.exec() != QDialog::Accepted) return;
    if (const std::optional<Action> a = dialog.action()) session_->addInjection(*a, PerturbationTexts::injection(*a));
}

void PerturbActions::updateEnabled() {
    const bool can = session_->canPerturb();
    const bool segOk = can && session_->segmentMatch(session_->selectedSegment()).has_value();
    for (QAction* a : {drop_, delay_, duplicate_}) a->setEnabled(segOk);
    undo_->setEnabled(can && session_->undoStack()->canUndo());
    redo_->setEnabled(can && session_->undoStack()->canRedo());
    reset_->setEnabled(can && !session_->perturbationItems().empty());
    inject_->setEnabled(can);
    compare_->setEnabled(session_->canCompare());
    if (profileMenu_) profileMenu_->setEnabled(session_->isCapture());
    for (QAction* a : profiles_->actions())
        a->setChecked(static_cast<Profile>(a->data().toInt()) == session_->compareProfile());
    saveAs_->setEnabled(session_->canCompare()); // a capture saves the lesson built from it
    compare_->setText(session_->isCapture() ? tr("&Compare with the simulator") : tr("&Compare with the original run"));
    const QString undoText = session_->undoStack()->undoText();
    const QString redoText = session_->undoStack()->redoText();
    undo_->setToolTip(undoText.isEmpty() ? undo_->text() : tr("Undo: %1").arg(undoText));
    redo_->setToolTip(redoText.isEmpty() ? redo_->text() : tr("Redo: %1").arg(redoText));
}

void PerturbActions::retranslate() {
    drop_->setText(tr("&Drop segment"));
    drop_->setToolTip(tr("Drop the selected segment (D)"));
    delay_->setText(tr("De&lay segment…"));
    delay_->setToolTip(tr("Delay the selected segment (L)"));
    duplicate_->setText(tr("Du&plicate segment"));
    duplicate_->setToolTip(tr("Duplicate the selected segment (U)"));
    undo_->setText(tr("&Undo"));
    redo_->setText(tr("&Redo"));
    reset_->setText(tr("Rese&t lesson"));
    reset_->setToolTip(tr("Remove every perturbation (undoable)"));
    inject_->setText(tr("&Inject segment…"));
    compare_->setText(session_->isCapture() ? tr("&Compare with the simulator") : tr("&Compare with the original run"));
    saveAs_->setText(tr("&Save lesson as…"));
    for (QAction* a : profiles_->actions())
        a->setText(PerturbationTexts::profileName(static_cast<Profile>(a->data().toInt())));
    //: Perturb menu: the behaviour profile the simulator uses when comparing with a capture.
    if (profileMenu_) profileMenu_->setTitle(tr("Simulator pro&file"));
    if (menu_) menu_->setTitle(tr("P&erturb"));
    if (toolBar_) toolBar_->setWindowTitle(tr("Perturb"));
    if (listDock_) listDock_->setWindowTitle(tr("Perturbations"));
    if (settingsDock_) settingsDock_->setWindowTitle(tr("Lesson settings"));
    updateEnabled();
}

} // namespace hl::ui
