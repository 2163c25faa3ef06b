// SPDX-License-Identifier: GPL-3.0-or-later
// Channels side by side: mix over time, customers on several channels, journeys from first touch to
// purchase, and a per-channel consistency score with its largest gaps called out.
#pragma once

#include "metrics/activity_data.h"
#include "metrics/engagement_metrics.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace omni::metrics {

struct ChannelMixRow {
    int32_t startDay = 0;
    std::vector<int64_t> activeByChannel; // index = ActivityData::channels
};
std::vector<ChannelMixRow> channelMix(const ActivityData& data, const MetricsFilter& filter, CohortPeriod period);

struct MultiChannelShare {
    int64_t active = 0;        // customers active in the range
    int64_t onTwoOrMore = 0;   // of them, active on 2+ channels
    double share = 0;
    std::vector<int64_t> byChannelCount; // index k-1: customers on exactly k channels
};
MultiChannelShare multiChannelShare(const ActivityData& data, const MetricsFilter& filter);

struct Journey {
    std::string firstTouch;      // channel of the customer's first activity in the range
    std::string purchaseChannel; // channel of their first order in the range after it
    int64_t customers = 0;
};
std::vector<Journey> journeys(const ActivityData& data, const MetricsFilter& filter); // most customers first

struct ChannelScore {
    std::string channel;
    int64_t activeCustomers = 0;            // active on the channel in the range
    int64_t buyers = 0;                     // of them, with a counted order on the channel in the range
    double conversion = 0;                  // buyers / active customers
    std::optional<double> priceIndex;       // mean listing price / product list price (1 = same)
    std::optional<double> rating;           // mean review rating on the channel
    std::optional<double> botResolution;    // share of bot test turns resolved (no hand-off, no failure)
    double score = 0;                       // 0..100, documented combination
};
struct ConsistencyGap {
    std::string metric; // "conversion", "price", "rating", "bot_resolution"
    std::string best, worst; // channel codes
    double difference = 0;
};
struct ChannelConsistency {
    std::vector<ChannelScore> channels;
    std::vector<ConsistencyGap> largestGaps; // largest relative gap first
};
// Prices and ratings are read from the store (listings, reviews); bot resolution per channel is
// passed in (from a suite run per channel) or left out.
ChannelConsistency channelConsistency(const store::Database& db, const ActivityData& data, const MetricsFilter& filter,
                                      const std::map<std::string, double>& botResolutionByChannel = {});

} // namespace omni::metrics
