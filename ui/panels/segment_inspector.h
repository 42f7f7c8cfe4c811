#pragma once
// Every header field of the selected segment: flags as bits, absolute and relative (to the ISN)
// sequence and acknowledgement numbers, the state that sent it, its fate and what it caused on
// arrival (the events whose cause is its delivery).
#include "core/trace.h"

#include "ui/panels/html_panel.h"

namespace hl::ui {

class SessionController;

class SegmentInspector : public HtmlPanel {
    Q_OBJECT
public:
    explicit SegmentInspector(SessionController* session, QWidget* parent = nullptr);

    uint64_t segmentId() const { return shown_; }

protected:
    void changeEvent(QEvent* event) override;
    QString html() const override;

private:
    void rebuildFinal();
    void refresh();
    QString fieldsHtml(const SegmentRecord& rec) const;
    QString fateHtml(const SegmentRecord& rec) const;

    SessionController* session_;
    Snapshot final_; // the whole run: ISNs of every connection
    uint64_t shown_ = 0;
};

} // namespace hl::ui
