// SPDX-License-Identifier: GPL-3.0-or-later
// The behaviour and channel cards of the Engagement dashboard, added in their default order.
#pragma once

namespace omni::ui {

class EngagementDashboard;

// "behaviour": visit frequency, session length, dwell time, time between purchases, purchases,
// funnels. "channels": channel mix, customers on several channels, journeys, channel consistency.
void addBehaviourAndChannelCards(EngagementDashboard* dashboard);

} // namespace omni::ui
