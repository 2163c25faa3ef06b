// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/dwell_time_card.h"

#include "widgets/cards/card_support.h"

namespace omni::ui {

DwellTimeCard::DwellTimeCard(QWidget* parent)
    : DistributionCard(QStringLiteral("dwell_time"), parent)
{
    setObjectName(QStringLiteral("dwell_timeCard"));
    retranslate();
}

const metrics::Distribution& DwellTimeCard::pick(const metrics::EngagementResults& results) const
{
    return results.dwellTime;
}

QString DwellTimeCard::titleText() const
{
    return tr("Dwell time");
}

QString DwellTimeCard::definitionText() const
{
    return tr("Dwell time: per session starting in the range (shop day of its first event) on the filter's channels, the sum of the dwell time its events recorded, in seconds. The bars count sessions by total dwell time.");
}

QString DwellTimeCard::valueAxisText() const
{
    return tr("Sessions");
}

QString DwellTimeCard::keyAxisText() const
{
    return tr("Dwell time per session");
}

QString DwellTimeCard::formatValue(double value) const
{
    return cards::durationText(value);
}

QString DwellTimeCard::csvUnit() const
{
    return QStringLiteral("seconds");
}

} // namespace omni::ui
