#include "ui/panels/lesson_browser_dialog.h"

#include "ui/panels/lesson_picker.h"

#include <QEvent>
#include <QLineEdit>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace hl::ui {

LessonBrowserDialog::LessonBrowserDialog(const QString& current, QWidget* parent)
    : QDialog(parent), picker_(new LessonPicker(LessonPicker::Arrangement::Wide, this)) {
    setObjectName(QStringLiteral("lessonBrowser"));
    picker_->setCurrentLesson(current);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(picker_);
    connect(picker_, &LessonPicker::lessonChosen, this, [this](const QString& id) {
        chosen_ = id;
        accept();
    });
    // Most of the window (or of the screen), never more than the screen: the list and the summary
    // need the room, a 200 % screen has little of it.
    QSize size(900, 600);
    if (parent) size = parent->window()->size() * 0.85;
    if (const QScreen* s = parent ? parent->screen() : screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.95);
    resize(std::max(size.width(), 320), std::max(size.height(), 240));
    retranslate();
    picker_->focusSearch();
}

void LessonBrowserDialog::retranslate() {
    //: Title of the lesson browser dialog (File → Browse lessons…).
    setWindowTitle(tr("Lessons"));
}

void LessonBrowserDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QDialog::changeEvent(event);
}

} // namespace hl::ui
