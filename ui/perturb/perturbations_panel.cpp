#include "ui/perturb/perturbations_panel.h"

#include "ui/perturb/perturbation_texts.h"
#include "ui/session/session_controller.h"
#include "ui/window/accessible_names.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace hl::ui {

PerturbationsPanel::PerturbationsPanel(SessionController* session, QWidget* parent)
    : QWidget(parent), session_(session), hint_(new QLabel(this)), list_(new QListWidget(this)),
      remove_(new QPushButton(this)), undo_(new QPushButton(this)), redo_(new QPushButton(this)),
      reset_(new QPushButton(this)) {
    hint_->setWordWrap(true);
    hint_->setObjectName(QStringLiteral("perturbationsHint"));
    list_->setObjectName(QStringLiteral("perturbationsList"));
    list_->setWordWrap(true);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->installEventFilter(this);
    remove_->setObjectName(QStringLiteral("removePerturbation"));
    undo_->setObjectName(QStringLiteral("undoPerturbation"));
    redo_->setObjectName(QStringLiteral("redoPerturbation"));
    reset_->setObjectName(QStringLiteral("resetLesson"));
    for (QPushButton* b : {remove_, undo_, redo_, reset_}) b->setFocusPolicy(Qt::TabFocus);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(remove_);
    buttons->addStretch();
    buttons->addWidget(undo_);
    buttons->addWidget(redo_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(hint_);
    layout->addWidget(list_, 1);
    layout->addLayout(buttons);
    layout->addWidget(reset_);

    connect(remove_, &QPushButton::clicked, this, &PerturbationsPanel::removeSelected);
    connect(undo_, &QPushButton::clicked, session_, &SessionController::undo);
    connect(redo_, &QPushButton::clicked, session_, &SessionController::redo);
    connect(reset_, &QPushButton::clicked, this, [this] { session_->resetLesson(tr("Reset lesson")); });
    connect(list_, &QListWidget::currentRowChanged, this, &PerturbationsPanel::updateButtons);
    connect(list_, &QListWidget::itemChanged, this, &PerturbationsPanel::onItemChanged);
    connect(session_, &SessionController::perturbationsChanged, this, &PerturbationsPanel::refresh);
    connect(session_, &SessionController::traceReplaced, this, &PerturbationsPanel::refresh); // the profile compared with
    connect(session_->undoStack(), &QUndoStack::indexChanged, this, &PerturbationsPanel::updateButtons);
    retranslate();
}

void PerturbationsPanel::refresh() {
    const QSignalBlocker block(list_); // itemChanged is the user's click on a check box only
    const int row = list_->currentRow();
    list_->clear();
    const Perturbations& p = session_->perturbations();
    const Scenario& lesson = session_->scenario();
    // The lesson's own faults, on or off: the check box switches them.
    const bool can = session_->canPerturb();
    for (size_t i = 0; can && i < lesson.faults.size(); ++i) {
        auto* item = new QListWidgetItem(PerturbationTexts::lessonFault(lesson.faults[i]), list_);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(session_->lessonFaultOn(i) ? Qt::Checked : Qt::Unchecked);
        //: Tooltip of a fault the lesson file makes, in the Perturbations list.
        item->setToolTip(tr("Part of the lesson. Untick it (or press Del) to see the run without it."));
    }
    int userChanges = 0;
    for (const PerturbationItem& item : session_->perturbationItems()) {
        if (item.kind == PerturbationItem::Kind::LessonFaultOff) continue; // shown unticked above
        auto* row = new QListWidgetItem(PerturbationTexts::item(lesson, p, item), list_);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable); // removed, not switched
        ++userChanges;
    }
    if (row >= 0 && list_->count() > 0) list_->setCurrentRow(std::min(row, list_->count() - 1));
    hint_->setText(session_->isCapture()
                       //: %1 a profile name such as "Linux"; the menu path as the Perturb menu names it.
                       ? tr("This is a captured connection: it shows what happened and cannot be perturbed. "
                            "Compare with the simulator draws the run simulated with the %1 profile behind it "
                            "(Perturb → Simulator profile).")
                             .arg(PerturbationTexts::profileName(session_->compareProfile()))
                       : !session_->canPerturb() ? tr("This is a load lesson: it cannot be perturbed.")
                         : userChanges == 0
                             ? tr("No changes yet. Right-click a segment arrow (or a “send” event) to drop, "
                                  "delay or duplicate it.")
                             : tr("Your changes to this lesson, in order:"));
    updateButtons();
}

std::optional<size_t> PerturbationsPanel::selectedLessonFault() const {
    const int row = list_->currentRow();
    if (row < 0 || !session_->canPerturb() || static_cast<size_t>(row) >= session_->scenario().faults.size())
        return std::nullopt;
    return static_cast<size_t>(row);
}

void PerturbationsPanel::removeSelected() {
    if (const auto fault = selectedLessonFault()) {
        session_->setLessonFault(*fault, !session_->lessonFaultOn(*fault));
        return;
    }
    // The user's changes follow the lesson's faults, in perturbationItems() order.
    std::vector<PerturbationItem> items;
    for (const PerturbationItem& item : session_->perturbationItems())
        if (item.kind != PerturbationItem::Kind::LessonFaultOff) items.push_back(item);
    const int lessonRows = session_->canPerturb() ? static_cast<int>(session_->scenario().faults.size()) : 0;
    const int row = list_->currentRow() - lessonRows;
    if (row < 0 || static_cast<size_t>(row) >= items.size()) return;
    const QString what = list_->item(row + lessonRows)->text();
    session_->removePerturbation(items[static_cast<size_t>(row)], tr("Remove: %1").arg(what));
}

void PerturbationsPanel::onItemChanged(QListWidgetItem* item) {
    const int row = list_->row(item);
    if (row < 0 || static_cast<size_t>(row) >= session_->scenario().faults.size()) return;
    const bool on = item->checkState() == Qt::Checked;
    if (on != session_->lessonFaultOn(static_cast<size_t>(row)))
        // Queued: the list is rebuilt by the replay, not while it is still handling the click.
        QMetaObject::invokeMethod(
            this, [this, row, on] { session_->setLessonFault(static_cast<size_t>(row), on); }, Qt::QueuedConnection);
}

void PerturbationsPanel::updateButtons() {
    const bool can = session_->canPerturb();
    remove_->setEnabled(can && list_->currentRow() >= 0);
    const std::optional<size_t> lessonFault = selectedLessonFault();
    //: The Remove button while one of the lesson's own faults (switched on) is selected.
    const QString switchOff = tr("Switch off");
    //: The Remove button while one of the lesson's own faults (switched off) is selected.
    const QString switchOn = tr("Switch on");
    remove_->setText(!lessonFault ? tr("Remove") : session_->lessonFaultOn(*lessonFault) ? switchOff : switchOn);
    undo_->setEnabled(can && session_->undoStack()->canUndo());
    redo_->setEnabled(can && session_->undoStack()->canRedo());
    reset_->setEnabled(can && !session_->perturbationItems().empty());
    const QString u = session_->undoStack()->undoText(), r = session_->undoStack()->redoText();
    undo_->setToolTip(u.isEmpty() ? QString() : tr("Undo: %1").arg(u));
    redo_->setToolTip(r.isEmpty() ? QString() : tr("Redo: %1").arg(r));
}

bool PerturbationsPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == list_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PerturbationsPanel::retranslate() {
    //: Accessible name of the list of the user's changes (read by screen readers).
    setControlName(list_, tr("Perturbations"));
    remove_->setToolTip(tr("Remove the selected change (Del)"));
    undo_->setText(tr("Undo"));
    redo_->setText(tr("Redo"));
    reset_->setText(tr("Reset lesson"));
    refresh();
}

void PerturbationsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace hl::ui
