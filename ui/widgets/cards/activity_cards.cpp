// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/activity_cards.h"

#include "format.h"
#include "widgets/cards/card_style.h"
#include "widgets/hover_readout.h"

#include <qcustomplot.h>

#include <QDate>

#include <algorithm>
#include <numeric>

namespace omni::ui {

ActiveCustomersCard::ActiveCustomersCard(QWidget* parent)
    : ChartCard(QStringLiteral("active_customers"), parent)
{
    QCustomPlot* p = plot();
    dau_ = p->addGraph();
    wau_ = p->addGraph();
    mau_ = p->addGraph();
    stickiness_ = p->addGraph(p->xAxis, p->yAxis2);
    dau_->setPen(QPen(cardColor(0), 1.6));
    dau_->setBrush(QColor(cardColor(0).red(), cardColor(0).green(), cardColor(0).blue(), 28));
    wau_->setPen(QPen(cardColor(1), 1.8));
    mau_->setPen(QPen(cardColor(2), 2.0));
    stickiness_->setPen(QPen(cardColor(3), 1.4, Qt::DashLine));
    p->yAxis2->setVisible(true);
    p->yAxis2->setRange(0, 100);
    setUpTimeAxis(p->xAxis);
    putLegendBelow(p);
    readout_ = new HoverReadout(p, dau_, [this](int index) { return pointText(index); });
    retranslate();
}

void ActiveCustomersCard::showResults(const metrics::EngagementResults& results)
{
    series_ = results.active;
    QVector<double> keys, dau, wau, mau, sticky;
    for (size_t i = 0; i < series_.days.size(); ++i) {
        keys.push_back(dayKey(series_.days[i]));
        dau.push_back(static_cast<double>(series_.dau[i]));
        wau.push_back(static_cast<double>(series_.wau[i]));
        mau.push_back(static_cast<double>(series_.mau[i]));
        sticky.push_back(series_.stickiness[i] * 100.0);
    }
    dau_->setData(keys, dau, true);
    wau_->setData(keys, wau, true);
    mau_->setData(keys, mau, true);
    stickiness_->setData(keys, sticky, true);
    readout_->hide();
    if (!keys.isEmpty()) {
        plot()->xAxis->setRange(keys.front() - dayKey(1) / 2, keys.back() + dayKey(1) / 2);
        const double top = *std::max_element(mau.begin(), mau.end());
        plot()->yAxis->setRange(0, top * 1.1 + 1);
        // Stickiness is 100% on the first days of the data (MAU counts only those days yet): scale
        // the right axis to the typical values (95th percentile), so that the rest stays readable.
        QVector<double> sorted = sticky;
        std::sort(sorted.begin(), sorted.end());
        const double typical = sorted[static_cast<int>(0.95 * (sorted.size() - 1))];
        plot()->yAxis2->setRange(0, std::min(100.0, std::max(10.0, typical * 1.6)));
    }
    retranslate(); // the legend carries the mean stickiness
}

QString ActiveCustomersCard::pointText(int index) const
{
    const auto i = static_cast<size_t>(index);
    if (i >= series_.days.size())
        return {};
    return tr("%1\nDaily active: %2\nWeekly active: %3\nMonthly active: %4\nStickiness (DAU/MAU): %5")
        .arg(formatDay(series_.days[i]), formatCount(series_.dau[i]), formatCount(series_.wau[i]),
             formatCount(series_.mau[i]), formatPercent(series_.stickiness[i]));
}

void ActiveCustomersCard::retranslate()
{
    setTitle(tr("Active customers and stickiness"));
    setDefinition(tr("Daily active customers (DAU): customers with at least one event on that shop day (in the shop's "
                     "time zone). Weekly (WAU) and monthly (MAU): active at least once in the 7 or 30 days ending that "
                     "day. Stickiness = DAU / MAU: the share of the month's customers who come on a given day; the "
                     "mean is mean DAU / mean MAU over the range. Drag or scroll along the dates to pan and zoom."));
    retranslateTimeAxis(plot()->xAxis);
    plot()->xAxis->setLabel(QString());
    plot()->yAxis->setLabel(tr("Active customers"));
    plot()->yAxis2->setLabel(tr("Stickiness (%)"));
    dau_->setName(tr("Daily (DAU)"));
    wau_->setName(tr("Weekly (WAU)"));
    mau_->setName(tr("Monthly (MAU)"));
    stickiness_->setName(tr("DAU/MAU (mean %1)").arg(formatPercent(series_.meanStickiness)));
    if (readout_->isShown())
        readout_->hide();
    plot()->replot();
}

QString ActiveCustomersCard::csv() const
{
    QString out = QStringLiteral("date,dau,wau,mau,stickiness\n");
    for (size_t i = 0; i < series_.days.size(); ++i) {
        out += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(isoDay(series_.days[i]))
                   .arg(series_.dau[i])
                   .arg(series_.wau[i])
                   .arg(series_.mau[i])
                   .arg(series_.stickiness[i], 0, 'g', 6);
    }
    return out;
}

ActiveDaysCard::ActiveDaysCard(Per per, QWidget* parent)
    : ChartCard(per == Per::Week ? QStringLiteral("active_days_week") : QStringLiteral("active_days_month"), parent)
    , per_(per)
{
    QCustomPlot* p = plot();
    bars_ = new QCPBars(p->xAxis, p->yAxis);
    bars_->setWidth(0.75);
    bars_->setPen(Qt::NoPen);
    bars_->setBrush(cardColor(per == Per::Week ? 0 : 2));
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    p->xAxis->setTicker(ticker);
    p->xAxis->grid()->setVisible(false);
    p->xAxis->setSubTicks(false);
    readout_ = new HoverReadout(p, bars_, [this](int index) { return pointText(index); });
    retranslate();
}

void ActiveDaysCard::showResults(const metrics::EngagementResults& results)
{
    counts_ = per_ == Per::Week ? results.activeDays.perWeek : results.activeDays.perMonth;
    QVector<double> keys, values;
    for (size_t k = 0; k < counts_.size(); ++k) {
        keys.push_back(static_cast<double>(k + 1));
        values.push_back(static_cast<double>(counts_[k]));
    }
    bars_->setData(keys, values, true);
    readout_->hide();
    const int slotCount = per_ == Per::Week ? 7 : 31;
    plot()->xAxis->setRange(0.4, slotCount + 0.6);
    if (per_ == Per::Month)
        plot()->xAxis->ticker().dynamicCast<QCPAxisTickerFixed>()->setTickStep(5.0);
    const double top = values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
    plot()->yAxis->setRange(0, top * 1.12 + 1);
    plot()->replot();
}

QString ActiveDaysCard::pointText(int index) const
{
    const auto k = static_cast<size_t>(index);
    if (k >= counts_.size())
        return {};
    const int64_t total = std::accumulate(counts_.begin(), counts_.end(), int64_t{0});
    const QString days = per_ == Per::Week ? tr("Active on %1 of the week's 7 days").arg(index + 1)
                                           : tr("Active on %1 days of the month").arg(index + 1);
    return tr("%1\n%2 (%3 of all)").arg(days, formatCount(counts_[k]),
                                         formatPercent(total > 0 ? static_cast<double>(counts_[k]) / total : 0.0));
}

void ActiveDaysCard::retranslate()
{
    if (per_ == Per::Week) {
        setTitle(tr("Active days per week"));
        setDefinition(tr("For every whole calendar week (Monday to Sunday) in the range and every customer active in "
                         "it: on how many of its 7 days the customer was active. A bar counts customer-weeks, so one "
                         "customer adds to one bar per week. Bars to the right mean habitual use."));
        plot()->xAxis->setLabel(tr("Days active in the week"));
        plot()->yAxis->setLabel(tr("Customer-weeks"));
    } else {
        setTitle(tr("Active days per month"));
        setDefinition(tr("For every whole calendar month in the range and every customer active in it: on how many of "
                         "its days the customer was active. A bar counts customer-months."));
        plot()->xAxis->setLabel(tr("Days active in the month"));
        plot()->yAxis->setLabel(tr("Customer-months"));
    }
    plot()->replot();
}

QString ActiveDaysCard::csv() const
{
    QString out = QStringLiteral("active_days,customers\n");
    for (size_t k = 0; k < counts_.size(); ++k)
        out += QStringLiteral("%1,%2\n").arg(k + 1).arg(counts_[k]);
    return out;
}

} // namespace omni::ui
