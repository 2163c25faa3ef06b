// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/engagement_page.h"

#include "format.h"
#include "workers/page_queries.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace omni::ui {

namespace {
constexpr int kAverageWindowDays = 7;
constexpr double kSecondsPerDay = 86400.0;

double dayToSeconds(int64_t day)
{
    return static_cast<double>(day) * kSecondsPerDay;
}
} // namespace

EngagementPage::EngagementPage(QWidget* parent)
    : StorePage(parent)
    , plot_(new QCustomPlot)
    , summary_(new QLabel)
{
    setObjectName(QStringLiteral("engagementPage"));
    plot_->setObjectName(QStringLiteral("activityPlot"));
    summary_->setObjectName(QStringLiteral("activitySummary"));
    summary_->setWordWrap(true);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(plot_, 1);
    setUpFrame(content);

    // The store counts days in UTC, so the axis must not shift them into the local time zone.
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(8);
    plot_->xAxis->setTicker(ticker);
    plot_->yAxis->grid()->setSubGridVisible(false);
    plot_->legend->setVisible(true);
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeDrag(Qt::Horizontal);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal);

    QCPGraph* daily = plot_->addGraph();
    daily->setPen(QPen(QColor(0x1f, 0x4e, 0x79), 1.2));
    daily->setBrush(QColor(0x1f, 0x4e, 0x79, 30));
    QCPGraph* average = plot_->addGraph();
    average->setPen(QPen(QColor(0xe0, 0x7b, 0x39), 2.4));
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

std::vector<double> EngagementPage::trailingAverage(const std::vector<store::DailyActivity>& days, int window)
{
    std::vector<double> averages;
    averages.reserve(days.size());
    double sum = 0;
    for (size_t i = 0; i < days.size(); ++i) {
        sum += static_cast<double>(days[i].activeCustomers);
        if (i >= static_cast<size_t>(window))
            sum -= static_cast<double>(days[i - static_cast<size_t>(window)].activeCustomers);
        averages.push_back(sum / static_cast<double>(std::min(i + 1, static_cast<size_t>(window))));
    }
    return averages;
}

void EngagementPage::retranslate()
{
    plot_->setLocale(QLocale());
    // The date format is a translatable string, so that each language writes dates its own way.
    auto ticker = plot_->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    if (ticker)
        ticker->setDateTimeFormat(tr("MMM d"));
    plot_->xAxis->setLabel(tr("Date"));
    plot_->yAxis->setLabel(tr("Active customers"));
    plot_->graph(0)->setName(tr("Daily active customers"));
    plot_->graph(1)->setName(tr("%n-day average", nullptr, kAverageWindowDays));
    updateSummary();
    plot_->replot();
}

bool EngagementPage::hasNoData() const
{
    return days_.empty();
}

QString EngagementPage::emptyMessage() const
{
    return tr("No customer activity has been recorded in this store yet.");
}

void EngagementPage::clearData()
{
    activityQuery_.cancel();
    days_.clear();
    plotActivity();
}

void EngagementPage::startLoading()
{
    activityQuery_.start(storePath(), queryDailyActivity,
                         [this](const QueryResult<std::vector<store::DailyActivity>>& result) {
                             onActivityLoaded(result);
                         });
}

void EngagementPage::onActivityLoaded(const QueryResult<std::vector<store::DailyActivity>>& result)
{
    if (!result.ok()) {
        showLoadError(result.error);
        return;
    }
    days_ = result.value;
    plotActivity();
    finishLoading();
}

void EngagementPage::plotActivity()
{
    QVector<double> keys;
    QVector<double> values;
    keys.reserve(static_cast<int>(days_.size()));
    values.reserve(static_cast<int>(days_.size()));
    for (const store::DailyActivity& day : days_) {
        keys.push_back(dayToSeconds(day.day));
        values.push_back(static_cast<double>(day.activeCustomers));
    }
    const std::vector<double> averages = trailingAverage(days_, kAverageWindowDays);
    plot_->graph(0)->setData(keys, values, true);
    plot_->graph(1)->setData(keys, QVector<double>(averages.begin(), averages.end()), true);
    if (!days_.empty()) {
        plot_->xAxis->setRange(keys.front() - kSecondsPerDay / 2, keys.back() + kSecondsPerDay / 2);
        const double peak = *std::max_element(values.begin(), values.end());
        plot_->yAxis->setRange(0, peak * 1.12 + 1);
    }
    updateSummary();
    plot_->replot();
}

void EngagementPage::updateSummary()
{
    if (days_.empty()) {
        summary_->clear();
        return;
    }
    double total = 0;
    const store::DailyActivity* peak = &days_.front();
    int64_t purchases = 0;
    for (const store::DailyActivity& day : days_) {
        total += static_cast<double>(day.activeCustomers);
        purchases += day.purchases;
        if (day.activeCustomers > peak->activeCustomers)
            peak = &day;
    }
    const auto average = static_cast<int64_t>(total / static_cast<double>(days_.size()) + 0.5);
    summary_->setText(tr("%1 to %2: on average %3 active customers a day, peaking at %4 on %5; %6 purchases in all.")
                          .arg(formatDay(days_.front().day), formatDay(days_.back().day), formatCount(average),
                               formatCount(peak->activeCustomers), formatDay(peak->day), formatCount(purchases)));
}

} // namespace omni::ui
