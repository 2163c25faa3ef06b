// SPDX-License-Identifier: GPL-3.0-or-later
// Active customers, stickiness, retention and lifecycle, defined as PostHog / Amplitude / Mixpanel
// define them (docs/engagement-metrics.md has every definition; the UI shows it as a tooltip).
#pragma once

#include "metrics/activity_data.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace omni::metrics {

struct ActiveCustomersSeries {
    std::vector<int32_t> days;     // every day of the filter's range
    std::vector<int64_t> dau;      // active that day
    std::vector<int64_t> wau;      // active in the 7 days ending that day
    std::vector<int64_t> mau;      // active in the 30 days ending that day
    std::vector<double> stickiness; // dau / mau (0 when mau is 0)
    double meanStickiness = 0;      // mean DAU / mean MAU over the range
};
ActiveCustomersSeries activeCustomers(const ActivityData& data, const MetricsFilter& filter);

// How many customers were active on k of the days of a week (k = 1..7) / a month (k = 1..31):
// over every whole calendar week (Monday first) / month inside the range, customer-periods counted.
struct ActiveDaysDistribution {
    std::vector<int64_t> perWeek;  // index k-1
    std::vector<int64_t> perMonth; // index k-1
};
ActiveDaysDistribution activeDaysDistribution(const ActivityData& data, const MetricsFilter& filter);

enum class RetentionMode { OnDay, OnOrAfter };           // "return on" period k / "on or after" period k
enum class RetentionCohort { FirstTime, Recurring };     // cohort = first activity ever / any activity in the period
enum class CohortPeriod { Week, Month };
struct RetentionOptions {
    RetentionMode mode = RetentionMode::OnDay;
    RetentionCohort cohort = RetentionCohort::FirstTime;
    CohortPeriod period = CohortPeriod::Week;
    int periods = 8; // offsets 0..periods-1
};
struct CohortRow {
    int32_t startDay = 0; // first day of the cohort period
    int64_t size = 0;
    std::vector<int64_t> retained;              // per offset; offset 0 = size
    std::vector<std::optional<double>> rate;    // retained / size; unset where the offset is beyond the data
};
struct RetentionTable {
    RetentionOptions options;
    std::vector<CohortRow> cohorts;
    std::vector<std::optional<double>> curve; // per offset: retained / size over the cohorts that reach it
};
RetentionTable retention(const ActivityData& data, const MetricsFilter& filter, const RetentionOptions& options);

// Per period: new (first activity ever), returning (active this and the previous period),
// resurrecting (active now, not in the previous period, but before), dormant (active in the
// previous period, not now; reported as a negative bar by the chart).
struct LifecycleRow {
    int32_t startDay = 0;
    int64_t fresh = 0, returning = 0, resurrecting = 0, dormant = 0;
};
std::vector<LifecycleRow> lifecycle(const ActivityData& data, const MetricsFilter& filter, CohortPeriod period);

} // namespace omni::metrics
