#include "ui/perturb/lesson_settings_panel.h"

#include "ui/perturb/perturbation_texts.h"
#include "ui/session/session_controller.h"
#include "ui/window/accessible_names.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

namespace hl::ui {

namespace {
constexpr int kMaxLossPercent = 50;
constexpr int kMaxLatencyMs = 10000;
} // namespace

LessonSettingsPanel::LessonSettingsPanel(SessionController* session, QWidget* parent)
    : QWidget(parent), session_(session), lossLabel_(new QLabel(this)), lossValue_(new QLabel(this)),
      loss_(new QSlider(Qt::Horizontal, this)), seedLabel_(new QLabel(this)), seed_(new QSpinBox(this)),
      newSeed_(new QPushButton(this)), c2sLabel_(new QLabel(this)), c2s_(new QSpinBox(this)), s2cLabel_(new QLabel(this)),
      s2c_(new QSpinBox(this)), profileLabel_(new QLabel(this)), profile_(new QComboBox(this)), note_(new QLabel(this)) {
    loss_->setObjectName(QStringLiteral("lossSlider"));
    loss_->setRange(0, kMaxLossPercent);
    loss_->setTracking(false); // one replay (and one undo step) per release, not per pixel
    loss_->setTickPosition(QSlider::TicksBelow);
    loss_->setTickInterval(10);
    lossValue_->setMinimumWidth(lossValue_->fontMetrics().horizontalAdvance(QStringLiteral("50 %")) + 4);
    seed_->setObjectName(QStringLiteral("seedBox"));
    seed_->setRange(0, INT_MAX);
    seed_->setKeyboardTracking(false);
    newSeed_->setObjectName(QStringLiteral("newSeedButton"));
    for (QSpinBox* box : {c2s_, s2c_}) {
        box->setRange(0, kMaxLatencyMs);
        box->setSingleStep(10);
        box->setKeyboardTracking(false);
    }
    c2s_->setObjectName(QStringLiteral("latencyC2S"));
    s2c_->setObjectName(QStringLiteral("latencyS2C"));
    profile_->setObjectName(QStringLiteral("profileBox"));
    for (Profile p : PerturbationTexts::kProfiles) profile_->addItem(QString(), static_cast<int>(p));
    note_->setWordWrap(true);

    auto* lossRow = new QHBoxLayout;
    lossRow->addWidget(loss_, 1);
    lossRow->addWidget(lossValue_);
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(seed_, 1);
    seedRow->addWidget(newSeed_);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(6, 6, 6, 6);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(lossLabel_, lossRow);
    form->addRow(seedLabel_, seedRow);
    form->addRow(c2sLabel_, c2s_);
    form->addRow(s2cLabel_, s2c_);
    form->addRow(profileLabel_, profile_);
    form->addRow(note_);

    connect(loss_, &QSlider::sliderMoved, this, [this](int v) { lossValue_->setText(QStringLiteral("%1 %").arg(v)); });
    connect(loss_, &QSlider::valueChanged, this, [this](int v) {
        LessonSettings s = session_->settings();
        s.loss = v / 100.0;
        apply(s, PerturbationTexts::lossAndSeed(s.loss, s.seed));
    });
    connect(seed_, &QSpinBox::valueChanged, this, [this](int v) {
        LessonSettings s = session_->settings();
        s.seed = static_cast<uint64_t>(v);
        apply(s, PerturbationTexts::lossAndSeed(s.loss, s.seed));
    });
    connect(newSeed_, &QPushButton::clicked, this, &LessonSettingsPanel::newSeed);
    const auto latencyChanged = [this](HostId from, int ms) {
        LessonSettings s = session_->settings();
        (from == HostId::Client ? s.latency.c2s : s.latency.s2c) = SimDuration::fromMs(ms);
        apply(s, from == HostId::Client ? tr("Latency client → server %1 ms").arg(ms)
                                        : tr("Latency server → client %1 ms").arg(ms));
    };
    connect(c2s_, &QSpinBox::valueChanged, this, [latencyChanged](int ms) { latencyChanged(HostId::Client, ms); });
    connect(s2c_, &QSpinBox::valueChanged, this, [latencyChanged](int ms) { latencyChanged(HostId::Server, ms); });
    connect(profile_, qOverload<int>(&QComboBox::activated), this, [this](int i) {
        LessonSettings s = session_->settings();
        s.profile = static_cast<Profile>(profile_->itemData(i).toInt());
        apply(s, tr("Behaviour profile: %1").arg(PerturbationTexts::profileName(s.profile)));
    });
    connect(session_, &SessionController::perturbationsChanged, this, &LessonSettingsPanel::sync);
    // A capture's lesson changes without a perturbation when the simulator profile is chosen.
    connect(session_, &SessionController::traceReplaced, this, &LessonSettingsPanel::sync);
    retranslate();
}

void LessonSettingsPanel::newSeed() {
    // Any seed will do; a small number is easy to read out to the class.
    seed_->setValue(static_cast<int>(QRandomGenerator::global()->bounded(1, 100000)));
}

void LessonSettingsPanel::apply(const LessonSettings& s, const QString& description) {
    if (syncing_) return;
    session_->setSettings(s, description);
    sync(); // a refused change (load lesson) puts the controls back
}

void LessonSettingsPanel::sync() {
    syncing_ = true;
    const LessonSettings s = session_->settings();
    const int percent = static_cast<int>(std::lround(s.loss * 100.0));
    loss_->setValue(percent);
    lossValue_->setText(QStringLiteral("%1 %").arg(percent));
    seed_->setValue(static_cast<int>(std::min<uint64_t>(s.seed, INT_MAX)));
    c2s_->setValue(static_cast<int>(s.latency.c2s.ms()));
    s2c_->setValue(static_cast<int>(s.latency.s2c.ms()));
    profile_->setCurrentIndex(profile_->findData(static_cast<int>(s.profile)));
    setEnabled(session_->canPerturb());
    syncing_ = false;
}

void LessonSettingsPanel::retranslate() {
    //: Share of segments the network loses at random.
    lossLabel_->setText(tr("Random loss"));
    seedLabel_->setText(tr("Seed"));
    seed_->setToolTip(tr("The same seed gives the same run"));
    newSeed_->setText(tr("New seed"));
    c2sLabel_->setText(tr("Latency client → server"));
    s2cLabel_->setText(tr("Latency server → client"));
    //: Unit suffix of a spin box, with its leading space.
    for (QSpinBox* box : {c2s_, s2c_}) box->setSuffix(tr(" ms"));
    profileLabel_->setText(tr("Behaviour"));
    for (int i = 0; i < profile_->count(); ++i)
        profile_->setItemText(i, PerturbationTexts::profileName(static_cast<Profile>(profile_->itemData(i).toInt())));
    note_->setText(tr("Each change replays the lesson and can be undone (Ctrl+Z)."));
    // Each control is read by the words of its label.
    setControlName(loss_, labelName(lossLabel_->text()));
    setControlName(seed_, labelName(seedLabel_->text()));
    setControlName(c2s_, labelName(c2sLabel_->text()));
    setControlName(s2c_, labelName(s2cLabel_->text()));
    setControlName(profile_, labelName(profileLabel_->text()));
    sync();
}

void LessonSettingsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

} // namespace hl::ui
