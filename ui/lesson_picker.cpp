#include "ui/lesson_picker.h"

#include "core/builtin_lessons.h"
#include "ui/texts.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <initializer_list>

namespace hl::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr std::array kGroupOrder = {LessonGroup::Handshake, LessonGroup::Closing, LessonGroup::Loss,
                                    LessonGroup::Reset,     LessonGroup::TimeWait, LessonGroup::Load};
QString utf8(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
} // namespace

LessonPicker::LessonPicker(QWidget* parent)
    : QWidget(parent), search_(new QLineEdit(this)), tree_(new QTreeWidget(this)), summary_(new QLabel(this)),
      open_(new QPushButton(this)) {
    search_->setClearButtonEnabled(true);
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(true);
    tree_->setUniformRowHeights(true);
    summary_->setWordWrap(true);
    summary_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    summary_->setMinimumHeight(fontMetrics().height() * 4);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(search_);
    layout->addWidget(tree_, 1);
    layout->addWidget(summary_);
    layout->addWidget(open_);
    connect(search_, &QLineEdit::textChanged, this, &LessonPicker::applyFilter);
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
        const QTreeWidgetItem* group = tree_->topLevelItem(g);
        if (group->isHidden()) continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden()) ids << group->child(i)->data(0, kIdRole).toString();
    }
    return ids;
}

void LessonPicker::rebuild() {
    tree_->clear();
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
    for (LessonGroup g : kGroupOrder)
        addGroup(Texts::groupName(g), [g](const Scenario& s) { return s.group == g; });
    addGroup(tr("Other lessons"), [](const Scenario& s) { return !s.group.has_value(); });
    tree_->expandAll();
    if (!current_.isEmpty()) setCurrentLesson(current_);
    applyFilter();
}

bool LessonPicker::matches(const Scenario& s, const QString& needle) {
    if (needle.isEmpty()) return true;
    // Both languages always: a bilingual class searches in either.
    const std::initializer_list<const std::string*> texts{&s.id, &s.title.en, &s.title.ko, &s.summary.en, &s.summary.ko};
    return std::ranges::any_of(texts, [&](const std::string* text) { return utf8(*text).contains(needle, Qt::CaseInsensitive); });
}

void LessonPicker::applyFilter() {
    const QString needle = search_->text().trimmed();
    for (int g = 0; g < tree_->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = tree_->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const QString id = item->data(0, kIdRole).toString();
            bool match = false;
            for (const Scenario& s : lessons_)
                if (utf8(s.id) == id) match = matches(s, needle);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void LessonPicker::showSummary() {
    const QTreeWidgetItem* item = tree_->currentItem();
    const QString id = item ? item->data(0, kIdRole).toString() : QString();
    open_->setEnabled(!id.isEmpty());
    summary_->clear();
    for (const Scenario& s : lessons_)
        if (utf8(s.id) == id)
            summary_->setText(QStringLiteral("<b>%1</b><br>%2").arg(Texts::localized(s.title).toHtmlEscaped(),
                                                                    Texts::localized(s.summary).toHtmlEscaped()));
}

void LessonPicker::chooseCurrent() {
    const QTreeWidgetItem* item = tree_->currentItem();
    if (!item) return;
    const QString id = item->data(0, kIdRole).toString();
    if (!id.isEmpty()) emit lessonChosen(id);
}

void LessonPicker::retranslateUi() {
    search_->setPlaceholderText(tr("Search lessons (English or 한국어)…"));
    open_->setText(tr("Open lesson"));
}

void LessonPicker::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
        showSummary();
    }
    QWidget::changeEvent(event);
}

} // namespace hl::ui
