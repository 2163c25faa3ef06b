// SPDX-License-Identifier: GPL-3.0-or-later
// Every figure the Engagement page shows for one filter, computed in one pass off the GUI thread.
#pragma once

#include "metrics/ab_comparison.h"
#include "metrics/activity_data.h"
#include "metrics/behaviour_metrics.h"
#include "metrics/engagement_metrics.h"
#include "metrics/omnichannel_metrics.h"
#include "runtime/job.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace omni::metrics {

struct EngagementOptions {
    RetentionOptions retention;
    CohortPeriod lifecyclePeriod = CohortPeriod::Week;
    CohortPeriod mixPeriod = CohortPeriod::Week;
    std::map<std::string, double> botResolutionByChannel; // optional, for the consistency score
};

struct EngagementResults {
    std::vector<std::string> channels; // codes, index = ActivityData::channels
    ActiveCustomersSeries active;
    ActiveDaysDistribution activeDays;
    RetentionTable retention;
    std::vector<LifecycleRow> lifecycle;
    Distribution visitFrequency, sessionLength, dwellTime, timeBetweenPurchases;
    PurchaseSummary purchases;
    std::vector<Funnel> funnels;
    std::vector<ChannelMixRow> channelMix;
    MultiChannelShare multiChannel;
    std::vector<Journey> journeys;
    ChannelConsistency consistency;
    double seconds = 0; // compute time
    std::vector<std::pair<std::string, double>> metricSeconds; // per metric, in compute order (benchmark)
};

// db may be null (the consistency score then has no prices or ratings). Cancellable between metrics.
EngagementResults computeEngagement(const ActivityData& data, const store::Database* db, const MetricsFilter& filter,
                                    const EngagementOptions& options, const runtime::JobContext& context);

} // namespace omni::metrics
