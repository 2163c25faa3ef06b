// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/visit_frequency_card.h"

#include "widgets/cards/card_support.h"

namespace omni::ui {

VisitFrequencyCard::VisitFrequencyCard(QWidget* parent)
    : DistributionCard(QStringLiteral("visit_frequency"), parent)
{
    setObjectName(QStringLiteral("visit_frequencyCard"));
    retranslate();
}

const metrics::Distribution& VisitFrequencyCard::pick(const metrics::EngagementResults& results) const
{
    return results.visitFrequency;
}

QString VisitFrequencyCard::titleText() const
{
    return tr("Visit frequency");
}

QString VisitFrequencyCard::definitionText() const
{
    return tr("Visit frequency: per active customer (at least one event on the filter's channels and categories in the range), the number of distinct shop days with activity in the range; a customer on the web and the app the same day is active on one day. Shop days are calendar days in the shop's time zone. The bars count customers by that number of days.");
}

QString VisitFrequencyCard::valueAxisText() const
{
    return tr("Customers");
}

QString VisitFrequencyCard::keyAxisText() const
{
    return tr("Active days in the range");
}

QString VisitFrequencyCard::formatValue(double value) const
{
    return cards::daysText(value);
}

QString VisitFrequencyCard::csvUnit() const
{
    return QStringLiteral("days");
}

} // namespace omni::ui
