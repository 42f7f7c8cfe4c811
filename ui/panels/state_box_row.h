#pragma once
// Holds the two state boxes and centres each above its lifeline in the diagram below (the
// window tells it where the lifelines are); without anchors the boxes share the width.
#include "core/host.h"

#include <QWidget>

#include <optional>

namespace hl::ui {

class StateBox;

class StateBoxRow : public QWidget {
    Q_OBJECT
public:
    StateBoxRow(StateBox* client, StateBox* server, QWidget* parent = nullptr);

    // x of each lifeline in this widget's coordinates.
    void setAnchors(std::optional<int> clientX, std::optional<int> serverX);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    void place();

    StateBox* client_;
    StateBox* server_;
    std::optional<int> clientX_;
    std::optional<int> serverX_;
};

} // namespace hl::ui
