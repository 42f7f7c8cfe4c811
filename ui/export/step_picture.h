#pragma once
// One picture of an export pack (issue 20): the ladder as it stands after a step (nothing of the
// future), both state boxes above their lifelines, the step's short caption in each chosen
// language and a small legend. Draws into any painter (PNG, SVG, GIF frames, PDF pages) with the
// app's own diagram and state boxes, so that the pack looks like the lesson on screen.
#include "ui/export/pack_content.h"

#include <QRectF>
#include <QSize>

#include <memory>

class QPainter;

namespace hl::ui {

class SequenceDiagramView;
class StateBox;

class StepPicture {
public:
    // `content` must outlive the picture. Builds the diagram in the current language.
    explicit StepPicture(const PackContent& content);
    ~StepPicture();
    StepPicture(const StepPicture&) = delete;
    StepPicture& operator=(const StepPicture&) = delete;

    // The whole slide for step `step` (0-based) in a `size` picture.
    void paintSlide(QPainter& p, QSize size, size_t step);
    // The whole run's ladder fitted into `target` (the handout's overview), without state boxes.
    void paintWholeLadder(QPainter& p, const QRectF& target);
    // The legend in one row inside `target`, `px` pixels high text, in the content's languages.
    static void paintLegend(QPainter& p, const QRectF& r, qreal px, const QStringList& languages);
    // The height paintLegend needs for `px` text.
    static qreal legendHeight(qreal px) { return px * 1.6; }

private:
    void showStep(size_t step); // the diagram after `step`, the future hidden

    const PackContent& content_;
    std::unique_ptr<SequenceDiagramView> view_;
    std::unique_ptr<StateBox> boxes_[2];
};

} // namespace hl::ui
