#pragma once
// The TCB of each endpoint at the cursor (RFC 9293 §3.3.1 variables, the RFC 6298 estimator)
// and its timers with the time left, counting down while a segment travels.
#include "core/trace.h"

#include <QWidget>

class QTextBrowser;

namespace hl::ui {

class SessionController;

class TcbPanel : public QWidget {
    Q_OBJECT
public:
    explicit TcbPanel(SessionController* session, QWidget* parent = nullptr);
    QString plainText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    QString html() const;

    SessionController* session_;
    QTextBrowser* view_;
    QString lastHtml_;
};

} // namespace hl::ui
