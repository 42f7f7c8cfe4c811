#include "ui/load/load_view.h"

#include "core/load_chart_data.h"
#include "core/load_moment.h"
#include "ui/load/load_chart_view.h"
#include "ui/load/load_player.h"
#include "ui/load/load_session.h"
#include "ui/texts/language_korean.h"
#include "ui/texts/texts.h"
#include "ui/texts/texts_load.h"
#include "ui/window/accessible_names.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace hl::ui {

namespace {

QString profileName(Profile p) {
    switch (p) {
    //: The teaching profile of the lessons (round numbers).
    case Profile::Teach: return LoadView::tr("teaching");
    case Profile::Rfc9293: return QStringLiteral("RFC 9293");
    case Profile::Linux: return QStringLiteral("Linux");
    case Profile::Bsd: return QStringLiteral("BSD");
    case Profile::Windows: return QStringLiteral("Windows");
    }
    return {};
}

} // namespace

LoadView::LoadView(LoadSession* session, QWidget* parent)
    : QWidget(parent), session_(session), sideLabel_(new QLabel(this)), sideBox_(new QComboBox(this)),
      compareLabel_(new QLabel(this)), compareBox_(new QComboBox(this)), progress_(new QProgressBar(this)),
      cancelButton_(new QPushButton(this)), status_(new QLabel(this)), baseChart_(new LoadChartView(this)),
      variantChart_(new LoadChartView(this)), baseSummary_(new QLabel(this)), variantSummary_(new QLabel(this)),
      variantColumn_(new QWidget(this)) {
    setObjectName(QStringLiteral("loadView"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(sideLabel_);
    bar->addWidget(sideBox_);
    bar->addSpacing(16);
    bar->addWidget(compareLabel_);
    bar->addWidget(compareBox_);
    bar->addStretch(1);
    bar->addWidget(status_);
    bar->addWidget(progress_);
    bar->addWidget(cancelButton_);
    layout->addLayout(bar);

    auto* charts = new QHBoxLayout;
    baseCounts_ = new QLabel(this);
    variantCounts_ = new QLabel(this);
    baseCounts_->setObjectName(QStringLiteral("loadBaseCounts"));
    variantCounts_->setObjectName(QStringLiteral("loadVariantCounts"));
    auto* baseColumn = new QVBoxLayout;
    baseColumn->addWidget(baseChart_, 1);
    baseColumn->addWidget(baseCounts_);
    baseColumn->addWidget(baseSummary_);
    charts->addLayout(baseColumn, 1);
    auto* variantLayout = new QVBoxLayout(variantColumn_);
    variantLayout->setContentsMargins(0, 0, 0, 0);
    variantLayout->addWidget(variantChart_, 1);
    variantLayout->addWidget(variantCounts_);
    variantLayout->addWidget(variantSummary_);
    charts->addWidget(variantColumn_, 1);
    layout->addLayout(charts, 1);
    // The step caption: what happens at the player's moment, as the ladder's caption does.
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("loadCaption"));
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::PlainText);
    layout->addWidget(caption_);
    applyCaptionFont();
    story_ = new QLabel(this);
    story_->setObjectName(QStringLiteral("loadStory"));
    story_->setWordWrap(true);
    story_->setTextFormat(Qt::PlainText);
    story_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(story_);

    sideBox_->setObjectName(QStringLiteral("loadSide"));
    compareBox_->setObjectName(QStringLiteral("loadCompare"));
    sideLabel_->setBuddy(sideBox_);
    compareLabel_->setBuddy(compareBox_);
    sideBox_->addItem(QString(), static_cast<int>(HostId::Server));
    sideBox_->addItem(QString(), static_cast<int>(HostId::Client));
    for (int i = 0; i < 6; ++i) compareBox_->addItem(QString(), i);
    for (QLabel* l : {baseSummary_, variantSummary_, baseCounts_, variantCounts_}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    progress_->setRange(0, 100);
    progress_->setMaximumWidth(220);
    progress_->hide();
    variantColumn_->hide();

    connect(sideBox_, &QComboBox::currentIndexChanged, this, [this](int i) {
        side_ = sideBox_->itemData(i).toInt() == static_cast<int>(HostId::Client) ? HostId::Client : HostId::Server;
        redraw();
    });
    connect(compareBox_, &QComboBox::currentIndexChanged, this, [this](int i) {
        variantKind_ = static_cast<Variant>(compareBox_->itemData(i).toInt());
        session_->setVariant(variantKind_ == Variant::None
                                 ? std::nullopt
                                 : std::optional<LoadOptions>(optionsFor(variantKind_, session_->scenario())));
    });
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        if (isRunning())
            cancel();
        else
            session_->restart();
    });
    connect(session_, &LoadSession::started, this, &LoadView::onStarted);
    connect(session_, &LoadSession::progressed, this,
            [this](double f) { progress_->setValue(static_cast<int>(std::lround(f * 100))); });
    connect(session_, &LoadSession::finished, this, &LoadView::onFinished);
    connect(session_, &LoadSession::cleared, this, &LoadView::redraw);
    connect(session_->player(), &LoadPlayer::stepChanged, this, &LoadView::showMoment);
    retranslateUi();
}

void LoadView::setScenario(const Scenario& scenario) {
    // A new lesson opens on the side where its story happens: the leaking server's CLOSE_WAITs,
    // else the closer's TIME_WAITs (what uses up the client's ports).
    if (scenario.load && !(session_->hasScenario() && scenario.id == session_->scenario().id))
        setSide(scenario.load->neverCloseFraction > 0 ? HostId::Server : scenario.load->closer);
    // The comparison follows the lesson (its closer, for "the other closes first").
    session_->setScenario(scenario, variantKind_ == Variant::None
                                        ? std::nullopt
                                        : std::optional<LoadOptions>(optionsFor(variantKind_, scenario)));
}

bool LoadView::isRunning() const { return session_->isRunning(); }
bool LoadView::waitForIdle(int timeoutMs) { return session_->waitForIdle(timeoutMs); }
const std::optional<LoadResult>& LoadView::baseResult() const { return session_->baseResult(); }
const std::optional<LoadResult>& LoadView::variantResult() const { return session_->variantResult(); }

void LoadView::setTheme(Theme theme) {
    baseChart_->setTheme(theme);
    variantChart_->setTheme(theme);
}

void LoadView::setVariant(Variant v) { compareBox_->setCurrentIndex(static_cast<int>(v)); }

void LoadView::setSide(HostId side) { sideBox_->setCurrentIndex(side == HostId::Server ? 0 : 1); }

LoadOptions LoadView::optionsFor(Variant v, const Scenario& scenario) {
    LoadOptions o;
    const HostId closer = scenario.load ? scenario.load->closer : HostId::Client;
    switch (v) {
    case Variant::None: break;
    case Variant::ProfileLinux: o.profileOverride = Profile::Linux; break;
    case Variant::ProfileWindows: o.profileOverride = Profile::Windows; break;
    case Variant::OtherCloser: o.closerOverride = closer == HostId::Client ? HostId::Server : HostId::Client; break;
    case Variant::NoLeak: o.neverCloseOverride = 0.0; break;
    case Variant::Leak10: o.neverCloseOverride = 0.1; break;
    }
    return o;
}

void LoadView::cancel() { session_->cancel(); }

void LoadView::onStarted() {
    progress_->setValue(0);
    progress_->show();
    status_->setText(tr("Simulating every connection…"));
    retranslateUi();
}

void LoadView::onFinished(bool cancelled) {
    progress_->hide();
    const std::optional<LoadResult>& base = session_->baseResult();
    if (cancelled || !base)
        status_->setText(tr("Cancelled: showing the part simulated so far."));
    else if (base->stoppedByBudget)
        //: %1 is a number of segments such as "50,000,000".
        status_->setText(tr("Stopped after %1 segments, the most one run may send: showing the part simulated so far.")
                             .arg(QLocale(Texts::currentLanguageIsKorean() ? QLocale::Korean : QLocale::English)
                                      .toString(static_cast<qulonglong>(base->segments))));
    else
        status_->setText(tr("%1 connections, %2 segments simulated.").arg(base->connections).arg(base->segments));
    retranslateUi();
    redraw();
    emit runFinished(cancelled);
}

QString LoadView::variantTitle(Variant v) const {
    switch (v) {
    case Variant::None: return tr("No comparison");
    case Variant::ProfileLinux: return tr("Linux profile (TIME_WAIT 60 s)");
    case Variant::ProfileWindows: return tr("Older Windows profile (TIME_WAIT 240 s)");
    case Variant::OtherCloser: {
        const Scenario& lesson = session_->scenario();
        const HostId closer = lesson.load ? lesson.load->closer : HostId::Client;
        //: %1 is "Client" or "Server".
        return KoreanGrammar::resolveParticles(
            tr("%1 closes first").arg(Texts::hostName(closer == HostId::Client ? HostId::Server : HostId::Client)));
    }
    case Variant::NoLeak: return tr("No leak: every handler closes");
    case Variant::Leak10: return tr("Leak: 10 % of handlers never close");
    }
    return {};
}

QString LoadView::summaryText(const LoadResult& r) const {
    const LoadSummary s = summarize(r);
    return tr("%1 connections · %2 failed connection attempts\nPeak TIME_WAIT: %3 client, %4 server · peak CLOSE_WAIT: "
              "%5 client, %6 server")
        .arg(s.connections)
        .arg(s.failedConnects)
        .arg(s.peakTimeWait[0])
        .arg(s.peakTimeWait[1])
        .arg(s.peakCloseWait[0])
        .arg(s.peakCloseWait[1]);
}

void LoadView::redraw() {
    const Scenario& lesson = session_->scenario();
    const std::optional<LoadResult>& base = session_->baseResult();
    const std::optional<LoadResult>& variant = session_->variantResult();
    const QString title = Texts::localized(lesson.title);
    //: Title of the base run's chart; %1 is a profile name ("Linux", "teaching").
    const QString baseTitle = tr("This lesson (%1 profile)").arg(profileName(lesson.profile));
    // Side by side, both charts get the same axes.
    SimTime xEnd;
    uint64_t yPeak = 0;
    for (const auto* r : {&base, &variant}) {
        if (!*r) continue;
        xEnd = std::max(xEnd, (*r)->end);
        yPeak = std::max(yPeak, buildLoadAreas(**r, side_).peakTotal);
    }
    // The port range is what the client's sockets run out of: a line at its size when the
    // lesson's range is small enough to be reached (port exhaustion).
    const uint64_t ports = lesson.load ? uint64_t(lesson.load->portLast) - lesson.load->portFirst + 1 : 0;
    baseChart_->setPortLimit(side_ == HostId::Client ? ports : 0);
    variantChart_->setPortLimit(variantSide() == HostId::Client ? ports : 0);
    baseChart_->setResult(base.value_or(LoadResult{}), side_, baseTitle, xEnd, yPeak);
    baseSummary_->setText(base ? summaryText(*base) : QString());
    variantColumn_->setVisible(variantKind_ != Variant::None);
    const uint64_t variantPeak = variant ? buildLoadAreas(*variant, variantSide()).peakTotal : 0;
    variantChart_->setResult(variant.value_or(LoadResult{}), variantSide(), variantTitle(variantKind_), xEnd,
                             std::max(yPeak, variantPeak));
    variantSummary_->setText(variant ? summaryText(*variant) : QString());
    story_->setText(Texts::localized(lesson.summary));
    story_->setToolTip(title);
    showMoment();
}

void LoadView::showMoment() {
    const size_t step = session_->player()->step();
    const std::optional<LoadResult>& base = session_->baseResult();
    const std::optional<LoadResult>& variant = session_->variantResult();
    const SimTime at = session_->timeAtStep(step);
    baseChart_->setCursorTime(at);
    variantChart_->setCursorTime(at);
    // The caption tells the lesson's own run; a shorter run has ended and shows its last sample.
    caption_->setText(base && !base->samples.empty()
                          ? LoadTexts::caption(loadMomentAt(*base, loadSampleAtStep(*base, step)))
                          : QString());
    const auto counts = [&](const std::optional<LoadResult>& r, const LoadChartView* chart, HostId side) {
        if (!r || r->samples.empty()) return QString();
        const size_t i = loadSampleAtStep(*r, step);
        //: Under a load chart: %1 is a time ("42.000 s"), %2 "Client" or "Server", %3 the counts per state.
        return tr("At %1, %2 sockets: %3")
            .arg(Texts::timeLabel(r->samples[i].at), Texts::hostName(side), chart->countsAt(i, QStringLiteral(" · ")));
    };
    baseCounts_->setText(counts(base, baseChart_, side_));
    variantCounts_->setText(counts(variant, variantChart_, variantSide()));
}

void LoadView::setPresentationMode(bool on) {
    presentation_ = on;
    applyCaptionFont();
}

// The caption is larger than the rest, and in presentation mode as large as the ladder's caption.
void LoadView::applyCaptionFont() {
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(font().pointSizeF() * (presentation_ ? 1.45 : 1.15));
    caption_->setFont(f);
}

HostId LoadView::variantSide() const {
    if (variantKind_ != Variant::OtherCloser) return side_;
    return side_ == HostId::Client ? HostId::Server : HostId::Client;
}

void LoadView::retranslateUi() {
    sideLabel_->setText(tr("&Sockets of:"));
    sideBox_->setItemText(0, Texts::hostName(HostId::Server));
    sideBox_->setItemText(1, Texts::hostName(HostId::Client));
    compareLabel_->setText(tr("Co&mpare with:"));
    setControlName(sideBox_, labelName(sideLabel_->text()));
    setControlName(compareBox_, labelName(compareLabel_->text()));
    //: Accessible name of the load lesson's chart of the sockets in each state (read by screen readers).
    setControlName(baseChart_, tr("Sockets per state"));
    setControlName(variantChart_, variantTitle(variantKind_));
    for (int i = 0; i < compareBox_->count(); ++i) compareBox_->setItemText(i, variantTitle(static_cast<Variant>(i)));
    cancelButton_->setText(isRunning() ? tr("Cancel") : tr("Run again"));
}

void LoadView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        redraw();
    }
    if (event->type() == QEvent::FontChange) applyCaptionFont();
    QWidget::changeEvent(event);
}

} // namespace hl::ui
