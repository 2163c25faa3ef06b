// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/engagement_page.h"

#include "format.h"
#include "models/channel_names.h"
#include "widgets/ab_comparison_panel.h"
#include "widgets/cards/activity_cards.h"
#include "widgets/cards/card_style.h"
#include "widgets/cards/extra_cards.h"
#include "widgets/cards/retention_cards.h"
#include "widgets/engagement_dashboard.h"
#include "widgets/engagement_filter_bar.h"


#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace omni::ui {

EngagementPage::EngagementPage(QWidget* parent)
    : StorePage(parent)
    , filterBar_(new EngagementFilterBar)
    , dashboard_(new EngagementDashboard)
    , retentionCard_(new RetentionHeatmapCard)
    , lifecycleCard_(new LifecycleCard)
    , abPanel_(new AbComparisonPanel)
    , summary_(new QLabel)
    , busy_(new QWidget)
    , busyLabel_(new QLabel)
{
    setObjectName(QStringLiteral("engagementPage"));
    summary_->setObjectName(QStringLiteral("activitySummary"));
    summary_->setWordWrap(true);
    busy_->setObjectName(QStringLiteral("engagementBusy"));

    dashboard_->addCard(new ActiveCustomersCard, QStringLiteral("activity"));
    dashboard_->addCard(new ActiveDaysCard(ActiveDaysCard::Per::Week), QStringLiteral("activity"));
    dashboard_->addCard(new ActiveDaysCard(ActiveDaysCard::Per::Month), QStringLiteral("activity"));
    dashboard_->addCard(lifecycleCard_, QStringLiteral("activity"));
    dashboard_->addCard(retentionCard_, QStringLiteral("retention"));
    dashboard_->addCard(new RetentionCurveCard, QStringLiteral("retention"));
    addBehaviourAndChannelCards(dashboard_); // "behaviour" and "channels"
    dashboard_->addPanel(abPanel_, QStringLiteral("ab"));

    // A thin indeterminate bar and a word while figures are being computed; the old ones stay
    // on screen meanwhile, so the page never flashes empty.
    auto* bar = new QProgressBar;
    bar->setRange(0, 0);
    bar->setMaximumWidth(90);
    bar->setMaximumHeight(10);
    bar->setTextVisible(false);
    auto* busyLayout = new QHBoxLayout(busy_);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(busyLabel_);
    busyLayout->addWidget(bar);
    busy_->setVisible(false);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filterBar_);
    layout->addWidget(summary_);
    layout->addWidget(dashboard_, 1);
    setUpFrame(content, busy_);

    connect(filterBar_, &EngagementFilterBar::changed, this, &EngagementPage::recompute);
    connect(retentionCard_, &RetentionHeatmapCard::optionsChanged, this, &EngagementPage::recompute);
    connect(lifecycleCard_, &LifecycleCard::periodChanged, this, &EngagementPage::recompute);
    applyTexts();
}

QString EngagementPage::title() const
{
    return tr("Engagement");
}

QString EngagementPage::summaryText() const
{
    return summary_->text();
}

bool EngagementPage::hasNoData() const
{
    return data_.activity && data_.activity->lastDay < data_.activity->firstDay;
}

QString EngagementPage::emptyMessage() const
{
    return tr("No customer activity has been recorded in this store yet.");
}

void EngagementPage::clearData()
{
    load_.cancel();
    compute_.cancel();
    setBusy(false);
    data_ = EngagementData{};
    results_ = metrics::EngagementResults{};
    hasResults_ = false;
    computationsStarted_ = 0;
    dashboard_->showResults(results_);
    summary_->clear();
}

void EngagementPage::startLoading()
{
    // Once per store: the store path changed or an import asked for a reload. Filter changes reuse
    // what is loaded here.
    const QString path = storePath();
    compute_.cancel();
    load_.start([path](const runtime::JobContext& context) { return loadEngagementData(path, context); },
                [this](const EngagementData& data) { onDataLoaded(data); },
                [this](const QString& error) { showLoadError(error); });
}

void EngagementPage::onDataLoaded(const EngagementData& data)
{
    data_ = data;
    const metrics::ActivityData& activity = *data_.activity;
    filterBar_->setChoices(activity.channels, ChannelNames(data_.channels), activity.categories, activity.firstDay,
                           activity.lastDay);
    abPanel_->setData(data_.activity, storePath());
    if (hasNoData()) {
        finishLoading(); // the empty message
        return;
    }
    recompute();
}

void EngagementPage::recompute()
{
    if (!data_.activity || hasNoData())
        return;
    const EngagementSelection selection = filterBar_->selection();
    metrics::EngagementOptions options;
    options.retention = retentionCard_->options();
    options.lifecyclePeriod = lifecycleCard_->period();
    options.mixPeriod = options.lifecyclePeriod;
    options.botResolutionByChannel = data_.botResolution;
    abPanel_->setFilter(baseFilter(*data_.activity, selection));
    ++computationsStarted_;
    setBusy(true);
    compute_.start(
        [data = data_.activity, path = storePath(), selection, options](const runtime::JobContext& context) {
            return computeEngagementFor(*data, path, selection, options, context);
        },
        [this, selection](const metrics::EngagementResults& results) { onResults(results, selection); },
        [this](const QString& error) {
            setBusy(false);
            showLoadError(error);
        });
}

void EngagementPage::onResults(const metrics::EngagementResults& results, const EngagementSelection& selection)
{
    setBusy(false);
    results_ = results;
    shownSelection_ = selection;
    hasResults_ = true;
    dashboard_->showResults(results_);
    updateSummary();
    if (!isLoaded())
        finishLoading();
    emit resultsShown();
}

void EngagementPage::setBusy(bool busy)
{
    busy_->setVisible(busy);
}

void EngagementPage::retranslate()
{
    busyLabel_->setText(tr("Computing…"));
    abPanel_->retranslate();
    updateSummary();
}

void EngagementPage::updateSummary()
{
    const metrics::ActiveCustomersSeries& active = results_.active;
    if (!hasResults_ || active.days.empty()) {
        summary_->setText(hasResults_ ? tr("No activity matches these filters.") : QString());
        return;
    }
    const int64_t total = std::accumulate(active.dau.begin(), active.dau.end(), int64_t{0});
    const auto peak = static_cast<size_t>(std::max_element(active.dau.begin(), active.dau.end()) - active.dau.begin());
    const auto average = static_cast<int64_t>(static_cast<double>(total) / static_cast<double>(active.days.size()) + 0.5);
    int64_t purchases = 0;
    for (int64_t orders : results_.purchases.orders)
        purchases += orders;
    summary_->setText(tr("%1 to %2: on average %3 active customers a day, peaking at %4 on %5; %6 purchases in all.")
                          .arg(formatDay(active.days.front()), formatDay(active.days.back()), formatCount(average),
                               formatCount(active.dau[peak]), formatDay(active.days[peak]), formatCount(purchases))
                      + QLatin1Char(' ')
                      + tr("Stickiness (mean DAU / mean MAU): %1. Computed in %2 ms.")
                            .arg(formatPercent(active.meanStickiness))
                            .arg(QLocale().toString(results_.seconds * 1000.0, 'f', 0)));
}

} // namespace omni::ui
