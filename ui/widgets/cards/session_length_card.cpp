// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/session_length_card.h"

#include "widgets/cards/card_support.h"

namespace omni::ui {

SessionLengthCard::SessionLengthCard(QWidget* parent)
    : DistributionCard(QStringLiteral("session_length"), parent)
{
    setObjectName(QStringLiteral("session_lengthCard"));
    retranslate();
}

const metrics::Distribution& SessionLengthCard::pick(const metrics::EngagementResults& results) const
{
    return results.sessionLength;
}

QString SessionLengthCard::titleText() const
{
    return tr("Session length");
}

QString SessionLengthCard::definitionText() const
{
    return tr("Session length: per session starting in the range (shop day of its first event) on the filter's channels, the seconds from its first to its last event; a one-event session is 0 s. The bars count sessions by length.");
}

QString SessionLengthCard::valueAxisText() const
{
    return tr("Sessions");
}

QString SessionLengthCard::keyAxisText() const
{
    return tr("Session length");
}

QString SessionLengthCard::formatValue(double value) const
{
    return cards::durationText(value);
}

QString SessionLengthCard::csvUnit() const
{
    return QStringLiteral("seconds");
}

} // namespace omni::ui
