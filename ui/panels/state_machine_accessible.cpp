#include "ui/panels/state_machine_accessible.h"

#include "ui/panels/state_machine_view.h"
#include "ui/texts/texts.h"
#include "ui/window/accessible_list_item.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QPointer>
#include <QWindow>

namespace hl::ui {

namespace {

class FsmWords {
    Q_DECLARE_TR_FUNCTIONS(hl::ui::StateMachineAccessible)
public:
    static QString here(const std::vector<HostId>& hosts) {
        if (hosts.size() >= 2) return tr("client and server here");
        if (hosts.empty()) return {};
        return hosts.front() == HostId::Client ? tr("client here") : tr("server here");
    }
    static QString nodeName(TcpState s, const std::vector<HostId>& hosts) {
        const QString where = here(hosts);
        //: A state of the state machine read by a screen reader: "ESTABLISHED: client here".
        return where.isEmpty() ? Texts::stateName(s) : tr("%1: %2").arg(Texts::stateName(s), where);
    }
    static QString transitions(const StateMachineView& view) {
        QStringList parts;
        for (HostId h : {HostId::Client, HostId::Server}) {
            const QString t = view.transitionText(h);
            //: The transition a host took last: "Client took SYN_SENT to ESTABLISHED: rcv SYN,ACK / snd ACK".
            if (!t.isEmpty()) parts << tr("%1 took %2").arg(Texts::hostName(h), t);
        }
        return parts.isEmpty() ? tr("No transition taken yet") : parts.join(QStringLiteral("; "));
    }
};

class StateNodeAccessible : public AccessibleListItem<StateMachineView> {
public:
    using AccessibleListItem::AccessibleListItem;

    QString text(QAccessible::Text t) const override {
        if (!view_) return {};
        const TcpState s = kAllStates[size_t(index_)];
        if (t == QAccessible::Name) return FsmWords::nodeName(s, view_->hostsIn(s));
        if (t == QAccessible::Description) return Texts::stateMeaning(s);
        return {};
    }
    QRect rect() const override {
        if (!view_) return {};
        const QRect local = view_->stateRect(kAllStates[size_t(index_)]).toAlignedRect();
        return QRect(view_->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::State state() const override {
        QAccessible::State st;
        if (!view_)
            st.invalid = true;
        else
            st.selected = !view_->hostsIn(kAllStates[size_t(index_)]).empty(); // an endpoint is here
        return st;
    }
};

class StateMachineAccessible : public QAccessibleWidget {
public:
    explicit StateMachineAccessible(StateMachineView* view) : QAccessibleWidget(view, QAccessible::List) {}

    StateMachineView* view() const { return static_cast<StateMachineView*>(widget()); }
    int childCount() const override { return static_cast<int>(kAllStates.size()); }
    QAccessibleInterface* child(int i) const override {
        return i >= 0 && i < childCount() ? view()->accessNode(i) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface* c) const override {
        for (int i = 0; i < childCount(); ++i)
            if (view()->accessNode(i) == c) return i;
        return -1;
    }
    QAccessibleInterface* childAt(int x, int y) const override {
        for (int i = 0; i < childCount(); ++i)
            if (child(i)->rect().contains(x, y)) return child(i);
        return nullptr;
    }
    QString text(QAccessible::Text t) const override {
        if (t == QAccessible::Description) return FsmWords::transitions(*view());
        return QAccessibleWidget::text(t);
    }
};

} // namespace

QAccessibleInterface* makeStateMachineAccessible(StateMachineView* view) { return new StateMachineAccessible(view); }

QAccessibleInterface* makeStateNodeAccessible(StateMachineView* view, int index) {
    return new StateNodeAccessible(view, index);
}

} // namespace hl::ui
