// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/purchase_gap_card.h"

#include "widgets/cards/card_support.h"

namespace omni::ui {

PurchaseGapCard::PurchaseGapCard(QWidget* parent)
    : DistributionCard(QStringLiteral("purchase_gap"), parent)
{
    setObjectName(QStringLiteral("purchase_gapCard"));
    retranslate();
}

const metrics::Distribution& PurchaseGapCard::pick(const metrics::EngagementResults& results) const
{
    return results.timeBetweenPurchases;
}

QString PurchaseGapCard::titleText() const
{
    return tr("Time between purchases");
}

QString PurchaseGapCard::definitionText() const
{
    return tr("Time between purchases: for each customer, the shop days between consecutive counted orders in the range (on the filter's channels); two orders the same day give 0. Cancelled orders are never counted. The bars count these intervals by length.");
}

QString PurchaseGapCard::valueAxisText() const
{
    return tr("Repeat orders");
}

QString PurchaseGapCard::keyAxisText() const
{
    return tr("Days since the previous order");
}

QString PurchaseGapCard::formatValue(double value) const
{
    return cards::daysText(value);
}

QString PurchaseGapCard::csvUnit() const
{
    return QStringLiteral("days");
}

} // namespace omni::ui
