#include "ui/perturb/inject_dialog.h"

#include "core/input_limits.h"
#include "ui/texts/texts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hl::ui {

namespace {
constexpr std::array kFlags = {Flag::SYN, Flag::ACK, Flag::FIN, Flag::RST, Flag::PSH};

std::optional<uint32_t> parseU32(const QString& text) {
    bool ok = false;
    const qulonglong v = text.trimmed().toULongLong(&ok);
    if (!ok || v > kMaxSeqNumber) return std::nullopt;
    return static_cast<uint32_t>(v);
}
} // namespace

InjectDialog::InjectDialog(Snapshot snapshot, SimTime at, QWidget* parent)
    : QDialog(parent), snapshot_(std::move(snapshot)), at_(at), to_(new QComboBox(this)), preset_(new QComboBox(this)),
      seq_(new QLineEdit(this)), ack_(new QLineEdit(this)), len_(new QSpinBox(this)), error_(new QLabel(this)) {
    setObjectName(QStringLiteral("injectDialog"));
    setWindowTitle(tr("Inject a segment"));
    to_->setObjectName(QStringLiteral("injectTo"));
    to_->addItem(Texts::hostName(HostId::Server), static_cast<int>(HostId::Server));
    to_->addItem(Texts::hostName(HostId::Client), static_cast<int>(HostId::Client));
    preset_->setObjectName(QStringLiteral("injectPreset"));
    preset_->addItem(tr("Spoofed RST (in the window)"), static_cast<int>(InjectPreset::SpoofedRst));
    preset_->addItem(tr("Old duplicate SYN"), static_cast<int>(InjectPreset::OldDuplicateSyn));
    preset_->addItem(tr("Stray ACK (acknowledges unsent data)"), static_cast<int>(InjectPreset::StrayAck));
    auto* flagRow = new QHBoxLayout;
    for (size_t i = 0; i < kFlags.size(); ++i) {
        flags_[i] = new QCheckBox(Texts::flagsLabel(Flags(kFlags[i])), this);
        flagRow->addWidget(flags_[i]);
        connect(flags_[i], &QCheckBox::toggled, this, &InjectDialog::validate);
    }
    flagRow->addStretch();
    seq_->setObjectName(QStringLiteral("injectSeq"));
    ack_->setObjectName(QStringLiteral("injectAck"));
    len_->setObjectName(QStringLiteral("injectLen"));
    len_->setRange(0, static_cast<int>(kMaxSegmentLen));
    error_->setStyleSheet(QStringLiteral("color: #c0392b"));

    auto* form = new QFormLayout;
    //: Inject dialog: the endpoint the crafted segment arrives at.
    form->addRow(tr("Send to"), to_);
    form->addRow(tr("Preset"), preset_);
    form->addRow(tr("Flags"), flagRow);
    form->addRow(tr("Sequence number"), seq_);
    form->addRow(tr("Acknowledgement number"), ack_);
    form->addRow(tr("Payload length"), len_);
    auto* when = new QLabel(tr("Arrives at %1 (the cursor).").arg(Texts::timeLabel(at_)), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Inject"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    ok_ = buttons->button(QDialogButtonBox::Ok);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(when);
    layout->addWidget(error_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(seq_, &QLineEdit::textChanged, this, &InjectDialog::validate);
    connect(ack_, &QLineEdit::textChanged, this, &InjectDialog::validate);
    const auto refill = [this] { applyPreset(static_cast<InjectPreset>(preset_->currentData().toInt())); };
    connect(preset_, qOverload<int>(&QComboBox::activated), this, refill);
    connect(to_, qOverload<int>(&QComboBox::activated), this, refill);
    applyPreset(InjectPreset::SpoofedRst);
}

void InjectDialog::setTarget(HostId to) { to_->setCurrentIndex(to_->findData(static_cast<int>(to))); }

void InjectDialog::applyPreset(InjectPreset preset) {
    preset_->setCurrentIndex(preset_->findData(static_cast<int>(preset)));
    const auto to = static_cast<HostId>(to_->currentData().toInt());
    const InjectedSegment s = presetSegment(preset, snapshot_, to);
    for (size_t i = 0; i < kFlags.size(); ++i) flags_[i]->setChecked(s.flags.has(kFlags[i]));
    seq_->setText(QString::number(s.seq));
    ack_->setText(QString::number(s.ack));
    len_->setValue(static_cast<int>(s.len));
    validate();
}

std::optional<Action> InjectDialog::action() const {
    const auto seq = parseU32(seq_->text());
    const auto ack = parseU32(ack_->text());
    if (!seq || !ack) return std::nullopt;
    Action a;
    a.at = at_;
    a.kind = ActionKind::Inject;
    a.host = static_cast<HostId>(to_->currentData().toInt());
    for (size_t i = 0; i < kFlags.size(); ++i)
        if (flags_[i]->isChecked()) a.segment.flags |= Flags(kFlags[i]);
    a.segment.seq = *seq;
    a.segment.ack = *ack;
    a.segment.len = static_cast<uint32_t>(len_->value());
    return a;
}

void InjectDialog::validate() {
    const bool numbersOk = parseU32(seq_->text()) && parseU32(ack_->text());
    bool anyFlag = false;
    for (QCheckBox* f : flags_) anyFlag = anyFlag || f->isChecked();
    error_->setText(!numbersOk
                        ? tr("Sequence and acknowledgement numbers are whole numbers from 0 to %1.").arg(kMaxSeqNumber)
                    : !anyFlag ? tr("Choose at least one flag.")
                               : QString());
    error_->setVisible(!error_->text().isEmpty());
    ok_->setEnabled(numbersOk && anyFlag);
}

} // namespace hl::ui
