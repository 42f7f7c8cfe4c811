// MainWindow: the panels whose docks start hidden (the lesson list, the glossary) are built when
// their dock first shows, not before the first frame (issue 12 point 8). Neither takes part in the
// first layout while hidden; each reads the session's state when it is built, so it shows what it
// would have shown.
#include "ui/window/main_window.h"

#include "ui/diagram/sequence_diagram_view.h"
#include "ui/panels/glossary_panel.h"
#include "ui/panels/lesson_picker.h"

#include <QDockWidget>

namespace hl::ui {

void MainWindow::buildPanelsOnShow() {
    // A dock becomes visible when it is shown or its tab is chosen (also when a saved layout
    // restores it): its panel exists from then on.
    connect(lessonsDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) lessonPicker();
    });
    connect(glossaryDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) glossary();
    });
}

LessonPicker* MainWindow::lessonPicker() {
    if (picker_) return picker_;
    picker_ = new LessonPicker;
    picker_->setCurrentLesson(session_->source());
    connect(picker_, &LessonPicker::lessonChosen, this, [this](const QString& id) {
        const QString error = openLesson(id);
        if (!error.isEmpty()) showLessonError(error);
        diagram_->setFocus();
    });
    lessonsDock_->setWidget(picker_);
    if (lessonsDock_->isVisible()) picker_->show(); // now, not at the next pass of the event loop
    return picker_;
}

GlossaryPanel* MainWindow::glossary() {
    if (glossary_) return glossary_;
    glossary_ = new GlossaryPanel;
    glossary_->setBilingual(bilingual_);
    glossaryDock_->setWidget(glossary_);
    if (glossaryDock_->isVisible()) glossary_->show();
    return glossary_;
}

} // namespace hl::ui
