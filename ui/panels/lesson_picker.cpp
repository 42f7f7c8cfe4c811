#include "ui/panels/lesson_picker.h"

#include "core/builtin_lessons.h"
#include "ui/panels/search_rank.h"
#include "ui/texts/texts.h"
#include "ui/window/accessible_names.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace hl::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr std::array kGroupOrder = {LessonGroup::Handshake, LessonGroup::Closing,  LessonGroup::Loss,
                                    LessonGroup::Reset,     LessonGroup::TimeWait, LessonGroup::Load};
QString utf8(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
} // namespace

LessonPicker::LessonPicker(Arrangement arrangement, QWidget* parent)
    : QWidget(parent), arrangement_(arrangement), search_(new QLineEdit(this)), tree_(new QTreeWidget(this)),
      summary_(new QLabel(this)), open_(new QPushButton(this)) {
    search_->setClearButtonEnabled(true);
    search_->installEventFilter(this);
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(true);
    tree_->setUniformRowHeights(true);
    summary_->setWordWrap(true);
    summary_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    summary_->setObjectName(QStringLiteral("lessonSummary"));
    // Enter opens through the search box or the list; in a dialog the button must not also take it.
    open_->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(search_);
    if (arrangement == Arrangement::Column) {
        summary_->setMinimumHeight(fontMetrics().height() * 4);
        layout->addWidget(tree_, 1);
        layout->addWidget(summary_);
        layout->addWidget(open_);
    } else {
        // Titles whole (the list as wide as the longest, see fitListWidth), the summary whole beside
        // them.
        tree_->setTextElideMode(Qt::ElideNone);
        tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        tree_->header()->setStretchLastSection(false);
        summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* scroll = new QScrollArea(this);
        scroll->setObjectName(QStringLiteral("lessonSummaryScroll"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(summary_);
        auto* right = new QVBoxLayout;
        right->addWidget(scroll, 1);
        right->addWidget(open_, 0, Qt::AlignRight);
        auto* row = new QHBoxLayout;
        row->addWidget(tree_, 0);
        row->addLayout(right, 1);
        layout->addLayout(row, 1);
    }
    search_->setObjectName(QStringLiteral("lessonSearch"));
    connect(search_, &QLineEdit::textChanged, this, &LessonPicker::rebuild);
    // Enter in the search box opens the top hit; Down moves into the list.
    connect(search_, &QLineEdit::returnPressed, this, &LessonPicker::chooseCurrent);
    connect(tree_, &QTreeWidget::currentItemChanged, this, &LessonPicker::showSummary);
    connect(tree_, &QTreeWidget::itemActivated, this, &LessonPicker::chooseCurrent);
    connect(open_, &QPushButton::clicked, this, &LessonPicker::chooseCurrent);
    retranslateUi();
    setLessons(builtinLessons());
}

void LessonPicker::setLessons(std::vector<Scenario> lessons) {
    lessons_ = std::move(lessons);
    rebuild();
}

void LessonPicker::setCurrentLesson(const QString& id) {
    current_ = id;
    if (!search_->text().trimmed().isEmpty()) return; // the search's top hit stays selected
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree_->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, kIdRole).toString() == id) tree_->setCurrentItem(group->child(i));
    }
}

void LessonPicker::setFilter(const QString& text) { search_->setText(text); }

QStringList LessonPicker::visibleLessonIds() const {
    QStringList ids;
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* top = tree_->topLevelItem(g);
        if (top->childCount() == 0 && !top->data(0, kIdRole).toString().isEmpty())
            ids << top->data(0, kIdRole).toString();
        for (int i = 0; i < top->childCount(); ++i) ids << top->child(i)->data(0, kIdRole).toString();
    }
    return ids;
}

QString LessonPicker::selectedLessonId() const {
    const QTreeWidgetItem* item = tree_->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

QString LessonPicker::summaryText() const { return summary_->text(); }

void LessonPicker::focusSearch() {
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
}

// Down and Up in the search box move through the list without leaving the box, so that a search,
// a few arrow presses and Enter open a lesson.
bool LessonPicker::eventFilter(QObject* watched, QEvent* event) {
    if (watched == search_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const auto step = [&](QTreeWidgetItem* i) {
                return key == Qt::Key_Down ? tree_->itemBelow(i) : tree_->itemAbove(i);
            };
            QTreeWidgetItem* item = tree_->currentItem();
            QTreeWidgetItem* next = item ? step(item) : tree_->topLevelItem(0);
            while (next && next->data(0, kIdRole).toString().isEmpty()) next = step(next); // past group headings
            if (next) {
                tree_->setCurrentItem(next);
                tree_->scrollToItem(next);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LessonPicker::rebuild() {
    const QSignalBlocker block(tree_);
    tree_->clear();
    const QString needle = search_->text().trimmed();
    if (!needle.isEmpty()) {
        // Results by relevance (search_rank.h), not by group: the best match first, selected and
        // described.
        std::vector<SearchFields> fields;
        fields.reserve(lessons_.size());
        for (const Scenario& s : lessons_) fields.push_back(searchFields(s));
        tree_->setRootIsDecorated(false);
        for (const size_t i : rankSearch(needle, fields)) {
            auto* item = new QTreeWidgetItem(tree_, {Texts::localized(lessons_[i].title)});
            item->setData(0, kIdRole, utf8(lessons_[i].id));
            item->setToolTip(0, Texts::localized(lessons_[i].summary));
        }
        if (tree_->topLevelItemCount() > 0) tree_->setCurrentItem(tree_->topLevelItem(0));
        showSummary();
        fitListWidth();
        return;
    }
    tree_->setRootIsDecorated(true);
    auto addGroup = [this](const QString& name, auto&& belongs) {
        auto* group = new QTreeWidgetItem(tree_, {name});
        QFont bold = tree_->font();
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (const Scenario& s : lessons_) {
            if (!belongs(s)) continue;
            auto* item = new QTreeWidgetItem(group, {Texts::localized(s.title)});
            item->setData(0, kIdRole, utf8(s.id));
            item->setToolTip(0, Texts::localized(s.summary));
        }
        if (group->childCount() == 0) delete group;
    };
    for (LessonGroup g : kGroupOrder) addGroup(Texts::groupName(g), [g](const Scenario& s) { return s.group == g; });
    addGroup(tr("Other lessons"), [](const Scenario& s) { return !s.group.has_value(); });
    tree_->expandAll();
    if (!current_.isEmpty()) setCurrentLesson(current_);
    showSummary();
    fitListWidth();
}

// The browser's list is as wide as its longest title (in the language shown, bold group names
// included), so that no title is cut or scrolled; the summary takes the rest of the width.
void LessonPicker::fitListWidth() {
    if (arrangement_ != Arrangement::Wide) return;
    int widest = 0;
    for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
        int depth = 0;
        for (const QTreeWidgetItem* p = (*it)->parent(); p; p = p->parent()) ++depth;
        widest = std::max(widest, (depth + 1) * tree_->indentation() +
                                      QFontMetrics((*it)->font(0)).horizontalAdvance((*it)->text(0)));
    }
    const int chrome = 2 * tree_->frameWidth() + tree_->verticalScrollBar()->sizeHint().width() + 12;
    tree_->setMinimumWidth(widest + chrome);
}

SearchFields LessonPicker::searchFields(const Scenario& s) {
    // Both languages always: a bilingual class searches in either.
    return {{utf8(s.title.en), utf8(s.title.ko)}, {utf8(s.id)}, {utf8(s.summary.en), utf8(s.summary.ko)}};
}

void LessonPicker::showSummary() {
    const QTreeWidgetItem* item = tree_->currentItem();
    const QString id = item ? item->data(0, kIdRole).toString() : QString();
    open_->setEnabled(!id.isEmpty());
    summary_->clear();
    for (const Scenario& s : lessons_)
        if (utf8(s.id) == id)
            summary_->setText(
                QStringLiteral("<b>%1</b><br>%2")
                    .arg(Texts::localized(s.title).toHtmlEscaped(), Texts::localized(s.summary).toHtmlEscaped()));
}

void LessonPicker::chooseCurrent() {
    const QTreeWidgetItem* item = tree_->currentItem();
    if (!item) return;
    const QString id = item->data(0, kIdRole).toString();
    if (!id.isEmpty()) emit lessonChosen(id);
}

void LessonPicker::retranslateUi() {
    search_->setPlaceholderText(tr("Search lessons (English or 한국어)…"));
    setControlName(search_, tr("Search lessons"));
    //: Accessible name of the lesson tree (read by screen readers).
    setControlName(tree_, tr("Lessons"));
    open_->setText(tr("Open lesson"));
}

void LessonPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace hl::ui
