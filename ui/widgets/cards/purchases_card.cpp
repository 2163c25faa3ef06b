// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/purchases_card.h"

#include "format.h"
#include "widgets/cards/card_support.h"
#include "widgets/hover_readout.h"

#include <qcustomplot.h>


#include <algorithm>
#include <cmath>

namespace omni::ui {

PurchasesCard::PurchasesCard(QWidget* parent)
    : ChartCard(QStringLiteral("purchases"), parent)
{
    setObjectName(QStringLiteral("purchasesCard"));
    QCustomPlot* p = plot();
    p->setMinimumHeight(380); // two rows of axes
    p->yAxis2->setVisible(true);
    gmv_ = p->addGraph(p->xAxis, p->yAxis);
    gmv_->setPen(QPen(QColor(0x1f, 0x4e, 0x79), 2));
    gmv_->setBrush(QColor(0x1f, 0x4e, 0x79, 25));
    orders_ = p->addGraph(p->xAxis, p->yAxis2);
    orders_->setPen(QPen(QColor(0xe0, 0x7b, 0x39), 1.5, Qt::DashLine));
    setUpTimeAxis(p->xAxis);
    hover_ = new HoverReadout(p, gmv_, [this](int index) { return readoutText(index); });

    // Order values under the time axes, in an axis rect of their own.
    valueRect_ = new QCPAxisRect(p);
    p->plotLayout()->addElement(1, 0, valueRect_);
    values_ = new QCPBars(valueRect_->axis(QCPAxis::atBottom), valueRect_->axis(QCPAxis::atLeft));
    values_->setPen(Qt::NoPen);
    values_->setBrush(QColor(0x2c, 0xa0, 0x2c));
    values_->setWidth(0.8);
    valueRect_->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    valueRect_->axis(QCPAxis::atBottom)->setTickLabelRotation(-45);
    cards::subtitle(p);
    cards::legendBelow(p);
    retranslate();
}

void PurchasesCard::showResults(const metrics::EngagementResults& results)
{
    data_ = results.purchases;
    redraw();
}

QString PurchasesCard::summaryText() const
{
    if (data_.buyers == 0)
        return tr("No orders in this range");
    double gmv = 0;
    int64_t orders = 0;
    for (size_t i = 0; i < data_.gmv.size(); ++i)
        gmv += data_.gmv[i];
    for (int64_t count : data_.orders)
        orders += count;
    return tr("Repeat-purchase rate %1 (%2 of %3 buyers) · orders %4 · GMV %5")
        .arg(cards::percentText(data_.repeatPurchaseRate), formatCount(data_.repeatBuyers), formatCount(data_.buyers),
             formatCount(orders), formatPrice(gmv));
}

QString PurchasesCard::readoutText(int index) const
{
    if (index < 0 || static_cast<size_t>(index) >= data_.days.size())
        return {};
    const auto i = static_cast<size_t>(index);
    const double gmv = i < data_.gmv.size() ? data_.gmv[i] : 0;
    const int64_t orders = i < data_.orders.size() ? data_.orders[i] : 0;
    return tr("%1: GMV %2, orders %3").arg(cards::localeDay(data_.days[i]), formatPrice(gmv), formatCount(orders));
}

void PurchasesCard::redraw()
{
    QCustomPlot* p = plot();
    QVector<double> keys;
    QVector<double> gmv;
    QVector<double> orders;
    for (size_t i = 0; i < data_.days.size(); ++i) {
        keys << dayKey(data_.days[i]);
        gmv << (i < data_.gmv.size() ? data_.gmv[i] : 0.0);
        orders << (i < data_.orders.size() ? static_cast<double>(data_.orders[i]) : 0.0);
    }
    gmv_->setData(keys, gmv, true);
    orders_->setData(keys, orders, true);
    // A few days get a tick per day, not half-day ticks that repeat each date.
    if (auto ticker = p->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>())
        ticker->setTickCount(std::clamp(static_cast<int>(keys.size()) - 1, 1, 6));
    if (!keys.isEmpty()) {
        p->xAxis->setRange(keys.front() - 43200.0, keys.back() + 43200.0);
        p->yAxis->setRange(0, *std::max_element(gmv.begin(), gmv.end()) * 1.12 + 1);
        p->yAxis2->setRange(0, *std::max_element(orders.begin(), orders.end()) * 1.12 + 1);
    }

    const metrics::Distribution& dist = data_.orderValue;
    QVector<double> binKeys;
    QVector<double> counts;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    int64_t most = 0;
    for (size_t i = 0; i < dist.edges.size(); ++i) {
        const int64_t count = i < dist.counts.size() ? dist.counts[i] : 0;
        binKeys << static_cast<double>(i);
        counts << static_cast<double>(count);
        most = std::max(most, count);
        ticker->addTick(static_cast<double>(i),
                        i + 1 < dist.edges.size()
                            ? tr("%1–%2").arg(cards::numberText(dist.edges[i], 0), cards::numberText(dist.edges[i + 1], 0))
                            : tr("%1+").arg(cards::numberText(dist.edges[i], 0)));
    }
    values_->setData(binKeys, counts, true);
    QCPAxis* valueKeys = valueRect_->axis(QCPAxis::atBottom);
    valueKeys->setTicker(ticker);
    valueKeys->setRange(-0.6, std::max<double>(1.0, static_cast<double>(dist.edges.size())) - 0.4);
    valueRect_->axis(QCPAxis::atLeft)->setRange(0, std::max<double>(1.0, static_cast<double>(most) * 1.12));
    cards::subtitle(p)->setText(summaryText());
    p->replot(QCustomPlot::rpQueuedReplot);
}

void PurchasesCard::retranslate()
{
    setTitle(tr("Purchases, order value and GMV"));
    setDefinition(tr("Buyers: customers with at least one counted order in the range; repeat buyers: of them, those "
                     "with two or more. Repeat-purchase rate = repeat buyers / buyers. Order value: the distribution "
                     "of counted order totals. GMV per day and orders per day: the sum of counted order totals and "
                     "their number on each shop day of the range (days without orders are zeros). Cancelled orders "
                     "are never counted; shop days are calendar days in the shop's time zone."));
    QCustomPlot* p = plot();
    retranslateTimeAxis(p->xAxis);
    p->xAxis->setLabel(tr("Date"));
    p->yAxis->setLabel(tr("GMV"));
    p->yAxis2->setLabel(tr("Orders"));
    valueRect_->axis(QCPAxis::atBottom)->setLabel(tr("Order value"));
    valueRect_->axis(QCPAxis::atLeft)->setLabel(tr("Orders"));
    gmv_->setName(tr("GMV per day"));
    orders_->setName(tr("Orders per day"));
    values_->setName(tr("Orders by value"));
    redraw();
}

QString PurchasesCard::csv() const
{
    QString text = QStringLiteral("day,gmv,orders\n");
    for (size_t i = 0; i < data_.days.size(); ++i)
        text += cards::isoDay(data_.days[i]) + QLatin1Char(',') + cards::csvNumber(i < data_.gmv.size() ? data_.gmv[i] : 0, 2)
            + QLatin1Char(',') + QString::number(i < data_.orders.size() ? data_.orders[i] : 0) + QLatin1Char('\n');
    text += QStringLiteral("# order value\nfrom,to,orders\n");
    const metrics::Distribution& dist = data_.orderValue;
    for (size_t i = 0; i < dist.edges.size(); ++i)
        text += cards::csvNumber(dist.edges[i]) + QLatin1Char(',')
            + (i + 1 < dist.edges.size() ? cards::csvNumber(dist.edges[i + 1]) : QString()) + QLatin1Char(',')
            + QString::number(i < dist.counts.size() ? dist.counts[i] : 0) + QLatin1Char('\n');
    text += QStringLiteral("# repeat purchase\nbuyers,repeat_buyers,repeat_purchase_rate\n");
    text += QString::number(data_.buyers) + QLatin1Char(',') + QString::number(data_.repeatBuyers) + QLatin1Char(',')
        + cards::csvNumber(data_.repeatPurchaseRate) + QLatin1Char('\n');
    return text;
}

} // namespace omni::ui
