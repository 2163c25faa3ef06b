// SPDX-License-Identifier: GPL-3.0-or-later
// Visits, sessions, purchases, orders and funnels (definitions in docs/engagement-metrics.md).
#pragma once

#include "metrics/activity_data.h"

#include <cstdint>
#include <string>
#include <vector>

namespace omni::metrics {

struct Distribution {
    std::vector<double> edges;   // bins [edges[i], edges[i+1]); the last bin is open-ended
    std::vector<int64_t> counts; // edges.size() counts
    int64_t n = 0;
    double mean = 0, median = 0, p90 = 0;
};

Distribution visitFrequency(const ActivityData& data, const MetricsFilter& filter);   // active days per customer in the range
Distribution sessionLength(const ActivityData& data, const MetricsFilter& filter);    // seconds, first to last event
Distribution dwellTime(const ActivityData& data, const MetricsFilter& filter);        // seconds of dwell per session
Distribution timeBetweenPurchases(const ActivityData& data, const MetricsFilter& filter); // days between consecutive orders

struct PurchaseSummary {
    int64_t buyers = 0;        // customers with an order in the range
    int64_t repeatBuyers = 0;  // of them, with two or more
    double repeatPurchaseRate = 0;
    Distribution orderValue;   // order totals
    std::vector<int32_t> days; // GMV and orders per day over the range
    std::vector<double> gmv;
    std::vector<int64_t> orders;
};
PurchaseSummary purchases(const ActivityData& data, const MetricsFilter& filter);

struct FunnelStep {
    std::string name; // "view", "click", "add_to_cart", "purchase"
    int64_t customers = 0; // reached this step having reached every earlier one, within the range
    double fromPrevious = 0; // conversion from the previous step (1 for the first)
    double fromStart = 0;
    double dropOff = 0;      // 1 - fromPrevious
};
struct Funnel {
    std::string channel; // "" = every channel
    std::vector<FunnelStep> steps;
};
// The whole shop, then one funnel per channel.
std::vector<Funnel> funnels(const ActivityData& data, const MetricsFilter& filter);

} // namespace omni::metrics
