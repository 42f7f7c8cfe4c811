#include "ui/load_view.h"

#include "ui/accessible_names.h"
#include "ui/load_chart_data.h"
#include "ui/load_chart_view.h"
#include "ui/language_korean.h"
#include "ui/texts.h"

#include <QComboBox>
#include <QLocale>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
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

LoadView::LoadView(Runner runner, QWidget* parent)
    : QWidget(parent), runner_(std::move(runner)), sideLabel_(new QLabel(this)), sideBox_(new QComboBox(this)),
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
    auto* baseColumn = new QVBoxLayout;
    baseColumn->addWidget(baseChart_, 1);
    baseColumn->addWidget(baseSummary_);
    charts->addLayout(baseColumn, 1);
    auto* variantLayout = new QVBoxLayout(variantColumn_);
    variantLayout->setContentsMargins(0, 0, 0, 0);
    variantLayout->addWidget(variantChart_, 1);
    variantLayout->addWidget(variantSummary_);
    charts->addWidget(variantColumn_, 1);
    layout->addLayout(charts, 1);
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
    for (QLabel* l : {baseSummary_, variantSummary_}) {
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
        if (hasScenario_) start();
    });
    connect(cancelButton_, &QPushButton::clicked, this, [this] {
        if (isRunning()) cancel();
        else if (hasScenario_) start();
    });
    retranslateUi();
}

LoadView::~LoadView() { stopWorker(); }

void LoadView::stopWorker() {
    if (!thread_) return;
    // The run stops at its next progress report; what it posts afterwards is ignored (older
    // generation) or dropped with this object.
    *cancel_ = true;
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
}

void LoadView::setScenario(const Scenario& scenario) {
    if (hasScenario_ && scenario == scenario_ && (base_ || isRunning())) return;
    // A new lesson opens on the side where its story happens: the leaking server's CLOSE_WAITs,
    // else the closer's TIME_WAITs (what uses up the client's ports).
    if (scenario.load && !(hasScenario_ && scenario.id == scenario_.id))
        setSide(scenario.load->neverCloseFraction > 0 ? HostId::Server : scenario.load->closer);
    scenario_ = scenario;
    hasScenario_ = scenario.load.has_value();
    base_.reset();
    variant_.reset();
    if (hasScenario_) start();
    else redraw();
}

void LoadView::setDarkTheme(bool dark) {
    dark_ = dark;
    baseChart_->setDarkTheme(dark);
    variantChart_->setDarkTheme(dark);
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

void LoadView::cancel() {
    if (cancel_) *cancel_ = true;
}

void LoadView::start() {
    stopWorker();
    const unsigned generation = ++generation_;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    base_.reset();
    variant_.reset();
    std::vector<LoadOptions> runs(1);
    if (variantKind_ != Variant::None) runs.push_back(optionsFor(variantKind_, scenario_));

    // The worker gets copies of everything it reads; it talks back only through queued calls.
    thread_ = QThread::create([this, generation, flag = cancel_, runner = runner_, scenario = scenario_, runs]() mutable {
        std::vector<LoadResult> results;
        const auto n = static_cast<double>(runs.size());
        for (size_t i = 0; i < runs.size() && !*flag; ++i) {
            int lastPercent = -1;
            runs[i].progress = [&, i](double f) {
                const int percent = static_cast<int>(std::lround((static_cast<double>(i) + f) / n * 100));
                if (percent != lastPercent) {
                    lastPercent = percent;
                    QMetaObject::invokeMethod(this, [this, generation, percent] { onProgress(generation, percent / 100.0); },
                                              Qt::QueuedConnection);
                }
                return !*flag;
            };
            results.push_back(runner(scenario, runs[i]));
            if (results.back().cancelled) break;
        }
        QMetaObject::invokeMethod(
            this, [this, generation, r = std::move(results)]() mutable { onFinished(generation, std::move(r)); },
            Qt::QueuedConnection);
    });
    progress_->setValue(0);
    progress_->show();
    status_->setText(tr("Simulating every connection…"));
    retranslateUi();
    thread_->start();
}

void LoadView::onProgress(unsigned generation, double fraction) {
    if (generation != generation_) return;
    progress_->setValue(static_cast<int>(std::lround(fraction * 100)));
}

void LoadView::onFinished(unsigned generation, std::vector<LoadResult> results) {
    if (generation != generation_) return;
    stopWorker(); // it posted this as its last act: the flag changes nothing, joining is immediate
    progress_->hide();
    const bool cancelled = results.empty() || results.back().cancelled || results.size() < (variantKind_ == Variant::None ? 1u : 2u);
    if (!results.empty()) base_ = std::move(results[0]);
    if (results.size() > 1) variant_ = std::move(results[1]);
    if (cancelled) status_->setText(tr("Cancelled: showing the part simulated so far."));
    else if (base_->stoppedByBudget)
        //: %1 is a number of segments such as "50,000,000".
        status_->setText(tr("Stopped after %1 segments, the most one run may send: showing the part simulated so far.")
                             .arg(QLocale(Texts::currentLanguageIsKorean() ? QLocale::Korean : QLocale::English)
                                      .toString(static_cast<qulonglong>(base_->segments))));
    else status_->setText(tr("%1 connections, %2 segments simulated.").arg(base_->connections).arg(base_->segments));
    retranslateUi();
    redraw();
    emit runFinished(cancelled);
}

bool LoadView::waitForIdle(int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (isRunning() && clock.elapsed() < timeoutMs) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return !isRunning();
}

QString LoadView::variantTitle(Variant v) const {
    switch (v) {
    case Variant::None: return tr("No comparison");
    case Variant::ProfileLinux: return tr("Linux profile (TIME_WAIT 60 s)");
    case Variant::ProfileWindows: return tr("Older Windows profile (TIME_WAIT 240 s)");
    case Variant::OtherCloser: {
        const HostId closer = scenario_.load ? scenario_.load->closer : HostId::Client;
        //: %1 is "Client" or "Server".
        return KoreanGrammar::resolveParticles(tr("%1 closes first").arg(Texts::hostName(closer == HostId::Client ? HostId::Server : HostId::Client)));
    }
    case Variant::NoLeak: return tr("No leak: every handler closes");
    case Variant::Leak10: return tr("Leak: 10 % of handlers never close");
    }
    return {};
}

QString LoadView::summaryText(const LoadResult& r) const {
    const LoadSummary s = summarize(r);
    return tr("%1 connections · %2 failed connection attempts\nPeak TIME_WAIT: %3 client, %4 server · peak CLOSE_WAIT: %5 client, %6 server")
        .arg(s.connections)
        .arg(s.failedConnects)
        .arg(s.peakTimeWait[0])
        .arg(s.peakTimeWait[1])
        .arg(s.peakCloseWait[0])
        .arg(s.peakCloseWait[1]);
}

void LoadView::redraw() {
    const QString title = Texts::localized(scenario_.title);
    //: Title of the base run's chart; %1 is a profile name ("Linux", "teaching").
    const QString baseTitle = tr("This lesson (%1 profile)").arg(profileName(scenario_.profile));
    // Side by side, both charts get the same axes.
    SimTime xEnd;
    uint64_t yPeak = 0;
    for (const auto* r : {&base_, &variant_}) {
        if (!*r) continue;
        xEnd = std::max(xEnd, (*r)->end);
        yPeak = std::max(yPeak, buildLoadAreas(**r, side_).peakTotal);
    }
    // The port range is what the client's sockets run out of: a line at its size when the
    // lesson's range is small enough to be reached (port exhaustion).
    const uint64_t ports = scenario_.load ? uint64_t(scenario_.load->portLast) - scenario_.load->portFirst + 1 : 0;
    baseChart_->setPortLimit(side_ == HostId::Client ? ports : 0);
    variantChart_->setPortLimit(variantSide() == HostId::Client ? ports : 0);
    baseChart_->setResult(base_.value_or(LoadResult{}), side_, baseTitle, xEnd, yPeak);
    baseSummary_->setText(base_ ? summaryText(*base_) : QString());
    variantColumn_->setVisible(variantKind_ != Variant::None);
    const uint64_t variantPeak = variant_ ? buildLoadAreas(*variant_, variantSide()).peakTotal : 0;
    variantChart_->setResult(variant_.value_or(LoadResult{}), variantSide(), variantTitle(variantKind_), xEnd,
                             std::max(yPeak, variantPeak));
    variantSummary_->setText(variant_ ? summaryText(*variant_) : QString());
    story_->setText(Texts::localized(scenario_.summary));
    story_->setToolTip(title);
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
    QWidget::changeEvent(event);
}

} // namespace hl::ui
