// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/cards/extra_cards.h"

#include "widgets/cards/channel_consistency_card.h"
#include "widgets/cards/channel_mix_card.h"
#include "widgets/cards/dwell_time_card.h"
#include "widgets/cards/funnel_card.h"
#include "widgets/cards/journeys_card.h"
#include "widgets/cards/multi_channel_card.h"
#include "widgets/cards/purchase_gap_card.h"
#include "widgets/cards/purchases_card.h"
#include "widgets/cards/session_length_card.h"
#include "widgets/cards/visit_frequency_card.h"
#include "widgets/engagement_dashboard.h"

namespace omni::ui {

void addBehaviourAndChannelCards(EngagementDashboard* dashboard)
{
    const QString behaviour = QStringLiteral("behaviour");
    dashboard->addCard(new VisitFrequencyCard, behaviour);
    dashboard->addCard(new SessionLengthCard, behaviour);
    dashboard->addCard(new DwellTimeCard, behaviour);
    dashboard->addCard(new PurchaseGapCard, behaviour);
    dashboard->addCard(new PurchasesCard, behaviour);
    dashboard->addCard(new FunnelCard, behaviour);
    const QString channels = QStringLiteral("channels");
    dashboard->addCard(new ChannelMixCard, channels);
    dashboard->addCard(new MultiChannelCard, channels);
    dashboard->addCard(new JourneysCard, channels);
    dashboard->addCard(new ChannelConsistencyCard, channels);
}

} // namespace omni::ui
