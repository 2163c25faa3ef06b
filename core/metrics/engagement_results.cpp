// SPDX-License-Identifier: GPL-3.0-or-later
// computeEngagement: every metric for one filter, in the order the page shows them, with a
// cancellation point between metrics so a request the user has superseded (new filter, page left)
// stops within one metric's time.
#include "metrics/engagement_results.h"

#include "metrics/metric_scan.h"

#include <chrono>
#include <functional>

namespace omni::metrics {

EngagementResults computeEngagement(const ActivityData& data, const store::Database* db, const MetricsFilter& filter,
                                    const EngagementOptions& options, const runtime::JobContext& context)
{
    using Clock = std::chrono::steady_clock;
    EngagementResults results;
    results.channels = data.channels;
    const auto started = Clock::now();

    const std::vector<std::pair<const char*, std::function<void()>>> steps = {
        {"active customers", [&] { results.active = activeCustomers(data, filter); }},
        {"active days", [&] { results.activeDays = activeDaysDistribution(data, filter); }},
        {"retention", [&] { results.retention = retention(data, filter, options.retention); }},
        {"lifecycle", [&] { results.lifecycle = lifecycle(data, filter, options.lifecyclePeriod); }},
        {"visit frequency", [&] { results.visitFrequency = visitFrequency(data, filter); }},
        {"session length", [&] { results.sessionLength = sessionLength(data, filter); }},
        {"dwell time", [&] { results.dwellTime = dwellTime(data, filter); }},
        {"time between purchases", [&] { results.timeBetweenPurchases = timeBetweenPurchases(data, filter); }},
        {"purchases", [&] { results.purchases = purchases(data, filter); }},
        {"funnels", [&] { results.funnels = funnels(data, filter); }},
        {"channel mix", [&] { results.channelMix = channelMix(data, filter, options.mixPeriod); }},
        {"multi-channel share", [&] { results.multiChannel = multiChannelShare(data, filter); }},
        {"journeys", [&] { results.journeys = journeys(data, filter); }},
        {"channel consistency",
         [&] { results.consistency = scan::channelConsistencyFrom(db, data, filter, options.botResolutionByChannel); }},
    };
    const int64_t total = static_cast<int64_t>(steps.size());
    for (int64_t i = 0; i < total; ++i) {
        context.step(i, total, steps[i].first); // throws JobCancelled when superseded
        const auto metricStarted = Clock::now();
        steps[i].second();
        results.metricSeconds.emplace_back(steps[i].first,
                                           std::chrono::duration<double>(Clock::now() - metricStarted).count());
    }
    context.report(total, total, "done");
    results.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return results;
}

} // namespace omni::metrics
