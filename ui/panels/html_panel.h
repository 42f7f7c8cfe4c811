#pragma once
// A side panel showing rich text that it lays out only when it can be seen (ui/window/on_screen.h:
// a dock tabbed behind another is "visible" but out of the window). Laying out a QTextDocument
// costs milliseconds; a panel tabbed away behind another would otherwise pay that on every step of
// the playback (measured: 13 ms per step for the inspector and the TCB together) and at start-up.
#include <QString>
#include <QWidget>

class QTextBrowser;

namespace hl::ui {

class HtmlPanel : public QWidget {
public:
    // The text as shown, brought up to date first (tests read it while the panel is hidden).
    QString plainText();
    // The name a screen reader gives the text (the panel's dock title).
    void setTextName(const QString& name);
    // The dock holding the panel came into view (its tab was chosen): lay the text out now.
    void revealed() { bringUpToDate(); }

protected:
    explicit HtmlPanel(QWidget* parent = nullptr);
    // What the panel shows now; called only when it will be laid out.
    virtual QString html() const = 0;
    // The content may have changed: lay it out now if visible, else when next shown.
    void invalidate();
    QTextBrowser* view() const { return view_; }
    void showEvent(QShowEvent* event) override;

private:
    void bringUpToDate();

    QTextBrowser* view_;
    QString shownHtml_;
    bool stale_ = true;
};

} // namespace hl::ui
