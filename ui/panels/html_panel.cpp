#include "ui/panels/html_panel.h"

#include "ui/window/accessible_names.h"
#include "ui/window/on_screen.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace hl::ui {

void HtmlPanel::setTextName(const QString& name) { setControlName(view_, name); }

HtmlPanel::HtmlPanel(QWidget* parent) : QWidget(parent), view_(new QTextBrowser(this)) {
    view_->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

QString HtmlPanel::plainText() {
    bringUpToDate();
    return view_->toPlainText();
}

void HtmlPanel::invalidate() {
    stale_ = true;
    if (isOnScreen(this)) bringUpToDate();
}

void HtmlPanel::showEvent(QShowEvent* event) {
    if (isOnScreen(this)) bringUpToDate();
    QWidget::showEvent(event);
}

void HtmlPanel::bringUpToDate() {
    if (!stale_) return;
    stale_ = false;
    QString html = this->html();
    if (html == shownHtml_) return; // e.g. a countdown that did not change
    shownHtml_ = std::move(html);
    view_->setHtml(shownHtml_);
}

} // namespace hl::ui
