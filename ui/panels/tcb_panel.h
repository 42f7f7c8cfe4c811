#pragma once
// The TCB of each endpoint at the cursor (RFC 9293 §3.3.1 variables, the RFC 6298 estimator)
// and its timers with the time left, counting down while a segment travels.
#include "core/trace.h"

#include "ui/panels/html_panel.h"

namespace hl::ui {

class SessionController;

class TcbPanel : public HtmlPanel {
    Q_OBJECT
public:
    explicit TcbPanel(SessionController* session, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

    QString html() const override;

private:
    SessionController* session_;
};

} // namespace hl::ui
